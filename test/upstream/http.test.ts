/**
 * The HTTP core through a real undici dispatcher (MockAgent): what a client built on it sees
 * for the base URL, headers, bodies, transport failures and the default (no) retry.
 */
import { LosslessNumber } from 'lossless-json';
import { MockAgent } from 'undici';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failure, KEY } from '../helpers/upstream.ts';
import { rawServer, type RawServer } from './raw-server.ts';
import { retryAfterSeconds } from '../../src/upstream/core/answer.ts';
import { parseJson } from '../../src/upstream/core/json.ts';
import { encodeQuery } from '../../src/upstream/core/query.ts';
import { HttpCore, type HttpCoreOptions } from '../../src/upstream/core/request.ts';
import { sendOnce } from '../../src/upstream/core/retry.ts';
import { SchematicClient } from '../../src/upstream/schematic/client.ts';

const ORIGIN = 'https://api.schematichq.com';
const AUTH = { 'x-schematic-api-key': KEY };

const agents: MockAgent[] = [];
const servers: RawServer[] = [];

afterEach(async () => {
  await Promise.all(agents.splice(0).map((agent) => agent.close()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

function setup(options: Partial<HttpCoreOptions> & { origin?: string } = {}) {
  const agent = new MockAgent();
  agent.disableNetConnect();
  agents.push(agent);
  const { origin = ORIGIN, ...rest } = options;
  const pool = agent.get(origin);
  const http = new HttpCore({
    upstream: 'schematic',
    baseUrl: ORIGIN,
    headers: AUTH,
    timeoutMs: 500,
    dispatcher: agent,
    ...rest,
  });
  return { agent, pool, http };
}


describe('encodeQuery', () => {
  it('repeats the key for each array item, in order', () => {
    expect(encodeQuery({ ids: ['a', 'b'] })).toBe('?ids=a&ids=b');
    expect(encodeQuery({ ids: ['pg1'], plan_ids: ['p1', 'p2'] })).toBe('?ids=pg1&plan_ids=p1&plan_ids=p2');
  });

  it('sends a one-element array as a single key', () => {
    expect(encodeQuery({ ids: ['x'] })).toBe('?ids=x');
  });

  it('writes numbers and booleans as literals', () => {
    expect(encodeQuery({ limit: 250, offset: 0, apply_to_existing: true, archived: false })).toBe(
      '?limit=250&offset=0&apply_to_existing=true&archived=false',
    );
  });

  it('leaves out undefined and null values', () => {
    expect(encodeQuery({ ids: ['a'], name: undefined, credit_id: null, limit: 10 })).toBe('?ids=a&limit=10');
  });

  it('returns an empty string when nothing is left to send', () => {
    expect(encodeQuery(undefined)).toBe('');
    expect(encodeQuery({})).toBe('');
    expect(encodeQuery({ name: undefined, credit_id: null })).toBe('');
  });

  it('percent-encodes reserved characters in keys and values', () => {
    const query = encodeQuery({ start_time: '2026-01-01T00:00:00Z', q: 'a&b=c', ids: ['x/y', 'ü'] });
    expect(query).toBe('?start_time=2026-01-01T00%3A00%3A00Z&q=a%26b%3Dc&ids=x%2Fy&ids=%C3%BC');
    const decoded = new URLSearchParams(query);
    expect(decoded.get('q')).toBe('a&b=c');
    expect(decoded.getAll('ids')).toEqual(['x/y', 'ü']);
  });
});

describe('parseJson', () => {
  it('reads an integer beyond 2^53 exactly wherever it sits in the text', () => {
    for (let pad = 0; pad < 40; pad++) {
      const text = `{"p":"${'x'.repeat(pad)}","n":9007199254740993}`;
      expect((parseJson(text) as { n: unknown }).n, `after ${pad} characters`).toBe(9007199254740993n);
    }
    expect(parseJson('9007199254740993')).toBe(9007199254740993n); // the whole text
  });

  it('leaves shorter runs of digits to JSON.parse: numbers stay numbers', () => {
    for (let pad = 0; pad < 40; pad++) {
      const text = `{"p":"${'x'.repeat(pad)}","n":900719925474099,"m":1.5,"s":"1234567890123 45"}`;
      expect(parseJson(text), `after ${pad} characters`).toEqual({ p: 'x'.repeat(pad), n: 900719925474099, m: 1.5, s: '1234567890123 45' });
    }
  });

  it('a 2^53-safe integer of 16 digits stays a number', () => {
    expect(parseJson('{"n":1000000000000000}')).toEqual({ n: 1000000000000000 });
  });

  it('a whole number beyond 2^53 that a double holds exactly is a number; one it cannot is a bigint', () => {
    expect(parseJson('[9007199254740992, 18014398509481984, 9007199254740993, -9007199254740993]')).toEqual([
      9007199254740992, 18014398509481984, 9007199254740993n, -9007199254740993n,
    ]);
  });

  it('a decimal with more digits than a double holds keeps its digits, wherever it sits and whatever side of the point', () => {
    for (let pad = 0; pad < 40; pad++) {
      for (const digits of ['12345678901234567.89', '123456789012345.67890', '1.000000000000000000001', '0.12345678901234567']) {
        const n = (parseJson(`{"p":"${'x'.repeat(pad)}","n":${digits}}`) as { n: unknown }).n;
        expect(n, `${digits} after ${pad} characters`).toBeInstanceOf(LosslessNumber);
        expect(String(n)).toBe(digits);
      }
    }
  });

  it('a decimal a double holds stays a number, even on the lossless path', () => {
    expect(parseJson('{"a":0.30000000000000004,"b":33.333333333333336,"c":1e+21,"d":9007199254740993}')).toEqual({
      a: 0.30000000000000004,
      b: 33.333333333333336,
      c: 1e21,
      d: 9007199254740993n,
    });
  });
});

describe('retryAfterSeconds', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');

  it('reads delta-seconds', () => {
    expect(retryAfterSeconds('7', now)).toBe(7);
    expect(retryAfterSeconds('0', now)).toBe(0);
    expect(retryAfterSeconds(' 120 ', now)).toBe(120);
  });

  it('reads an HTTP-date in the future as the seconds until then', () => {
    expect(retryAfterSeconds('Sun, 01 Mar 2026 12:00:30 GMT', now)).toBe(30);
    // Rounded up: never tells a caller to come back before the date.
    expect(retryAfterSeconds('Sun, 01 Mar 2026 12:00:30 GMT', now + 500)).toBe(30);
  });

  it('accepts the obsolete RFC 850 and asctime date forms', () => {
    expect(retryAfterSeconds('Sunday, 01-Mar-26 12:01:00 GMT', now)).toBe(60);
    // asctime carries no zone and Date.parse reads it as local time: only its acceptance is checked.
    expect(retryAfterSeconds('Sun Mar  1 12:01:00 2026', now)).toBeTypeOf('number');
  });

  it('gives 0 for an HTTP-date in the past', () => {
    expect(retryAfterSeconds('Sun, 01 Mar 2026 11:59:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds('Wed, 21 Oct 2015 07:28:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or empty header', () => {
    expect(retryAfterSeconds(undefined, now)).toBeUndefined();
    expect(retryAfterSeconds('', now)).toBeUndefined();
    expect(retryAfterSeconds('   ', now)).toBeUndefined();
  });

  it.each(['soon', 'tomorrow', '7s', '1e3', '0x10', 'Infinity', '-1', '-5', '1.5', '7.5', 'Mon 7', 'Sun, garbage'])(
    'ignores garbage: %j',
    (value) => {
      expect(retryAfterSeconds(value, now)).toBeUndefined();
    },
  );
});

describe('a request credential and a wrapped dispatch', () => {
  const CALLER = { 'x-schematic-api-key': 'caller-own-key' };
  const get = { method: 'GET', path: '/billing/credits' } as const;
  const answer = { data: [], params: {} };

  function client(agent: MockAgent) {
    return new SchematicClient({ apiKey: KEY, baseUrl: ORIGIN, timeoutMs: 500, dispatcher: agent, retry: sendOnce });
  }

  it('a request credential replaces the configured one for that call only', async () => {
    const { pool, http } = setup();
    pool.intercept({ path: '/billing/credits', method: 'GET', headers: CALLER }).reply(200, answer);
    await expect(http.request({ ...get, credential: CALLER })).resolves.toEqual(answer);
    pool.intercept({ path: '/billing/credits', method: 'GET', headers: AUTH }).reply(200, answer);
    await expect(http.request(get)).resolves.toEqual(answer);
  });

  it('a request credential is redacted from failures like the configured one', async () => {
    const { pool, http } = setup();
    pool.intercept({ path: '/billing/credits', method: 'GET' }).reply(400, { error: 'bad key caller-own-key' });
    const error = await failure(http.request({ ...get, credential: CALLER }));
    expect(error.message).not.toContain('caller-own-key');
    expect(error.detail).toBe('bad key [redacted]');
  });

  it('a wrapper runs before the core; one that throws refuses the call and nothing is sent; the client it came from is unchanged', async () => {
    const { agent, pool } = setup();
    const shared = client(agent);
    const seen: string[] = [];
    const watched = shared.wrap((next) => (req) => (seen.push(req.path), next(req)));
    pool.intercept({ path: '/billing/credits', method: 'GET', headers: AUTH }).reply(200, answer);
    await expect(watched.credits.list()).resolves.toEqual([]);
    expect(seen).toEqual(['/billing/credits']);
    const refused = shared.wrap(() => () => Promise.reject(new Error('not yours')));
    await expect(refused.credits.list()).rejects.toThrow('not yours');
    agent.assertNoPendingInterceptors();
    pool.intercept({ path: '/billing/credits', method: 'GET', headers: AUTH }).reply(200, answer);
    await expect(shared.credits.list()).resolves.toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it('wrappers compose: the last one given runs first', async () => {
    const { agent, pool } = setup();
    const order: string[] = [];
    const inner = client(agent).wrap((next) => (req) => (order.push('inner'), next(req)));
    const outer = inner.wrap((next) => (req) => (order.push('outer'), next(req)));
    pool.intercept({ path: '/billing/credits', method: 'GET', headers: AUTH }).reply(200, answer);
    await outer.credits.list();
    expect(order).toEqual(['outer', 'inner']);
  });

  it('closing a wrapped client leaves the shared core open', async () => {
    const shared = new SchematicClient({ apiKey: KEY, baseUrl: 'http://127.0.0.1:9', timeoutMs: 500, retry: sendOnce });
    const closed = vi.spyOn(HttpCore.prototype, 'close');
    await shared.wrap((next) => next).close();
    expect(closed).not.toHaveBeenCalled();
    await shared.close();
    expect(closed).toHaveBeenCalledTimes(1);
    closed.mockRestore();
  });
});

describe('HttpCore', () => {
  it('keeps a path prefix of the base URL, with or without a trailing slash', async () => {
    for (const baseUrl of ['http://127.0.0.1:9/prefix', 'http://127.0.0.1:9/prefix/']) {
      const { pool, http } = setup({ baseUrl, origin: 'http://127.0.0.1:9' });
      pool
        .intercept({ path: '/prefix/billing/credits?ids=a&ids=b', method: 'GET', headers: AUTH })
        .reply(200, { data: [{ id: 'a' }], params: {} });
      await expect(http.request({ method: 'GET', path: '/billing/credits', query: { ids: ['a', 'b'] } })).resolves.toEqual(
        { data: [{ id: 'a' }], params: {} },
      );
    }
  });

  it('sends the configured headers, accept: application/json and per-call headers on a GET without a body', async () => {
    const { pool, http } = setup();
    let seen: Record<string, string> = {};
    pool
      .intercept({
        path: '/billing/credits',
        method: 'GET',
        headers: { ...AUTH, accept: 'application/json', 'x-trace': 't1' },
      })
      .reply(200, (options) => {
        seen = options.headers as Record<string, string>;
        return { data: [], params: {} };
      });
    await http.request({ method: 'GET', path: '/billing/credits', headers: { 'x-trace': 't1' } });
    expect(seen['content-type']).toBeUndefined();
  });

  it('sends a JSON body with content-type on a POST', async () => {
    const { pool, http } = setup();
    let sent: unknown;
    pool
      .intercept({
        path: '/billing/credits',
        method: 'POST',
        headers: { ...AUTH, accept: 'application/json', 'content-type': 'application/json' },
      })
      .reply(201, (options) => {
        sent = JSON.parse(String(options.body));
        return { data: { id: 'bcrd_1' }, params: {} };
      });
    await expect(
      http.request({ method: 'POST', path: '/billing/credits', body: { name: 'Gold', currency: 'usd' } }),
    ).resolves.toEqual({ data: { id: 'bcrd_1' }, params: {} });
    expect(sent).toEqual({ name: 'Gold', currency: 'usd' });
  });

  it('decodes a body that arrives in pieces: a character split between two, and a byte order mark', async () => {
    const name = 'Crédits ✓ '.repeat(2000); // about 26 KB, so it is read in more than one chunk
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ data: { name } }))]);
    const split = bytes.indexOf(Buffer.from('é')) + 1; // inside the two bytes of the first "é"
    const server = await rawServer((_, socket) => {
      socket.write(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${bytes.length}\r\nconnection: close\r\n\r\n`);
      socket.write(bytes.subarray(0, split));
      setTimeout(() => socket.end(bytes.subarray(split)), 20);
    });
    servers.push(server);
    const http = new HttpCore({ upstream: 'schematic', baseUrl: server.url, headers: AUTH, timeoutMs: 2_000 });
    try {
      await expect(http.request({ method: 'GET', path: '/billing/credits' })).resolves.toEqual({ data: { name } });
    } finally {
      await http.close();
    }
  });

  describe('transport failures', () => {
    it('a 200 with malformed JSON is a decode error that keeps the status and request id', async () => {
      const { pool, http } = setup();
      pool
        .intercept({ path: '/billing/credits?ids=a', method: 'GET', headers: AUTH })
        .reply(200, '{"data": [', { headers: { 'content-type': 'application/json', 'x-request-id': 'req_bad' } });
      const error = await failure(http.request({ method: 'GET', path: '/billing/credits', query: { ids: ['a'] } }));
      expect(error).toMatchObject({
        upstream: 'schematic',
        kind: 'decode',
        method: 'GET',
        path: '/billing/credits',
        status: 200,
        requestId: 'req_bad',
      });
    });

    it('a 200 with an empty body is a decode error', async () => {
      const { pool, http } = setup();
      pool.intercept({ path: '/billing/credits', method: 'GET', headers: AUTH }).reply(200, '');
      const error = await failure(http.request({ method: 'GET', path: '/billing/credits' }));
      expect(error).toMatchObject({ kind: 'decode', status: 200 });
    });

    it('a reply slower than timeoutMs is a timeout', async () => {
      const { pool, http } = setup({ timeoutMs: 100 });
      pool
        .intercept({ path: '/billing/credits', method: 'GET', headers: AUTH })
        .reply(200, { data: [], params: {} })
        .delay(1_000);
      const error = await failure(http.request({ method: 'GET', path: '/billing/credits' }));
      expect(error).toMatchObject({
        upstream: 'schematic',
        kind: 'timeout',
        method: 'GET',
        path: '/billing/credits',
        status: undefined,
      });
      expect(error.message).toContain('100 ms');
    });

    it('a caller signal aborted before the call sends nothing', async () => {
      const { agent, pool, http } = setup();
      pool.intercept({ path: '/billing/credits', method: 'GET' }).reply(200, { data: [], params: {} });
      const controller = new AbortController();
      controller.abort();
      const error = await failure(http.request({ method: 'GET', path: '/billing/credits', signal: controller.signal }));
      expect(error).toMatchObject({ upstream: 'schematic', kind: 'aborted', method: 'GET', path: '/billing/credits' });
      expect(agent.pendingInterceptors()).toHaveLength(1);
    });

    it('a caller signal aborted while the reply is pending cancels the call', async () => {
      // The reply would arrive before the timeout: only the abort can make this call fail.
      const { pool, http } = setup({ timeoutMs: 500 });
      pool
        .intercept({ path: '/billing/credits', method: 'GET', headers: AUTH })
        .reply(200, { data: [], params: {} })
        .delay(300);
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error('client went away')), 20);
      const error = await failure(http.request({ method: 'GET', path: '/billing/credits', signal: controller.signal }));
      expect(error).toMatchObject({ upstream: 'schematic', kind: 'aborted', method: 'GET', path: '/billing/credits' });
    });

    it('a socket error is a connection error', async () => {
      const { pool, http } = setup();
      pool
        .intercept({ path: '/billing/credits?ids=a', method: 'GET', headers: AUTH })
        .replyWithError(new Error('socket hang up'));
      const error = await failure(http.request({ method: 'GET', path: '/billing/credits', query: { ids: ['a'] } }));
      expect(error).toMatchObject({
        upstream: 'schematic',
        kind: 'connection',
        method: 'GET',
        path: '/billing/credits',
        status: undefined,
        detail: 'socket hang up',
      });
    });
  });

  it('writes an int64 beyond 2^53 in a JSON body exactly (MinorUnits inputs are bigint)', async () => {
    const { pool, http } = setup();
    let sent = '';
    pool
      .intercept({
        path: '/billing/credits',
        method: 'POST',
        body: (body) => {
          sent = body;
          return true;
        },
      })
      .reply(201, { data: { id: 'bcrd_1' } });
    await http.request({ method: 'POST', path: '/billing/credits', body: { per_unit_price: 9223372036854775807n, name: 'x' } });
    expect(sent).toBe('{"per_unit_price":9223372036854775807,"name":"x"}');
  });

  describe('what a failed write leaves behind (writeOutcome)', () => {
    const write = { method: 'POST', path: '/billing/credits/grants/company', body: { quantity: 1 } } as const;

    it('a read never carries a write outcome, even a POST marked readOnly', async () => {
      const { pool, http } = setup();
      pool.intercept({ path: '/billing/credits', method: 'GET' }).reply(500, { error: 'boom' });
      pool.intercept({ path: '/v1/list', method: 'POST' }).reply(500, { error: 'boom' });
      expect((await failure(http.request({ method: 'GET', path: '/billing/credits' }))).writeOutcome).toBeUndefined();
      const list = await failure(http.request({ method: 'POST', path: '/v1/list', body: {}, readOnly: true }));
      expect(list.writeOutcome).toBeUndefined();
    });

    it.each([
      [400, 'not_applied'],
      [404, 'not_applied'],
      [409, 'not_applied'],
      [429, 'not_applied'],
      [408, 'unknown'],
      [500, 'unknown'],
      [502, 'unknown'],
      [503, 'unknown'],
    ] as const)('HTTP %i on a write: %s', async (status, outcome) => {
      const { pool, http } = setup();
      pool.intercept({ path: write.path, method: 'POST' }).reply(status, { error: 'no' });
      expect((await failure(http.request(write))).writeOutcome).toBe(outcome);
    });

    it('a timeout after sending: unknown', async () => {
      const { pool, http } = setup({ timeoutMs: 100 });
      pool.intercept({ path: write.path, method: 'POST' }).reply(200, { data: {} }).delay(1_000);
      expect(await failure(http.request(write))).toMatchObject({ kind: 'timeout', writeOutcome: 'unknown' });
    });

    it('a connection reset: unknown; a refused connection: not applied', async () => {
      const { pool, http } = setup();
      pool.intercept({ path: write.path, method: 'POST' }).replyWithError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }));
      pool.intercept({ path: write.path, method: 'POST' }).replyWithError(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }));
      expect(await failure(http.request(write))).toMatchObject({ kind: 'connection', writeOutcome: 'unknown' });
      expect(await failure(http.request(write))).toMatchObject({ kind: 'connection', writeOutcome: 'not_applied' });
    });

    it('a 2xx whose body cannot be read: applied', async () => {
      const { pool, http } = setup();
      pool.intercept({ path: write.path, method: 'POST' }).reply(200, '{"data":');
      expect(await failure(http.request(write))).toMatchObject({ kind: 'decode', writeOutcome: 'applied' });
    });

    it('cancelled before sending: not applied, and nothing reaches the upstream', async () => {
      const { agent, pool, http } = setup();
      pool.intercept({ path: write.path, method: 'POST' }).reply(200, { data: {} });
      const error = await failure(http.request({ ...write, signal: AbortSignal.abort() }));
      expect(error).toMatchObject({ kind: 'aborted', writeOutcome: 'not_applied' });
      expect(agent.pendingInterceptors()).toHaveLength(1);
    });
  });

  it("reads a Metronome v2 400 with a `…NotFound` code as not found, keeping the code", async () => {
    const { pool, http } = setup();
    pool
      .intercept({ path: '/v2/contracts/get', method: 'POST' })
      .reply(400, { code: 'ContractNotFound', message: 'Contract not found' });
    pool.intercept({ path: '/v2/contracts/get', method: 'POST' }).reply(400, { code: 'InvalidArgument', message: 'bad' });
    const req = { method: 'POST', path: '/v2/contracts/get', body: {}, readOnly: true } as const;
    expect(await failure(http.request(req))).toMatchObject({
      kind: 'not_found',
      status: 400,
      code: 'ContractNotFound',
      detail: 'Contract not found',
    });
    expect(await failure(http.request(req))).toMatchObject({ kind: 'bad_request', code: 'InvalidArgument' });
  });

  it.each(['/billing/credits/..', '/billing/credits/.', '/billing/credits/%2E%2e', '/billing/credits/.%2e/x'])(
    'refuses a path with a dot segment without sending it: %s',
    async (path) => {
      const { agent, pool, http } = setup();
      pool.intercept({ path: () => true, method: 'GET' }).reply(200, { data: [], params: {} });
      const error = await failure(http.request({ method: 'GET', path }));
      expect(error).toMatchObject({ upstream: 'schematic', kind: 'bad_request', method: 'GET', path });
      expect(agent.pendingInterceptors()).toHaveLength(1);
    },
  );

  it('sends a failing request once by default (no retry)', async () => {
    const { agent, pool, http } = setup();
    pool
      .intercept({ path: '/billing/credits', method: 'GET', headers: AUTH })
      .reply(503, { error: 'unavailable' }, { headers: { 'retry-after': '0' } })
      .times(2);
    const error = await failure(http.request({ method: 'GET', path: '/billing/credits' }));
    expect(error).toMatchObject({ kind: 'server', status: 503 });
    const pending = agent.pendingInterceptors();
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ path: '/billing/credits', timesInvoked: 1 });
  });

  it('routes every attempt through an injected retry policy', async () => {
    let runs = 0;
    const { agent, pool, http } = setup({
      retry: {
        begin: () => {
          runs += 1;
          return { next: (_error, attempt) => (attempt < 2 ? 0 : undefined), wait: () => Promise.resolve() };
        },
      },
    });
    const scope = pool.intercept({ path: '/billing/credits', method: 'GET', headers: AUTH });
    scope.reply(503, { error: 'unavailable' });
    pool.intercept({ path: '/billing/credits', method: 'GET', headers: AUTH }).reply(200, { data: [], params: {} });
    await expect(http.request({ method: 'GET', path: '/billing/credits' })).resolves.toEqual({ data: [], params: {} });
    expect(runs).toBe(1);
    agent.assertNoPendingInterceptors();
  });

  it('leaves an injected dispatcher open on close()', async () => {
    const { pool, http } = setup();
    await http.close();
    pool.intercept({ path: '/billing/credits', method: 'GET' }).reply(200, { data: [], params: {} });
    await expect(http.request({ method: 'GET', path: '/billing/credits' })).resolves.toEqual({ data: [], params: {} });
  });
});
