/**
 * The Schematic client over undici's MockAgent: the exact requests it sends (paths, query
 * strings, headers), how it unwraps the `{ data, params }` envelope, and the typed errors a
 * caller gets for every failure, none of which may ever carry the API key.
 */
import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { failure, KEY } from '../helpers/upstream.ts';
import { UpstreamError, type UpstreamErrorKind } from '../../src/upstream/errors.ts';
import { sendOnce, type RetryPolicy } from '../../src/upstream/core/retry.ts';
import { SchematicClient } from '../../src/upstream/schematic/client.ts';

const ORIGIN = 'https://api.schematichq.com';
/** Every intercept below requires these: a call without them finds no reply and fails. */
const SENT_HEADERS = { 'x-schematic-api-key': KEY, accept: 'application/json' };

type MockPool = ReturnType<MockAgent['get']>;

const agents: MockAgent[] = [];

afterEach(async () => {
  await Promise.all(agents.splice(0).map((agent) => agent.close()));
});

/** Each call is sent once unless `retry` is given (`'default'`: the client's own default policy). */
function setup(baseUrl = ORIGIN, origin = ORIGIN, retry: RetryPolicy | 'default' = sendOnce) {
  const agent = new MockAgent();
  agent.disableNetConnect();
  agents.push(agent);
  const pool = agent.get(origin);
  const client = new SchematicClient({ baseUrl, apiKey: KEY, timeoutMs: 500, dispatcher: agent, ...(retry === 'default' ? {} : { retry }) });
  return { agent, pool, client };
}

/**
 * Expects one GET of `pathname` (any query) carrying the key, answers `status`/`body`, and
 * records the path exactly as sent (query string included, unnormalised).
 */
function expectGet(
  pool: MockPool,
  pathname: string,
  body: unknown = { data: [], params: {} },
  status = 200,
  headers: Record<string, string> = {},
) {
  const sent: string[] = [];
  const interceptor = pool.intercept({
    path: (path: string) => path.split('?')[0] === pathname,
    method: 'GET',
    headers: SENT_HEADERS,
  });
  const reply = (options: { path: string }) => {
    sent.push(options.path);
    return typeof body === 'string' ? body : JSON.stringify(body);
  };
  interceptor.reply(status, reply, { headers: { 'content-type': 'application/json', ...headers } });
  return sent;
}


const LIST = { data: [], params: {} };
const COUNT = { data: { count: 3 }, params: {} };
const ONE = { data: { id: 'x' }, params: {} };

