/**
 * Two replicas on one real Redis behave as one gateway (src/shared/): two gateways built with
 * createGateway over the same sandboxes, each with its own Redis connection, as two processes
 * behind a load balancer would be. APQ registrations, the catalogue cache and rate limits are
 * shared; private data never enters the cache; and losing Redis (killed, or stalled) loses no
 * request.
 */
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SharedState, type RateLimitSettings } from '../../src/shared/index.ts';
import { A, B, callers, JWT_AUTH, token } from '../auth/helpers.ts';
import { postTo, quiet, sharedGateway, useTestGateway, type SharedGateway, type SharedGatewayOptions } from '../helpers/gateway.ts';
import { skipWithoutRedis, startRedis, type TestRedis } from '../helpers/redis.ts';

const skip = skipWithoutRedis();

const gw = useTestGateway();
let redis: TestRedis;
const opened: SharedState[] = [];

beforeAll(async () => {
  if (!skip) redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(opened.map((shared) => shared.close()));
  await redis?.close();
});

type Replica = SharedGateway;

/**
 * One replica on the test Redis. Each describe block takes its own namespace (what the process
 * derives from its vendor accounts), so blocks do not see each other's entries and counters.
 */
function replica(namespace: string, options: SharedGatewayOptions & { commandTimeoutMs?: number } = {}): Replica {
  const shared = new SharedState({
    redisUrl: redis.url,
    namespace,
    logger: quiet,
    ...(options.commandTimeoutMs ? { redisCommandTimeoutMs: options.commandTimeoutMs } : {}),
  });
  opened.push(shared);
  return sharedGateway(gw, shared, options);
}

/** POSTs a GraphQL body to one replica, with the sandboxes' call logs reset first. */
const ask = (replica: Replica, body: unknown, headers?: Record<string, string>) => postTo(gw, replica.yoga, body, headers);

/** A grant edge as the tenancy queries select it. */
type GrantOfCompany = { node: { company: { id: string } } };

const upstreamCalls = () => [...gw.calls(), ...gw.metronomeCalls()];

const CREDIT = `query Credit($id: ID!) { credit(id: $id) { id name description burnStrategy } }`;
const CREDITS = `query Credits { credits(first: 10) { totalCount edges { node { id name } } } }`;
const GRANTS = `query Grants { creditGrants(first: 50) { edges { node { id quantity credit { id name description } } } } }`;

