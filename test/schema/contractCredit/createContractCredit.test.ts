/** createContractCredit through yoga against the Metronome sandbox. */
import { describe, expect, it } from 'vitest';
import {
  METRONOME_ACME_CONTRACTS as CONTRACTS,
  METRONOME_CUSTOMER_IDS,
  METRONOME_PAGED_CUSTOMER_ID as ACME,
  METRONOME_PRICING_UNITS as UNITS,
  METRONOME_PRODUCTS as PRODUCTS,
} from '../../../src/sandbox/world.ts';
import { graphql } from '../../generated/gql.ts';
import type { CreateContractCreditInput } from '../../generated/graphql.ts';
import { dataOf, expectTypename, expectValidationError, useTestGateway } from '../../helpers/gateway.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const CREATE = 'POST /v1/contracts/customerCredits/create';
const LIST = 'POST /v1/contracts/customerCredits/list';

const gw = useTestGateway();

const MUTATION = graphql(`
  mutation CreateContractCredit($input: CreateContractCreditInput!) {
    createContractCredit(input: $input) {
      __typename
      ... on CreateContractCreditPayload {
        creditId
        credit {
          id name description priority rateType balance uniquenessKey customFields netsuiteSalesOrderId salesforceOpportunityId
          product { id name }
          pricingUnit { id name }
          applicableContractIds applicableProductIds applicableProductTags
          specifiers { productId productTags }
          contract { id }
          accessSchedule { scheduleItems { amount startingAt endingBefore } }
        }
      }
      ... on MutationError { message code }
      ... on ValidationError { violations { field path rule message } }
    }
  }
`);

const LISTED = graphql(`
  query CreateContractCreditListed($c: ID!) {
    contractCredits(customerId: $c, first: 100) { edges { node { id } } }
  }
`);

async function create(input: CreateContractCreditInput) {
  return (await gw.run(MUTATION, { input })).data?.createContractCredit;
}

/** The payload of a create that must succeed. */
async function created(input: CreateContractCreditInput) {
  return expectTypename(await create(input), 'CreateContractCreditPayload');
}

const writeCall = () => gw.metronomeSandbox.calls.find((c) => c.path === '/v1/contracts/customerCredits/create');

const globex = METRONOME_CUSTOMER_IDS.comp_globex!;
const valid: CreateContractCreditInput = {
  customerId: globex,
  accessSchedule: { scheduleItems: [{ amount: '20000', startingAt: '2026-09-01T00:00:00Z', endingBefore: '2027-01-01T00:00:00Z' }] },
  priority: 30,
  productId: PRODUCTS.promotionalCredit,
};

