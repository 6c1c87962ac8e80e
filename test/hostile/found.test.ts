/**
 * What the hostile properties found beyond issue 18's list, one case each, so a fix cannot
 * quietly come undone between property runs that happen not to draw the case again.
 */
import type { GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRONOME_PRODUCTS } from '../../src/sandbox/world.ts';
import { A } from '../auth/helpers.ts';
import { startTestGateway, type TestGateway } from '../helpers/gateway.ts';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());

const run = <TData = unknown>(query: string, variables?: Record<string, unknown>) => gw.run<TData, Record<string, unknown>>(query, variables);
/** A mutation's answer as these tests select it: its typename, and its violations when refused. */
interface Refusal {
  __typename: string;
  violations?: { field: string; rule?: string }[];
}

const calls = () => [...gw.calls(), ...gw.metronomeCalls()];
const codes = (errors: readonly GraphQLFormattedError[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);
const cursor = (position: unknown[]) => Buffer.from(`CursorConnection:${JSON.stringify(position)}`).toString('base64');

describe('Metronome ids are UUIDs: another id names nothing, and is never sent', () => {
  it('reads answer null (not found) without a call', async () => {
    const result = await run(`{
      metronomeProduct(id: "3") { id }
      metronomeCustomer(id: "../${A.customer}") { id }
      contractCredit(customerId: "USD", id: "x") { id }
      contractCredits(customerId: "${A.customer}/") { totalCount }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ metronomeProduct: null, metronomeCustomer: null, contractCredit: null, contractCredits: null });
    expect(calls()).toEqual([]);
  });

  it('a batch of customers leaves the malformed id out of its one call, and answers it null', async () => {
    const result = await run(`{ metronomeCustomers(ids: ["not-a-uuid", "${A.customer}"]) { id } }`);
    expect(result.data).toEqual({ metronomeCustomers: [null, { id: A.customer }] });
    expect(gw.metronomeCalls()).toHaveLength(1);
    expect(gw.metronomeCalls()[0]).not.toContain('not-a-uuid');
  });

  it('a router’s ContractCredit representation with a malformed key resolves to null without a call', async () => {
    const result = await run('query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', {
      r: [{ __typename: 'ContractCredit', id: 'x', customerId: A.customer }],
    });
    expect(result.data).toEqual({ _entities: [null] });
    expect(calls()).toEqual([]);
  });

  it('writes refuse them as a ValidationError (rule uuid) naming each, at any depth of the input', async () => {
    const archive = await run<{ archiveContractCredit: unknown }>(
      `mutation { archiveContractCredit(input: { customerId: "${A.customer}", creditId: ";${A.customer}" }) { __typename ... on ValidationError { violations { field rule } } } }`,
    );
    expect(archive.data?.archiveContractCredit).toEqual({ __typename: 'ValidationError', violations: [{ field: 'input.creditId', rule: 'uuid' }] });
    const create = await run<{ createContractCredit: Refusal }>(`mutation { createContractCredit(input: {
        customerId: "${A.customer}", productId: "${METRONOME_PRODUCTS.promotionalCredit}", priority: 1, applicableContractIds: ["c1"],
        accessSchedule: { creditTypeId: "usd", scheduleItems: [{ amount: "1", startingAt: "2026-01-01T00:00:00Z", endingBefore: "2027-01-01T00:00:00Z" }] } }) {
        __typename ... on ValidationError { violations { field rule } } } }`);
    expect(create.data?.createContractCredit.violations).toEqual([
      { field: 'input.accessSchedule.creditTypeId', rule: 'uuid' },
      { field: 'input.applicableContractIds.0', rule: 'uuid' },
    ]);
    expect(calls()).toEqual([]);
  });
});

describe('an enum’s output-only UNKNOWN is refused in list filters, not sent upstream', () => {
  it.each([
    ['creditBundles(filter: { status })', '{ creditBundles(filter: { status: UNKNOWN }) { totalCount } }', 'filter.status'],
    ['creditBundles(filter: { bundleType })', '{ creditBundles(filter: { bundleType: UNKNOWN }) { totalCount } }', 'filter.bundleType'],
    ['Credit.bundles(status)', '{ credit(id: "bcrd_ai_tokens") { bundles(status: UNKNOWN) { totalCount } } }', 'status'],
    ['Company.ledger(filter: { eventType })', `{ company(id: "${A.company}") { ledger(filter: { eventType: UNKNOWN }) { totalCount } } }`, 'filter.eventType'],
  ])('%s', async (_name, query, argument) => {
    const result = await run(query);
    expect(result.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument } })]);
    expect(calls().filter((call) => call.includes('unknown'))).toEqual([]);
  });
});

describe('a forged cursor is BAD_USER_INPUT on after, never an internal or upstream failure', () => {
  const contractCredits = (after: string) => run(`{ contractCredits(customerId: "${A.customer}", after: "${after}") { totalCount edges { cursor } } }`);

  it('a position beyond what totalCount (an Int) can add to', async () => {
    const result = await contractCredits(cursor([null, 24, 2 ** 53]));
    expect(codes(result.errors)).toEqual(['BAD_USER_INPUT']);
    expect(calls()).toEqual([]);
  });

  it('an upstream page token longer than any the vendor issues: refused before it goes into a URL', async () => {
    const result = await contractCredits(cursor(['x'.repeat(10_000), 0, 25]));
    expect(codes(result.errors)).toEqual(['BAD_USER_INPUT']);
    expect(calls()).toEqual([]);
  });

  it('an upstream page token the vendor refuses', async () => {
    const result = await run(`{ metronomeProducts(after: "${cursor(['page2', 0, 100])}") { totalCount edges { cursor } } }`);
    expect(result.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } })]);
  });
});

describe('caller text that travels in a URL is bounded', () => {
  it('companyByKeys: keys beyond 4 KB once URL-encoded are refused, not answered HTTP 431 by the upstream', async () => {
    const result = await run(`{ companyByKeys(keys: [{ key: "domain", value: "${'é'.repeat(1_000)}" }]) { id } }`);
    expect(result.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: 'keys' } })]);
    expect(calls()).toEqual([]);
  });

  it('credits(filter): at most 100 ids, a name of at most 255 characters, as documented', async () => {
    const ids = JSON.stringify(Array.from({ length: 101 }, (_, i) => `bcrd_${i}`));
    for (const [filter, argument] of [
      [`{ ids: ${ids} }`, 'filter.ids'],
      [`{ name: "${'n'.repeat(256)}" }`, 'filter.name'],
    ]) {
      const result = await run(`{ credits(filter: ${filter}) { totalCount } }`);
      expect(result.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument } })]);
      expect(calls()).toEqual([]);
    }
  });
});

describe('an id with a lone surrogate (JSON variables can carry one)', () => {
  it('in a path segment: refused by the id rule (printable ASCII), not an internal error (encodeURIComponent throws on it)', async () => {
    const result = await run('mutation ($id: ID!) { deleteCredit(input: { id: $id }) { __typename ... on ValidationError { violations { field rule } } } }', { id: 'bcrd_\udfff' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ deleteCredit: { __typename: 'ValidationError', violations: [{ field: 'input.id', rule: 'maxLength' }] } });
    expect(gw.calls()).toEqual([]);
  });
});

describe('Schematic decimal money fields are 0 or more, as the vendor requires', () => {
  it.each([
    ['createCredit perUnitPriceDecimal "-0"', 'createCredit(input: { name: "n", description: "d", currency: "usd", perUnitPriceDecimal: "-0" })', 'input.perUnitPriceDecimal'],
    [
      'createCredit currencyPrices.0.pricePerUnitDecimal "-5"',
      'createCredit(input: { name: "n", description: "d", currency: "usd", currencyPrices: [{ currency: "eur", pricePerUnitDecimal: "-5" }] })',
      'input.currencyPrices.0.pricePerUnitDecimal',
    ],
    [
      'createPlanCreditGrant unitPriceDecimal "-1"',
      'createPlanCreditGrant(input: { planId: "plan_growth", creditId: "bcrd_ai_tokens", creditAmount: 1, resetCadence: MONTHLY, resetStart: BILLING_PERIOD, unitPriceDecimal: "-1" })',
      'input.unitPriceDecimal',
    ],
  ])('%s is a ValidationError (rule min) before any call', async (_name, mutation, field) => {
    const result = await run<{ r: Refusal }>(`mutation { r: ${mutation} { __typename ... on ValidationError { violations { field rule } } } }`);
    expect(result.errors, JSON.stringify(result)).toBeUndefined();
    expect(result.data?.r.violations).toContainEqual({ field, rule: 'min' });
    expect(calls()).toEqual([]);
  });
});

describe('a Decimal amount written with leading zeros', () => {
  it('"00012" reaches Metronome as a JSON number it can read (12), or is refused naming it: never an internal error', async () => {
    const result = await run<{ createContractCredit: Refusal }>(`mutation { createContractCredit(input: {
        customerId: "${A.customer}", productId: "${METRONOME_PRODUCTS.promotionalCredit}", priority: 1,
        accessSchedule: { scheduleItems: [{ amount: "00012", startingAt: "2026-01-01T00:00:00Z", endingBefore: "2027-01-01T00:00:00Z" }] } }) {
        __typename ... on ValidationError { violations { field } } } }`);
    expect(result.errors, JSON.stringify(result)).toBeUndefined();
    const sent = gw.metronomeSandbox.calls.filter((call) => call.method === 'POST' && call.path.endsWith('/create'));
    if (result.data?.createContractCredit.__typename === 'ValidationError') {
      expect(result.data.createContractCredit.violations).toContainEqual({ field: 'input.accessSchedule.scheduleItems.0.amount' });
      expect(sent).toEqual([]);
    } else {
      expect(sent[0]?.text).toMatch(/"amount":12[,}]/);
    }
  });
});
