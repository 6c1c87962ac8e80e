/**
 * The catalogue cache, Cache-Control and rate limits of one gateway without Redis (in memory, for
 * one replica), and with a Redis that cannot be reached: every request still answers.
 * Two replicas on a real Redis: replicas.test.ts.
 */
import { createHash } from 'node:crypto';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';
import { bypassesCache, CATALOGUE_TYPES, readsOnlyCatalogue } from '../../src/shared/cacheControl.ts';
import { SharedState, type RateLimitSettings } from '../../src/shared/index.ts';
import { A, callers, JWT_AUTH, token } from '../auth/helpers.ts';
import { postTo, quiet, sharedGateway, useTestGateway, type SharedGateway, type SharedGatewayOptions } from '../helpers/gateway.ts';

const gw = useTestGateway();

type GatewayUnderTest = SharedGateway;

const built: SharedState[] = [];
afterAll(() => Promise.all(built.map((shared) => shared.close())));

/** A gateway with its own in-memory state (one replica), or with `shared`. */
function gateway(options: SharedGatewayOptions & { shared?: SharedState } = {}): GatewayUnderTest {
  const shared = options.shared ?? new SharedState({ logger: quiet });
  built.push(shared);
  return sharedGateway(gw, shared, options);
}

const ask = (target: GatewayUnderTest, body: unknown, headers?: Record<string, string>) => postTo(gw, target.yoga, body, headers);

const calls = () => [...gw.calls(), ...gw.metronomeCalls()];
const CREDIT = `query Credit($id: ID!) { credit(id: $id) { id name description } }`;

/** Restores a sandbox credit changed behind the gateway's back. */
function renameInSandbox(id: string, name: string): () => void {
  const credit = gw.schematicSandbox.store.credits.get(id)!;
  gw.schematicSandbox.store.credits.set(id, { ...credit, name });
  return () => gw.schematicSandbox.store.credits.set(id, credit);
}

