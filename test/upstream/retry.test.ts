/**
 * The default retry policy through the real HTTP core (MockAgent, and loopback sockets for what
 * MockAgent cannot fake): for each failure mode, how many attempts reach the upstream for a read,
 * a write carrying an Idempotency-Key and a write without one, and what the final error says.
 */
import { MockAgent, type MockPool } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { failure, KEY } from '../helpers/upstream.ts';
import { rateLimitResetSeconds } from '../../src/upstream/core/answer.ts';
import { HttpCore, type HttpCoreOptions } from '../../src/upstream/core/request.ts';
import { retryPolicy, type RetryHooks, type RetryOptions, type RetryPolicy } from '../../src/upstream/core/retry.ts';
import type { HttpRequest } from '../../src/upstream/core/types.ts';
import { okAnswer, rawServer, refusingUrl, resetAnswer, truncatedAnswer, type RawServer } from './raw-server.ts';

const ORIGIN = 'https://upstream.test';
type MockInterceptor = ReturnType<MockPool['intercept']>;

const JSON_HEADERS = { 'content-type': 'application/json', 'x-request-id': 'req-1' };

const READ: HttpRequest = { method: 'GET', path: '/billing/credits' };
const POST_READ: HttpRequest = { method: 'POST', path: '/v1/contracts/customerCredits/list', body: {}, readOnly: true };
const KEYED: HttpRequest = {
  method: 'POST',
  path: '/v1/contracts/customerCredits/create',
  body: { customer_id: 'c1' },
  headers: { 'Idempotency-Key': 'intent-1' },
};
const UNKEYED: HttpRequest = { method: 'POST', path: '/billing/credits/grants/company', body: { quantity: 1 } };

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((close) => close()));
});

/** Fast defaults: 3 attempts, 1-4 ms backoff; `hooks` can fake the clock and the waits. */
function setup(
  options: { retry?: Partial<RetryOptions>; hooks?: RetryHooks; policy?: RetryPolicy } & Partial<Omit<HttpCoreOptions, 'retry'>> = {},
) {
  const agent = new MockAgent();
  agent.disableNetConnect();
  cleanup.push(() => agent.close());
  const { retry, hooks, policy, ...core } = options;
  const http = new HttpCore({
    upstream: 'metronome',
    baseUrl: ORIGIN,
    headers: { authorization: `Bearer ${KEY}` },
    timeoutMs: 3_000,
    dispatcher: agent,
    retry: policy ?? retryPolicy({ baseDelayMs: 1, maxDelayMs: 4, ...retry }, hooks),
    ...core,
  });
  return { agent, pool: agent.get(ORIGIN), http };
}

/** Intercepts every request to `req`'s endpoint, counting them (make it `.persist()`: one interceptor per endpoint). */
function answer(pool: ReturnType<MockAgent['get']>, req: HttpRequest) {
  let hits = 0;
  const interceptor = pool.intercept({
    path: (p: string) => {
      if (p !== req.path) return false;
      hits += 1;
      return true;
    },
    method: req.method,
  });
  return { interceptor, hits: () => hits };
}

/** A fake clock that the fake sleep advances, recording each wait. */
function fakeTime(random = 0.5) {
  let now = 1_000_000;
  const waits: number[] = [];
  const hooks: RetryHooks = {
    now: () => now,
    random: () => random,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
  };
  return { hooks, waits, advance: (ms: number) => (now += ms) };
}

const error = (code: string) => Object.assign(new Error(code), { code });

type Expectation = [attempts: number, fields: Record<string, unknown>];
interface Mode {
  name: string;
  reply: (interceptor: MockInterceptor) => void;
  read: Expectation;
  keyed: Expectation;
  unkeyed: Expectation;
}

