/**
 * The fast lane (src/fastLane.ts) over loopback, as `npm start` serves it: an operation yoga has
 * run once is answered by the lane from then on, with the same status, headers and body yoga gave;
 * whatever the lane does not take, or would refuse, is yoga's to answer, in yoga's words.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { GatewayAuth } from '../src/auth/authenticate.ts';
import { jsonMediaType } from '../src/fastLane.ts';
import type { CorsOrigins } from '../src/frontend/cors.ts';
import type { PersistedOperations } from '../src/frontend/persisted.ts';
import type { QueryLimits } from '../src/limits.ts';
import { GatewayMetrics } from '../src/observability/metrics.ts';
import { createGateway } from '../src/server.ts';
import type { RateLimitSettings } from '../src/shared/index.ts';
import { sendOnce } from '../src/upstream/core/retry.ts';
import { MetronomeClient } from '../src/upstream/metronome/client.ts';
import { A, B, bearer, callers, JWT_AUTH } from './auth/helpers.ts';
import { exampleOperations } from './helpers/examples.ts';
import { quiet, useTestGateway } from './helpers/gateway.ts';
import { memoryLogger } from './helpers/log.ts';

const gw = useTestGateway();

interface Served {
  url: string;
  gateway: ReturnType<typeof createGateway>;
  metrics: GatewayMetrics;
  /** Requests the lane has answered so far. */
  answered: () => number;
}

const servers: Server[] = [];
afterAll(() =>
  Promise.all(
    servers.map((server) => {
      server.closeAllConnections();
      return new Promise((done) => server.close(done));
    }),
  ),
);