describe('the catalogue cache in memory (one replica)', () => {
  let gateway1: GatewayUnderTest;
  beforeAll(() => {
    gateway1 = gateway();
  });

  it('serves a second read of every catalogue object and list without an upstream call: Schematic and Metronome', async () => {
    const product = gw.metronomeSandbox.store.products[0]!;
    const query = `query($product: ID!) {
      credit(id: "bcrd_ai_tokens") { id name price { price } }
      creditBundles(first: 5) { totalCount edges { node { id name credit { id name } } } }
      planCreditGrants(first: 5) { edges { node { id plan { id name } credit { name } } } }
      metronomeProduct(id: $product) { id name }
      metronomeProducts(first: 2) { edges { node { id } } }
      pricingUnits { id name }
    }`;
    const first = await ask(gateway1, { query, variables: { product: product.id } });
    expect(first.json.errors).toBeUndefined();
    expect(gw.calls().length).toBeGreaterThan(3);
    expect(gw.metronomeCalls().length).toBeGreaterThanOrEqual(3);
    const second = await ask(gateway1, { query, variables: { product: product.id } });
    expect(second.json).toEqual(first.json);
    expect(calls()).toEqual([]);
  });

  it('never caches private data: companies, grants, balances, ledger, customers, contract credits are read every time', async () => {
    const query = `query($id: ID!, $customer: ID!) {
      company(id: $id) { id name creditBalances { remaining } ledger(first: 2) { edges { node { id } } } }
      creditGrants(first: 5) { edges { node { id quantityRemaining } } }
      metronomeCustomer(id: $customer) { id name }
      contractCredits(customerId: $customer, first: 2) { edges { node { id } } }
    }`;
    const variables = { id: A.company, customer: A.customer };
    const first = await ask(gateway1, { query, variables });
    expect(first.json.errors).toBeUndefined();
    const firstCalls = calls();
    const second = await ask(gateway1, { query, variables });
    expect(second.json).toEqual(first.json);
    expect(calls().sort()).toEqual(firstCalls.sort());
    // the company (with its balances), its ledger page, the grants page, the customer, its credits page
    expect(firstCalls.map((call) => call.split('?')[0]).sort()).toEqual([
      'GET /billing/credits/grants/list',
      'GET /companies',
      'GET /v1/customers',
      'GET /v2/billing/credits/ledger',
      'POST /v1/contracts/customerCredits/list',
    ]);
  });

  it('a catalogue write through the gateway is seen by the next read; a private write leaves the cache alone', async () => {
    const LIST = '{ credits(first: 50) { totalCount edges { node { id name } } } }';
    const before = await ask(gateway1, { query: LIST });
    await ask(gateway1, { query: LIST });
    expect(calls()).toEqual([]);
    const created = await ask(gateway1, {
      query: 'mutation($input: CreateCreditInput!) { createCredit(input: $input) { ... on CreateCreditPayload { credit { id } } } }',
      variables: { input: { name: 'Cache test credit', description: 'Made by the cache test.', currency: 'usd' } },
    });
    const id = created.json.data.createCredit.credit.id;
    const after = await ask(gateway1, { query: LIST });
    expect(after.json.data.credits.totalCount).toBe(before.json.data.credits.totalCount + 1);
    expect(after.json.data.credits.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);

    await ask(gateway1, { query: CREDIT, variables: { id } });
    const grant = await ask(gateway1, {
      query: 'mutation($input: GrantCreditsToCompanyInput!) { grantCreditsToCompany(input: $input) { __typename } }',
      variables: { input: { companyId: 'comp_hooli', creditId: id, quantity: 1, reason: 'ADJUSTMENT' } },
    });
    expect(grant.json.data.grantCreditsToCompany.__typename).toBe('GrantCreditsToCompanyPayload');
    await ask(gateway1, { query: CREDIT, variables: { id } });
    expect(calls()).toEqual([]);
  });

  it('a mutation reads the vendor, never the cache: updateCredit keeps a name changed elsewhere', async () => {
    await ask(gateway1, { query: CREDIT, variables: { id: 'bcrd_compute_minutes' } });
    const restore = renameInSandbox('bcrd_compute_minutes', 'Compute minutes (renamed in the dashboard)');
    try {
      // Schematic's PUT needs the name: the gateway reads the current one first, from the vendor.
      const update = await ask(gateway1, {
        query: 'mutation($input: UpdateCreditInput!) { updateCredit(input: $input) { ... on UpdateCreditPayload { credit { name description } } } }',
        variables: { input: { id: 'bcrd_compute_minutes', description: 'New description' } },
      });
      expect(update.json.data.updateCredit.credit).toEqual({ name: 'Compute minutes (renamed in the dashboard)', description: 'New description' });
      expect(gw.schematicSandbox.store.credits.get('bcrd_compute_minutes')!.name).toBe('Compute minutes (renamed in the dashboard)');
    } finally {
      restore();
    }
  });

  it('entries live CACHE_TTL_SECONDS: a change made elsewhere shows once they expire', async () => {
    const short = gateway({ cacheTtlSeconds: 1 });
    const id = 'bcrd_support_hours';
    const original = (await ask(short, { query: CREDIT, variables: { id } })).json.data.credit.name;
    const restore = renameInSandbox(id, 'Support (renamed)');
    try {
      expect((await ask(short, { query: CREDIT, variables: { id } })).json.data.credit.name).toBe(original);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect((await ask(short, { query: CREDIT, variables: { id } })).json.data.credit.name).toBe('Support (renamed)');
    } finally {
      restore();
    }
  });

  it('is off with CACHE_TTL_SECONDS=0, and in AUTH_MODE=forward (each caller may read another vendor account)', async () => {
    const forward = { 'x-schematic-api-key': 'caller-key', authorization: 'Bearer caller-token' };
    for (const [target, headers] of [
      [gateway({ cacheTtlSeconds: 0 }), {}],
      [gateway({ auth: { mode: 'forward' } }), forward],
    ] as const) {
      await ask(target, { query: CREDIT, variables: { id: 'bcrd_ai_tokens' } }, headers);
      await ask(target, { query: CREDIT, variables: { id: 'bcrd_ai_tokens' } }, headers);
      expect(gw.calls()).toHaveLength(1);
    }
  });
});