describe('requests', () => {
  const cases: {
    name: string;
    call: (client: SchematicClient) => Promise<unknown>;
    sent: string;
    body: unknown;
  }[] = [
    {
      name: 'credits.list with ids, a scalar filter and a limit',
      call: (c) => c.credits.list({ ids: ['bcrd_1', 'bcrd_2'], name: 'Gold', limit: 250 }),
      sent: '/billing/credits?ids=bcrd_1&ids=bcrd_2&name=Gold&limit=250',
      body: LIST,
    },
    {
      name: 'credits.list without params',
      call: (c) => c.credits.list(),
      sent: '/billing/credits',
      body: LIST,
    },
    {
      name: 'credits.list leaving out undefined params',
      call: (c) => c.credits.list({ ids: ['a'], name: undefined, offset: 0 }),
      sent: '/billing/credits?ids=a&offset=0',
      body: LIST,
    },
    {
      name: 'credits.count',
      call: (c) => c.credits.count({ ids: ['a', 'b'] }),
      sent: '/billing/credits/count?ids=a&ids=b',
      body: COUNT,
    },
    {
      name: 'bundles.list',
      call: (c) => c.bundles.list({ ids: ['b1', 'b2'], creditId: 'c1', status: 'active' }),
      sent: '/billing/credits/bundles?ids=b1&ids=b2&credit_id=c1&status=active',
      body: LIST,
    },
    {
      name: 'bundles.list leaving out null filters',
      call: (c) => c.bundles.list({ creditId: null, status: 'active', bundleType: undefined, ids: null }),
      sent: '/billing/credits/bundles?status=active',
      body: LIST,
    },
    {
      name: 'bundles.count',
      call: (c) => c.bundles.count({ creditId: 'c1', bundleType: 'fixed', status: undefined }),
      sent: '/billing/credits/bundles/count?credit_id=c1&bundle_type=fixed',
      body: COUNT,
    },
    {
      name: 'grants.list',
      call: (c) => c.grants.list({ creditId: 'c1', ids: ['g1', 'g2'] }),
      sent: '/billing/credits/grants/list?credit_id=c1&ids=g1&ids=g2',
      body: LIST,
    },
    {
      name: 'grants.count',
      call: (c) => c.grants.count({ ids: ['g1'] }),
      sent: '/billing/credits/grants/count?ids=g1',
      body: COUNT,
    },
    {
      name: 'grants.listForCompany',
      call: (c) =>
        c.grants.listForCompany({ companyId: 'comp_1', order: 'created_at', dir: 'desc', limit: 50, offset: 100 }),
      sent: '/billing/credits/grants/company/list?company_id=comp_1&order=created_at&dir=desc&limit=50&offset=100',
      body: LIST,
    },
    {
      name: 'grants.countForCompany',
      call: (c) => c.grants.countForCompany({ companyId: 'comp_1', order: undefined }),
      sent: '/billing/credits/grants/company/count?company_id=comp_1',
      body: COUNT,
    },
    {
      name: 'planGrants.list with ids and plan_ids',
      call: (c) => c.planGrants.list({ ids: ['pg1'], planIds: ['p1', 'p2'] }),
      sent: '/billing/credits/plan-grants?ids=pg1&plan_ids=p1&plan_ids=p2',
      body: LIST,
    },
    {
      name: 'planGrants.count with plan_version_ids',
      call: (c) => c.planGrants.count({ planVersionIds: ['v1', 'v2'], creditId: 'c1', planId: undefined }),
      sent: '/billing/credits/plan-grants/count?plan_version_ids=v1&plan_version_ids=v2&credit_id=c1',
      body: COUNT,
    },
    {
      name: 'ledger.list',
      call: (c) =>
        c.ledger.list({
          companyId: 'comp_1',
          creditId: 'bcrd_1',
          eventType: 'grant',
          startTime: '2026-01-01T00:00:00Z',
          endTime: undefined,
          limit: 100,
        }),
      sent: '/v2/billing/credits/ledger?company_id=comp_1&billing_credit_id=bcrd_1&event_type=grant&start_time=2026-01-01T00%3A00%3A00Z&limit=100',
      body: LIST,
    },
    {
      name: 'ledger.count',
      call: (c) => c.ledger.count({ companyId: 'comp_1', featureId: 'feat_1' }),
      sent: '/v2/billing/credits/ledger/count?company_id=comp_1&feature_id=feat_1',
      body: COUNT,
    },
    {
      name: 'ledger.balances',
      call: (c) => c.ledger.balances('comp_1'),
      sent: '/billing/credits/balance?company_id=comp_1',
      body: LIST,
    },
    {
      name: 'ledger.balances with reserved characters in the company id',
      call: (c) => c.ledger.balances('comp 1&x=y'),
      sent: '/billing/credits/balance?company_id=comp+1%26x%3Dy',
      body: LIST,
    },
    {
      name: 'companies.list',
      call: (c) => c.companies.list({ ids: ['co1', 'co2'], creditTypeIds: ['bcrd_1'], planId: 'plan_1', q: 'acme' }),
      sent: '/companies?ids=co1&ids=co2&credit_type_ids=bcrd_1&plan_id=plan_1&q=acme',
      body: LIST,
    },
    {
      name: 'companies.count',
      call: (c) => c.companies.count({ q: 'a b' }),
      sent: '/companies/count?q=a+b',
      body: COUNT,
    },
    {
      name: 'companies.lookup',
      call: (c) => c.companies.lookup({ domain: 'acme.example' }),
      sent: '/companies/lookup?keys=%7B%22domain%22%3A%22acme.example%22%7D',
      body: ONE,
    },
    {
      name: 'plans.list',
      call: (c) => c.plans.list({ ids: ['pl1', 'pl2'], planType: 'plan', limit: 2 }),
      sent: '/plans?ids=pl1&ids=pl2&plan_type=plan&limit=2',
      body: LIST,
    },
    {
      name: 'plans.count',
      call: (c) => c.plans.count({ q: 'pro' }),
      sent: '/plans/count?q=pro',
      body: COUNT,
    },
    {
      name: 'features.list',
      call: (c) => c.features.list({ ids: ['f1', 'f2'], q: undefined }),
      sent: '/features?ids=f1&ids=f2',
      body: LIST,
    },
    {
      name: 'features.count',
      call: (c) => c.features.count({ q: 'seats', limit: 1 }),
      sent: '/features/count?q=seats&limit=1',
      body: COUNT,
    },
  ];

  it.each(cases)('$name sends $sent with the API key', async ({ call, sent, body }) => {
    const { agent, pool, client } = setup();
    const seen = expectGet(pool, sent.split('?')[0]!, body);
    await call(client);
    expect(seen).toEqual([sent]);
    agent.assertNoPendingInterceptors();
  });

  const retrieves: [string, (client: SchematicClient, id: string) => Promise<unknown>, string][] = [
    ['credits', (c, id) => c.credits.retrieve(id), '/billing/credits/'],
    ['bundles', (c, id) => c.bundles.retrieve(id), '/billing/credits/bundles/'],
    ['planGrants', (c, id) => c.planGrants.retrieve(id), '/billing/credits/plan-grants/'],
    ['companies', (c, id) => c.companies.retrieve(id), '/companies/'],
    ['plans', (c, id) => c.plans.retrieve(id), '/plans/'],
    ['features', (c, id) => c.features.retrieve(id), '/features/'],
  ];

  it.each(retrieves)('%s.retrieve encodes the id as one path segment', async (_name, retrieve, prefix) => {
    const { agent, pool, client } = setup();
    const seen = expectGet(pool, `${prefix}a%2Fb%20c%3Fd%23e`, ONE);
    await expect(retrieve(client, 'a/b c?d#e')).resolves.toEqual({ id: 'x' });
    expect(seen).toEqual([`${prefix}a%2Fb%20c%3Fd%23e`]);
    agent.assertNoPendingInterceptors();
  });

  it('keeps of a company only what the schema reads, whichever call brought it', async () => {
    const payload = {
      id: 'comp_1',
      name: 'Acme',
      environment_id: 'env_1',
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-02T00:00:00Z',
      last_seen_at: null,
      logo_url: 'https://acme.example/logo.png',
      user_count: 3,
      keys: [{ id: 'ekey_1', entity_id: 'comp_1', definition_id: 'ekdf_1', key: 'domain', value: 'acme.example' }],
      billing_credit_balances: { bcrd_1: 5 },
      plan: { id: 'plan_1', name: 'Pro', description: 'For teams', image_url: null, included_credit_grants: [{ id: 'bpcg_1' }] },
      plans: [{ id: 'plan_1', name: 'Pro' }],
      traits: { region: 'eu' },
      entitlements: [{ id: 'ent_1' }],
      metrics: [{ id: 'met_1' }],
      rules: [{ id: 'rule_1' }],
    };
    const kept = {
      id: 'comp_1',
      name: 'Acme',
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-02T00:00:00Z',
      last_seen_at: null,
      logo_url: 'https://acme.example/logo.png',
      user_count: 3,
      keys: [{ key: 'domain', value: 'acme.example' }],
      billing_credit_balances: { bcrd_1: 5 },
      plan: { id: 'plan_1', name: 'Pro', description: 'For teams' },
      traits: { region: 'eu' },
    };
    const { pool, client } = setup();
    expectGet(pool, '/companies', { data: [payload], params: {} });
    expectGet(pool, '/companies/comp_1', { data: payload, params: {} });
    expectGet(pool, '/companies/lookup', { data: payload, params: {} });
    const results = [await client.companies.list(), [await client.companies.retrieve('comp_1')], [await client.companies.lookup({ domain: 'acme.example' })]];
    for (const [company] of results) expect(company).toStrictEqual(kept);
  });

  it("credits.retrieve('a/b c') hits /billing/credits/a%2Fb%20c", async () => {
    const { pool, client } = setup();
    pool
      .intercept({ path: '/billing/credits/a%2Fb%20c', method: 'GET', headers: SENT_HEADERS })
      .reply(200, { data: { id: 'a/b c', name: 'Gold' }, params: {} });
    await expect(client.credits.retrieve('a/b c')).resolves.toEqual({ id: 'a/b c', name: 'Gold' });
  });

  it.each(['.', '..'])('refuses to send an id that is a dot segment (%j)', async (id) => {
    // `/billing/credits/bundles/..` would reach `/billing/credits` through any URL-normalising hop.
    const { agent, pool, client } = setup();
    pool.intercept({ path: () => true, method: 'GET' }).reply(200, LIST);
    const error = await failure(client.bundles.retrieve(id));
    expect(error).toMatchObject({ upstream: 'schematic', kind: 'bad_request', method: 'GET' });
    expect(agent.pendingInterceptors()).toHaveLength(1);
  });

  it.each([
    ['...', '/billing/credits/bundles/...'],
    ['%2e%2e', '/billing/credits/bundles/%252e%252e'],
  ])('sends an id that only looks like a dot segment (%j)', async (id, sent) => {
    const { pool, client } = setup();
    const seen = expectGet(pool, sent, ONE);
    await expect(client.bundles.retrieve(id)).resolves.toEqual({ id: 'x' });
    expect(seen).toEqual([sent]);
  });

  it('companies.lookup answers null when no company matches (404), and still throws any other failure', async () => {
    const { pool, client } = setup();
    expectGet(pool, '/companies/lookup', { error: 'Not found' }, 404);
    await expect(client.companies.lookup({ domain: 'nobody.example' })).resolves.toBeNull();
    expectGet(pool, '/companies/lookup', { error: 'bad keys' }, 400);
    expect(await failure(client.companies.lookup({ domain: 'x' }))).toMatchObject({ kind: 'bad_request', status: 400 });
  });

  it('companies.lookup sends every key as one URL-encoded JSON object', async () => {
    const { pool, client } = setup();
    const seen = expectGet(pool, '/companies/lookup', { data: { id: 'comp_1' }, params: {} });
    await expect(client.companies.lookup({ id: 'abc', email: 'a b@x' })).resolves.toEqual({ id: 'comp_1' });
    const url = new URL(seen[0]!, ORIGIN);
    expect([...url.searchParams.keys()]).toEqual(['keys']);
    expect(JSON.parse(url.searchParams.get('keys')!)).toEqual({ id: 'abc', email: 'a b@x' });
  });

  it('keeps the path prefix of a base URL', async () => {
    const { agent, pool, client } = setup('http://127.0.0.1:9/prefix', 'http://127.0.0.1:9');
    const list = expectGet(pool, '/prefix/billing/credits', LIST);
    const one = expectGet(pool, '/prefix/billing/credits/bcrd_1', ONE);
    await client.credits.list({ ids: ['a', 'b'] });
    await client.credits.retrieve('bcrd_1');
    expect(list).toEqual(['/prefix/billing/credits?ids=a&ids=b']);
    expect(one).toEqual(['/prefix/billing/credits/bcrd_1']);
    agent.assertNoPendingInterceptors();
  });

  it('sends the API key and accept: application/json on every call, and no body', async () => {
    const { pool, client } = setup();
    const seen: Record<string, string>[] = [];
    pool
      .intercept({ path: () => true, method: 'GET', headers: SENT_HEADERS })
      .reply(200, (options) => {
        seen.push(options.headers as Record<string, string>);
        return options.path.includes('/count') ? COUNT : options.path.includes('/lookup') ? ONE : LIST;
      })
      .times(4);
    await client.credits.list();
    await client.grants.countForCompany({ companyId: 'comp_1' });
    await client.ledger.balances('comp_1');
    await client.companies.lookup({ id: 'abc' });
    expect(seen).toHaveLength(4);
    for (const headers of seen) {
      expect(headers).toMatchObject(SENT_HEADERS);
      expect(headers['content-type']).toBeUndefined();
    }
  });

  it('a call with another key finds no matching reply (the header matcher is effective)', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    agents.push(agent);
    const client = new SchematicClient({ baseUrl: ORIGIN, apiKey: 'sch_dev_other', timeoutMs: 500, dispatcher: agent });
    agent
      .get(ORIGIN)
      .intercept({ path: '/billing/credits', method: 'GET', headers: SENT_HEADERS })
      .reply(200, LIST);
    await expect(client.credits.list()).rejects.toMatchObject({ kind: 'connection' });
    expect(agent.pendingInterceptors()).toHaveLength(1);
  });
});

