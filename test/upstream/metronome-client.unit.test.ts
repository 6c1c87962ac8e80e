/**
 * The Metronome client over undici's MockAgent: the exact requests it sends (methods, paths,
 * query strings, JSON bodies, cursors in the body or the query, Idempotency-Key on writes), how
 * it unwraps `{ data }` / `{ data, next_page }`, the pagination walk, and the typed errors a
 * caller gets, none of which may ever carry the bearer token.
 */
import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { failure, KEY } from '../helpers/upstream.ts';
import { sendOnce, type RetryPolicy } from '../../src/upstream/core/retry.ts';
import type { HttpRequest } from '../../src/upstream/core/types.ts';
import { MetronomeClient } from '../../src/upstream/metronome/client.ts';
import { collect, MAX_PAGES } from '../../src/upstream/page.ts';

const ORIGIN = 'https://api.metronome.com';
/** Every intercept below requires these: a call without them finds no reply and fails. */
const SENT_HEADERS = { authorization: `Bearer ${KEY}`, accept: 'application/json' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type MockPool = ReturnType<MockAgent['get']>;

interface Seen {
  method: string;
  /** path and query exactly as sent */
  path: string;
  pathname: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

const agents: MockAgent[] = [];

afterEach(async () => {
  await Promise.all(agents.splice(0).map((agent) => agent.close()));
});

/** Each call is sent once unless `retry` is given. */
function setup(options: { retry?: RetryPolicy; baseUrl?: string } = {}) {
  const agent = new MockAgent();
  agent.disableNetConnect();
  agents.push(agent);
  const pool = agent.get(ORIGIN);
  const client = new MetronomeClient({
    baseUrl: options.baseUrl ?? ORIGIN,
    token: KEY,
    timeoutMs: 500,
    dispatcher: agent,
    retry: options.retry ?? sendOnce,
  });
  return { agent, pool, client };
}

/**
 * Expects `method` on `pathname` (any query) carrying the token, answers `status`/`body`
 * (`times` times), and records every request as sent.
 */
function expectCall(
  pool: MockPool,
  method: 'GET' | 'POST',
  pathname: string,
  body: unknown = { data: [], next_page: null },
  status = 200,
  times = 1,
) {
  const seen: Seen[] = [];
  pool
    .intercept({ path: (path: string) => path.split('?')[0] === pathname, method, headers: SENT_HEADERS })
    .reply(
      status,
      (options) => {
        const url = new URL(options.path, ORIGIN);
        const text = typeof options.body === 'string' ? options.body : undefined;
        seen.push({
          method: options.method,
          path: options.path,
          pathname: url.pathname,
          query: Object.fromEntries(url.searchParams),
          headers: Object.fromEntries(
            Object.entries((options.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]),
          ),
          body: text === undefined ? undefined : JSON.parse(text),
        });
        return typeof body === 'function' ? (body as (s: Seen) => unknown)(seen[seen.length - 1] as Seen) : body;
      },
      { headers: { 'content-type': 'application/json' } },
    )
    .times(times);
  return seen;
}

/** Retries every failed attempt twice: the client must still send writes only once. */
const retryEverything: RetryPolicy = {
  begin: () => ({ next: (_error, attempt) => (attempt < 3 ? 0 : undefined), wait: () => Promise.resolve() }),
};

const ID = { data: { id: 'd7abd0cd-4ae9-4db7-8676-e986a4ebd8dc' } };
const CUSTOMER = 'c7d8e9f0-1a2b-4c3d-9e4f-5a6b7c8d9e04';
const CREDIT = 'ecaf9a30-390f-4c08-b7b0-e0b69bc95bd3';

describe('reads', () => {
  it('customers.retrieve GETs /v1/customers/{id}, the id encoded as one segment', async () => {
    const { pool, client } = setup();
    const seen = expectCall(pool, 'GET', '/v1/customers/a%2Fb%20c', { data: { id: 'a/b c', name: 'Acme' } });
    await expect(client.customers.retrieve('a/b c')).resolves.toEqual({ id: 'a/b c', name: 'Acme' });
    expect(seen.map((s) => s.path)).toEqual(['/v1/customers/a%2Fb%20c']);
    expect(seen[0]?.body).toBeUndefined();
  });

  it('customers.list sends customer_ids comma-joined, and always a limit', async () => {
    const { pool, client } = setup();
    const seen = expectCall(pool, 'GET', '/v1/customers', { data: [{ id: 'a' }], next_page: 'cur_2' }, 200, 2);
    const page = await client.customers.list({ customerIds: ['a', 'b', 'c'] });
    expect(page).toEqual({ data: [{ id: 'a' }], next_page: 'cur_2' });
    await client.customers.list();
    expect(seen.map((s) => s.query)).toEqual([{ limit: '100', customer_ids: 'a,b,c' }, { limit: '100' }]);
    expect(seen[0]?.path).toBe('/v1/customers?limit=100&customer_ids=a%2Cb%2Cc');
  });

  it('customers.list sends the alias, the archived switch, its own limit and the cursor in the query', async () => {
    const { pool, client } = setup();
    const seen = expectCall(pool, 'GET', '/v1/customers');
    await client.customers.list({ ingestAlias: 'acme.example', onlyArchived: true, limit: 10, nextPage: 'abc' });
    expect(seen[0]?.query).toEqual({ ingest_alias: 'acme.example', only_archived: 'true', limit: '10', next_page: 'abc' });
  });

  it('customers.list refuses more than 100 ids before sending anything', async () => {
    const { agent, pool, client } = setup();
    expectCall(pool, 'GET', '/v1/customers');
    const ids = Array.from({ length: 101 }, (_, i) => `id_${i}`);
    const error = await failure(client.customers.list({ customerIds: ids }));
    expect(error).toMatchObject({ upstream: 'metronome', kind: 'bad_request', method: 'GET', path: '/v1/customers', status: undefined });
    expect(error.detail).toContain('101');
    expect(agent.pendingInterceptors()).toHaveLength(1);
    // exactly 100 is fine
    await client.customers.list({ customerIds: ids.slice(0, 100) });
    agent.assertNoPendingInterceptors();
  });

  it.each([0, 101, 2.5])('customers.list refuses limit %s before sending', async (limit) => {
    const { agent, pool, client } = setup();
    expectCall(pool, 'GET', '/v1/customers');
    expect(await failure(client.customers.list({ limit }))).toMatchObject({ kind: 'bad_request' });
    expect(agent.pendingInterceptors()).toHaveLength(1);
  });

  it('customers.list with an empty id list answers an empty page without a call', async () => {
    const { agent, pool, client } = setup();
    expectCall(pool, 'GET', '/v1/customers');
    await expect(client.customers.list({ customerIds: [] })).resolves.toEqual({ data: [], next_page: null });
    expect(agent.pendingInterceptors()).toHaveLength(1);
  });

  it('credits.list POSTs its filters with the cursor in the BODY, always sending include_contract_credits and limit', async () => {
    const { pool, client } = setup();
    const seen = expectCall(pool, 'POST', '/v1/contracts/customerCredits/list', { data: [], next_page: null }, 200, 2);
    await client.credits.list({ customerId: CUSTOMER });
    await client.credits.list({
      customerId: CUSTOMER,
      includeContractCredits: true,
      includeBalance: true,
      includeLedgers: true,
      coveringDate: '2026-10-01T00:00:00Z',
      limit: 10,
      nextPage: 'cursor_2',
    });
    expect(seen.map((s) => s.path)).toEqual(['/v1/contracts/customerCredits/list', '/v1/contracts/customerCredits/list']);
    expect(seen[0]?.body).toEqual({ customer_id: CUSTOMER, include_contract_credits: false, limit: 25 });
    expect(seen[1]?.body).toEqual({
      customer_id: CUSTOMER,
      include_contract_credits: true,
      include_balance: true,
      include_ledgers: true,
      covering_date: '2026-10-01T00:00:00Z',
      limit: 10,
      next_page: 'cursor_2',
    });
    expect(seen[0]?.headers['content-type']).toBe('application/json');
    // a read carries no idempotency key
    expect(seen[0]?.headers['idempotency-key']).toBeUndefined();
  });

  it('credits.list sends include_archived, include_balance and include_ledgers only when true', async () => {
    const { pool, client } = setup();
    const seen = expectCall(pool, 'POST', '/v1/contracts/customerCredits/list');
    await client.credits.list({ customerId: CUSTOMER, includeArchived: false, includeBalance: false, includeLedgers: null, coveringDate: null });
    expect(seen[0]?.body).toEqual({ customer_id: CUSTOMER, include_contract_credits: false, limit: 25 });
  });

  it.each([0, 26])('credits.list refuses limit %s (the vendor caps it at 25) before sending', async (limit) => {
    const { agent, pool, client } = setup();
    expectCall(pool, 'POST', '/v1/contracts/customerCredits/list');
    const error = await failure(client.credits.list({ customerId: CUSTOMER, limit }));
    expect(error).toMatchObject({ kind: 'bad_request', method: 'POST', path: '/v1/contracts/customerCredits/list' });
    expect(agent.pendingInterceptors()).toHaveLength(1);
  });

  it('contracts.list and contracts.retrieve POST their bodies and unwrap data', async () => {
    const { pool, client } = setup();
    const list = expectCall(pool, 'POST', '/v2/contracts/list', { data: [{ id: 'k1' }, { id: 'k2' }] });
    const get = expectCall(pool, 'POST', '/v2/contracts/get', { data: { id: 'k1', credits: [] } });
    await expect(client.contracts.list({ customerId: CUSTOMER, includeArchived: true })).resolves.toEqual([{ id: 'k1' }, { id: 'k2' }]);
    await expect(client.contracts.retrieve({ customerId: CUSTOMER, contractId: 'k1', includeBalance: true })).resolves.toEqual({
      id: 'k1',
      credits: [],
    });
    expect(list[0]).toMatchObject({ path: '/v2/contracts/list', body: { customer_id: CUSTOMER, include_archived: true } });
    expect(get[0]).toMatchObject({ path: '/v2/contracts/get', body: { customer_id: CUSTOMER, contract_id: 'k1', include_balance: true } });
  });

  it('products.retrieve POSTs { id } to products/get', async () => {
    const { pool, client } = setup();
    const seen = expectCall(pool, 'POST', '/v1/contract-pricing/products/get', { data: { id: 'p1' } });
    await expect(client.products.retrieve('p1')).resolves.toEqual({ id: 'p1' });
    expect(seen[0]).toMatchObject({ path: '/v1/contract-pricing/products/get', body: { id: 'p1' } });
  });

  it('products.list sends limit and next_page in the QUERY and archive_filter in the body', async () => {
    const { pool, client } = setup();
    const seen = expectCall(pool, 'POST', '/v1/contract-pricing/products/list', { data: [], next_page: null }, 200, 2);
    await client.products.list({ archiveFilter: 'ALL', limit: 50, nextPage: 'c2' });
    await client.products.list();
    expect(seen[0]).toMatchObject({ query: { limit: '50', next_page: 'c2' }, body: { archive_filter: 'ALL' } });
    expect(seen[1]).toMatchObject({ query: { limit: '100' }, body: {} });
  });

  it('pricingUnits.list GETs /v1/credit-types/list with the cursor in the query', async () => {
    const { pool, client } = setup();
    const seen = expectCall(pool, 'GET', '/v1/credit-types/list', { data: [{ id: 'u1', name: 'USD (cents)', is_currency: true }], next_page: null });
    await expect(client.pricingUnits.list({ limit: 1, nextPage: 'c9' })).resolves.toEqual({
      data: [{ id: 'u1', name: 'USD (cents)', is_currency: true }],
      next_page: null,
    });
    expect(seen[0]?.query).toEqual({ limit: '1', next_page: 'c9' });
  });

  it('keeps the path prefix of a base URL', async () => {
    const { pool, client } = setup({ baseUrl: `${ORIGIN}/prefix` });
    const seen = expectCall(pool, 'POST', '/prefix/v2/contracts/get', { data: { id: 'k1' } });
    await client.contracts.retrieve({ customerId: CUSTOMER, contractId: 'k1' });
    expect(seen[0]?.pathname).toBe('/prefix/v2/contracts/get');
  });
});

describe('writes', () => {
  const writes: [string, string, (client: MetronomeClient, options?: { idempotencyKey?: string }) => Promise<unknown>, unknown][] = [
    [
      'credits.create',
      '/v1/contracts/customerCredits/create',
      (c, o) =>
        c.credits.create(
          {
            customerId: CUSTOMER,
            priority: 10,
            productId: 'p1',
            accessSchedule: { scheduleItems: [{ amount: '1000', startingAt: '2026-10-01T00:00:00Z', endingBefore: '2026-11-01T00:00:00Z' }] },
          },
          o,
        ),
      {
        customer_id: CUSTOMER,
        priority: 10,
        product_id: 'p1',
        access_schedule: { schedule_items: [{ amount: 1000, starting_at: '2026-10-01T00:00:00Z', ending_before: '2026-11-01T00:00:00Z' }] },
      },
    ],
    [
      'credits.updateEndDate',
      '/v1/contracts/customerCredits/updateEndDate',
      (c, o) => c.credits.updateEndDate({ customerId: CUSTOMER, creditId: CREDIT, accessEndingBefore: '2026-12-01T00:00:00Z' }, o),
      { customer_id: CUSTOMER, credit_id: CREDIT, access_ending_before: '2026-12-01T00:00:00Z' },
    ],
    [
      'credits.edit',
      '/v2/contracts/credits/edit',
      (c, o) =>
        c.credits.edit(
          { customerId: CUSTOMER, creditId: CREDIT, name: 'New name', priority: null, accessSchedule: { removeScheduleItems: [{ id: 's1' }] } },
          o,
        ),
      { customer_id: CUSTOMER, credit_id: CREDIT, name: 'New name', priority: null, access_schedule: { remove_schedule_items: [{ id: 's1' }] } },
    ],
    [
      'credits.archive',
      '/v2/contracts/credits/archive',
      (c, o) => c.credits.archive({ customerId: CUSTOMER, creditId: CREDIT }, o),
      { customer_id: CUSTOMER, credit_id: CREDIT },
    ],
  ];

  it.each(writes)('%s POSTs %s with its body and a fresh Idempotency-Key each time', async (_name, path, call, body) => {
    const { pool, client } = setup();
    const seen = expectCall(pool, 'POST', path, ID, 200, 2);
    await expect(call(client)).resolves.toEqual({ id: ID.data.id });
    await call(client);
    expect(seen.map((s) => s.body)).toEqual([body, body]);
    const keys = seen.map((s) => s.headers['idempotency-key']);
    for (const key of keys) expect(key).toMatch(UUID);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it.each(writes)("%s forwards the caller's Idempotency-Key unchanged", async (_name, path, call) => {
    const { pool, client } = setup();
    const seen = expectCall(pool, 'POST', path, ID);
    await call(client, { idempotencyKey: 'client-intent-42' });
    expect(seen[0]?.headers['idempotency-key']).toBe('client-intent-42');
  });

  it.each(writes)('%s answered 500 reaches the upstream exactly once, even under a retrying policy', async (_name, path, call) => {
    const { agent, pool, client } = setup({ retry: retryEverything });
    pool
      .intercept({ path, method: 'POST', headers: SENT_HEADERS })
      .reply(500, { message: 'Internal server error' }, { headers: { 'content-type': 'application/json' } })
      .times(3);
    const error = await failure(call(client));
    expect(error).toMatchObject({ upstream: 'metronome', kind: 'server', status: 500, method: 'POST', path, writeOutcome: 'unknown' });
    expect(agent.pendingInterceptors()[0]).toMatchObject({ timesInvoked: 1, times: 3 });
  });

  it('the retrying policy still applies to reads (POST reads are marked read-only)', async () => {
    const { agent, pool, client } = setup({ retry: retryEverything });
    pool
      .intercept({ path: '/v1/contracts/customerCredits/list', method: 'POST', headers: SENT_HEADERS })
      .reply(503, { message: 'unavailable' }, { headers: { 'content-type': 'application/json' } })
      .times(2);
    expectCall(pool, 'POST', '/v1/contracts/customerCredits/list', { data: [{ id: 'c1' }], next_page: null });
    await expect(client.credits.list({ customerId: CUSTOMER })).resolves.toEqual({ data: [{ id: 'c1' }], next_page: null });
    agent.assertNoPendingInterceptors();
  });

  it('credits.create writes each amount with exactly its digits', async () => {
    const { pool, client } = setup();
    const raw: string[] = [];
    pool
      .intercept({ path: '/v1/contracts/customerCredits/create', method: 'POST', headers: SENT_HEADERS })
      .reply(200, (options) => (raw.push(String(options.body)), JSON.stringify(ID)), { headers: { 'content-type': 'application/json' } });
    const item = { startingAt: '2026-10-01T00:00:00Z', endingBefore: '2026-11-01T00:00:00Z' };
    const amounts = ['12345678901234567.89', '99999999999999999999999999999999', '0.5'];
    await client.credits.create({
      customerId: CUSTOMER,
      priority: 1,
      productId: 'p1',
      accessSchedule: { scheduleItems: amounts.map((amount) => ({ amount, ...item })) },
    });
    for (const amount of amounts) expect(raw[0]).toContain(`"amount":${amount},`);
  });

  it('credits.edit sends null where the wire takes it and leaves it out elsewhere', async () => {
    const { pool, client } = setup();
    const seen = expectCall(pool, 'POST', '/v2/contracts/credits/edit', ID);
    await client.credits.edit({
      customerId: CUSTOMER,
      creditId: CREDIT,
      name: null,
      description: null,
      productId: null,
      rateType: null,
      hierarchyConfiguration: null,
      accessSchedule: null,
      applicableProductIds: null,
      specifiers: null,
    });
    expect(seen[0]?.body).toEqual({ customer_id: CUSTOMER, credit_id: CREDIT, applicable_product_ids: null, specifiers: null });
  });

  it('a write refused with 409 says it was not applied', async () => {
    const { pool, client } = setup();
    expectCall(pool, 'POST', '/v1/contracts/customerCredits/create', { message: 'uniqueness key has already been used' }, 409);
    const error = await failure(
      client.credits.create({ customerId: CUSTOMER, priority: 1, productId: 'p', accessSchedule: { scheduleItems: [] }, uniquenessKey: 'k' }),
    );
    expect(error).toMatchObject({ kind: 'conflict', status: 409, detail: 'uniqueness key has already been used', writeOutcome: 'not_applied' });
  });

  it('a 2xx write without an envelope is a decode error that says the write was applied', async () => {
    const { pool, client } = setup();
    expectCall(pool, 'POST', '/v2/contracts/credits/archive', { ok: true });
    const error = await failure(client.credits.archive({ customerId: CUSTOMER, creditId: CREDIT }));
    expect(error).toMatchObject({ kind: 'decode', writeOutcome: 'applied' });
  });

  it('a 2xx write whose `data` has no id is a decode error that says the write was applied', async () => {
    const { pool, client } = setup();
    expectCall(pool, 'POST', '/v2/contracts/credits/archive', { data: {} });
    const error = await failure(client.credits.archive({ customerId: CUSTOMER, creditId: CREDIT }));
    expect(error).toMatchObject({ kind: 'decode', writeOutcome: 'applied', detail: 'the answer has no `data.id`' });
  });
});

describe('pagination', () => {
  /** Serves `total` items `size` at a time, reading the cursor from the query or the body. */
  function pagedReply(total: number, size: number, where: 'query' | 'body') {
    return (seen: Seen) => {
      const cursor = where === 'query' ? seen.query.next_page : (seen.body as { next_page?: string }).next_page;
      const start = cursor ? Number(cursor.replace('after_', '')) : 0;
      const data = Array.from({ length: Math.min(size, total - start) }, (_, i) => ({ id: `item_${start + i}` }));
      return { data, next_page: start + size < total ? `after_${start + size}` : null };
    };
  }

  it('products.all walks every page, cursor in the query', async () => {
    const { pool, client } = setup();
    const seen = expectCall(pool, 'POST', '/v1/contract-pricing/products/list', pagedReply(250, 100, 'query'), 200, 3);
    const products = await client.products.all({ archiveFilter: 'ALL' });
    expect(products.map((p) => p.id)).toEqual(Array.from({ length: 250 }, (_, i) => `item_${i}`));
    expect(seen.map((s) => s.query)).toEqual([{ limit: '100' }, { limit: '100', next_page: 'after_100' }, { limit: '100', next_page: 'after_200' }]);
    expect(seen.every((s) => (s.body as { archive_filter?: string }).archive_filter === 'ALL')).toBe(true);
  });

  it('pricingUnits.all walks every page', async () => {
    const { pool, client } = setup();
    const seen = expectCall(pool, 'GET', '/v1/credit-types/list', pagedReply(120, 100, 'query'), 200, 2);
    expect(await client.pricingUnits.all()).toHaveLength(120);
    expect(seen).toHaveLength(2);
  });

  it('collect stops as soon as it has enough, and hands back the cursor to continue (body cursors)', async () => {
    const { agent, pool, client } = setup();
    const seen = expectCall(pool, 'POST', '/v1/contracts/customerCredits/list', pagedReply(70, 25, 'body'), 200, 3);
    const page = await collect((cursor) => client.credits.list({ customerId: CUSTOMER, includeContractCredits: true, nextPage: cursor }), {
      enough: 30,
    });
    expect(page.data).toHaveLength(50);
    expect(page.next_page).toBe('after_50');
    expect(seen.map((s) => (s.body as { next_page?: string }).next_page)).toEqual([undefined, 'after_25']);
    expect(agent.pendingInterceptors()).toHaveLength(1);
    const rest = await collect((cursor) => client.credits.list({ customerId: CUSTOMER, nextPage: cursor ?? page.next_page ?? undefined }));
    expect(rest).toEqual({ data: Array.from({ length: 20 }, (_, i) => ({ id: `item_${50 + i}` })), next_page: null });
  });

  it('an empty-string cursor ends the list like null', async () => {
    const { pool, client } = setup();
    expectCall(pool, 'GET', '/v1/credit-types/list', { data: [{ id: 'u1' }], next_page: '' });
    await expect(client.pricingUnits.all()).resolves.toEqual([{ id: 'u1' }]);
  });

  it(`a list that never ends stops after ${MAX_PAGES} pages with a decode error`, async () => {
    const { pool, client } = setup();
    let n = 0;
    const seen = expectCall(pool, 'GET', '/v1/credit-types/list', () => ({ data: [{ id: `u${n}` }], next_page: `c${++n}` }), 200, MAX_PAGES + 5);
    const error = await failure(client.pricingUnits.all());
    expect(error).toMatchObject({ upstream: 'metronome', kind: 'decode', path: '/v1/credit-types/list' });
    expect(seen).toHaveLength(MAX_PAGES);
  });

  it('a cursor that repeats ends the walk instead of looping', async () => {
    const { pool, client } = setup();
    const seen = expectCall(pool, 'GET', '/v1/credit-types/list', { data: [{ id: 'u' }], next_page: 'same' }, 200, 5);
    await expect(collect((cursor) => client.pricingUnits.list({ nextPage: cursor }))).resolves.toMatchObject({ next_page: 'same' });
    expect(seen).toHaveLength(2);
  });
});

describe('envelopes and errors', () => {
  it.each([
    ['no data', { next_page: null }],
    ['data not an array', { data: { id: 'x' }, next_page: null }],
    ['a numeric cursor', { data: [], next_page: 5 }],
  ])('a list answered with %s is a decode error', async (_name, body) => {
    const { pool, client } = setup();
    expectCall(pool, 'GET', '/v1/customers', body);
    expect(await failure(client.customers.list())).toMatchObject({ kind: 'decode', method: 'GET', path: '/v1/customers' });
  });

  it('a 404 `{ message }` is not_found with the vendor message', async () => {
    const { pool, client } = setup();
    expectCall(pool, 'GET', '/v1/customers/nope', { message: 'customer not found' }, 404);
    const error = await failure(client.customers.retrieve('nope'));
    expect(error).toMatchObject({ upstream: 'metronome', kind: 'not_found', status: 404, detail: 'customer not found', code: undefined });
  });

  it.each([
    ['CustomerNotFound', '/v2/contracts/list', (c: MetronomeClient) => c.contracts.list({ customerId: CUSTOMER })],
    ['ContractNotFound', '/v2/contracts/get', (c: MetronomeClient) => c.contracts.retrieve({ customerId: CUSTOMER, contractId: 'k' })],
  ] as const)('a v2 400 `{ code: %s, message }` is not_found keeping the code', async (code, path, call) => {
    const { pool, client } = setup();
    expectCall(pool, 'POST', path, { code, message: `${code}: nope` }, 400);
    const error = await failure(call(client));
    expect(error).toMatchObject({ kind: 'not_found', status: 400, code, detail: `${code}: nope` });
    // a read: no write outcome
    expect(error.writeOutcome).toBeUndefined();
  });

  it('a v2 write 400 `{ code: CustomerNotFound }` is not_found and not applied', async () => {
    const { pool, client } = setup();
    expectCall(pool, 'POST', '/v2/contracts/credits/edit', { code: 'CustomerNotFound', message: 'customer not found' }, 400);
    const error = await failure(client.credits.edit({ customerId: CUSTOMER, creditId: CREDIT, name: 'x' }));
    expect(error).toMatchObject({ kind: 'not_found', code: 'CustomerNotFound', writeOutcome: 'not_applied' });
  });

  it.each([
    [400, 'bad_request', 'limit must be between 1 and 25'],
    [401, 'unauthorized', 'Unauthorized'],
    [403, 'forbidden', 'token is read-only'],
    [409, 'conflict', 'Idempotency-Key has already been used with different request parameters'],
    [429, 'rate_limited', 'Too many requests'],
    [503, 'server', 'Service unavailable'],
  ] as const)('a %i `{ message }` is %s with the message, never the token', async (status, kind, message) => {
    const { pool, client } = setup();
    expectCall(pool, 'POST', '/v1/contracts/customerCredits/list', { message }, status);
    const error = await failure(client.credits.list({ customerId: CUSTOMER }));
    expect(error).toMatchObject({ upstream: 'metronome', kind, status, detail: message, method: 'POST', path: '/v1/contracts/customerCredits/list' });
    expect(error.message).toContain(message);
  });

  it('a call with another token finds no matching reply (the header matcher is effective)', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    agents.push(agent);
    const client = new MetronomeClient({ baseUrl: ORIGIN, token: 'other', timeoutMs: 500, dispatcher: agent });
    agent.get(ORIGIN).intercept({ path: '/v1/customers/x', method: 'GET', headers: SENT_HEADERS }).reply(200, { data: {} });
    await expect(client.customers.retrieve('x')).rejects.toMatchObject({ kind: 'connection' });
    expect(agent.pendingInterceptors()).toHaveLength(1);
  });

  it('a timeout and an abort are typed, with the token nowhere', async () => {
    const { pool, client } = setup();
    pool.intercept({ path: '/v2/contracts/list', method: 'POST' }).reply(200, { data: [] }).delay(1_500);
    expect(await failure(client.contracts.list({ customerId: CUSTOMER }))).toMatchObject({ kind: 'timeout' });
    expect(await failure(client.contracts.list({ customerId: CUSTOMER }, { signal: AbortSignal.abort() }))).toMatchObject({ kind: 'aborted' });
  });
});
