/**
 * The circuit breaker inside the HTTP core (MockAgent upstream, fake clock): it opens after N
 * unhealthy attempts in a row, then fails fast without sending, lets one probe through after the
 * cool-down, and closes when the probe is answered. 4xx answers never trip it.
 */
import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { failure, KEY } from '../helpers/upstream.ts';
import { CircuitBreaker } from '../../src/upstream/core/breaker.ts';
import { HttpCore } from '../../src/upstream/core/request.ts';
import { sendOnce, type RetryPolicy } from '../../src/upstream/core/retry.ts';
import type { HttpRequest } from '../../src/upstream/core/types.ts';
import { MetronomeClient } from '../../src/upstream/metronome/client.ts';
import { retryPolicy } from '../../src/upstream/core/retry.ts';
import { SchematicClient } from '../../src/upstream/schematic/client.ts';

const ORIGIN = 'https://api.schematichq.com';
const READ: HttpRequest = { method: 'GET', path: '/billing/credits' };
const WRITE: HttpRequest = { method: 'PUT', path: '/billing/credits/bcrd_1', body: { name: 'x' } };

const agents: MockAgent[] = [];
afterEach(async () => {
  await Promise.all(agents.splice(0).map((agent) => agent.close()));
});

function setup({ threshold = 3, cooldownMs = 1_000, retry = sendOnce }: { threshold?: number; cooldownMs?: number; retry?: RetryPolicy } = {}) {
  const agent = new MockAgent();
  agent.disableNetConnect();
  agents.push(agent);
  let now = 1_000_000;
  const changes: string[] = [];
  const http = new HttpCore({
    upstream: 'schematic',
    baseUrl: ORIGIN,
    headers: { 'x-schematic-api-key': KEY },
    timeoutMs: 500,
    dispatcher: agent,
    retry,
    breaker: { threshold, cooldownMs, now: () => now, onChange: (state, failures) => changes.push(`${state}:${failures}`) },
  });
  const pool = agent.get(ORIGIN);
  let hits = 0;
  /** Answers the next requests to `req` with `status`, counting every request that arrives. */
  const answer = (req: HttpRequest, status: number, times = 1) =>
    pool
      .intercept({ path: req.path, method: req.method })
      .reply(() => {
        hits += 1;
        return { statusCode: status, data: status < 300 ? { data: [] } : { error: `HTTP ${status}` } };
      })
      .times(times);
  return { agent, http, answer, hits: () => hits, advance: (ms: number) => (now += ms), changes };
}