describe('envelopes', () => {
  it('list returns the data array', async () => {
    const { pool, client } = setup();
    const credits = [
      { id: 'bcrd_1', name: 'Gold' },
      { id: 'bcrd_2', name: 'Silver' },
    ];
    expectGet(pool, '/billing/credits', { data: credits, params: { ids: ['bcrd_1', 'bcrd_2'] } });
    await expect(client.credits.list({ ids: ['bcrd_1', 'bcrd_2'] })).resolves.toEqual(credits);
  });

  it('retrieve returns the data object', async () => {
    const { pool, client } = setup();
    expectGet(pool, '/billing/credits/bundles/bndl_1', { data: { id: 'bndl_1', name: 'Pack' }, params: {} });
    await expect(client.bundles.retrieve('bndl_1')).resolves.toEqual({ id: 'bndl_1', name: 'Pack' });
  });

  it('count returns data.count as a number', async () => {
    const { pool, client } = setup();
    expectGet(pool, '/billing/credits/count', { data: { count: 42 }, params: {} });
    await expect(client.credits.count()).resolves.toBe(42);
  });

  it.each([
    ['count is missing', { data: {}, params: {} }],
    ['count is null', { data: { count: null }, params: {} }],
    ['data is null', { data: null, params: {} }],
  ])('count returns 0 when %s', async (_name, body) => {
    const { pool, client } = setup();
    expectGet(pool, '/plans/count', body);
    await expect(client.plans.count()).resolves.toBe(0);
  });

  it.each([
    ['an object without data', { params: {} }],
    ['a bare array', [{ id: 'bcrd_1' }]],
    ['null', null],
  ])('a 200 with %s is a decode error', async (_name, body) => {
    const { pool, client } = setup();
    expectGet(pool, '/billing/credits', body);
    const error = await failure(client.credits.list({ ids: ['bcrd_1'] }));
    expect(error).toMatchObject({ upstream: 'schematic', kind: 'decode', method: 'GET', path: '/billing/credits' });
  });

  it('a 200 with malformed JSON is a decode error', async () => {
    const { pool, client } = setup();
    expectGet(pool, '/companies/comp_1', '{"data": {"id": "comp_1"', 200, { 'x-request-id': 'req_1' });
    const error = await failure(client.companies.retrieve('comp_1'));
    expect(error).toMatchObject({
      upstream: 'schematic',
      kind: 'decode',
      method: 'GET',
      path: '/companies/comp_1',
      status: 200,
      requestId: 'req_1',
    });
  });
});