describe.skipIf(skip)('two replicas on one Redis', () => {
  let a: Replica;
  let b: Replica;
  beforeAll(async () => {
    a = replica('shared-reads');
    b = replica('shared-reads');
    await Promise.all([a.shared.ready(), b.shared.ready()]);
  });

  it('an APQ hash registered on one replica is served by the other', async () => {
    const query = '{ credits(first: 1) { edges { node { id } } } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const hashOnly = { extensions: { persistedQuery: { version: 1, sha256Hash } } };
    // Not registered anywhere yet: both ask for the full query.
    expect((await ask(b, hashOnly)).json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await ask(a, { query, ...hashOnly });
    expect(registered.json.errors).toBeUndefined();
    const served = await ask(b, hashOnly);
    expect(served.status).toBe(200);
    expect(served.json).toEqual(registered.json);
  });

  it('a catalogue read on one replica, then on the other, costs no upstream call the second time', async () => {
    const first = await ask(a, { query: CREDIT, variables: { id: 'bcrd_compute_minutes' } });
    expect(first.json.data.credit.name).toBeTruthy();
    expect(upstreamCalls()).toHaveLength(1);
    const second = await ask(b, { query: CREDIT, variables: { id: 'bcrd_compute_minutes' } });
    expect(second.json).toEqual(first.json);
    expect(upstreamCalls()).toEqual([]);
  });

  it('... and so does a catalogue list with its count (cached by upstream request)', async () => {
    const first = await ask(a, { query: CREDITS });
    expect(first.json.data.credits.totalCount).toBe(gw.schematicSandbox.store.credits.size);
    expect(gw.calls()).toHaveLength(2); // the page and its /count
    const second = await ask(b, { query: CREDITS });
    expect(second.json).toEqual(first.json);
    expect(upstreamCalls()).toEqual([]);
  });

  it('a batch that is partly cached sends only the ids the cache lacks; the private grants page is read every time', async () => {
    const cachedId = 'bcrd_compute_minutes'; // cached by the test above
    const first = await ask(b, { query: GRANTS });
    expect(first.json.errors).toBeUndefined();
    const creditIds = new Set<string>(first.json.data.creditGrants.edges.map((e: { node: { credit: { id: string } } }) => e.node.credit.id));
    expect(creditIds.has(cachedId)).toBe(true);
    const creditCalls = gw.calls().filter((call) => call.startsWith('GET /billing/credits?'));
    expect(creditCalls).toHaveLength(1);
    const asked = new URLSearchParams(creditCalls[0]!.split('?')[1]).getAll('ids');
    expect(asked.sort()).toEqual([...creditIds].filter((id) => id !== cachedId).sort());
    // Warm: the grants page (private, never cached) is the only call, on either replica.
    for (const replica of [a, b]) {
      const again = await ask(replica, { query: GRANTS });
      expect(again.json).toEqual(first.json);
      expect(gw.calls().map((call) => call.split('?')[0])).toEqual(['GET /billing/credits/grants/list']);
    }
  });

  it('updateCredit on one replica is seen by the next read on the other, by id and in lists', async () => {
    await ask(a, { query: CREDIT, variables: { id: 'bcrd_support_hours' } });
    await ask(b, { query: CREDITS });
    const name = `Support hours ${Date.now()}`;
    const update = await ask(a, {
      query: 'mutation($input: UpdateCreditInput!) { updateCredit(input: $input) { ... on UpdateCreditPayload { credit { id name } } } }',
      variables: { input: { id: 'bcrd_support_hours', name, description: 'Hours of support' } },
    });
    expect(update.json.data.updateCredit.credit).toEqual({ id: 'bcrd_support_hours', name });
    const byId = await ask(b, { query: CREDIT, variables: { id: 'bcrd_support_hours' } });
    expect(byId.json.data.credit).toMatchObject({ name, description: 'Hours of support' });
    expect(gw.calls()).toHaveLength(1);
    const list = await ask(b, { query: CREDITS });
    expect(list.json.data.credits.edges.map((e: { node: { name: string } }) => e.node.name)).toContain(name);
  });

  it('Cache-Control: no-cache from the caller reads the vendor (and refreshes the cache for everyone)', async () => {
    await ask(a, { query: CREDIT, variables: { id: 'bcrd_ai_tokens' } });
    await ask(b, { query: CREDIT, variables: { id: 'bcrd_ai_tokens' } });
    expect(upstreamCalls()).toEqual([]);
    // Changed behind the gateway's back (the vendor's dashboard): the cache still holds the old name...
    const credit = gw.schematicSandbox.store.credits.get('bcrd_ai_tokens')!;
    const renamed = `${credit.name} (renamed)`;
    gw.schematicSandbox.store.credits.set(credit.id, { ...credit, name: renamed });
    expect((await ask(b, { query: CREDIT, variables: { id: 'bcrd_ai_tokens' } })).json.data.credit.name).toBe(credit.name);
    // ... until a caller asks for a fresh answer, which the other replica then serves.
    const fresh = await ask(b, { query: CREDIT, variables: { id: 'bcrd_ai_tokens' } }, { 'cache-control': 'no-cache' });
    expect(fresh.json.data.credit.name).toBe(renamed);
    expect(gw.calls()).toHaveLength(1);
    expect((await ask(a, { query: CREDIT, variables: { id: 'bcrd_ai_tokens' } })).json.data.credit.name).toBe(renamed);
    expect(upstreamCalls()).toEqual([]);
  });
});

describe.skipIf(skip)('company-scoped callers on two replicas', () => {
  let a: Replica;
  let b: Replica;
  let who: Awaited<ReturnType<typeof callers>>;
  beforeAll(async () => {
    a = replica('tenants', { auth: JWT_AUTH });
    b = replica('tenants', { auth: JWT_AUTH });
    await Promise.all([a.shared.ready(), b.shared.ready()]);
    who = await callers();
  });

  const COMPANY = `query Company($id: ID!) {
    company(id: $id) { id name creditBalances { remaining credit { id name } } }
    creditGrants(first: 20) { edges { node { id company { id } credit { id name } } } }
  }`;

  it('never get another company\'s data from either replica, whatever the other one read before', async () => {
    for (const [first, second] of [
      [a, b],
      [b, a],
    ] as const) {
      const own = await ask(first, { query: COMPANY, variables: { id: A.company } }, who.a);
      expect(own.json.errors).toBeUndefined();
      expect(own.json.data.company.id).toBe(A.company);
      expect(own.json.data.creditGrants.edges.every((e: GrantOfCompany) => e.node.company.id === A.company)).toBe(true);
      expect(own.headers.get('cache-control')).toBe('no-store'); // private data selected

      // Company B, on the other replica, right after: its own data, read from the vendor again, and nothing of A.
      const other = await ask(second, { query: COMPANY, variables: { id: B.company } }, who.b);
      expect(other.json.errors).toBeUndefined();
      expect(other.json.data.company.id).toBe(B.company);
      expect(other.json.data.creditGrants.edges.every((e: GrantOfCompany) => e.node.company.id === B.company)).toBe(true);
      expect(JSON.stringify(other.json)).not.toContain(A.company);
      expect(gw.calls().some((call) => call.includes('/billing/credits/grants/company/list'))).toBe(true);

      const denied = await ask(second, { query: COMPANY, variables: { id: A.company } }, who.b);
      expect(denied.json.data?.company ?? null).toBeNull();
      expect(JSON.stringify(denied.json.data ?? {})).not.toContain(A.company);
    }
  });

  it('Redis holds catalogue entries only: no company, grant, balance or customer in any key or value', async () => {
    const client = new Redis(redis.url);
    try {
      const keys = await client.keys('*');
      expect(keys.length).toBeGreaterThan(0);
      const values = await Promise.all(keys.map((key) => client.type(key).then((type) => (type === 'string' ? client.get(key) : ''))));
      const everything = [...keys, ...values].join('\n');
      const grantIds = [...gw.schematicSandbox.store.grants.keys()];
      for (const secret of [A.company, B.company, A.customer, B.customer, ...grantIds]) expect(everything).not.toContain(secret);
    } finally {
      client.disconnect();
    }
  });
});

describe.skipIf(skip)('per-caller rate limits across two replicas', () => {
  const limit: RateLimitSettings = { perMinute: 20, adminPerMinute: 20, onRedisLoss: 'open' };
  let a: Replica;
  let b: Replica;
  beforeAll(async () => {
    a = replica('limits', { auth: JWT_AUTH, rateLimit: limit });
    b = replica('limits', { auth: JWT_AUTH, rateLimit: limit });
    await Promise.all([a.shared.ready(), b.shared.ready()]);
  });

  it('40 requests of one caller at a limit of 20, spread over both replicas: 20 answered, 20 refused with 429 and Retry-After', async () => {
    const caller = { authorization: `Bearer ${await token({ sub: 'user-x', company_id: 'comp_initech' })}` };
    const results = [];
    // Ten at a time, alternating replicas: concurrent requests count atomically in Redis.
    for (let round = 0; round < 4; round++) {
      results.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, (_, i) => ask(i % 2 === 0 ? a : b, { query: '{ credits(first: 1) { edges { node { id } } } }' }, caller)),
        )),
      );
    }
    const refused = results.filter((r) => r.status === 429);
    expect(results.filter((r) => r.status === 200)).toHaveLength(20);
    expect(refused).toHaveLength(20);
    for (const r of refused) {
      expect(r.json.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(r.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    }
    expect(refused[0]!.json.errors[0].message).toMatch(/20 operations a minute/);
    // Each caller has a limit of its own: another company is not refused.
    const other = { authorization: `Bearer ${await token({ sub: 'user-y', company_id: 'comp_hooli' })}` };
    expect((await ask(b, { query: '{ credits(first: 1) { totalCount } }' }, other)).status).toBe(200);
  });
});