const MODES: Mode[] = [
  {
    name: '500',
    reply: (i) => i.reply(500, { message: 'boom' }, { headers: JSON_HEADERS }).persist(),
    read: [3, { kind: 'server', status: 500, requestId: 'req-1' }],
    keyed: [1, { kind: 'server', status: 500, writeOutcome: 'unknown' }],
    unkeyed: [1, { kind: 'server', status: 500, writeOutcome: 'unknown' }],
  },
  {
    name: '503 with Retry-After: 0',
    reply: (i) => i.reply(503, { message: 'down' }, { headers: { ...JSON_HEADERS, 'retry-after': '0' } }).persist(),
    read: [3, { kind: 'server', status: 503, retryAfter: 0 }],
    keyed: [1, { kind: 'server', status: 503, writeOutcome: 'unknown' }],
    unkeyed: [1, { kind: 'server', status: 503, writeOutcome: 'unknown' }],
  },
  {
    name: '501 (never retried: "not implemented" will not change)',
    reply: (i) => i.reply(501, { message: 'no' }, { headers: JSON_HEADERS }).persist(),
    read: [1, { kind: 'server', status: 501 }],
    keyed: [1, { kind: 'server', status: 501, writeOutcome: 'unknown' }],
    unkeyed: [1, { kind: 'server', status: 501, writeOutcome: 'unknown' }],
  },
  {
    name: '408',
    reply: (i) => i.reply(408, { message: 'slow' }, { headers: JSON_HEADERS }).persist(),
    read: [3, { kind: 'timeout', status: 408 }],
    keyed: [1, { kind: 'timeout', status: 408, writeOutcome: 'unknown' }],
    unkeyed: [1, { kind: 'timeout', status: 408, writeOutcome: 'unknown' }],
  },
  {
    name: '429 with Retry-After: 0',
    reply: (i) => i.reply(429, { message: 'slow down' }, { headers: { ...JSON_HEADERS, 'retry-after': '0' } }).persist(),
    read: [3, { kind: 'rate_limited', status: 429, retryAfter: 0 }],
    keyed: [1, { kind: 'rate_limited', status: 429, retryAfter: 0, writeOutcome: 'not_applied' }],
    unkeyed: [1, { kind: 'rate_limited', status: 429, retryAfter: 0, writeOutcome: 'not_applied' }],
  },
  {
    name: '429 with Retry-After beyond the 5 s budget',
    reply: (i) => i.reply(429, { message: 'slow down' }, { headers: { ...JSON_HEADERS, 'retry-after': '12' } }).persist(),
    read: [1, { kind: 'rate_limited', status: 429, retryAfter: 12 }],
    keyed: [1, { kind: 'rate_limited', status: 429, retryAfter: 12, writeOutcome: 'not_applied' }],
    unkeyed: [1, { kind: 'rate_limited', status: 429, retryAfter: 12, writeOutcome: 'not_applied' }],
  },
  {
    name: 'no response headers in time',
    reply: (i) => i.reply(200, { data: [] }, { headers: JSON_HEADERS }).delay(1_000).persist(),
    read: [3, { kind: 'timeout', status: undefined }],
    keyed: [3, { kind: 'timeout', writeOutcome: 'unknown' }],
    unkeyed: [1, { kind: 'timeout', writeOutcome: 'unknown' }],
  },
  {
    name: 'connection reset',
    reply: (i) => i.replyWithError(error('ECONNRESET')).persist(),
    read: [3, { kind: 'connection', detail: 'ECONNRESET' }],
    keyed: [3, { kind: 'connection', writeOutcome: 'unknown' }],
    unkeyed: [1, { kind: 'connection', writeOutcome: 'unknown' }],
  },
  {
    name: 'connection refused',
    reply: (i) => i.replyWithError(error('ECONNREFUSED')).persist(),
    read: [3, { kind: 'connection', detail: 'ECONNREFUSED' }],
    keyed: [3, { kind: 'connection', writeOutcome: 'not_applied' }],
    unkeyed: [1, { kind: 'connection', writeOutcome: 'not_applied' }],
  },
  {
    name: 'malformed JSON in a 200',
    reply: (i) => i.reply(200, '{"data": [', { headers: JSON_HEADERS }).persist(),
    read: [3, { kind: 'decode', status: 200, requestId: 'req-1' }],
    keyed: [1, { kind: 'decode', status: 200, writeOutcome: 'applied' }],
    unkeyed: [1, { kind: 'decode', status: 200, writeOutcome: 'applied' }],
  },
  {
    name: 'an HTML page in a 200 (a proxy, not the upstream)',
    reply: (i) => i.reply(200, '<html><body>Maintenance</body></html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }).persist(),
    read: [3, { kind: 'decode', status: 200, detail: 'expected a JSON answer, got text/html' }],
    keyed: [1, { kind: 'decode', status: 200, writeOutcome: 'applied' }],
    unkeyed: [1, { kind: 'decode', status: 200, writeOutcome: 'applied' }],
  },
  {
    name: 'JSON under a non-JSON content type',
    reply: (i) => i.reply(200, '{"data":[]}', { headers: { 'content-type': 'text/plain' } }).persist(),
    read: [3, { kind: 'decode', status: 200 }],
    keyed: [1, { kind: 'decode', writeOutcome: 'applied' }],
    unkeyed: [1, { kind: 'decode', writeOutcome: 'applied' }],
  },
];

const CASES = MODES.flatMap((mode) =>
  (
    [
      ['read', READ, mode.read],
      ['write with Idempotency-Key', KEYED, mode.keyed],
      ['write without a key', UNKEYED, mode.unkeyed],
    ] as const
  ).map(([kind, req, [attempts, fields]]) => ({ mode: mode.name, kind, req, attempts, fields, reply: mode.reply })),
);

describe('attempts per failure mode (3 attempts, 5 s budget)', () => {
  it.each(CASES)('$mode, $kind: $attempts attempt(s)', async ({ req, attempts, fields, reply }) => {
    const { pool, http } = setup({ headersTimeoutMs: 30 });
    const { interceptor, hits } = answer(pool, req);
    reply(interceptor);
    const failed = await failure(http.request(req));
    expect(hits()).toBe(attempts);
    expect(failed).toMatchObject({ upstream: 'metronome', method: req.method, path: req.path, attempts, ...fields });
    if (req === READ) expect(failed.writeOutcome).toBeUndefined();
  });

  it('a POST read (readOnly) is retried like a GET', async () => {
    const { agent, pool, http } = setup();
    pool.intercept({ path: POST_READ.path, method: 'POST' }).reply(503, { message: 'down' }).times(2);
    pool.intercept({ path: POST_READ.path, method: 'POST' }).reply(200, { data: [], next_page: null });
    await expect(http.request(POST_READ)).resolves.toEqual({ data: [], next_page: null });
    agent.assertNoPendingInterceptors(); // 2 failures, then the answer
  });

  it('a read that fails once then succeeds returns the answer', async () => {
    const { agent, pool, http } = setup();
    pool.intercept({ path: READ.path, method: 'GET' }).replyWithError(error('ECONNRESET'));
    pool.intercept({ path: READ.path, method: 'GET' }).reply(200, { data: [{ id: 'bcrd_1' }] });
    await expect(http.request(READ)).resolves.toEqual({ data: [{ id: 'bcrd_1' }] });
    agent.assertNoPendingInterceptors();
  });

  it('a keyed write resent after a reset carries the same Idempotency-Key and succeeds', async () => {
    const { agent, pool, http } = setup();
    const sameKey = { 'Idempotency-Key': 'intent-1' };
    pool.intercept({ path: KEYED.path, method: 'POST', headers: sameKey }).replyWithError(error('ECONNRESET'));
    pool.intercept({ path: KEYED.path, method: 'POST', headers: sameKey }).reply(200, { data: { id: 'cr_1' } });
    await expect(http.request(KEYED)).resolves.toEqual({ data: { id: 'cr_1' } });
    agent.assertNoPendingInterceptors();
  });

  it('a keyed write that may have gone through stays "unknown" even if the last attempt was refused', async () => {
    const { pool, http } = setup();
    pool.intercept({ path: KEYED.path, method: 'POST' }).replyWithError(error('ECONNRESET'));
    pool.intercept({ path: KEYED.path, method: 'POST' }).replyWithError(error('ECONNREFUSED')).times(2);
    const failed = await failure(http.request(KEYED));
    expect(failed).toMatchObject({ kind: 'connection', detail: 'ECONNREFUSED', attempts: 3, writeOutcome: 'unknown' });
  });

  it('never resends a write after an answer, even under a policy that retries everything', async () => {
    const retryEverything: RetryPolicy = {
      begin: () => ({ next: (_error, n) => (n < 3 ? 0 : undefined), wait: () => Promise.resolve() }),
    };
    for (const req of [KEYED, UNKEYED]) {
      const { pool, http } = setup({ policy: retryEverything });
      const { interceptor, hits } = answer(pool, req);
      interceptor.reply(500, { message: 'boom' }).persist();
      expect(await failure(http.request(req))).toMatchObject({ status: 500, attempts: 1, writeOutcome: 'unknown' });
      expect(hits()).toBe(1);
    }
  });
});

describe('waits between attempts', () => {
  it('honours Retry-After in seconds', async () => {
    const time = fakeTime();
    const { agent, pool, http } = setup({ hooks: time.hooks });
    pool.intercept({ path: READ.path, method: 'GET' }).reply(429, { message: 'slow down' }, { headers: { 'retry-after': '2' } });
    pool.intercept({ path: READ.path, method: 'GET' }).reply(200, { data: [] });
    await expect(http.request(READ)).resolves.toEqual({ data: [] });
    agent.assertNoPendingInterceptors();
    expect(time.waits).toEqual([2_000]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const time = fakeTime();
    const { pool, http } = setup({ hooks: time.hooks });
    const at = new Date(Date.now() + 3_000).toUTCString();
    pool.intercept({ path: READ.path, method: 'GET' }).reply(503, { message: 'later' }, { headers: { 'retry-after': at } });
    pool.intercept({ path: READ.path, method: 'GET' }).reply(200, { data: [] });
    await expect(http.request(READ)).resolves.toEqual({ data: [] });
    expect(time.waits).toHaveLength(1);
    // An HTTP date has whole seconds: 3 s from now is 2 or 3 whole seconds away.
    expect([2_000, 3_000]).toContain(time.waits[0]);
  });

  it("uses Schematic's X-RateLimit-Reset on a 429 without Retry-After", async () => {
    const time = fakeTime();
    const { pool, http } = setup({ hooks: time.hooks });
    pool.intercept({ path: READ.path, method: 'GET' }).reply(429, { error: 'Rate limit exceeded' }, { headers: { 'x-ratelimit-reset': '1' } });
    pool.intercept({ path: READ.path, method: 'GET' }).reply(200, { data: [] });
    await expect(http.request(READ)).resolves.toEqual({ data: [] });
    expect(time.waits).toEqual([1_000]);
  });

  it('reads X-RateLimit-Reset as relative seconds or an epoch, and ignores anything else', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(rateLimitResetSeconds('7', now)).toBe(7);
    expect(rateLimitResetSeconds(String(now / 1000 + 30), now)).toBe(30);
    expect(rateLimitResetSeconds(String(now / 1000 - 30), now)).toBe(0);
    for (const odd of [undefined, '', 'soon', '1.5', '-3', '90000', String(now / 1000 + 7200), '17725656000000']) {
      expect(rateLimitResetSeconds(odd, now)).toBeUndefined();
    }
  });

  it('a 429 whose Retry-After does not fit the budget fails at once, telling the caller how long to wait', async () => {
    const time = fakeTime();
    const { pool, http } = setup({ hooks: time.hooks, retry: { budgetMs: 1_500 } });
    const { interceptor, hits } = answer(pool, READ);
    interceptor.reply(429, { message: 'slow down' }, { headers: { 'retry-after': '2' } }).persist();
    expect(await failure(http.request(READ))).toMatchObject({ kind: 'rate_limited', status: 429, retryAfter: 2, attempts: 1 });
    expect(hits()).toBe(1);
    expect(time.waits).toEqual([]);
  });

  it('the budget never outlasts the whole-call timeout', async () => {
    const time = fakeTime();
    const { pool, http } = setup({ hooks: time.hooks, timeoutMs: 800, retry: { budgetMs: 5_000 } });
    const { interceptor, hits } = answer(pool, READ);
    interceptor.reply(503, { message: 'down' }, { headers: { 'retry-after': '1' } }).persist();
    expect(await failure(http.request(READ))).toMatchObject({ kind: 'server', retryAfter: 1, attempts: 1 });
    expect(hits()).toBe(1);
  });

  it('backs off exponentially with full jitter, capped at maxDelayMs', async () => {
    const time = fakeTime(0.5);
    const { pool, http } = setup({ hooks: time.hooks, retry: { attempts: 5, baseDelayMs: 100, maxDelayMs: 250 } });
    const { interceptor, hits } = answer(pool, READ);
    interceptor.reply(503, { message: 'down' }).persist();
    expect(await failure(http.request(READ))).toMatchObject({ attempts: 5 });
    expect(hits()).toBe(5);
    // random 0.5 of the ceilings 100, 200, 250 (capped), 250
    expect(time.waits).toEqual([50, 100, 125, 125]);
  });

  it('the jitter spans [0, ceiling)', async () => {
    for (const [random, waits] of [
      [0, [0, 0]],
      [0.999, [99, 199]],
    ] as const) {
      const time = fakeTime(random);
      const { pool, http } = setup({ hooks: time.hooks, retry: { baseDelayMs: 100, maxDelayMs: 1_000 } });
      answer(pool, READ).interceptor.reply(500, {}).persist();
      await failure(http.request(READ));
      expect(time.waits).toEqual(waits);
    }
  });

  it('stops when the next wait would end past the budget, whatever attempts are left', async () => {
    const time = fakeTime(0.5);
    const { pool, http } = setup({ hooks: time.hooks, retry: { attempts: 10, budgetMs: 1_000, baseDelayMs: 400, maxDelayMs: 10_000 } });
    const { interceptor, hits } = answer(pool, READ);
    interceptor.reply(503, { message: 'down' }).persist();
    expect(await failure(http.request(READ))).toMatchObject({ status: 503, attempts: 3 });
    // waits 200 (t=200) and 400 (t=600); the next, 800, would end at 1400 > 1000
    expect(time.waits).toEqual([200, 400]);
    expect(hits()).toBe(3);
  });

  it('time spent in the attempts counts against the budget', async () => {
    const time = fakeTime(0.5);
    const { pool, http } = setup({ hooks: time.hooks, retry: { budgetMs: 1_000, baseDelayMs: 100 } });
    const { interceptor, hits } = answer(pool, READ);
    interceptor
      .reply(() => {
        time.advance(700); // each attempt "takes" 700 ms on the fake clock
        return { statusCode: 503, data: '{}' };
      })
      .persist();
    expect(await failure(http.request(READ))).toMatchObject({ attempts: 2 });
    expect(hits()).toBe(2);
  });

  it('attempts: 1 turns retries off', async () => {
    const { pool, http } = setup({ retry: { attempts: 1 } });
    const { interceptor, hits } = answer(pool, READ);
    interceptor.replyWithError(error('ECONNRESET')).persist();
    expect(await failure(http.request(READ))).toMatchObject({ kind: 'connection', attempts: 1 });
    expect(hits()).toBe(1);
  });
});

describe('cancellation', () => {
  it('a caller that goes away during the wait stops the retries at once', async () => {
    const { pool, http } = setup({ timeoutMs: 10_000, retry: { baseDelayMs: 5_000, maxDelayMs: 5_000 }, hooks: { random: () => 0.99 } });
    const { interceptor, hits } = answer(pool, READ);
    interceptor.reply(503, { message: 'down' }).persist();
    const controller = new AbortController();
    const pending = failure(http.request({ ...READ, signal: controller.signal }));
    setTimeout(() => controller.abort(), 30);
    const started = Date.now();
    expect(await pending).toMatchObject({ kind: 'aborted', attempts: 1, detail: 'request cancelled while waiting to retry' });
    expect(Date.now() - started).toBeLessThan(4_000); // the 4.95 s wait did not run out
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hits()).toBe(1);
  });

  it('a keyed write cancelled while waiting to be resent may have been applied', async () => {
    const { pool, http } = setup({ timeoutMs: 10_000, retry: { baseDelayMs: 5_000, maxDelayMs: 5_000 }, hooks: { random: () => 0.99 } });
    answer(pool, KEYED).interceptor.replyWithError(error('ECONNRESET')).persist();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    expect(await failure(http.request({ ...KEYED, signal: controller.signal }))).toMatchObject({
      kind: 'aborted',
      attempts: 1,
      writeOutcome: 'unknown',
    });
  });

  it('a caller that goes away during an attempt is not retried', async () => {
    const { pool, http } = setup();
    const { interceptor, hits } = answer(pool, READ);
    interceptor.reply(200, { data: [] }).delay(500).persist();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    expect(await failure(http.request({ ...READ, signal: controller.signal }))).toMatchObject({ kind: 'aborted', attempts: 1 });
    expect(hits()).toBe(1);
  });

  it('the whole-call timeout ends the call, retries included', async () => {
    const { pool, http } = setup({ timeoutMs: 100 });
    const { interceptor, hits } = answer(pool, READ);
    interceptor.reply(200, { data: [] }).delay(1_000).persist();
    const failed = await failure(http.request(READ));
    expect(failed).toMatchObject({ kind: 'timeout', attempts: 1 });
    expect(failed.detail).toBe('no complete answer within 100 ms');
    expect(hits()).toBe(1);
  });
});

