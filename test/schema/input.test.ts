/** Bad input is refused with an error naming the argument, before any upstream call. */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.ts';
import { useTestGateway } from '../helpers/gateway.ts';

const gw = useTestGateway();

const CREDITS_FIRST_ZERO = graphql(`
  query InputCreditsFirstZero {
    credits(first: 0) { edges { cursor } pageInfo { hasNextPage } totalCount }
  }
`);
const CONTRACT_CREDITS_FIRST_ZERO = graphql(`
  query InputContractCreditsFirstZero($after: String) {
    company(id: "comp_acme") { contractCredits(first: 0, after: $after) { edges { cursor } pageInfo { hasNextPage } } }
  }
`);
const CONTRACT_CREDIT_CURSORS = graphql(`
  query InputContractCreditCursors {
    company(id: "comp_acme") { contractCredits(first: 100) { edges { cursor } } }
  }
`);
const COMPANY_BY_ID = graphql(`
  query InputCompanyById($id: ID!) {
    company(id: $id) { id }
  }
`);

const ids = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `bcgr_${i}`));

describe('argument validation', () => {
  it.each([
    ['first above the maximum', '{ credits(first: 101) { edges { cursor } } }', 'first'],
    ['negative first', '{ creditGrants(first: -1) { edges { cursor } } }', 'first'],
    ['malformed after cursor', '{ credits(first: 5, after: "bm9wZQ==") { edges { cursor } } }', 'after'],
    ['garbage before cursor', '{ creditBundles(last: 2, before: "%%%") { edges { cursor } } }', 'before'],
    ['last without before', '{ credits(last: 2) { edges { cursor } } }', 'last'],
    ['nested first above the maximum', '{ credit(id: "bcrd_ai_tokens") { grants(first: 1000) { edges { cursor } } } }', 'first'],
    ['more than 100 ids', `{ creditGrants(filter: { ids: ${ids(101)} }) { edges { cursor } } }`, 'filter.ids'],
    ['company with credit filter', '{ creditGrants(filter: { companyId: "comp_acme", creditId: "bcrd_ai_tokens" }) { edges { cursor } } }', 'filter'],
    ['sort without company', '{ creditGrants(filter: { order: QUANTITY }) { edges { cursor } } }', 'filter'],
    ['UNKNOWN as a sort order', '{ creditGrants(filter: { companyId: "comp_acme", order: UNKNOWN }) { edges { cursor } } }', 'filter.order'],
    ['UNKNOWN as a direction', '{ company(id: "comp_acme") { creditGrants(dir: UNKNOWN) { edges { cursor } } } }', 'dir'],
    ['no keys', '{ companyByKeys(keys: []) { id } }', 'keys'],
    [
      'ledger end before start',
      '{ company(id: "comp_acme") { ledger(filter: { startTime: "2026-09-02T00:00:00Z", endTime: "2026-09-01T00:00:00Z" }) { edges { cursor } } } }',
      'filter.endTime',
    ],
  ])('%s', async (_name, query, argument) => {
    const result = await gw.run(query);
    expect(result.errors?.[0]?.message).toContain(`"${argument}"`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    // The parent of a nested field (company(id), credit(id)) may load by id; nothing else may be called.
    expect(gw.calls().filter((c) => !c.includes('?ids='))).toEqual([]);
  });

  it('rejects a malformed DateTime before any call', async () => {
    const result = await gw.run('{ company(id: "comp_acme") { ledger(filter: { startTime: "yesterday" }) { edges { cursor } } } }');
    expect(result.errors?.[0]?.message).toMatch(/DateTime.*RFC 3339/);
    expect(gw.calls()).toEqual([]);
  });

  it('accepts exactly 100 ids and first = 100', async () => {
    const result = await gw.run(`{ creditGrants(first: 100, filter: { ids: ${ids(100)} }) { edges { cursor } } }`);
    expect(result.errors).toBeUndefined();
    expect(gw.calls()).toHaveLength(1);
  });

  it('an empty id list matches nothing (upstream would read it as no filter) and calls nothing', async () => {
    const result = await gw.run('{ creditGrants(filter: { ids: [] }) { totalCount edges { cursor } } }');
    expect(result).toMatchObject({ data: { creditGrants: { totalCount: 0, edges: [] } } });
    expect(gw.calls()).toEqual([]);
  });

  it('first: 0 reads no item; without hasNextPage or totalCount selected it calls nothing', async () => {
    const result = await gw.run('{ credits(first: 0) { edges { cursor } pageInfo { startCursor endCursor hasPreviousPage } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ credits: { edges: [], pageInfo: { startCursor: null, endCursor: null, hasPreviousPage: false } } });
    expect(gw.calls()).toEqual([]);
  });

  it('first: 0 on an offset list: hasNextPage says whether items follow, from the count call totalCount shares', async () => {
    const result = await gw.run(CREDITS_FIRST_ZERO);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ credits: { edges: [], pageInfo: { hasNextPage: true }, totalCount: expect.any(Number) } });
    expect(gw.calls()).toEqual(['GET /billing/credits/count']);
    const total = result.data!.credits.totalCount;
    const last = Buffer.from(`OffsetConnection:${total - 1}`).toString('base64');
    const atEnd = await gw.run(`{ credits(first: 0, after: "${last}") { pageInfo { hasNextPage hasPreviousPage } } }`);
    expect(atEnd.data).toEqual({ credits: { pageInfo: { hasNextPage: false, hasPreviousPage: true } } });
  });

  it('first: 0 on a cursor list (Metronome): hasNextPage reads one page, and only when selected', async () => {
    const page = (after: string | null) => gw.run(CONTRACT_CREDITS_FIRST_ZERO, { after });
    const result = await page(null);
    expect(result.errors).toBeUndefined();
    expect(result.data?.company?.contractCredits).toEqual({ edges: [], pageInfo: { hasNextPage: true } });
    expect(gw.metronomeCalls().filter((c) => c.includes('customerCredits/list'))).toHaveLength(1);
    const all = await gw.run(CONTRACT_CREDIT_CURSORS);
    const lastCursor = all.data!.company!.contractCredits!.edges.at(-1)!.cursor;
    expect((await page(lastCursor)).data?.company?.contractCredits?.pageInfo).toEqual({ hasNextPage: false });
    await gw.run('{ company(id: "comp_acme") { contractCredits(first: 0) { edges { cursor } } } }');
    expect(gw.metronomeCalls().filter((c) => c.includes('customerCredits/list'))).toEqual([]);
  });
});