describe('circuit breaker', () => {
  it('opens after N consecutive 5xx, then fails fast with circuit_open and sends nothing', async () => {
    const { http, answer, hits, changes } = setup({ threshold: 3 });
    answer(READ, 503, 3);
    for (let n = 0; n < 3; n++) expect(await failure(http.request(READ))).toMatchObject({ kind: 'server', status: 503 });
    expect(http.breakerState()).toEqual({ state: 'open', consecutiveFailures: 3, retryInMs: 1_000 });
    expect(changes).toEqual(['open:3']);

    const refused = await failure(http.request(READ));
    expect(refused).toMatchObject({ upstream: 'schematic', kind: 'circuit_open', attempts: 0, retryAfter: 1, status: undefined });
    expect(refused.detail).toMatch(/circuit open/);
    expect(hits()).toBe(3);
  });

  it('a write refused by an open circuit was not applied', async () => {
    const { http, answer } = setup({ threshold: 2 });
    answer(READ, 500, 2);
    await failure(http.request(READ));
    await failure(http.request(READ));
    expect(await failure(http.request(WRITE))).toMatchObject({ kind: 'circuit_open', writeOutcome: 'not_applied', attempts: 0 });
  });

  it('timeouts and connection errors trip it too', async () => {
    const { agent, http } = setup({ threshold: 2 });
    const pool = agent.get(ORIGIN);
    pool.intercept({ path: READ.path, method: 'GET' }).reply(200, { data: [] }).delay(1_000);
    pool.intercept({ path: READ.path, method: 'GET' }).replyWithError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }));
    pool.intercept({ path: READ.path, method: 'GET' }).reply(200, { data: [] });
    expect(await failure(http.request(READ))).toMatchObject({ kind: 'timeout' });
    expect(await failure(http.request(READ))).toMatchObject({ kind: 'connection' });
    expect(http.breakerState().state).toBe('open');
    expect(await failure(http.request(READ))).toMatchObject({ kind: 'circuit_open' });
    expect(agent.pendingInterceptors()).toHaveLength(1); // the third request was never sent
  });

  it('after the cool-down lets one probe through (half-open); an answer closes it', async () => {
    const { http, answer, hits, advance, changes } = setup({ threshold: 2, cooldownMs: 1_000 });
    answer(READ, 502, 2);
    await failure(http.request(READ));
    await failure(http.request(READ));
    advance(999);
    expect(await failure(http.request(READ))).toMatchObject({ kind: 'circuit_open' });
    advance(1);
    expect(http.breakerState()).toEqual({ state: 'half_open', consecutiveFailures: 2 });
    answer(READ, 200);
    await expect(http.request(READ)).resolves.toEqual({ data: [] });
    expect(http.breakerState()).toEqual({ state: 'closed', consecutiveFailures: 0 });
    expect(hits()).toBe(3);
    expect(changes).toEqual(['open:2', 'half_open:2', 'closed:0']);
  });

  it('a failed probe opens it again for a full cool-down', async () => {
    const { http, answer, hits, advance } = setup({ threshold: 2, cooldownMs: 1_000 });
    answer(READ, 500, 3);
    await failure(http.request(READ));
    await failure(http.request(READ));
    advance(1_000);
    expect(await failure(http.request(READ))).toMatchObject({ kind: 'server', status: 500 });
    expect(http.breakerState()).toEqual({ state: 'open', consecutiveFailures: 3, retryInMs: 1_000 });
    expect(await failure(http.request(READ))).toMatchObject({ kind: 'circuit_open' });
    expect(hits()).toBe(3);
  });

  it('lets only one probe through at a time', async () => {
    const { agent, http, answer, advance } = setup({ threshold: 1, cooldownMs: 1_000 });
    answer(READ, 500);
    await failure(http.request(READ));
    advance(1_000);
    agent.get(ORIGIN).intercept({ path: READ.path, method: 'GET' }).reply(200, { data: [] }).delay(50);
    const probe = http.request(READ);
    expect(await failure(http.request(READ))).toMatchObject({ kind: 'circuit_open' });
    await expect(probe).resolves.toEqual({ data: [] });
    expect(http.breakerState().state).toBe('closed');
  });

  it('a late answer to an attempt sent before the circuit opened does not close it', async () => {
    const { agent, http } = setup({ threshold: 1 });
    const pool = agent.get(ORIGIN);
    pool.intercept({ path: '/slow', method: 'GET' }).reply(200, { data: [] }).delay(50);
    pool.intercept({ path: READ.path, method: 'GET' }).reply(500, { error: 'boom' });
    const straggler = http.request({ method: 'GET', path: '/slow' });
    await failure(http.request(READ));
    expect(http.breakerState().state).toBe('open');
    await expect(straggler).resolves.toEqual({ data: [] });
    expect(http.breakerState().state).toBe('open');
  });

  it.each([400, 401, 403, 404, 409, 422, 429])('%i answers never trip it, and reset the count', async (status) => {
    const { http, answer } = setup({ threshold: 2 });
    answer(READ, 500);
    await failure(http.request(READ));
    answer(READ, status, 5);
    for (let n = 0; n < 5; n++) await failure(http.request(READ));
    expect(http.breakerState()).toEqual({ state: 'closed', consecutiveFailures: 0 });
  });

  it('neither a garbled body nor a cancelled call counts', async () => {
    const { agent, http, answer } = setup({ threshold: 2 });
    answer(READ, 500);
    await failure(http.request(READ));
    agent.get(ORIGIN).intercept({ path: READ.path, method: 'GET' }).reply(200, '{"data":');
    expect(await failure(http.request(READ))).toMatchObject({ kind: 'decode' });
    expect(http.breakerState()).toEqual({ state: 'closed', consecutiveFailures: 1 });
    await failure(http.request({ ...READ, signal: AbortSignal.abort() }));
    expect(http.breakerState()).toEqual({ state: 'closed', consecutiveFailures: 1 });
  });

  it('counts every attempt of a retried call, and an opening circuit stops the retries', async () => {
    const { http, answer, hits } = setup({ threshold: 2, retry: retryPolicy({ attempts: 5, baseDelayMs: 1, maxDelayMs: 1 }) });
    answer(READ, 503, 5);
    // The third attempt is refused by the breaker: the call reports the 503 that led there.
    expect(await failure(http.request(READ))).toMatchObject({ kind: 'server', status: 503, attempts: 2 });
    expect(hits()).toBe(2);
    expect(http.breakerState().state).toBe('open');
  });

  it('is one per HttpCore: each upstream has its own', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    agents.push(agent);
    const options = { timeoutMs: 500, dispatcher: agent, retry: sendOnce, breaker: { threshold: 1 } };
    const schematic = new SchematicClient({ baseUrl: ORIGIN, apiKey: KEY, ...options });
    const metronome = new MetronomeClient({ baseUrl: 'https://api.metronome.com', token: KEY, ...options });
    agent.get(ORIGIN).intercept({ path: '/billing/credits', method: 'GET' }).reply(503, { error: 'down' });
    await failure(schematic.credits.list());
    expect(schematic.health()).toMatchObject({ upstream: 'schematic', state: 'open', consecutiveFailures: 1 });
    expect(metronome.health()).toEqual({ upstream: 'metronome', state: 'closed', consecutiveFailures: 0 });
  });

  it('can be turned off', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    agents.push(agent);
    const http = new HttpCore({ upstream: 'schematic', baseUrl: ORIGIN, headers: {}, timeoutMs: 500, dispatcher: agent, breaker: false });
    agent.get(ORIGIN).intercept({ path: READ.path, method: 'GET' }).reply(503, { error: 'down' }).times(20);
    for (let n = 0; n < 20; n++) expect(await failure(http.request(READ))).toMatchObject({ kind: 'server' });
    expect(http.breakerState()).toEqual({ state: 'closed', consecutiveFailures: 0 });
  });
});

describe('CircuitBreaker', () => {
  it('refuses a threshold below 1', () => {
    expect(() => new CircuitBreaker({ threshold: 0 })).toThrow(RangeError);
  });

  it('a neutral probe leaves it half-open for the next caller', () => {
    let now = 0;
    const breaker = new CircuitBreaker({ threshold: 1, cooldownMs: 10, now: () => now });
    breaker.settle(breaker.enter()!, 'unhealthy');
    now = 10;
    const probe = breaker.enter()!;
    expect(probe.probe).toBe(true);
    expect(breaker.enter()).toBeUndefined();
    breaker.settle(probe, 'neutral');
    expect(breaker.state()).toBe('half_open');
    expect(breaker.enter()).toMatchObject({ probe: true });
  });
});
