/**
 * The cost limit: every object a list, a connection or `_entities` can return counts, whatever is
 * selected on it; lists given in variables count as literal ones; a refused operation makes no
 * upstream call; and for the operations the gateway admits, the cost is an upper bound of the
 * upstream calls they make.
 */
import { parse, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, operationCost, type QueryLimits } from '../../src/limits.ts';
import { schema } from '../../src/schema/index.ts';
import { createGateway } from '../../src/server.ts';
import { MAX_PAGES } from '../../src/upstream/page.ts';
import { A, bearer, JWT_AUTH } from '../auth/helpers.ts';
import { exampleOperations } from '../helpers/examples.ts';
import { postTo, quiet, useTestGateway, type TestGateway } from '../helpers/gateway.ts';

const cost = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  operationCost(schema, parse(query), operationName, variables);

const grants = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'CreditGrant', id: `bcgr_${i}` }));
const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';

describe('operationCost', () => {
  it('counts every object a list returns, whatever is selected on it (`__typename` alone included)', () => {
    // _entities 1 + 5000 objects x (object 1 + __typename 1): it cost 1 before
    expect(cost(ENTITIES, { r: grants(5000) })).toBe(1 + 5000 * 2);
    // credits 1 + the connection 1 + its 100 items, whatever is selected + __typename 1: it cost 1 before
    expect(cost('{ credits(first: 100) { __typename } }')).toBe(1 + 1 + 100 + 1);
    // a skipped selection leaves each object's own count
    expect(cost('{ companies(ids: ["a", "b"]) { id @skip(if: true) } }')).toBe(1 + 2 * 1);
  });

  it('counts a list given in variables exactly as the same list written in the document', () => {
    const literal = `{ _entities(representations: [${grants(3).map((g) => `{ __typename: "CreditGrant", id: "${g.id}" }`).join(', ')}]) { __typename } }`;
    expect(cost(ENTITIES, { r: grants(3) })).toBe(cost(literal));
    expect(cost('query($ids: [ID!]!) { companies(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] })).toBe(cost('{ companies(ids: ["a", "b", "c"]) { id } }'));
    // a declared default stands in for a variable left out, in lists as in sizes
    expect(cost('query($ids: [ID!]! = ["a", "b", "c"]) { companies(ids: $ids) { id } }')).toBe(cost('{ companies(ids: ["a", "b", "c"]) { id } }'));
    // a list built of variables
    expect(cost('query($a: ID!, $b: ID!) { companies(ids: [$a, $b]) { id } }', { a: 'x', b: 'y' })).toBe(1 + 2 * 2);
  });

  it('counts a single value given for a list argument as a list of one, as input coercion makes it', () => {
    expect(cost('{ companies(ids: "comp_acme") { id name } }')).toBe(1 + 1 * 3);
    expect(cost('query($ids: [ID!]!) { companies(ids: $ids) { id name } }', { ids: 'comp_acme' })).toBe(1 + 1 * 3);
  });

  it('sizes a connection by first or last, literal or variable, within the largest page', () => {
    const query = 'query($n: Int) { credits(first: $n) { edges { node { id } } } }';
    // credits 1 + connection 1 + n items + edges 1 + n x (node 1 + id 1)
    expect(cost(query, { n: 10 })).toBe(1 + 1 + 10 + 1 + 10 * 2);
    expect(cost(query, {})).toBe(1 + 1 + 20 + 1 + 20 * 2); // the default page size
    expect(cost('{ credits(last: 7, before: "x") { edges { node { id } } } }')).toBe(1 + 1 + 7 + 1 + 7 * 2);
    expect(cost('{ credits(first: 2, last: 9) { edges { node { id } } } }')).toBe(1 + 1 + 9 + 1 + 9 * 2);
    // beyond 100 the connection refuses the argument before any call: it reads at most 100
    expect(cost(query, { n: 1_000_000 })).toBe(cost(query, { n: 100 }));
  });

  it('honours @skip and @include, literal or variable', () => {
    const query = 'query($big: Boolean!) { credits(first: 100) @include(if: $big) { edges { node { id } } } credit(id: "x") { id } }';
    expect(cost(query, { big: false })).toBe(3);
    expect(cost(query, { big: true })).toBe(3 + cost('{ credits(first: 100) { edges { node { id } } } }'));
    expect(cost('{ credit(id: "x") { id } ... @skip(if: true) { credits(first: 100) { totalCount } } }')).toBe(3);
  });

  it('counts the costliest member of a union or interface, through fragments on either', () => {
    const each = (selection: string) => cost(`query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`, { r: grants(10) });
    const company = each('... on Company { id name creditBalances { remaining } }');
    const plan = each('... on Plan { id name }');
    expect(company).toBeGreaterThan(plan);
    expect(each('... on Company { id name creditBalances { remaining } } ... on Plan { id name }')).toBe(company);
    // on an interface: the fragment applies to every member
    const ledger = 'ledger { ... on ContractCreditLedgerEntry { amount } ... on ContractCreditManualLedgerEntry { reason } }';
    expect(cost(`{ contractCredit(customerId: "c", id: "x") { ${ledger} } }`)).toBe(1 + 1 + (1 + 10 * (1 + 2)));
  });

  it('counts each alias of a field, even where GraphQL merges them', () => {
    const one = cost('{ credits(first: 100) { edges { node { id } } } }');
    expect(cost('{ a: credits(first: 100) { edges { node { id } } } b: credits(first: 100) { edges { node { id } } } }')).toBe(2 * one);
  });

  it('measures a fragment once per type, not once per path (20 nested fragments, each spread twice: 2^20 paths)', () => {
    const fragments = Array.from({ length: 20 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const document = parse(`{ ...F0 } ${fragments} fragment F20 on Query { credit(id: "x") { id } }`);
    let walks = 0;
    for (const definition of document.definitions) {
      if (definition.kind !== 'FragmentDefinition') continue;
      const { selectionSet } = definition;
      Object.defineProperty(definition, 'selectionSet', {
        get: () => {
          walks++;
          return selectionSet;
        },
      });
    }
    expect(operationCost(schema, document, undefined, {})).toBe(2 ** 20 * 3);
    expect(walks).toBeLessThanOrEqual(21);
  });

  it('counts what a field declares it may read: a Metronome totalCount its pages, the pricing-unit catalogue once', () => {
    const metronome = cost('{ contractCredits(customerId: "c", first: 0) { totalCount } }');
    const schematic = cost('{ credits(first: 0) { totalCount } }');
    expect(metronome - schematic).toBe(MAX_PAGES - 1);
    // the catalogue is read once per request, however many units ask it
    const units = cost('{ pricingUnits { id isCurrency } }');
    expect(units).toBe(1 + 10 * (1 + 1 + 1) + MAX_PAGES);
  });
});

describe('the cost limit through the gateway', () => {
  const gw = useTestGateway();
  const withLimits = (limits: Partial<QueryLimits>) =>
    createGateway({ upstreams: { schematic: gw.schematicClient, metronome: gw.metronomeClient }, logger: quiet, limits });

  function expectRefused(result: { status: number; json: FormattedExecutionResult }, limit: keyof QueryLimits) {
    expect(result.status).toBe(400);
    expect(result.json.data ?? null).toBeNull();
    expect(result.json.errors).toHaveLength(1);
    expect(result.json.errors?.[0]?.extensions).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', limit });
    expect(gw.callCounts()).toEqual({ schematic: 0, metronome: 0 });
  }

  it('the same document is measured again for every request: what its variables ask decides, however often it ran', async () => {
    // The gateway keeps each operation's cost per shape of its variables (page sizes, list lengths, @include flags).
    const query = 'query($n: Int, $ids: [ID!]!, $more: Boolean!) { creditGrants(first: $n) { edges { node { id credit @include(if: $more) { id } } } } companies(ids: $ids) { id } }';
    const at = (n: number, ids: number, more: boolean) => ({ n, ids: Array.from({ length: ids }, (_, i) => `comp_${i}`), more });
    const limit = operationCost(schema, parse(query), undefined, at(20, 5, false));
    const yoga = withLimits({ maxCost: limit });
    const admitted = async (variables: Record<string, unknown>) => {
      const { status, json } = await postTo(gw, yoga, { query, variables });
      const refused = json.errors?.some((error: GraphQLFormattedError) => error.extensions?.code === 'QUERY_LIMIT_EXCEEDED');
      expect(status).toBe(refused ? 400 : 200);
      if (!refused) expect(json.errors).toBeUndefined();
      return !refused;
    };
    const runs: [Record<string, unknown>, boolean][] = [
      [at(20, 5, false), true],
      [at(50, 5, false), false],
      [at(20, 5, true), false],
      [at(20, 50, false), false],
      [at(5, 5, false), true],
      [at(20, 5, false), true],
      [at(50, 5, false), false],
      [at(20, 5, true), false],
    ];
    for (const [variables, expected] of runs) {
      expect(operationCost(schema, parse(query), undefined, variables) <= limit, JSON.stringify(variables)).toBe(expected);
      expect(await admitted(variables), JSON.stringify(variables)).toBe(expected);
    }
  });

  it('5000 grant representations in variables asking only __typename are refused, with no upstream call', async () => {
    const result = await postTo(gw, gw.yoga, { query: ENTITIES, variables: { r: grants(5000) } });
    expectRefused(result, 'maxListItems');
    expect(result.json.errors[0].message).toMatch(/List limit of 1000 items exceeded.*holds 5000/);
    // With the list limit raised, the cost refuses them: 10001 over 10000.
    const lenient = await postTo(gw, withLimits({ maxListItems: 10_000 }), { query: ENTITIES, variables: { r: grants(5000) } });
    expectRefused(lenient, 'maxCost');
    expect(lenient.json.errors[0].message).toMatch(/cost limit of 10000 exceeded.*about 10001/);
  });

  it('a __typename-only page of 100 counts its 100 items', async () => {
    const strict = withLimits({ maxCost: 100 });
    expectRefused(await postTo(gw, strict, { query: '{ credits(first: 100) { __typename } }' }), 'maxCost');
    const fits = await postTo(gw, strict, { query: '{ credits(first: 10) { __typename } }' });
    expect(fits.json).toEqual({ data: { credits: { __typename: 'CreditConnection' } } });
  });

  it('a huge list in variables for an argument that returns no list is refused by the list limit', async () => {
    const query = 'query($ids: [ID!]) { creditGrants(first: 1, filter: { ids: $ids }) { edges { node { id } } } }';
    const ids = Array.from({ length: 1_001 }, (_, i) => `bcgr_${i}`);
    expectRefused(await postTo(gw, gw.yoga, { query, variables: { ids } }), 'maxListItems');
    // nested in an input object given whole as a variable too
    const nested = 'query($f: CreditGrantFilter) { creditGrants(first: 1, filter: $f) { edges { node { id } } } }';
    expectRefused(await postTo(gw, gw.yoga, { query: nested, variables: { f: { ids } } }), 'maxListItems');
  });

  it('a variable nested far deeper than the stack is measured without overflowing it', async () => {
    const depth = 200_000;
    const post = async (ids: string) => {
      gw.schematicSandbox.resetCalls();
      gw.metronomeSandbox.resetCalls();
      const response = await gw.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"query": "query($ids: [ID!]!) { companies(ids: $ids) { id } }", "variables": { "ids": ${ids} }}`,
      });
      return { status: response.status, json: (await response.json()) as FormattedExecutionResult<{ companies: unknown[] }> };
    };
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expectRefused(await post(`[${'"x",'.repeat(1_001)}${nested}]`), 'maxListItems');
    // Within the list limit, it is measured, then refused by input coercion.
    const coerced = await post(`["x", ${nested}]`);
    expect(coerced.json.errors?.[0]?.message).toMatch(/Variable "\$ids" got invalid value/);
    expect(gw.callCounts()).toEqual({ schematic: 0, metronome: 0 });
  });
});


/** Operations that reach each kind of multi-call resolver: customer lookups, page walks, catalogues, entities, writes. */
const CRAFTED: [string, Record<string, unknown>?][] = [
  ['{ companies(ids: ["comp_acme", "comp_globex"]) { __typename } }'],
  [`{ metronomeCustomers(ids: ["${A.customer}", "nope"]) { __typename } }`],
  ['{ metronomeCustomer(id: "nope") { __typename } }'],
  ['{ company(id: "comp_acme") { metronomeCustomer { __typename } } }'],
  ['{ company(id: "comp_acme") { contractCredits(first: 1) { __typename } } }'],
  ['{ company(id: "comp_acme") { contractCredits(first: 0) { totalCount } } }'],
  [
    '{ company(id: "comp_acme") { contractCredits { totalCount edges { node { id balance ledger { __typename } createdAt pricingUnit { name isCurrency } ' +
      'applicableProducts { name } applicableContracts { id } contract { credits { id balance } } } } } } }',
  ],
  [`{ contractCredits(customerId: "${A.customer}", first: 100) { totalCount edges { node { id createdAt archivedAt } } } }`],
  [`{ metronomeCustomer(id: "${A.customer}") { contracts { credits { id balance ledger { __typename } } } contractCredits { totalCount } } }`],
  ['{ pricingUnits { id name isCurrency } metronomeProducts(first: 1) { totalCount } }'],
  ['{ creditGrants(first: 100) { edges { node { id credit { description } company { ledger(first: 1) { totalCount } } } } } }'],
  ['{ companyByKeys(keys: [{ key: "domain", value: "acme.example" }]) { __typename } }'],
  [ENTITIES, { r: grants(250) }],
  [ENTITIES, { r: Array.from({ length: 120 }, (_, i) => ({ __typename: 'MetronomeCustomer', id: `cust_${i}` })) }],
  [ENTITIES, { r: Array.from({ length: 30 }, (_, i) => ({ __typename: 'ContractCredit', id: `cc_${i}`, customerId: A.customer })) }],
  ['mutation { updateCredit(input: { id: "bcrd_ai_tokens", perUnitPrice: 5 }) { __typename } }'],
];

describe('the cost is an upper bound of the upstream calls an admitted operation makes', () => {
  const examples = exampleOperations().map(({ text, variables }): [string, Record<string, unknown>?] => [text, variables]);

  async function expectBounded(gw: TestGateway, headers: Record<string, string>) {
    let asserted = 0;
    for (const [query, variables] of [...examples, ...CRAFTED]) {
      const result = await gw.run(query, variables, headers);
      const { schematic, metronome } = gw.callCounts();
      const admitted = operationCost(schema, parse(query), undefined, variables);
      expect(admitted, query).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
      expect(result.errors?.filter((e) => e.extensions?.code === 'QUERY_LIMIT_EXCEEDED') ?? [], query).toEqual([]);
      expect(schematic + metronome, query).toBeLessThanOrEqual(admitted);
      if (schematic + metronome > 0) asserted++;
    }
    // the bound was checked on operations that did call upstream, not only on refusals
    expect(asserted).toBeGreaterThan(20);
  }

  describe('without caller auth', () => {
    const gw = useTestGateway();
    it('every example operation and each kind of multi-call resolver', () => expectBounded(gw, {}));
  });

  describe.each([
    ['by key', undefined],
    ['by ingest alias', { kind: 'alias', key: 'domain' } as const],
  ])('for a company-scoped caller, companies linked to Metronome %s (its own company and customer are looked up too)', (_how, metronomeLink) => {
    const gw = useTestGateway({ auth: JWT_AUTH, ...(metronomeLink ? { metronomeLink } : {}) });
    let headers: Record<string, string>;
    beforeAll(async () => {
      headers = await bearer({ sub: 'user-a', company_id: A.company });
    });
    it('every example operation and each kind of multi-call resolver', () => expectBounded(gw, headers));
  });
});