describe('Cache-Control', () => {
  const CATALOGUE = '{ credits(first: 2) { edges { node { id name bundles(first: 1) { edges { node { name } } } } } } }';

  it('a catalogue-only query may be cached for CACHE_TTL_SECONDS: public without caller auth, private with it', async () => {
    expect((await ask(gateway(), { query: CATALOGUE })).headers.get('cache-control')).toBe('public, max-age=60');
    const who = await callers();
    const jwt = await ask(gateway({ auth: JWT_AUTH, cacheTtlSeconds: 30 }), { query: CATALOGUE }, who.catalogue);
    expect(jwt.json.errors).toBeUndefined();
    expect(jwt.headers.get('cache-control')).toBe('private, max-age=30');
  });

  it('anything else is no-store: a private type selected, a mutation, an error, the cache off', async () => {
    const target = gateway();
    const cases = {
      private: `{ credits(first: 1) { edges { node { id } } } company(id: "${A.company}") { id } }`,
      privateInFragment: '{ ...F } fragment F on Query { creditGrants(first: 1) { edges { node { id } } } }',
      mutation: 'mutation { deleteCredit(input: { id: "bcrd_nope" }) { __typename } }',
      error: '{ credits(first: 1000) { edges { node { id } } } }',
    };
    for (const [name, query] of Object.entries(cases)) {
      expect((await ask(target, { query })).headers.get('cache-control'), name).toBe('no-store');
    }
    expect((await ask(gateway({ cacheTtlSeconds: 0 }), { query: CATALOGUE })).headers.get('cache-control')).toBe('no-store');
  });

  it('readsOnlyCatalogue: every field\'s parent and return type must be catalogue; fragments, _entities and introspection', () => {
    const verdict = (query: string, name?: string) => readsOnlyCatalogue(schema, parse(query), name);
    expect(verdict('{ credit(id: "x") { id price { price } product { name } } pricingUnits { id } }')).toBe(true);
    expect(verdict('{ credit(id: "x") { grants(first: 1) { totalCount } } }')).toBe(false);
    expect(verdict('{ _entities(representations: []) { ... on Credit { name } } }')).toBe(true);
    expect(verdict('{ _entities(representations: []) { ... on Credit { name } ... on Company { name } } }')).toBe(false);
    expect(verdict('{ __schema { types { name } } credits(first: 1) { totalCount } }')).toBe(true);
    expect(verdict('query A { credits { totalCount } } query B { company(id: "x") { id } }', 'A')).toBe(true);
    expect(verdict('query A { credits { totalCount } } query B { company(id: "x") { id } }', 'B')).toBe(false);
    expect(verdict('query A { credits { totalCount } } query B { credits { totalCount } }')).toBe(false); // which one runs is unknown
  });

  it('lists only object types of the schema (a type renamed or removed is private, never cacheable by mistake)', () => {
    for (const name of CATALOGUE_TYPES) expect(schema.getType(name)?.astNode?.kind ?? schema.getType(name)?.constructor.name, name).toBeDefined();
    for (const name of CATALOGUE_TYPES) expect(String(schema.getType(name)?.constructor.name), name).toBe('GraphQLObjectType');
  });

  it('bypassesCache: no-cache, no-store or max-age=0 from the caller', () => {
    const request = (value?: string) => new Request('http://gateway.test/graphql', value ? { headers: { 'cache-control': value } } : {});
    expect([undefined, 'no-cache', 'max-age=0', 'private, no-store', 'max-age=60', 'no-transform'].map((v) => bypassesCache(request(v)))).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('rate limits in memory (one replica)', () => {
  const LIMITS: RateLimitSettings = { perMinute: 3, adminPerMinute: 0, onRedisLoss: 'open' };
  const QUERY = '{ credits(first: 1) { totalCount } }';

  it('refuses a caller over its limit with 429, Retry-After and RATE_LIMITED, before any upstream call', async () => {
    const target = gateway({ auth: JWT_AUTH, rateLimit: LIMITS });
    const caller = { authorization: `Bearer ${await token({ sub: 'u1', company_id: 'comp_one' })}` };
    for (let i = 0; i < 3; i++) expect((await ask(target, { query: QUERY }, caller)).status).toBe(200);
    const refused = await ask(target, { query: QUERY }, caller);
    expect(refused.status).toBe(429);
    expect(refused.json.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED' }) })]);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(calls()).toEqual([]);
  });

  it('counts each operation of a batch, and each caller apart; admins have their own limit (0: none)', async () => {
    const target = gateway({ auth: JWT_AUTH, rateLimit: LIMITS });
    const company = { authorization: `Bearer ${await token({ sub: 'u2', company_id: 'comp_two' })}` };
    const sameCompanyOtherUser = { authorization: `Bearer ${await token({ sub: 'u3', company_id: 'comp_two' })}` };
    const batch = [{ query: QUERY }, { query: QUERY }];
    expect((await ask(target, batch, company)).status).toBe(200);
    // A company's tokens share its limit: 2 + 2 > 3 (and the refused attempt spends the rest of the window).
    expect((await ask(target, batch, sameCompanyOtherUser)).status).toBe(429);
    expect((await ask(target, { query: QUERY }, company)).status).toBe(429);
    const otherCompany = { authorization: `Bearer ${await token({ sub: 'u3', company_id: 'comp_three' })}` };
    expect((await ask(target, [{ query: QUERY }, { query: QUERY }, { query: QUERY }], otherCompany)).status).toBe(200);
    const admin = { authorization: `Bearer ${await token({ sub: 'ops', scope: 'credits:admin' })}` };
    for (let i = 0; i < 5; i++) expect((await ask(target, { query: QUERY }, admin)).status).toBe(200);
  });

  it('reports each refusal to onRateLimitRefused (for metrics), without the caller\'s id', async () => {
    const shared = new SharedState({ logger: quiet });
    const refusals: unknown[] = [];
    shared.onRateLimitRefused((refusal) => refusals.push(refusal));
    const target = gateway({ auth: JWT_AUTH, rateLimit: { ...LIMITS, perMinute: 1 }, shared });
    const caller = { authorization: `Bearer ${await token({ sub: 'u4', company_id: 'comp_four' })}` };
    await ask(target, { query: QUERY }, caller);
    await ask(target, { query: QUERY }, caller);
    expect(refusals).toEqual([{ caller: 'company', limit: 1, retryAfterSeconds: expect.any(Number) }]);
  });
});

describe('a Redis that cannot be reached', () => {
  /** REDIS_URL pointing at a closed loopback port: every connection is refused. */
  const unreachable = () => {
    const lines: string[] = [];
    const logger = { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m) };
    return { shared: new SharedState({ redisUrl: 'redis://:pw-not-logged@127.0.0.1:1', logger }), lines };
  };

  it('fails no request: catalogue reads go to the vendor, APQ asks for the full query once, rate limits fail open', async () => {
    const { shared, lines } = unreachable();
    const target = gateway({ shared, rateLimit: { perMinute: 1, adminPerMinute: 1, onRedisLoss: 'open' } });
    const query = '{ credits(first: 2) { edges { node { id } } } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const hashOnly = { extensions: { persistedQuery: { version: 1, sha256Hash } } };
    expect((await ask(target, hashOnly)).json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await ask(target, { query, ...hashOnly })).status).toBe(200);
    for (let i = 0; i < 3; i++) {
      const answer = await ask(target, hashOnly); // known to this replica
      expect(answer.status).toBe(200);
      expect(answer.json.data.credits.edges).toHaveLength(2);
      expect(gw.calls()).toHaveLength(1); // no cache: every read goes to the vendor
    }
    expect(shared.redisState()).toBe('down');
    expect(lines.join('\n')).toMatch(/Redis at redis:\/\/127\.0\.0\.1:1: cannot connect/);
    expect(lines.join('\n')).not.toContain('pw-not-logged');
  });

  it('RATE_LIMIT_ON_REDIS_LOSS=local: each replica counts alone meanwhile', async () => {
    const { shared } = unreachable();
    const target = gateway({ shared, rateLimit: { perMinute: 2, adminPerMinute: 2, onRedisLoss: 'local' } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await ask(target, { query: '{ credits(first: 1) { totalCount } }' })).status);
    expect(statuses).toEqual([200, 200, 429, 429]);
  });
});