describe('createContractCredit', () => {
  it('creates a credit with every field, sends it in snake_case, and the credit appears in the customer’s list', async () => {
    const input: CreateContractCreditInput = {
      customerId: ACME,
      accessSchedule: {
        creditTypeId: UNITS.aiTokens.id,
        scheduleItems: [
          { amount: '1500', startingAt: '2026-09-01T00:00:00Z', endingBefore: '2026-12-01T00:00:00Z' },
          { amount: '1500.25', startingAt: '2026-12-01T00:00:00Z', endingBefore: '2027-03-01T00:00:00Z' },
        ],
      },
      priority: 7,
      productId: PRODUCTS.commitCredit,
      name: 'Token top-up',
      description: 'Goodwill tokens',
      applicableContractIds: [CONTRACTS.enterprise2026],
      applicableProductIds: [PRODUCTS.aiTokens],
      applicableProductTags: ['ai'],
      customFields: { ticket: 'SUP-1234' },
      rateType: 'LIST_RATE',
      uniquenessKey: 'acme-token-top-up-1',
      netsuiteSalesOrderId: 'NS-77',
      salesforceOpportunityId: 'SF-88',
      idempotencyKey: 'create-token-top-up-1',
    };
    const payload = await created(input);
    expect(payload.creditId).toMatch(UUID);
    expect(writeCall()!.body).toEqual({
      customer_id: ACME,
      access_schedule: {
        credit_type_id: UNITS.aiTokens.id,
        schedule_items: [
          { amount: 1500, starting_at: '2026-09-01T00:00:00Z', ending_before: '2026-12-01T00:00:00Z' },
          { amount: 1500.25, starting_at: '2026-12-01T00:00:00Z', ending_before: '2027-03-01T00:00:00Z' },
        ],
      },
      priority: 7,
      product_id: PRODUCTS.commitCredit,
      name: 'Token top-up',
      description: 'Goodwill tokens',
      applicable_contract_ids: [CONTRACTS.enterprise2026],
      applicable_product_ids: [PRODUCTS.aiTokens],
      applicable_product_tags: ['ai'],
      custom_fields: { ticket: 'SUP-1234' },
      rate_type: 'LIST_RATE',
      uniqueness_key: 'acme-token-top-up-1',
      netsuite_sales_order_id: 'NS-77',
      salesforce_opportunity_id: 'SF-88',
    });
    expect(writeCall()!.idempotencyKey).toBe('create-token-top-up-1');
    expect(gw.metronomeCalls()).toEqual([CREATE, LIST]);
    expect(payload.credit).toMatchObject({
      id: payload.creditId,
      name: 'Token top-up',
      description: 'Goodwill tokens',
      priority: 7,
      rateType: 'LIST_RATE',
      balance: '1500',
      uniquenessKey: 'acme-token-top-up-1',
      customFields: { ticket: 'SUP-1234' },
      netsuiteSalesOrderId: 'NS-77',
      salesforceOpportunityId: 'SF-88',
      product: { id: PRODUCTS.commitCredit, name: 'Commit Credit' },
      pricingUnit: { id: UNITS.aiTokens.id, name: UNITS.aiTokens.name },
      applicableContractIds: [CONTRACTS.enterprise2026],
      applicableProductIds: [PRODUCTS.aiTokens],
      applicableProductTags: ['ai'],
      contract: null,
    });
    expect(payload.credit?.accessSchedule?.scheduleItems.map((s) => s.amount)).toEqual(['1500', '1500.25']);

    const ids = dataOf(await gw.run(LISTED, { c: ACME })).contractCredits?.edges.map((e) => e.node.id);
    expect(ids).toHaveLength(56);
    expect(ids?.at(-1)).toBe(payload.creditId);
  });

  it('defaults to USD cents and sends only what was given, with a generated Idempotency-Key', async () => {
    expect((await created(valid)).credit).toMatchObject({
      pricingUnit: { id: UNITS.usdCents.id, name: 'USD (cents)' },
      balance: '20000',
      rateType: 'COMMIT_RATE',
      name: 'Promotional Credit',
    });
    expect(writeCall()!.body).toEqual({
      customer_id: globex,
      access_schedule: { schedule_items: [{ amount: 20000, starting_at: '2026-09-01T00:00:00Z', ending_before: '2027-01-01T00:00:00Z' }] },
      priority: 30,
      product_id: PRODUCTS.promotionalCredit,
    });
    expect(writeCall()!.idempotencyKey).toMatch(UUID);
  });

  it('creates with specifiers', async () => {
    const { credit } = await created({ ...valid, specifiers: [{ productId: PRODUCTS.storage }, { productTags: ['usage'] }] });
    expect(credit?.specifiers).toEqual([
      { productId: PRODUCTS.storage, productTags: null },
      { productId: null, productTags: ['usage'] },
    ]);
    expect(writeCall()!.body).toHaveProperty('specifiers', [{ product_id: PRODUCTS.storage }, { product_tags: ['usage'] }]);
  });

  it('a uniquenessKey used before is a ConflictError; nothing new is created', async () => {
    const input = { ...valid, uniquenessKey: 'globex-once' };
    await created(input);
    const count = gw.metronomeSandbox.store.credits.length;
    expect(await create(input)).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
    expect(gw.metronomeSandbox.store.credits.length).toBe(count);
  });

  it('the same idempotencyKey replays the first create instead of creating twice', async () => {
    const input = { ...valid, idempotencyKey: 'globex-retry-1' };
    const first = await created(input);
    const count = gw.metronomeSandbox.store.credits.length;
    expect((await created(input)).creditId).toBe(first.creditId);
    expect(gw.metronomeSandbox.store.credits.length).toBe(count);
  });

  it('an unknown customer is a NotFoundError', async () => {
    const result = await gw.run(MUTATION, { input: { ...valid, customerId: UNKNOWN } });
    expect(result.data?.createContractCredit).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(gw.metronomeCalls()).toEqual([CREATE]);
  });

  it('an unknown product is refused by Metronome: a ValidationError with rule upstream', async () => {
    const result = await gw.run(MUTATION, { input: { ...valid, productId: UNKNOWN } });
    expect(result.data?.createContractCredit).toMatchObject({
      __typename: 'ValidationError',
      violations: [{ field: 'input', rule: 'upstream', message: expect.stringContaining('product not found') }],
    });
  });

  describe('amounts keep every digit, on the wire and back (Decimal, never through a double)', () => {
    /** What the sandbox received, as the JSON text of the amount. */
    const sentAmount = () => {
      const body = writeCall()!.body as { access_schedule: { schedule_items: { amount: unknown }[] } };
      return String(body.access_schedule.schedule_items[0]!.amount);
    };

    it.each([
      ['12345678901234567.89', '12345678901234567.89'],
      ['1.000000000000000000001', '1.000000000000000000001'],
      ['9'.repeat(32), '9'.repeat(32)],
      ['9223372036854775807', '9223372036854775807'],
      ['0.0002', '0.0002'],
    ])('%s is sent as those digits, stored and read back exactly', async (amount, expected) => {
      const input = { ...valid, accessSchedule: { scheduleItems: [{ ...valid.accessSchedule.scheduleItems[0]!, amount }] } };
      const result = await gw.run(MUTATION, { input });
      expect(result.errors).toBeUndefined();
      expect(sentAmount()).toBe(expected);
      expect(expectTypename(result.data?.createContractCredit, 'CreateContractCreditPayload').credit).toMatchObject({
        accessSchedule: { scheduleItems: [{ amount: expected }] },
        balance: expected,
      });
    });

    it('a number literal is taken with the digits typed: 777, 12345678901234567.89, 2.5e-7', async () => {
      const created = [];
      for (const literal of ['777', '12345678901234567.89', '2.5e-7']) {
        // The amount is a literal in the operation: GraphQL's own parsing of it is what is tested.
        const result = await gw.run<{ createContractCredit: { credit: { accessSchedule: { scheduleItems: { amount: string }[] } } } }, never>(`mutation {
          createContractCredit(input: {
            customerId: "${globex}", priority: 30, productId: "${PRODUCTS.promotionalCredit}",
            accessSchedule: { scheduleItems: [{ amount: ${literal}, startingAt: "2026-09-01T00:00:00Z", endingBefore: "2027-01-01T00:00:00Z" }] }
          }) { __typename ... on CreateContractCreditPayload { credit { accessSchedule { scheduleItems { amount } } } } }
        }`);
        expect(result.errors).toBeUndefined();
        created.push([sentAmount(), result.data?.createContractCredit.credit.accessSchedule.scheduleItems[0]?.amount]);
      }
      expect(created).toEqual([
        ['777', '777'],
        ['12345678901234567.89', '12345678901234567.89'],
        ['2.5e-7', '0.00000025'], // sent as 0.00000025; the sandbox holds the same value as the double 2.5e-7
      ]);
    });
  });

  const item = valid.accessSchedule.scheduleItems[0]!;
  it.each<[string, Partial<CreateContractCreditInput>, string, string]>([
    ['a blank customerId', { customerId: '' }, 'input.customerId', 'required'],
    ['a blank productId', { productId: ' ' }, 'input.productId', 'required'],
    ['no schedule item', { accessSchedule: { scheduleItems: [] } }, 'input.accessSchedule.scheduleItems', 'minItems'],
    ['a zero amount', { accessSchedule: { scheduleItems: [{ ...item, amount: '0' }] } }, 'input.accessSchedule.scheduleItems.0.amount', 'positive'],
    [
      'a segment ending before it starts',
      { accessSchedule: { scheduleItems: [item, { ...item, endingBefore: '2026-01-01T00:00:00Z' }] } },
      'input.accessSchedule.scheduleItems.1.endingBefore',
      'after',
    ],
    ['a null creditTypeId', { accessSchedule: { creditTypeId: null, scheduleItems: [item] } }, 'input.accessSchedule.creditTypeId', 'notNull'],
    ['specifiers with applicableProductTags', { specifiers: [{ productId: PRODUCTS.storage }], applicableProductTags: ['usage'] }, 'input.specifiers', 'exclusive'],
    ['UNKNOWN as the rate type', { rateType: 'UNKNOWN' }, 'input.rateType', 'enum'],
    ['a 129-character uniquenessKey', { uniquenessKey: 'u'.repeat(129) }, 'input.uniquenessKey', 'maxLength'],
    ['an empty uniquenessKey', { uniquenessKey: '' }, 'input.uniquenessKey', 'required'],
    ['a blank name', { name: ' ' }, 'input.name', 'required'],
    ['a custom field that is not a string', { customFields: { seats: 5 } }, 'input.customFields.seats', 'string'],
    ['a 256-character idempotencyKey', { idempotencyKey: 'k'.repeat(256) }, 'input.idempotencyKey', 'maxLength'],
  ])('%s is a ValidationError naming the field, and nothing is sent', async (_name, change, field, rule) => {
    const result = await gw.run(MUTATION, { input: { ...valid, ...change } });
    expectValidationError(gw, result.data?.createContractCredit, field, rule);
  });
});