describe('ids: at most 64 characters, everywhere, checked before any call', () => {
  const long = 'x'.repeat(100_000);
  const id65 = `comp_${'x'.repeat(60)}`;

  it.each([
    ['a root id argument', `{ credit(id: "${long}") { id } }`, 'id'],
    ['an item of an id list', `{ companies(ids: ["comp_acme", "${id65}"]) { id } }`, 'ids.1'],
    ['an id inside a filter', `{ creditGrants(filter: { ids: ["${id65}"] }) { edges { cursor } } }`, 'filter.ids.0'],
    ['an id argument of a nested field', `{ metronomeCustomer(id: "${'y'.repeat(65)}") { id } }`, 'id'],
    ['a customer id beside a valid credit id', `{ contractCredit(customerId: "${long}", id: "00000000-0000-4000-8000-000000000000") { id } }`, 'customerId'],
  ])('%s: BAD_USER_INPUT naming it, never HTTP 431 from upstream', async (_name, query, argument) => {
    const result = await gw.run(query);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(new RegExp(`^Argument "${argument.replace('.', '\\.')}" must be at most 64 printable ASCII characters \\(an id\\); got \\d+$`)),
        extensions: { code: 'BAD_USER_INPUT', argument },
      }),
    ]);
    expect(gw.callCounts()).toEqual({ schematic: 0, metronome: 0 });
  });

  it('in a variable too, and 64 characters pass (an unknown id of that length is simply not found)', async () => {
    const query = COMPANY_BY_ID;
    const refused = await gw.run(query, { id: long });
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(gw.callCounts()).toEqual({ schematic: 0, metronome: 0 });
    const accepted = await gw.run(query, { id: 'c'.repeat(64) });
    expect(accepted).toMatchObject({ data: { company: null } });
    expect(accepted.errors).toBeUndefined();
  });

  it('a mutation answers its ValidationError, rule maxLength, naming the input field', async () => {
    // The id is written into the operation itself (not a variable): 100,000 characters of query text.
    const result = await gw.run<{ grantCreditsToCompany: unknown }, never>(
      `mutation { grantCreditsToCompany(input: { companyId: "comp_acme", creditId: "${long}", quantity: 1, reason: ADJUSTMENT }) {
        __typename ... on ValidationError { message violations { field rule } } } }`,
    );
    expect(result.data?.grantCreditsToCompany).toEqual({
      __typename: 'ValidationError',
      message: 'input.creditId must be at most 64 printable ASCII characters (an id); got 100000',
      violations: [{ field: 'input.creditId', rule: 'maxLength' }],
    });
    expect(gw.callCounts()).toEqual({ schematic: 0, metronome: 0 });
  });

  it("a router's _entities representation too", async () => {
    const result = await gw.run<unknown, { r: Record<string, string>[] }>('query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', {
      r: [{ __typename: 'Company', id: 'comp_acme' }, { __typename: 'Credit', id: long }],
    });
    expect(result.errors).toEqual([
      expect.objectContaining({ path: ['_entities'], extensions: { code: 'BAD_USER_INPUT', argument: 'representations.1.id' } }),
    ]);
    expect(gw.callCounts()).toEqual({ schematic: 0, metronome: 0 });
  });
});