describe('errors', () => {
  const statuses: [number, UpstreamErrorKind, string][] = [
    [400, 'bad_request', 'limit must be at most 250'],
    [401, 'unauthorized', 'Invalid API key'],
    [403, 'forbidden', 'This key is read-only'],
    [404, 'not_found', 'Not found'],
    [409, 'conflict', 'Credit is in use'],
    [429, 'rate_limited', 'Rate limit exceeded'],
    [500, 'server', 'Internal server error'],
    [503, 'server', 'Service unavailable'],
  ];

  it.each(statuses)('%i is a %s error with the vendor message and request id', async (status, kind, message) => {
    const { pool, client } = setup();
    expectGet(pool, '/billing/credits', { error: message }, status, { 'x-request-id': `req_${status}` });
    const error = await failure(client.credits.list({ ids: ['bcrd_1', 'bcrd_2'], limit: 250 }));
    expect(error).toMatchObject({
      name: 'UpstreamError',
      upstream: 'schematic',
      kind,
      status,
      method: 'GET',
      path: '/billing/credits',
      detail: message,
      requestId: `req_${status}`,
      retryAfter: undefined,
    });
    expect(error.message).toContain(message);
    expect(error.message).toContain(String(status));
    expect(error.message).not.toContain('?');
  });

  it('an error on an encoded path keeps the encoded path', async () => {
    const { pool, client } = setup();
    expectGet(pool, '/billing/credits/a%2Fb%20c', { error: 'Not found' }, 404);
    const error = await failure(client.credits.retrieve('a/b c'));
    expect(error).toMatchObject({ kind: 'not_found', status: 404, path: '/billing/credits/a%2Fb%20c' });
  });

  it('a 429 with Retry-After in seconds carries retryAfter', async () => {
    const { pool, client } = setup();
    expectGet(pool, '/billing/credits/grants/company/list', { bucket: 'global', error: 'Rate limit exceeded' }, 429, {
      'retry-after': '7',
    });
    const error = await failure(client.grants.listForCompany({ companyId: 'comp_1' }));
    expect(error).toMatchObject({
      kind: 'rate_limited',
      status: 429,
      retryAfter: 7,
      path: '/billing/credits/grants/company/list',
      detail: 'Rate limit exceeded',
    });
  });

  it('a 429 with Retry-After as an HTTP-date carries the seconds until then', async () => {
    const { pool, client } = setup();
    const at = new Date(Date.now() + 30_000).toUTCString();
    expectGet(pool, '/billing/credits', { error: 'Rate limit exceeded' }, 429, { 'retry-after': at });
    const error = await failure(client.credits.list());
    expect(error.kind).toBe('rate_limited');
    expect(error.retryAfter).toBeGreaterThanOrEqual(28);
    expect(error.retryAfter).toBeLessThanOrEqual(30);
  });

  it.each([
    [500, 'server', '<html><body>Internal Server Error</body></html>'],
    [502, 'server', 'Bad Gateway'],
    [404, 'not_found', '404 page not found'],
    [401, 'unauthorized', ''],
  ] as const)('a %i with a non-JSON body is still a %s error', async (status, kind, body) => {
    const { pool, client } = setup();
    expectGet(pool, '/plans/plan_1', body, status, { 'content-type': 'text/html' });
    const error = await failure(client.plans.retrieve('plan_1'));
    expect(error).toMatchObject({
      upstream: 'schematic',
      kind,
      status,
      method: 'GET',
      path: '/plans/plan_1',
      detail: `HTTP ${status}`,
    });
  });

  it('a JSON error body without `error` falls back to the status', async () => {
    const { pool, client } = setup();
    expectGet(pool, '/features', { errors: ['something'] }, 400);
    const error = await failure(client.features.list());
    expect(error).toMatchObject({ kind: 'bad_request', status: 400, detail: 'HTTP 400' });
  });

  it('a reply slower than timeoutMs is a timeout', async () => {
    const { pool, client } = setup();
    pool
      .intercept({ path: '/billing/credits/balance?company_id=comp_1', method: 'GET', headers: SENT_HEADERS })
      .reply(200, LIST)
      .delay(1_500);
    const error = await failure(client.ledger.balances('comp_1'));
    expect(error).toMatchObject({
      upstream: 'schematic',
      kind: 'timeout',
      method: 'GET',
      path: '/billing/credits/balance',
      status: undefined,
    });
  });

  it('an already aborted signal fails without sending', async () => {
    const { agent, pool, client } = setup();
    pool.intercept({ path: '/billing/credits', method: 'GET' }).reply(200, LIST);
    const error = await failure(client.credits.list({}, { signal: AbortSignal.abort() }));
    expect(error).toMatchObject({ upstream: 'schematic', kind: 'aborted', method: 'GET', path: '/billing/credits' });
    expect(agent.pendingInterceptors()).toHaveLength(1);
  });

  it('aborting the signal while the reply is pending cancels the call', async () => {
    // The delayed reply arrives before the 500 ms timeout: only the abort can fail this call.
    const { pool, client } = setup();
    pool
      .intercept({ path: '/companies/comp_1', method: 'GET', headers: SENT_HEADERS })
      .reply(200, ONE)
      .delay(300);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const error = await failure(client.companies.retrieve('comp_1', { signal: controller.signal }));
    expect(error).toMatchObject({ upstream: 'schematic', kind: 'aborted', method: 'GET', path: '/companies/comp_1' });
  });

  it('a socket error is a connection error', async () => {
    const { pool, client } = setup();
    pool
      .intercept({ path: '/billing/credits/plan-grants?plan_ids=p1', method: 'GET', headers: SENT_HEADERS })
      .replyWithError(new Error('socket hang up'));
    const error = await failure(client.planGrants.list({ planIds: ['p1'] }));
    expect(error).toMatchObject({
      upstream: 'schematic',
      kind: 'connection',
      method: 'GET',
      path: '/billing/credits/plan-grants',
      status: undefined,
      detail: 'socket hang up',
    });
  });

  it('by default a read answered 503 is sent 3 times, then fails with attempts: 3', async () => {
    const { agent, pool, client } = setup(ORIGIN, ORIGIN, 'default');
    pool
      .intercept({ path: '/billing/credits', method: 'GET', headers: SENT_HEADERS })
      .reply(503, { error: 'Service unavailable' }, { headers: { 'retry-after': '0' } })
      .times(4);
    const error = await failure(client.credits.list());
    expect(error).toMatchObject({ kind: 'server', status: 503, attempts: 3 });
    const pending = agent.pendingInterceptors();
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ timesInvoked: 3, times: 4 });
  });

  it('by default a write answered 503 is sent exactly once (Schematic writes carry no Idempotency-Key)', async () => {
    const { agent, pool, client } = setup(ORIGIN, ORIGIN, 'default');
    pool
      .intercept({ path: '/billing/credits/bcrd_1', method: 'PUT', headers: SENT_HEADERS })
      .reply(503, { error: 'Service unavailable' }, { headers: { 'retry-after': '0' } })
      .times(2);
    const error = await failure(client.credits.update('bcrd_1', { name: 'x', description: 'y' }));
    expect(error).toMatchObject({ kind: 'server', status: 503, attempts: 1, writeOutcome: 'unknown' });
    expect(agent.pendingInterceptors()[0]).toMatchObject({ timesInvoked: 1, times: 2 });
  });
});