describe('real sockets: cut bodies, resets, refused connections', () => {
  async function serve(answerFor: Parameters<typeof rawServer>[0]): Promise<RawServer> {
    const server = await rawServer(answerFor);
    cleanup.push(() => server.close());
    return server;
  }

  function core(baseUrl: string) {
    const http = new HttpCore({
      upstream: 'schematic',
      baseUrl,
      headers: { 'x-schematic-api-key': KEY },
      timeoutMs: 3_000,
      headersTimeoutMs: 1_000,
      connectTimeoutMs: 1_000,
      retry: retryPolicy({ baseDelayMs: 1, maxDelayMs: 4 }),
    });
    cleanup.push(() => http.close());
    return http;
  }

  it.each([
    ['read', READ, 3, { kind: 'connection', status: 200, requestId: 'req-cut' }],
    // The headers said 200: the write went through, and its key would only replay that answer.
    ['write with Idempotency-Key', KEYED, 1, { kind: 'connection', status: 200, writeOutcome: 'applied' }],
    ['write without a key', UNKEYED, 1, { kind: 'connection', status: 200, writeOutcome: 'applied' }],
  ] as const)('a body cut short of its content-length, %s: %i attempt(s)', async (_kind, req, attempts, fields) => {
    const server = await serve((_n, socket) => truncatedAnswer(socket));
    const failed = await failure(core(server.url).request(req));
    expect(failed).toMatchObject({ attempts, ...fields });
    expect(failed.detail).toMatch(/^answer cut short/);
    expect(server.hits()).toBe(attempts);
  });

  it.each([
    ['read', READ, 3, {}],
    ['write with Idempotency-Key', KEYED, 3, { writeOutcome: 'unknown' }],
    ['write without a key', UNKEYED, 1, { writeOutcome: 'unknown' }],
  ] as const)('a reset after the request was sent, %s: %i attempt(s)', async (_kind, req, attempts, fields) => {
    const server = await serve((_n, socket) => resetAnswer(socket));
    const failed = await failure(core(server.url).request(req));
    expect(failed).toMatchObject({ kind: 'connection', status: undefined, attempts, ...fields });
    expect(server.hits()).toBe(attempts);
  });

  it('a reset, then an answer: the read succeeds on its second attempt', async () => {
    const server = await serve((n, socket) => (n === 1 ? resetAnswer(socket) : okAnswer(socket, { data: [] })));
    await expect(core(server.url).request(READ)).resolves.toEqual({ data: [] });
    expect(server.hits()).toBe(2);
  });

  it.each([
    ['read', READ, 3, {}],
    ['write with Idempotency-Key', KEYED, 3, { writeOutcome: 'not_applied' }],
    ['write without a key', UNKEYED, 1, { writeOutcome: 'not_applied' }],
  ] as const)('a refused connection, %s: %i attempt(s), never applied', async (_kind, req, attempts, fields) => {
    const failed = await failure(core(await refusingUrl()).request(req));
    expect(failed).toMatchObject({ kind: 'connection', detail: 'ECONNREFUSED', attempts, ...fields });
  });
});
