/**
 * Upstream faults through the whole stack (yoga over MockAgent upstreams) with the production
 * retry policy and circuit breaker: what a GraphQL client sees when an upstream flaps, fails,
 * throttles or stays down.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mockGateway, type MockGateway, type MockGatewayOptions } from '../helpers/mock-gateway.ts';

let gw: MockGateway | undefined;
afterEach(async () => {
  await gw?.close();
  gw = undefined;
});

/** Production policy (3 attempts, 5 s budget) with millisecond backoff, so the suite stays fast. */
function gateway(options: MockGatewayOptions = {}): MockGateway {
  gw = mockGateway({ timeoutMs: 2_000, retry: { baseDelayMs: 1, maxDelayMs: 5 }, ...options });
  return gw;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const CUSTOMER = 'c7d8e9f0-1a2b-4c3d-9e4f-5a6b7c8d9e04';
/** A credit id as Metronome writes them (a UUID): the gateway refuses any other before sending. */
const CREDIT = '3f0c1a52-8d4e-4b7a-9c21-5e6f7a8b9c0d';
const CREDITS = '/billing/credits';
const CONTRACT_CREDITS = '/v1/contracts/customerCredits/list';

/** Counts requests to one endpoint (query ignored) and answers each with `reply(n)`. */
function upstream(
  pool: MockGateway['schematic'],
  method: string,
  path: string,
  reply: (n: number) => { status: number; body: unknown; headers?: Record<string, string> } | Error,
) {
  let hits = 0;
  pool
    .intercept({ path: (p) => p.split('?')[0] === path, method })
    .reply(() => {
      const answer = reply(++hits);
      if (answer instanceof Error) throw answer;
      return { statusCode: answer.status, data: JSON.stringify(answer.body), responseOptions: { headers: { ...JSON_HEADERS, ...answer.headers } } };
    })
    .persist();
  return () => hits;
}

const creditsPage = { data: [{ id: 'bcrd_1', name: 'Tokens' }], params: {} };
const down = (status = 503, headers: Record<string, string> = {}) => ({
  status,
  body: { error: 'maintenance', message: 'maintenance' },
  headers: { 'x-request-id': `req-${status}`, ...headers },
});

describe('retries seen from GraphQL', () => {
  it('a read whose upstream fails once then succeeds returns its data, after 2 attempts', async () => {
    const { schematic, run } = gateway();
    const hits = upstream(schematic, 'GET', CREDITS, (n) => (n === 1 ? down(503) : { status: 200, body: creditsPage }));
    const result = await run('{ credits(first: 1) { edges { node { id } } } }');
    expect(result).toEqual({ data: { credits: { edges: [{ node: { id: 'bcrd_1' } }] } } });
    expect(hits()).toBe(2);
  });

  it('a failing Metronome call nulls only the Metronome field; the Schematic field of the same query arrives', async () => {
    const { schematic, metronome, run } = gateway();
    upstream(schematic, 'GET', CREDITS, () => ({ status: 200, body: creditsPage }));
    const hits = upstream(metronome, 'POST', CONTRACT_CREDITS, () => down(503));
    const result = await run(
      `{ credits(first: 1) { edges { node { id } } } contractCredits(customerId: "${CUSTOMER}", first: 1) { edges { node { id } } } }`,
    );
    expect(result.data).toEqual({ credits: { edges: [{ node: { id: 'bcrd_1' } }] }, contractCredits: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({
      path: ['contractCredits'],
      extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: 'metronome', status: 503, requestId: 'req-503' },
    });
    expect(hits()).toBe(3); // a POST read: retried like a GET
  });

  it('every failing field carries code, upstream, status and request id', async () => {
    const { schematic, run } = gateway();
    upstream(schematic, 'GET', CREDITS, () => down(500));
    upstream(schematic, 'GET', '/plans', () => down(429, { 'retry-after': '30' }));
    const result = await run('{ credits(first: 1) { edges { node { id } } } plan(id: "plan_1") { name } }');
    expect(result.data).toBeNull(); // credits is non-null: its failure nulls the whole response
    const byPath = Object.fromEntries(result.errors!.map((e) => [e.path.join('.'), e.extensions]));
    expect(byPath).toMatchObject({
      credits: { code: 'UPSTREAM_UNAVAILABLE', upstream: 'schematic', status: 500, requestId: 'req-500' },
    });
    for (const error of result.errors!) {
      expect(Object.keys(error.extensions)).toEqual(expect.arrayContaining(['code', 'upstream', 'status', 'requestId']));
    }
  });

  it('a 429 asking for longer than the budget is not waited: UPSTREAM_RATE_LIMITED with retryAfter, after 1 attempt', async () => {
    const { schematic, run } = gateway();
    upstream(schematic, 'GET', CREDITS, () => ({ status: 200, body: creditsPage }));
    const hits = upstream(schematic, 'GET', '/plans', () => down(429, { 'retry-after': '30' }));
    const result = await run('{ credits(first: 1) { edges { node { id } } } plan(id: "plan_1") { name } }');
    expect(result.data).toEqual({ credits: { edges: [{ node: { id: 'bcrd_1' } }] }, plan: null });
    expect(result.errors![0]).toMatchObject({
      path: ['plan'],
      extensions: { code: 'UPSTREAM_RATE_LIMITED', upstream: 'schematic', status: 429, requestId: 'req-429', retryAfter: 30 },
    });
    expect(hits()).toBe(1);
  });
});

describe('writes under the retry policy', () => {
  it('a Schematic mutation is sent exactly once, even on a connection reset', async () => {
    const { schematic, run } = gateway();
    const hits = upstream(schematic, 'PUT', '/billing/credits/bcrd_1', () => Object.assign(new Error('reset'), { code: 'ECONNRESET' }));
    const result = await run(
      'mutation { updateCredit(input: { id: "bcrd_1", name: "Tokens", description: "AI tokens" }) { __typename ... on UpstreamError { code outcome reason } } }',
    );
    expect(result.data!.updateCredit).toEqual({ __typename: 'UpstreamError', code: 'WRITE_OUTCOME_UNKNOWN', outcome: 'UNKNOWN', reason: 'UPSTREAM_UNAVAILABLE' });
    expect(hits()).toBe(1);
  });

  it('a Metronome mutation is resent under the same Idempotency-Key after a reset, and succeeds', async () => {
    const { metronome, run } = gateway();
    const keys: string[] = [];
    let hits = 0;
    metronome
      .intercept({ path: '/v2/contracts/credits/archive', method: 'POST' })
      .reply((options) => {
        hits += 1;
        keys.push(String((options.headers as Record<string, string>)['idempotency-key']));
        if (hits === 1) throw Object.assign(new Error('reset'), { code: 'ECONNRESET' });
        return { statusCode: 200, data: JSON.stringify({ data: { id: CREDIT } }), responseOptions: { headers: JSON_HEADERS } };
      })
      .persist();
    const result = await run(
      `mutation { archiveContractCredit(input: { customerId: "${CUSTOMER}", creditId: "${CREDIT}" }) { __typename } }`,
    );
    expect(result).toEqual({ data: { archiveContractCredit: { __typename: 'ArchiveContractCreditPayload' } } });
    expect(hits).toBe(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('a Metronome mutation answered 500 is not resent (the vendor would replay its cached 500)', async () => {
    const { metronome, run } = gateway();
    const hits = upstream(metronome, 'POST', '/v2/contracts/credits/archive', () => down(500));
    const result = await run(
      `mutation { archiveContractCredit(input: { customerId: "${CUSTOMER}", creditId: "${CREDIT}" }) { __typename ... on UpstreamError { code outcome status } } }`,
    );
    expect(result.data!.archiveContractCredit).toEqual({ __typename: 'UpstreamError', code: 'WRITE_OUTCOME_UNKNOWN', outcome: 'UNKNOWN', status: 500 });
    expect(hits()).toBe(1);
  });
});

describe('circuit breaker seen from GraphQL', () => {
  it('once open, calls fail fast with UPSTREAM_UNAVAILABLE and retryAfter, nothing is sent; /readyz stays 200 and /healthz says which breaker is open', async () => {
    const { schematic, metronome, run, yoga, clients } = gateway({ breaker: { threshold: 3, cooldownMs: 60_000 } });
    const hits = upstream(schematic, 'GET', CREDITS, () => down(503));
    const readinessReads = upstream(schematic, 'GET', `${CREDITS}/count`, () => ({ status: 200, body: { data: { count: 1 }, params: {} } }));
    upstream(metronome, 'GET', '/v1/credit-types/list', () => ({ status: 200, body: { data: [], next_page: null } }));
    const query = '{ credits(first: 1) { edges { node { id } } } }';
    // Both upstreams answer once: the replica is ready.
    expect((await yoga.fetch('http://gateway.test/readyz')).status).toBe(200);
    expect(readinessReads()).toBe(1);

    expect((await run(query)).errors![0].extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 503 });
    expect(hits()).toBe(3); // three attempts: the threshold
    expect(clients.schematic.health()).toMatchObject({ upstream: 'schematic', state: 'open', consecutiveFailures: 3 });

    const fast = await run(query);
    expect(fast.errors![0]).toMatchObject({
      message: expect.stringContaining('circuit open'),
      extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: 'schematic', retryAfter: 60 },
    });
    expect(hits()).toBe(3);

    const mutation = await run('mutation { updateCredit(input: { id: "bcrd_1", name: "Tokens", description: "AI tokens" }) { __typename ... on UpstreamError { code outcome reason retryAfter } } }');
    expect(mutation.data!.updateCredit).toEqual({ __typename: 'UpstreamError', code: 'UPSTREAM_UNAVAILABLE', outcome: 'NOT_APPLIED', reason: 'UPSTREAM_UNAVAILABLE', retryAfter: 60 });

    const health = await yoga.fetch('http://gateway.test/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({
      status: 'ok',
      readiness: 'ready',
      upstreams: {
        schematic: { breaker: 'open', consecutiveFailures: 3, retryInMs: expect.any(Number) },
        metronome: { breaker: 'closed', consecutiveFailures: 0 },
      },
    });
    // One vendor's open breaker keeps the replica in rotation: the other vendor and the catalogue still answer.
    const ready = await yoga.fetch('http://gateway.test/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    expect(hits()).toBe(3);
    expect(readinessReads()).toBe(1); // once ready, probes cost no upstream call
    expect(clients.metronome.health()).toMatchObject({ state: 'closed' });
  });

  it('after the cool-down one probe goes through and closes it', async () => {
    const { schematic, run, clients } = gateway({ retry: false, breaker: { threshold: 1, cooldownMs: 30 } });
    const hits = upstream(schematic, 'GET', CREDITS, (n) => (n === 1 ? down(502) : { status: 200, body: creditsPage }));
    const query = '{ credits(first: 1) { edges { node { id } } } }';
    expect((await run(query)).errors).toHaveLength(1);
    expect(clients.schematic.health().state).toBe('open');
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(clients.schematic.health().state).toBe('half_open');
    expect((await run(query)).data).toEqual({ credits: { edges: [{ node: { id: 'bcrd_1' } }] } });
    expect(clients.schematic.health()).toEqual({ upstream: 'schematic', state: 'closed', consecutiveFailures: 0 });
    expect(hits()).toBe(2);
  });
});