describe('writes', () => {
  interface Sent {
    path: string;
    body: unknown;
    headers: Record<string, string>;
  }

  /** Expects one `method path` (exact, query included) carrying the key; answers and records what was sent. */
  function expectWrite(pool: MockPool, method: string, path: string, reply: unknown, status = 200) {
    const sent: Sent[] = [];
    pool.intercept({ path, method, headers: SENT_HEADERS }).reply(
      status,
      (options) => {
        sent.push({ path: options.path, body: options.body, headers: options.headers as Record<string, string> });
        return JSON.stringify(reply);
      },
      { headers: { 'content-type': 'application/json' } },
    );
    return sent;
  }

  const credit = { name: 'Gold', description: 'Shiny', currency: 'usd', per_unit_price: 5, currency_prices: [{ currency: 'eur', price_per_unit_decimal: '4.5' }] };
  /** What the client takes for `credit` (camelCase). */
  const creditParams = { name: 'Gold', description: 'Shiny', currency: 'usd', perUnitPrice: 5, currencyPrices: [{ currency: 'eur', pricePerUnitDecimal: '4.5' }] };
  const bundle = { bundle_name: 'Pack', credit_id: 'bcrd_1', currency: 'usd', price_per_unit: 1, quantity: 100 };
  /** What the client takes for `bundle` (camelCase). */
  const bundleParams = { bundleName: 'Pack', creditId: 'bcrd_1', currency: 'usd', pricePerUnit: 1, quantity: 100 };
  const grant = { company_id: 'comp_1', credit_id: 'bcrd_1', quantity: 10, reason: 'adjustment', expires_at: '2027-01-01T00:00:00.000Z' };
  /** What the client takes for `grant` (camelCase; null fields are left out of the body). */
  const grantParams = { companyId: 'comp_1', creditId: 'bcrd_1', quantity: 10, reason: 'adjustment', expiresAt: '2027-01-01T00:00:00.000Z', currency: null };
  const planGrant = { plan_id: 'plan_1', credit_id: 'bcrd_1', credit_amount: 5, reset_cadence: 'monthly', reset_start: 'billing_period' };
  /** What the client takes for `planGrant` (camelCase). */
  const planGrantParams = { planId: 'plan_1', creditId: 'bcrd_1', creditAmount: 5, resetCadence: 'monthly', resetStart: 'billing_period' };
  const DELETED = { deleted: true };

  const verbs: {
    name: string;
    call: (client: SchematicClient) => Promise<unknown>;
    method: 'POST' | 'PUT' | 'DELETE';
    path: string;
    body: unknown;
    data: unknown;
  }[] = [
    { name: 'credits.create', call: (c) => c.credits.create(creditParams), method: 'POST', path: '/billing/credits', body: credit, data: { id: 'bcrd_1' } },
    {
      name: 'credits.update',
      call: (c) => c.credits.update('bcrd a/b', { name: 'Gold', description: 'Shinier' }),
      method: 'PUT',
      path: '/billing/credits/bcrd%20a%2Fb',
      body: { name: 'Gold', description: 'Shinier' },
      data: { id: 'bcrd a/b' },
    },
    { name: 'credits.delete', call: (c) => c.credits.delete('bcrd?1'), method: 'DELETE', path: '/billing/credits/bcrd%3F1', body: undefined, data: DELETED },
    { name: 'bundles.create', call: (c) => c.bundles.create(bundleParams), method: 'POST', path: '/billing/credits/bundles', body: bundle, data: { id: 'bcb_1' } },
    {
      name: 'bundles.update',
      call: (c) => c.bundles.update('bcb#1', { bundleName: 'Pack', pricePerUnit: 2, compatiblePlanIds: [] }),
      method: 'PUT',
      path: '/billing/credits/bundles/bcb%231',
      body: { bundle_name: 'Pack', price_per_unit: 2, compatible_plan_ids: [] },
      data: { id: 'bcb#1' },
    },
    { name: 'bundles.delete', call: (c) => c.bundles.delete('bcb/1'), method: 'DELETE', path: '/billing/credits/bundles/bcb%2F1', body: undefined, data: DELETED },
    { name: 'grants.grantToCompany', call: (c) => c.grants.grantToCompany(grantParams), method: 'POST', path: '/billing/credits/grants/company', body: grant, data: { id: 'bcgr_1' } },
    {
      name: 'grants.zeroOut without a reason',
      call: (c) => c.grants.zeroOut('bcgr 1'),
      method: 'PUT',
      path: '/billing/credits/grants/bcgr%201/zero-out',
      body: {},
      data: { id: 'bcgr 1' },
    },
    {
      name: 'grants.zeroOut with a reason',
      call: (c) => c.grants.zeroOut('bcgr/1', { reason: 'manual' }),
      method: 'PUT',
      path: '/billing/credits/grants/bcgr%2F1/zero-out',
      body: { reason: 'manual' },
      data: { id: 'bcgr/1' },
    },
    { name: 'planGrants.create', call: (c) => c.planGrants.create(planGrantParams), method: 'POST', path: '/billing/credits/plan-grants', body: planGrant, data: { id: 'bpcg_1' } },
    {
      name: 'planGrants.update',
      call: (c) => c.planGrants.update('bpcg/1', { resetCadence: 'monthly', resetStart: 'billing_period', creditAmount: 7 }),
      method: 'PUT',
      path: '/billing/credits/plan-grants/bpcg%2F1',
      body: { reset_cadence: 'monthly', reset_start: 'billing_period', credit_amount: 7 },
      data: { id: 'bpcg/1' },
    },
    { name: 'planGrants.delete', call: (c) => c.planGrants.delete('bpcg 1'), method: 'DELETE', path: '/billing/credits/plan-grants/bpcg%201', body: undefined, data: DELETED },
    {
      name: 'planGrants.delete with apply_to_existing',
      call: (c) => c.planGrants.delete('bpcg_1', { applyToExisting: true }),
      method: 'DELETE',
      path: '/billing/credits/plan-grants/bpcg_1?apply_to_existing=true',
      body: undefined,
      data: DELETED,
    },
  ];

  it.each(verbs)('$name sends $method $path with its JSON body and returns data', async ({ call, method, path, body, data }) => {
    const { agent, pool, client } = setup();
    const sent = expectWrite(pool, method, path, { data, params: {} }, method === 'POST' ? 201 : 200);
    await expect(call(client)).resolves.toEqual(data);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.path).toBe(path);
    if (body === undefined) {
      expect(sent[0]!.body).toBeUndefined();
      expect(sent[0]!.headers['content-type']).toBeUndefined();
    } else {
      expect(JSON.parse(String(sent[0]!.body))).toEqual(body);
      expect(sent[0]!.headers['content-type']).toBe('application/json');
    }
    agent.assertNoPendingInterceptors();
  });

  it('sends an int64 price beyond 2^53 exactly', async () => {
    const { pool, client } = setup();
    const sent = expectWrite(pool, 'POST', '/billing/credits', { data: { id: 'bcrd_1' }, params: {} }, 201);
    await client.credits.create({ name: 'Gold', description: '', currency: 'usd', perUnitPrice: 9_223_372_036_854_775_807n });
    expect(String(sent[0]!.body)).toContain('"per_unit_price":9223372036854775807');
  });

  it.each(verbs)('$name reaches the upstream exactly once on a 500, and says the outcome is unknown', async ({ call, method, path }) => {
    const { agent, pool, client } = setup();
    pool
      .intercept({ path, method, headers: SENT_HEADERS })
      .reply(500, { error: 'Internal server error' }, { headers: { 'content-type': 'application/json', 'retry-after': '0' } })
      .times(2);
    const error = await failure(call(client));
    expect(error).toMatchObject({ upstream: 'schematic', kind: 'server', status: 500, method, writeOutcome: 'unknown' });
    const pending = agent.pendingInterceptors();
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ timesInvoked: 1, times: 2 });
  });

  it.each(verbs)('$name turns a 400 { error } into bad_request with the vendor message, not applied', async ({ call, method, path }) => {
    const { agent, pool, client } = setup();
    pool
      .intercept({ path, method, headers: SENT_HEADERS })
      .reply(400, { error: 'invalid field quantity: must be an integer >= 1' }, { headers: { 'content-type': 'application/json' } })
      .times(1);
    const error = await failure(call(client));
    expect(error).toMatchObject({
      upstream: 'schematic',
      kind: 'bad_request',
      status: 400,
      method,
      path: path.split('?')[0],
      detail: 'invalid field quantity: must be an integer >= 1',
      writeOutcome: 'not_applied',
    });
    expect(error.message).toContain('invalid field quantity');
    agent.assertNoPendingInterceptors();
  });

  it('a 404 on a write is not_found; a 409 is conflict', async () => {
    const { pool, client } = setup();
    pool.intercept({ path: '/billing/credits/grants/bcgr_x/zero-out', method: 'PUT', headers: SENT_HEADERS }).reply(404, { error: 'credit grant not found: bcrd_x' });
    pool.intercept({ path: '/billing/credits/bcrd_1', method: 'DELETE', headers: SENT_HEADERS }).reply(409, { error: 'billing credit bcrd_1 is still used' });
    expect(await failure(client.grants.zeroOut('bcgr_x'))).toMatchObject({ kind: 'not_found', status: 404, writeOutcome: 'not_applied' });
    expect(await failure(client.credits.delete('bcrd_1'))).toMatchObject({ kind: 'conflict', status: 409, detail: 'billing credit bcrd_1 is still used' });
  });

  it('a connection reset on a write is sent once and its outcome is unknown', async () => {
    const { agent, pool, client } = setup();
    pool
      .intercept({ path: '/billing/credits/grants/company', method: 'POST', headers: SENT_HEADERS })
      .replyWithError(new Error('socket hang up'))
      .times(2);
    const error = await failure(client.grants.grantToCompany(grantParams));
    expect(error).toMatchObject({ kind: 'connection', method: 'POST', writeOutcome: 'unknown' });
    expect(agent.pendingInterceptors()[0]).toMatchObject({ timesInvoked: 1 });
  });

  it('a 201 without the envelope is a decode error that says the write was applied', async () => {
    const { pool, client } = setup();
    expectWrite(pool, 'POST', '/billing/credits/grants/company', { id: 'bcgr_1' }, 201);
    const error = await failure(client.grants.grantToCompany(grantParams));
    expect(error).toMatchObject({ kind: 'decode', method: 'POST', path: '/billing/credits/grants/company', writeOutcome: 'applied' });
  });
});
