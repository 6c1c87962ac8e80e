/**
 * Selection lookahead (src/schema/kit/lookahead.ts, `prefetch` in loadable.ts): a list of Partials
 * gets what its selection reads loaded in one batch before the executor reaches their fields,
 * so those fields answer at once instead of each waiting on the loader; and nothing is loaded
 * that the selection does not read.
 */
import DataLoader from 'dataloader';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphql } from '../generated/gql.ts';
import { dataOf, useTestGateway } from '../helpers/gateway.ts';

const gw = useTestGateway();
afterEach(() => {
  vi.restoreAllMocks();
});

/** Loader calls for credit ids: `load` one by one, `loadMany` in batches. */
function watchCreditLoads() {
  const load = vi.spyOn(DataLoader.prototype, 'load');
  const loadMany = vi.spyOn(DataLoader.prototype, 'loadMany');
  const isCredit = (key: unknown) => typeof key === 'string' && key.startsWith('bcrd_');
  const batches = () => loadMany.mock.calls.map(([keys]) => Array.from(keys)).filter((keys) => keys.some(isCredit));
  return {
    // loadMany calls load for each of its keys: those are not loads one by one.
    one: () => load.mock.calls.filter(([key]) => isCredit(key)).length - batches().flat().length,
    batches,
  };
}

const creditCalls = () => gw.calls().filter((call) => call.startsWith('GET /billing/credits?'));

const GRANTS = graphql(`
  query LookaheadGrants($first: Int!, $withDescription: Boolean = true) {
    creditGrants(first: $first) {
      edges { node { id credit { id name description @include(if: $withDescription) } } }
    }
  }
`);

const THROUGH_FRAGMENTS = graphql(`
  query LookaheadThroughFragments {
    creditGrants(first: 10) { ...LookaheadPage }
  }
  fragment LookaheadPage on CreditGrantConnection { edges { node { credit { ... on Credit { ...LookaheadDescribed } } } } }
  fragment LookaheadDescribed on Credit { id description }
`);

describe('a page of grants', () => {
  it('loads the credits it reads beyond their names in one batch, and no grant waits on its own load', async () => {
    const loads = watchCreditLoads();
    const nodes = dataOf(await gw.run(GRANTS, { first: 50 })).creditGrants!.edges.map((e) => e.node);
    expect(nodes).toHaveLength(50);
    for (const node of nodes) {
      expect(node.credit.description).toBe(gw.schematicSandbox.store.credits.get(node.credit.id)!.description);
    }
    expect(creditCalls()).toHaveLength(1);
    const distinct = new Set(nodes.map((n) => n.credit.id));
    expect(loads.batches()).toHaveLength(1);
    expect(new Set(loads.batches()[0])).toEqual(distinct);
    expect(loads.one()).toBe(0); // before the lookahead: one `load` per grant
  });

  it('loads nothing when the selection reads only what the grants carry', async () => {
    const loads = watchCreditLoads();
    const { creditGrants } = dataOf(await gw.run(GRANTS, { first: 20, withDescription: false }));
    expect(creditGrants?.edges[0]?.node.credit).not.toHaveProperty('description');
    expect(creditCalls()).toEqual([]);
    expect(loads.batches()).toEqual([]);
  });

  it('reads the variables of each request: the same compiled operation, its @include turned each way in turn', async () => {
    // The same text each time: from its second run on, one compiled operation, whose selection
    // nodes every execution shares (a selection without directives is walked once for all of them).
    for (const withDescription of [true, false, true, false, true]) {
      const { creditGrants } = dataOf(await gw.run(GRANTS, { first: 10, withDescription }));
      const credit = creditGrants!.edges[0]!.node.credit;
      if (withDescription) {
        expect(credit.description).toBe(gw.schematicSandbox.store.credits.get(credit.id)!.description);
        expect(creditCalls()).toHaveLength(1);
      } else {
        expect(credit).not.toHaveProperty('description');
        expect(creditCalls()).toEqual([]);
      }
    }
  });

  it('honours @skip, looks through named and inline fragments, and reads no credit for a link by id', async () => {
    const skipped = await gw.run(
      `query { creditGrants(first: 10) { edges { node { credit { name description @skip(if: true) } } } } }`,
    );
    expect(skipped.errors).toBeUndefined();
    expect(creditCalls()).toEqual([]);

    const loads = watchCreditLoads();
    const fragments = dataOf(await gw.run(THROUGH_FRAGMENTS));
    const credit = fragments.creditGrants!.edges[0]!.node.credit;
    expect(credit.description).toBe(gw.schematicSandbox.store.credits.get(credit.id)!.description);
    expect(creditCalls()).toHaveLength(1);
    expect(loads.one()).toBe(0);

    // `bundles` is a list by the credit's id: the credit itself is not needed.
    const links = await gw.run(`query { creditGrants(first: 3) { edges { node { credit { id bundles { totalCount } } } } } }`);
    expect(links.errors).toBeUndefined();
    expect(creditCalls()).toEqual([]);
  });

  it('a credit the upstream no longer knows fails as it did without the lookahead, asked for once', async () => {
    const page = dataOf(await gw.run(GRANTS, { first: 50 }));
    const gone = page.creditGrants!.edges[0]!.node.credit.id;
    const credit = gw.schematicSandbox.store.credits.get(gone)!;
    gw.schematicSandbox.store.credits.delete(gone);
    try {
      const result = await gw.run(GRANTS, { first: 50 });
      const failed = result.errors!.map((e) => e.extensions);
      expect(failed.length).toBeGreaterThan(0);
      for (const extensions of failed) expect(extensions).toMatchObject({ code: 'NOT_FOUND', typename: 'Credit', id: gone });
      expect(creditCalls()).toHaveLength(1); // the unknown id is not asked for a second time
    } finally {
      gw.schematicSandbox.store.credits.set(gone, credit);
    }
  });
});