describe('request errors: coded, checked before execution, never quoting the request', () => {
  it.each([
    ['a negative literal', '{ credits(first: 2) { edges @stream(initialCount: -1) { cursor } } }', {}, '-1'],
    ['a null variable', 'query($n: Int) { credits(first: 2) { edges @stream(initialCount: $n) { cursor } } }', { n: null }, 'null'],
    ['a negative default', 'query($n: Int = -2) { credits(first: 2) { edges @stream(initialCount: $n) { cursor } } }', {}, '-2'],
  ])('@stream initialCount: %s is BAD_USER_INPUT, and nothing runs', async (_name, query, variables, got) => {
    const result = await gw.run(query, variables);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: `@stream's initialCount must be a whole number of at least 0; got ${got}`,
        extensions: { code: 'BAD_USER_INPUT', argument: 'initialCount' },
      }),
    ]);
    expect(gw.calls()).toEqual([]);
  });

  it.each([
    ['an enum value the type lacks', 'query($o: CreditGrantSortOrder) { creditGrants(filter: { companyId: "comp_acme", order: $o }) { totalCount } }', { o: 'NOPE' }],
    ['a required input field left out', 'mutation($i: UpdateCreditInput!) { updateCredit(input: $i) { __typename } }', { i: { name: 'x' } }],
    ['a value of the wrong type', 'query($f: Int) { credits(first: $f) { totalCount } }', { f: 'ten' }],
    ['a required variable left out', 'query($id: ID!) { credit(id: $id) { id } }', {}],
    ['an input field the type lacks', 'query($f: CreditFilter) { credits(filter: $f) { totalCount } }', { f: { nope: 1 } }],
  ])('a variable error (%s) carries BAD_USER_INPUT', async (_name, query, variables) => {
    const result = await gw.run(query, variables);
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/^Variable "\$\w+" /), extensions: { code: 'BAD_USER_INPUT' } })]);
    expect(gw.callCounts()).toEqual({ schematic: 0, metronome: 0 });
  });

  it('a malformed JSON body is 400 BAD_REQUEST with a fixed message that does not quote the body', async () => {
    const response = await gw.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ credits { totalCount } }", "variables": {"token": "sk_live_QUOTED',
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    expect(text).not.toContain('QUOTED');
  });

  it('malformed JSON in GET parameters is 400 BAD_REQUEST too, not an unexpected 500', async () => {
    const response = await gw.yoga.fetch('http://gateway.test/graphql?query=%7B__typename%7D&variables=%7Bsk_live_QUOTED', {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: "The request's JSON parameters (variables, extensions) are not valid JSON.", extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(text).not.toContain('QUOTED');
  });
});