describe.skipIf(skip)('Redis lost mid-run', () => {
  it('killed: no request fails; the replicas go on alone, then share again once it is back', async () => {
    const a = replica('loss', { rateLimit: { perMinute: 1_000, adminPerMinute: 1_000, onRedisLoss: 'open' } });
    const b = replica('loss', { rateLimit: { perMinute: 1_000, adminPerMinute: 1_000, onRedisLoss: 'open' } });
    await Promise.all([a.shared.ready(), b.shared.ready()]);
    const states: string[] = [];
    a.shared.onRedisStateChange((state) => states.push(state));
    const query = '{ credits(first: 3) { edges { node { id name } } } plans: credit(id: "bcrd_ai_tokens") { id name } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const persisted = { extensions: { persistedQuery: { version: 1, sha256Hash } } };
    await ask(a, { query, ...persisted });

    /** What a client does: the hash alone, and the full query when the gateway does not know it. */
    const client = async (replica: Replica) => {
      const byHash = await ask(replica, persisted);
      if (byHash.json.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') return ask(replica, { query, ...persisted });
      return byHash;
    };
    const answers = [];
    for (let i = 0; i < 60; i++) {
      if (i === 20) await redis.kill();
      answers.push(...(await Promise.all([client(a), client(b), ask(a, { query }), ask(b, { query })])));
    }
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.json.errors).toBeUndefined();
      expect(answer.json.data.credits.edges).toHaveLength(3);
    }
    expect(states).toEqual(['down']);
    expect(a.shared.redisState()).toBe('down');

    await redis.restart();
    await Promise.all([a.shared.ready(10_000), b.shared.ready(10_000)]);
    expect(states).toEqual(['down', 'up']);
    // Sharing again: the first read sets a fresh catalogue version, the next fills the cache, the other replica reads it.
    await ask(a, { query: CREDIT, variables: { id: 'bcrd_ai_tokens' } });
    await ask(a, { query: CREDIT, variables: { id: 'bcrd_ai_tokens' } });
    await ask(b, { query: CREDIT, variables: { id: 'bcrd_ai_tokens' } });
    expect(upstreamCalls()).toEqual([]);
  });

  it('stalled (a server that stops answering): requests still succeed, after at most one command timeout', async () => {
    const a = replica('stall', { commandTimeoutMs: 50, rateLimit: { perMinute: 1_000, adminPerMinute: 1_000, onRedisLoss: 'open' } });
    await a.shared.ready(10_000);
    await ask(a, { query: CREDIT, variables: { id: 'bcrd_ai_tokens' } });
    redis.pause();
    try {
      for (let i = 0; i < 5; i++) {
        const answer = await ask(a, { query: CREDIT, variables: { id: 'bcrd_ai_tokens' } });
        expect(answer.status).toBe(200);
        expect(answer.json.data.credit.id).toBe('bcrd_ai_tokens');
      }
      expect(a.shared.redisState()).toBe('down');
    } finally {
      redis.resume();
    }
  });
});
