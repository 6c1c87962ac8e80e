/**
 * The gateway as a Federation 2 subgraph, called the way a router calls it: `_service { sdl }`
 * and `_entities(representations)`, through yoga over the sandboxes, counting upstream calls.
 */
import type { FormattedExecutionResult } from 'graphql';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/limits.ts';
import { SDL_PATH, sortSDL } from '../../src/schema/print.ts';
import { createGateway } from '../../src/server.ts';
import { SchematicClient } from '../../src/upstream/schematic/client.ts';
import { gatewayPath } from '../../bench/gateway-path.ts';
import { Cancellation } from '../../src/upstream/core/cancellation.ts';
import { graphql } from '../generated/gql.ts';
import { quiet, useTestGateway } from '../helpers/gateway.ts';
import { addCompanies, barrierProxy, SEEDED_COMPANIES } from './helpers.ts';

const gw = useTestGateway();

const ACME_METRONOME_IDS = graphql(`
  query EntitiesAcmeMetronomeIds {
    company(id: "comp_acme") { metronomeCustomerId contractCredits(first: 1) { edges { node { id customerId } } } }
  }
`);

type Representation = { __typename: string } & Record<string, string>;

/**
 * An entity as these tests read it: any type's `__typename`, `id` and `name`, and the company
 * fields the company queries select (read only on companies).
 */
interface Entity {
  __typename: string;
  id: string;
  name?: string;
  creditBalances: { remaining: number; credit: { id: string; name: string } }[];
  creditGrants: { edges: { node: { id: string; credit: { name: string } } }[] };
}

const ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Company { id name creditBalances { remaining credit { id name } } }
    ... on Plan { id name }
    ... on Credit { id name }
    ... on CreditBundle { id name }
    ... on CreditGrant { id quantity }
    ... on MetronomeCustomer { id name }
    ... on ContractCredit { id customerId creditName: name balance }
  }
}`;

const entities = (representations: Representation[], query = ENTITIES) =>
  gw.run<{ _entities: (Entity | null)[] }, { representations: Representation[] }>(query, { representations });

const companies = (ids: readonly string[]) => ids.map((id) => ({ __typename: 'Company', id }));

describe('_service', () => {
  it('answers the Federation 2 subgraph SDL, the one committed in schema/schema.graphql', async () => {
    const result = await gw.run<{ _service: { sdl: string } }, never>('{ _service { sdl } }');
    expect(result.errors).toBeUndefined();
    const sdl = result.data!._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.');
    expect(sdl).toMatch(/type Company\s+@key\(fields: "id"\)/);
    expect(sortSDL(sdl)).toBe(readFileSync(SDL_PATH, 'utf8'));
  });

  it('declares a key on every entity and shares the value types', () => {
    const sdl = readFileSync(SDL_PATH, 'utf8');
    for (const type of ['Company', 'Plan', 'Credit', 'CreditBundle', 'CreditGrant', 'MetronomeCustomer']) {
      expect(sdl).toContain(`type ${type} @key(fields: "id") {`);
    }
    expect(sdl).toContain('type ContractCredit @key(fields: "id customerId") {');
    for (const type of ['PageInfo', 'Price', 'CurrencyPrice', 'PricingUnit', 'FieldViolation']) {
      expect(sdl).toContain(`type ${type} @shareable {`);
    }
    for (const type of ['ValidationError', 'NotFoundError', 'ConflictError', 'UpstreamError']) {
      expect(sdl).toContain(`type ${type} implements MutationError @shareable {`);
    }
  });
});

describe('_entities', () => {
  let metronome: { customerId: string; creditId: string };

  beforeAll(async () => {
    // Ids of Metronome objects, found through the plain API.
    const result = await gw.run(ACME_METRONOME_IDS);
    const company = result.data!.company!;
    const credit = company.contractCredits!.edges[0]!.node;
    metronome = { customerId: company.metronomeCustomerId!, creditId: credit.id };
    expect(credit.customerId).toBe(metronome.customerId);
  });

  it('resolves entities loaded by id as one promise for the list, each in its place; other mixes one by one (item 34)', async () => {
    // The field's own resolver, as the compiled operation calls it: a list of entities loaded by
    // id is one promise (nothing for graphql-jit to wait on item by item), not one per entity.
    const path = gatewayPath({ schematic: gw.schematicSandbox.url, metronome: gw.metronomeSandbox.url });
    try {
      const ctx = await path.contextOf({ request: { method: 'POST', headers: { get: () => null, has: () => false }, signal: new Cancellation() } });
      const resolve = path.schema.getQueryType()!.getFields()._entities!.resolve!;
      const byId = resolve(undefined, { representations: [...companies(['comp_acme', 'comp_nobody']), { __typename: 'Credit', id: 'bcrd_ai_tokens' }] }, ctx, {} as never);
      expect(byId).toBeInstanceOf(Promise);
      const loaded = (await byId) as ({ __typename: string; id: string } | null)[];
      expect(loaded.map((entity) => entity && [entity.__typename, entity.id])).toEqual([['Company', 'comp_acme'], null, ['Credit', 'bcrd_ai_tokens']]);
      const mixed = resolve(undefined, { representations: [...companies(['comp_acme']), { __typename: 'ContractCredit', id: metronome.creditId, customerId: metronome.customerId }] }, ctx, {} as never);
      expect(Array.isArray(mixed)).toBe(true);
      expect((await Promise.allSettled(mixed as unknown[])).map((item) => item.status)).toEqual(['fulfilled', 'fulfilled']);
    } finally {
      await path.close();
    }
  });

  it('resolves every keyed type from its key', async () => {
    const result = await entities([
      { __typename: 'Company', id: 'comp_acme' },
      { __typename: 'Plan', id: 'plan_scale' },
      { __typename: 'Credit', id: 'bcrd_ai_tokens' },
      { __typename: 'CreditBundle', id: 'bcb_tokens_10m' },
      { __typename: 'CreditGrant', id: 'bcgr_acme_buy1' },
      { __typename: 'MetronomeCustomer', id: metronome.customerId },
      { __typename: 'ContractCredit', id: metronome.creditId, customerId: metronome.customerId },
    ]);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toMatchObject([
      { __typename: 'Company', id: 'comp_acme', name: 'Acme Robotics' },
      { __typename: 'Plan', id: 'plan_scale', name: expect.any(String) },
      { __typename: 'Credit', id: 'bcrd_ai_tokens', name: expect.any(String) },
      { __typename: 'CreditBundle', id: 'bcb_tokens_10m', name: expect.any(String) },
      { __typename: 'CreditGrant', id: 'bcgr_acme_buy1', quantity: expect.any(Number) },
      { __typename: 'MetronomeCustomer', id: metronome.customerId, name: expect.any(String) },
      { __typename: 'ContractCredit', id: metronome.creditId, customerId: metronome.customerId, balance: expect.any(String) },
    ]);
    const company = result.data!._entities[0]!;
    expect(company.creditBalances.length).toBeGreaterThan(0);
  });

  it('answers null for an unknown key, for that entity only, without an error', async () => {
    const result = await entities([
      { __typename: 'Company', id: 'comp_acme' },
      { __typename: 'Company', id: 'comp_nobody' },
      { __typename: 'Credit', id: 'bcrd_nothing' },
      { __typename: 'ContractCredit', id: '00000000-0000-4000-8000-000000000000', customerId: metronome.customerId },
      { __typename: 'MetronomeCustomer', id: '00000000-0000-4000-8000-000000000001' },
      { __typename: 'Credit', id: 'bcrd_ai_tokens' },
    ]);
    expect(result.errors).toBeUndefined();
    const [acme, nobody, nothing, noCredit, noCustomer, tokens] = result.data!._entities;
    expect(acme).toMatchObject({ id: 'comp_acme' });
    expect([nobody, nothing, noCredit, noCustomer]).toEqual([null, null, null, null]);
    expect(tokens).toMatchObject({ id: 'bcrd_ai_tokens' });
  });

  it('costs two upstream calls for 50 companies with their balances and credit names (ids repeated)', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => SEEDED_COMPANIES[i % SEEDED_COMPANIES.length]!);
    const result = await entities(companies(ids));
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((c) => c?.id)).toEqual(ids);
    expect(result.data!._entities.every((c) => c!.creditBalances.every((b) => typeof b.credit.name === 'string'))).toBe(true);
    expect(gw.callCounts()).toEqual({ schematic: 2, metronome: 0 });
    expect(gw.calls().map((call) => call.split('?')[0])).toEqual(['GET /companies', 'GET /billing/credits']);
  });

  describe('with 50 distinct companies', () => {
    let ids: string[];
    beforeAll(async () => {
      // The sandbox is seeded with 8 companies: 42 more, each with a grant of its own.
      ids = [...SEEDED_COMPANIES, ...(await addCompanies(gw, 50 - SEEDED_COMPANIES.length))];
    }, 60_000);

    it('costs two upstream calls for their balances and credit names', async () => {
      const result = await entities(companies(ids));
      expect(result.errors).toBeUndefined();
      const found = result.data!._entities;
      expect(found.map((c) => c?.id)).toEqual(ids);
      expect(found.every((c) => c!.creditBalances.length > 0)).toBe(true);
      expect(found.at(-1)).toMatchObject({ name: 'Federated 42', creditBalances: [{ credit: { id: 'bcrd_ai_tokens', name: expect.any(String) } }] });
      expect(gw.callCounts()).toEqual({ schematic: 2, metronome: 0 });
      const [companiesCall, creditsCall] = gw.calls();
      expect(companiesCall).toMatch(/^GET \/companies\?/);
      expect(new URLSearchParams(companiesCall!.split('?')[1]).getAll('ids').sort()).toEqual([...ids].sort());
      expect(creditsCall).toMatch(/^GET \/billing\/credits\?/);
    });

    const GRANTS = `query Grants($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Company { id creditGrants(first: 5) { edges { node { id credit { name } } } } }
      }
    }`;

    it('costs one grants call per company with their grants (plus the one companies call)', async () => {
      const result = await entities(companies(ids), GRANTS);
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities.every((c) => c!.creditGrants.edges.length > 0)).toBe(true);
      const calls = gw.calls();
      expect(calls.filter((c) => c.startsWith('GET /companies?'))).toHaveLength(1);
      const grantCalls = calls.filter((c) => c.startsWith('GET /billing/credits/grants/company/list?'));
      expect(grantCalls.map((c) => new URLSearchParams(c.split('?')[1]).get('company_id')).sort()).toEqual([...ids].sort());
      expect(calls).toHaveLength(1 + ids.length);
    });

    it('sends those grants calls in parallel', async () => {
      // Schematic behind a proxy that answers no grants call before all 50 have arrived.
      const proxy = await barrierProxy(gw.schematicSandbox.url, '/billing/credits/grants/company/list?', ids.length);
      const schematic = new SchematicClient({ baseUrl: proxy.url, apiKey: 'test-key', timeoutMs: 10_000 });
      try {
        const yoga = createGateway({ upstreams: { schematic, metronome: gw.metronomeClient }, logger: quiet });
        const response = await yoga.fetch('http://gateway.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: GRANTS, variables: { representations: companies(ids) } }),
        });
        const result = (await response.json()) as FormattedExecutionResult<{ _entities: unknown[] }>;
        expect(result.errors).toBeUndefined();
        expect(result.data?._entities).toHaveLength(ids.length);
        expect(proxy.maxConcurrent()).toBe(ids.length);
      } finally {
        await schematic.close();
        await proxy.close();
      }
    });
  });

  it('costs every representation: 50 companies with 100 grants each are over the cost limit, one is not', async () => {
    const query = `query Heavy($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Company { creditGrants(first: 100) { edges { node { id credit { name } } } } }
      }
    }`;
    const many = await entities(companies(Array.from({ length: 50 }, () => 'comp_acme')), query);
    expect(many.data ?? null).toBeNull();
    expect(many.errors?.[0]).toMatchObject({
      message: expect.stringContaining(`Query cost limit of ${DEFAULT_LIMITS.maxCost} exceeded`),
      extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxCost' },
    });
    expect(gw.callCounts()).toEqual({ schematic: 0, metronome: 0 });

    const one = await entities(companies(['comp_acme']), query);
    expect(one.errors).toBeUndefined();
    expect(one.data!._entities).toHaveLength(1);
  });
});