describe('a company’s balances', () => {
  it('load their credits’ names in one batch per request, however many companies', async () => {
    const ids = [...gw.schematicSandbox.store.companies.keys()].slice(0, 20);
    const loads = watchCreditLoads();
    // _entities is not in the printed SDL (schema/schema.graphql), so this result is typed here
    const result = await gw.run<{ _entities: { creditBalances: { credit: { id: string; name: unknown } }[] }[] }, { representations: unknown[] }>(
      `query($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Company { id creditBalances { remaining credit { id name } } } }
      }`,
      { representations: ids.map((id) => ({ __typename: 'Company', id })) },
    );
    expect(result.errors).toBeUndefined();
    const balances = dataOf(result)._entities.flatMap((c) => c.creditBalances);
    expect(new Set(balances.map((b) => b.credit.name)).size).toBeGreaterThan(1);
    expect(balances.every((b) => typeof b.credit.name === 'string')).toBe(true);
    expect(creditCalls()).toHaveLength(1);
    expect(loads.one()).toBe(0);
    // A company whose balances name credits an earlier company's prefetch is loading waits for
    // that load: each credit is asked of the loader once, not once per company holding it.
    const asked = loads.batches().flat();
    expect(new Set(asked)).toEqual(new Set(balances.map((b) => b.credit.id)));
    expect(asked).toHaveLength(new Set(asked).size);
  });
  it('a credit the upstream no longer knows fails for every company holding it, asked for once', async () => {
    const ids = [...gw.schematicSandbox.store.companies.keys()].slice(0, 20);
    const query = `query($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Company { id creditBalances { credit { id name } } } }
    }`;
    const variables = { representations: ids.map((id) => ({ __typename: 'Company', id })) };
    type Entities = { _entities: { id: string; creditBalances: { credit: { id: string; name: string } | null }[] }[] };
    const before = dataOf(await gw.run<Entities, typeof variables>(query, variables))._entities;
    const holders = (credit: string) => before.filter((c) => c.creditBalances.some((b) => b.credit?.id === credit));
    // A credit that more than one company holds: the later ones wait on the first one's load.
    const gone = before.flatMap((c) => c.creditBalances.map((b) => b.credit!.id)).find((id) => holders(id).length > 1)!;
    expect(gone).toBeDefined();
    const { store } = gw.schematicSandbox;
    // The companies still hold it (their balances as they were); the credits endpoint no longer knows it.
    const held = new Map(ids.map((id) => [id, store.balances(id)]));
    vi.spyOn(store, 'balances').mockImplementation((id) => held.get(id) ?? []);
    const credit = store.credits.get(gone)!;
    store.credits.delete(gone);
    try {
      const result = await gw.run<Entities, typeof variables>(query, variables);
      const failed = result.errors!.filter((e) => e.extensions?.code === 'NOT_FOUND');
      expect(failed.map((e) => e.extensions)).toEqual(holders(gone).map(() => expect.objectContaining({ typename: 'Credit', id: gone })));
      expect(result.errors).toHaveLength(failed.length);
      expect(creditCalls()).toHaveLength(1);
      // Credit is not nullable there: each holder is null, the others answer in full.
      const answered = result.data!._entities;
      expect(answered.map((c) => c?.id ?? null)).toEqual(before.map((c) => (holders(gone).includes(c) ? null : c.id)));
    } finally {
      store.credits.set(gone, credit);
    }
  });
});