/** A gateway over the test sandboxes, served by its request listener on a free loopback port. */
async function serve(
  options: {
    auth?: GatewayAuth;
    corsOrigins?: CorsOrigins;
    persistedOperations?: PersistedOperations;
    rateLimit?: RateLimitSettings;
    cacheTtlSeconds?: number;
    logger?: ReturnType<typeof memoryLogger>['logger'];
    metronome?: MetronomeClient;
    limits?: Partial<QueryLimits>;
    compileAfterRuns?: number;
  } = {},
): Promise<Served> {
  const metrics = new GatewayMetrics();
  const gateway = createGateway({
    upstreams: { schematic: gw.schematicClient, metronome: options.metronome ?? gw.metronomeClient },
    logger: options.logger ?? quiet,
    metrics,
    compileAfterRuns: options.compileAfterRuns ?? 0,
    ...(options.auth ? { auth: options.auth } : {}),
    ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
    ...(options.persistedOperations ? { persistedOperations: options.persistedOperations } : {}),
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    ...(options.cacheTtlSeconds ? { cacheTtlSeconds: options.cacheTtlSeconds } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const server = createServer(gateway.nodeListener);
  servers.push(server);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    gateway,
    metrics,
    answered: () => gateway.fastLane!.answered,
  };
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

async function send(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const all = Object.fromEntries(response.headers);
  delete all.date;
  return { status: response.status, headers: all, body: await response.text() };
}

/** The same request twice: yoga answers the first and compiles it, the lane the second; both answers, with the generated request ids left out. */
async function twice(served: Served, body: unknown, headers: Record<string, string> = {}) {
  const byYoga = await send(served.url, body, headers);
  const before = served.answered();
  const byLane = await send(served.url, body, headers);
  expect(served.answered(), 'the second request was answered by the lane').toBe(before + 1);
  if (!headers['x-request-id']) {
    expect(byLane.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    for (const answer of [byYoga, byLane]) delete answer.headers['x-request-id'];
  }
  return { byYoga, byLane };
}

const CREDITS = 'query Credits($first: Int) { credits(first: $first) { totalCount edges { node { id name } } } }';

describe('an operation yoga has run is answered by the lane, as yoga answered it', () => {
  it('a query with variables: the same status, headers and body', async () => {
    const served = await serve();
    const { byYoga, byLane } = await twice(served, { query: CREDITS, variables: { first: 2 }, operationName: 'Credits' });
    expect(byYoga.status).toBe(200);
    expect(JSON.parse(byYoga.body).data.credits.edges).toHaveLength(2);
    expect(byLane).toEqual(byYoga);
    // Other variables run the same compiled operation in the lane.
    const three = await send(served.url, { query: CREDITS, variables: { first: 3 }, operationName: 'Credits' });
    expect(JSON.parse(three.body).data.credits.edges).toHaveLength(3);
    expect(served.answered()).toBe(2);
  });

  it("the caller's request id, CORS headers for a listed and a refused origin, and Cache-Control", async () => {
    const served = await serve({ corsOrigins: ['https://app.example.com'], cacheTtlSeconds: 30 });
    for (const origin of ['https://app.example.com', 'https://evil.example']) {
      const { byYoga, byLane } = await twice(served, { query: `{ credits(first: 1) { totalCount } } # ${origin}` }, { origin, 'x-request-id': 'req-42' });
      expect(byLane).toEqual(byYoga);
      expect(byLane.headers).toMatchObject({ 'x-request-id': 'req-42', vary: 'Origin', 'cache-control': 'public, max-age=30' });
      expect(byLane.headers['access-control-allow-origin']).toBe(origin === 'https://evil.example' ? undefined : origin);
    }
  });

  it('Accept: application/graphql-response+json gets that media type', async () => {
    const served = await serve();
    const { byYoga, byLane } = await twice(served, { query: '{ credits(first: 1) { totalCount } }' }, { accept: 'application/graphql-response+json' });
    expect(byLane.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
    expect(byLane).toEqual(byYoga);
  });

  it("a field's upstream failure: the same masked error, status and no-store, logged once with the lane's request id", async () => {
    const log = memoryLogger('debug');
    const down = new MetronomeClient({ baseUrl: 'http://127.0.0.1:1', token: 't', timeoutMs: 1_000, retry: sendOnce });
    const served = await serve({ logger: log.logger, metronome: down, cacheTtlSeconds: 30 });
    const query = { query: `{ company(id: "${A.company}") { id contractCredits { edges { node { id } } } } }` };
    const { byYoga, byLane } = await twice(served, query, { 'x-request-id': 'req-down' });
    expect(byLane).toEqual(byYoga);
    expect(JSON.parse(byLane.body).errors[0].extensions.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(byLane.headers['cache-control']).toBe('no-store');
    const failures = log.lines().filter((line) => line.level === 'error');
    expect(failures).toHaveLength(2);
    for (const line of failures) expect(line).toMatchObject({ reqId: 'req-down', upstream: 'metronome' });
    expect(log.lines().filter((line) => line.msg === 'request answered')).toHaveLength(2);
    await down.close();
  });

  it("a company-scoped caller reading another company's data is refused the same way", async () => {
    const served = await serve({ auth: JWT_AUTH });
    const headers = await bearer({ company_id: A.company });
    const { byYoga, byLane } = await twice(served, { query: `{ company(id: "${B.company}") { id name } }` }, headers);
    expect(byLane).toEqual(byYoga);
    expect(JSON.parse(byLane.body).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('a persisted operation by id, with PERSISTED_OPERATIONS_ONLY', async () => {
    const manifest = { 'sha256:abc': '{ credits(first: 1) { totalCount } }' };
    const served = await serve({ persistedOperations: { manifest, only: true } });
    const { byYoga, byLane } = await twice(served, { documentId: 'sha256:abc' });
    expect(byLane).toEqual(byYoga);
    // Its text is still refused, by yoga.
    const asText = await send(served.url, { query: manifest['sha256:abc'] });
    expect(JSON.parse(asText.body).errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
    expect(served.answered()).toBe(1);
  });

  it('metrics count the lane\'s requests and operations as yoga\'s', async () => {
    const served = await serve();
    await twice(served, { query: 'query CountMe { credits(first: 1) { totalCount } }' });
    const { body } = await served.metrics.scrape();
    expect(body).toContain('gateway_graphql_operation_duration_seconds_count{operation="CountMe",type="query"} 2');
    expect(body).toContain('gateway_http_requests_in_flight 0');
  });
});

/** The lane's answer to a request it knows, beside yoga's own (`yoga.fetch`) to the same request. */
async function laneBesideYoga(served: Served, body: unknown, headers: Record<string, string>) {
  const before = served.answered();
  const byLane = await send(served.url, body, headers);
  expect(served.answered(), 'answered by the lane').toBe(before + 1);
  const response = await served.gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const headersOf = (entries: Iterable<[string, string]>) => Object.fromEntries([...entries].map(([name, value]) => [name.toLowerCase(), value]));
  const byYoga: Answer = { status: response.status, headers: headersOf(response.headers), body: await response.text() };
  // Connection headers are Node's, for the socket; the request ids are new for each request.
  for (const answer of [byLane, byYoga]) for (const name of ['x-request-id', 'connection', 'keep-alive']) delete answer.headers[name];
  return { byLane, byYoga };
}

describe('every curated query (schema/operations), for every kind of caller, answers the same from the lane', () => {
  const queries = exampleOperations().filter(({ text }) => /^query /m.test(text));

  it.each(queries.map(({ file, text, variables }) => [file, text, variables] as const))('%s', async (_file, text, variables) => {
    const served = await serve({ auth: JWT_AUTH, cacheTtlSeconds: 30 });
    const who = await callers();
    const body = { query: text, variables };
    await send(served.url, body, who.admin); // yoga runs it once and compiles it
    for (const headers of [who.admin, who.a, who.b, who.catalogue]) {
      const { byLane, byYoga } = await laneBesideYoga(served, body, headers);
      expect(byLane).toEqual(byYoga);
    }
  });
});

describe('the rate limit counts the lane\'s requests, and the lane refuses as yoga does', () => {
  it('over the limit: 429 with Retry-After and RATE_LIMITED from either lane', async () => {
    const served = await serve({ rateLimit: { perMinute: 2, adminPerMinute: 0, onRedisLoss: 'open' } });
    const query = { query: '{ credits(first: 1) { totalCount } }' };
    await twice(served, query); // 2 counted: yoga's, then the lane's
    const byLane = await send(served.url, query);
    expect(served.answered()).toBe(2);
    const byYoga = await send(served.url, { query: '{ credits(first: 2) { totalCount } }' });
    for (const refused of [byLane, byYoga]) {
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(refused.headers['cache-control']).toBe('no-store');
      expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('RATE_LIMITED');
    }
    const shape = (answer: Answer) => ({ ...answer, headers: { ...answer.headers, 'retry-after': '', 'x-request-id': '' }, body: answer.body.replace(/\d+/g, 'N') });
    expect(shape(byLane)).toEqual(shape(byYoga));
  });
});

describe('what the lane does not take, or would refuse, yoga answers', () => {
  const QUERY = { query: CREDITS, variables: { first: 1 } };

  it.each([
    ['variables that do not fit', { ...QUERY, variables: { first: 1.5 } }, {}, 'BAD_USER_INPUT'],
    ['a cost over the limit', { ...QUERY, variables: { first: 100 } }, {}, 'QUERY_LIMIT_EXCEEDED'],
    ['an unknown body key', { ...QUERY, extra: 1 }, {}, 'BAD_REQUEST'],
    ['a batch', [QUERY], {}, undefined],
    ['an APQ hash', { ...QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }, {}, 'PERSISTED_QUERY_MISMATCH'],
    ['a body that is not JSON', '{"query": ', {}, 'BAD_REQUEST'],
    ['an inline trace request', QUERY, { 'apollo-federation-include-trace': 'ftv1' }, undefined],
    ['an event stream', QUERY, { accept: 'text/event-stream' }, undefined],
  ] as const)('%s', async (_name, body, headers, code) => {
    // The query with `first: 1` costs 4, with `first: 100` 202.
    const served = await serve({ limits: { maxCost: 50 } });
    await twice(served, QUERY);
    const answered = served.answered();
    const answer = await send(served.url, body, headers);
    expect(served.answered()).toBe(answered);
    const reference = await served.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    expect(answer.status).toBe(reference.status);
    const text = await reference.text();
    // An event stream and an inline trace (timings) differ from one run to the next.
    if (Object.keys(headers).length === 0) expect(answer.body).toEqual(text);
    if (code) expect(JSON.parse(answer.body).errors[0].extensions.code).toBe(code);
  });

  it('a caller whose token is refused (401 from yoga)', async () => {
    const served = await serve({ auth: JWT_AUTH });
    await twice(served, QUERY, await bearer({ company_id: A.company }));
    const answer = await send(served.url, QUERY, { authorization: 'Bearer not-a-jwt' });
    expect(answer.status).toBe(401);
    expect(served.answered()).toBe(1);
  });

  it('every request, with COMPILE_AFTER_RUNS=off: the lane answers only compiled operations', async () => {
    const served = await serve({ compileAfterRuns: Infinity });
    for (let run = 0; run < 3; run++) expect((await send(served.url, QUERY)).status).toBe(200);
    expect(served.answered()).toBe(0);
  });

  it.each([
    ['a variable nested 100,000 arrays deep', 'query Deep($ids: [ID!]!) { companies(ids: $ids) { id } }', 'ids', '["comp_acme"]', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    [
      'a representation nested 100,000 objects deep',
      'query Reps($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
      'r',
      '[{"__typename":"Company","id":"comp_acme"}]',
      `[${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}]`,
    ],
  ])('%s: answered, and the process goes on', async (_name, query, name, fine, deep) => {
    const served = await serve();
    // Sent as text: JSON.stringify itself cannot write a value this deep.
    const body = (value: string) => `{"query":${JSON.stringify(query)},"variables":{"${name}":${value}}}`;
    await twice(served, body(fine));
    const answer = await send(served.url, body(deep));
    // Whichever lane takes it (a list of IDs is refused, so yoga; any value fits `_Any`, so the lane), the answer is yoga's.
    const reference = await served.gateway.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(deep) });
    expect(answer.status).toBeLessThan(500);
    expect({ status: answer.status, body: answer.body }).toEqual({ status: reference.status, body: await reference.text() });
    expect((await send(served.url, { query: CREDITS, variables: { first: 1 } })).status).toBe(200);
  });

  it('an empty body', async () => {
    const served = await serve();
    const answer = await send(served.url, '');
    expect(answer.status).toBe(400);
    expect(served.answered()).toBe(0);
  });
});

describe('the media type the lane answers with, as yoga chooses it', () => {
  it.each([
    [undefined, 'application/json'],
    ['*/*', 'application/json'],
    ['application/json', 'application/json'],
    ['application/graphql-response+json, application/json;q=0.9', 'application/graphql-response+json'],
    ['application/json, application/graphql-response+json', 'application/json'],
    ['text/event-stream', undefined],
    ['multipart/mixed', undefined],
    ['application/json; charset=latin1', undefined],
    ['text/html', undefined],
  ])('Accept %s: %s', (accept, expected) => {
    expect(jsonMediaType(accept)).toBe(expected);
    // Answered again from what the lane keeps of each Accept header, after many others.
    for (let i = 0; i < 100; i++) jsonMediaType(`application/x-${i}`);
    expect(jsonMediaType(accept)).toBe(expected);
  });
});
