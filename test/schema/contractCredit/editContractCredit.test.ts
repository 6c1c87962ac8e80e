/** editContractCredit through yoga against the Metronome sandbox: the effect, the body sent, the Idempotency-Key, the rules. */
import { describe, expect, it, vi } from 'vitest';
import { EditContractCreditDocument } from '../../../schema/generated/graphql.ts';
import {
  METRONOME_ACME_CONTRACTS as CONTRACTS,
  METRONOME_ACME_CREDITS as CREDITS,
  METRONOME_PAGED_CUSTOMER_ID as ACME,
  METRONOME_PRODUCTS as PRODUCTS,
} from '../../../src/sandbox/world.ts';
import type { CreditEditParams } from '../../../src/upstream/metronome/types.ts';
import { graphql } from '../../generated/gql.ts';
import type { EditContractCreditInput } from '../../generated/graphql.ts';
import { dataOf, expectTypename, expectValidationError, useTestGateway } from '../../helpers/gateway.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const EDIT = 'POST /v2/contracts/credits/edit';
const LIST = 'POST /v1/contracts/customerCredits/list';

const gw = useTestGateway();

const EDIT_FULL = graphql(`
  mutation EditContractCreditAll($input: EditContractCreditInput!) {
    editContractCredit(input: $input) {
      __typename
      ... on EditContractCreditPayload {
        creditId
        credit {
          id name description priority rateType balance
          product { id name }
          applicableProductIds applicableProductTags applicableContractIds
          specifiers { productId productTags pricingGroupValues presentationGroupValues }
          hierarchyConfiguration { childAccess { type contractIds } }
          accessSchedule { scheduleItems { id amount startingAt endingBefore } }
        }
      }
      ... on MutationError { message code }
      ... on ValidationError { violations { field path rule message } }
    }
  }
`);

const writeCall = () => gw.metronomeSandbox.calls.find((c) => c.path === '/v2/contracts/credits/edit');

const READ = graphql(`
  query EditContractCreditRead($c: ID!, $id: ID!) {
    contractCredit(customerId: $c, id: $id) { name balance accessSchedule { scheduleItems { id amount startingAt endingBefore } } }
  }
`);

async function read(id: string) {
  const credit = dataOf(await gw.run(READ, { c: ACME, id })).contractCredit;
  expect(credit).not.toBeNull();
  return credit!;
}

/** The credit an edit that must succeed returns. */
async function edited(input: EditContractCreditInput) {
  const { credit } = expectTypename(dataOf(await gw.run(EDIT_FULL, { input })).editContractCredit, 'EditContractCreditPayload');
  expect(credit).not.toBeNull();
  return credit!;
}

const DESCRIPTION = graphql(`
  query EditContractCreditDescription($c: ID!, $id: ID!) {
    contractCredit(customerId: $c, id: $id) { description }
  }
`);

const CONTRACT_LEVEL = graphql(`
  mutation EditContractCreditContractLevel($input: EditContractCreditInput!) {
    editContractCredit(input: $input) {
      __typename
      ... on EditContractCreditPayload { credit { name contract { id } } }
    }
  }
`);

const segment = { amount: '25000', startingAt: '2026-09-01T00:00:00Z', endingBefore: '2026-12-01T00:00:00Z' };

describe('editContractCredit', () => {
  it('adds a current segment: the next read shows it in the schedule and the balance risen', async () => {
    const before = await read(CREDITS.onboarding);
    expect(before.balance).toBe('90000');
    const result = await gw.run(EditContractCreditDocument, {
      input: {
        customerId: ACME,
        creditId: CREDITS.onboarding,
        accessSchedule: { addScheduleItems: [segment] },
        idempotencyKey: 'onboarding-top-up-2026-09',
      },
    });
    expect(result.errors).toBeUndefined();
    const payload = result.data!.editContractCredit;
    expect(payload.__typename).toBe('EditContractCreditPayload');
    if (payload.__typename !== 'EditContractCreditPayload') throw new Error('unreachable');
    expect(payload.creditId).toBe(CREDITS.onboarding);
    expect(payload.credit!.balance).toBe('115000');
    expect(payload.credit!.accessSchedule!.scheduleItems).toHaveLength(4);
    // the write, then the payload's re-read (with balances, since `balance` is selected)
    expect(gw.metronomeCalls()).toEqual([EDIT, LIST]);
    expect(writeCall()!.body).toEqual({
      customer_id: ACME,
      credit_id: CREDITS.onboarding,
      access_schedule: {
        add_schedule_items: [{ amount: 25000, starting_at: '2026-09-01T00:00:00Z', ending_before: '2026-12-01T00:00:00Z' }],
      },
    });
    expect(writeCall()!.idempotencyKey).toBe('onboarding-top-up-2026-09');

    const after = await read(CREDITS.onboarding);
    expect(after.balance).toBe('115000');
    expect(after.accessSchedule?.scheduleItems).toContainEqual(
      expect.objectContaining({ amount: '25000', startingAt: '2026-09-01T00:00:00.000Z', endingBefore: '2026-12-01T00:00:00.000Z' }),
    );
  });

  it('a retry with the same idempotencyKey replays the first answer instead of adding the segment twice', async () => {
    const input = {
      customerId: ACME,
      creditId: CREDITS.onboarding,
      accessSchedule: { addScheduleItems: [segment] },
      idempotencyKey: 'onboarding-top-up-2026-09',
    };
    const result = await gw.run(EditContractCreditDocument, { input });
    expect(result.data!.editContractCredit.__typename).toBe('EditContractCreditPayload');
    expect(writeCall()!.idempotencyKey).toBe('onboarding-top-up-2026-09');
    const after = await read(CREDITS.onboarding);
    expect(after.balance).toBe('115000');
    expect(after.accessSchedule?.scheduleItems).toHaveLength(4);
  });

  it('without idempotencyKey the write carries a generated UUID, a new one each time', async () => {
    const input = { customerId: ACME, creditId: CREDITS.supportHours, description: 'Premium support' };
    await gw.run(EditContractCreditDocument, { input });
    const first = writeCall()!.idempotencyKey;
    await gw.run(EditContractCreditDocument, { input });
    const second = writeCall()!.idempotencyKey;
    expect(first).toMatch(UUID);
    expect(second).toMatch(UUID);
    expect(second).not.toBe(first);
  });

  it('sends every field in snake_case and the next read shows each change', async () => {
    const [current, future] = gw.metronomeSandbox.store.credits.find((c) => c.id === CREDITS.supportHours)!.schedule;
    expect(future).toBeUndefined();
    const input: EditContractCreditInput = {
      customerId: ACME,
      creditId: CREDITS.supportHours,
      name: 'Support hours (renewed)',
      description: 'Renewed for 2027',
      priority: 25,
      productId: PRODUCTS.promotionalCredit,
      rateType: 'COMMIT_RATE',
      applicableContractIds: [CONTRACTS.enterprise2026, CONTRACTS.enterprise2025],
      applicableProductIds: [PRODUCTS.onboardingServices, PRODUCTS.seats],
      applicableProductTags: ['services'],
      hierarchyConfiguration: { childAccess: { type: 'CONTRACT_IDS', contractIds: [CONTRACTS.enterprise2026] } },
      accessSchedule: {
        updateScheduleItems: [{ id: current!.id, amount: '350000', endingBefore: '2027-12-01T00:00:00Z' }],
        addScheduleItems: [{ amount: '1000.5', startingAt: '2027-12-01T00:00:00Z', endingBefore: '2028-01-01T00:00:00Z' }],
      },
      idempotencyKey: 'support-renewal',
    };
    const credit = await edited(input);
    expect(writeCall()!.body).toEqual({
      customer_id: ACME,
      credit_id: CREDITS.supportHours,
      name: 'Support hours (renewed)',
      description: 'Renewed for 2027',
      priority: 25,
      product_id: PRODUCTS.promotionalCredit,
      rate_type: 'COMMIT_RATE',
      applicable_contract_ids: [CONTRACTS.enterprise2026, CONTRACTS.enterprise2025],
      applicable_product_ids: [PRODUCTS.onboardingServices, PRODUCTS.seats],
      applicable_product_tags: ['services'],
      hierarchy_configuration: { child_access: { type: 'CONTRACT_IDS', contract_ids: [CONTRACTS.enterprise2026] } },
      access_schedule: {
        add_schedule_items: [{ amount: 1000.5, starting_at: '2027-12-01T00:00:00Z', ending_before: '2028-01-01T00:00:00Z' }],
        update_schedule_items: [{ id: current!.id, amount: 350000, ending_before: '2027-12-01T00:00:00Z' }],
      },
    });
    expect(credit).toMatchObject({
      name: 'Support hours (renewed)',
      description: 'Renewed for 2027',
      priority: 25,
      rateType: 'COMMIT_RATE',
      product: { id: PRODUCTS.promotionalCredit, name: 'Promotional Credit' },
      applicableContractIds: [CONTRACTS.enterprise2026, CONTRACTS.enterprise2025],
      applicableProductIds: [PRODUCTS.onboardingServices, PRODUCTS.seats],
      applicableProductTags: ['services'],
      hierarchyConfiguration: { childAccess: { type: 'CONTRACT_IDS', contractIds: [CONTRACTS.enterprise2026] } },
      balance: '0', // both segments are in the future
    });
    expect(credit.accessSchedule?.scheduleItems).toEqual([
      { id: current!.id, amount: '350000', startingAt: '2026-11-01T00:00:00.000Z', endingBefore: '2027-12-01T00:00:00.000Z' },
      { id: expect.any(String), amount: '1000.5', startingAt: '2027-12-01T00:00:00.000Z', endingBefore: '2028-01-01T00:00:00.000Z' },
    ]);
  });

  it('sets specifiers (on a credit without product targeting) and removes a segment', async () => {
    const referral = gw.metronomeSandbox.store.credits.find((c) => c.name === 'Referral reward #03')!; // no deduction: removable
    const extra = await edited({ customerId: ACME, creditId: referral.id, accessSchedule: { addScheduleItems: [segment] } });
    const added = extra.accessSchedule?.scheduleItems.find((s) => s.amount === '25000');
    expect(added).toBeDefined();
    const credit = await edited({
      customerId: ACME,
      creditId: referral.id,
      specifiers: [
        { productId: PRODUCTS.aiTokens, pricingGroupValues: { model: 'small' } },
        { productTags: ['compute'], presentationGroupValues: { region: 'eu' } },
      ],
      accessSchedule: { removeScheduleItems: [{ id: added!.id }] },
    });
    expect(writeCall()!.body).toEqual({
      customer_id: ACME,
      credit_id: referral.id,
      specifiers: [
        { product_id: PRODUCTS.aiTokens, pricing_group_values: { model: 'small' } },
        { product_tags: ['compute'], presentation_group_values: { region: 'eu' } },
      ],
      access_schedule: { remove_schedule_items: [{ id: added!.id }] },
    });
    expect(credit.specifiers).toEqual([
      { productId: PRODUCTS.aiTokens, productTags: null, pricingGroupValues: { model: 'small' }, presentationGroupValues: null },
      { productId: null, productTags: ['compute'], pricingGroupValues: null, presentationGroupValues: { region: 'eu' } },
    ]);
    expect(credit.accessSchedule?.scheduleItems.map((s) => s.id)).not.toContain(added!.id);
  });

  it('edits a contract-level credit too', async () => {
    const result = dataOf(
      await gw.run(CONTRACT_LEVEL, { input: { customerId: ACME, creditId: CREDITS.annualCommitBonus, name: 'Annual commit bonus 2026' } }),
    );
    expect(expectTypename(result.editContractCredit, 'EditContractCreditPayload').credit).toEqual({ name: 'Annual commit bonus 2026', contract: { id: CONTRACTS.enterprise2026 } });
  });

  it('the sandbox’s refusal (applicableContractIds on a contract-level credit) is a ValidationError with rule upstream, and nothing changes', async () => {
    const result = await gw.run(EDIT_FULL, {
      input: { customerId: ACME, creditId: CREDITS.aiTokensStarter, applicableContractIds: [CONTRACTS.enterprise2026], name: 'Renamed' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.editContractCredit).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      violations: [{ field: 'input', rule: 'upstream', message: expect.stringContaining('contract-level credit') }],
    });
    expect(gw.metronomeCalls()).toEqual([EDIT]);
    expect((await read(CREDITS.aiTokensStarter)).name).toBe('AI Tokens starter pack');
  });

  it.each([
    ['an unknown credit', { customerId: ACME, creditId: UNKNOWN }],
    ['an unknown customer (Metronome: 400 CustomerNotFound)', { customerId: UNKNOWN, creditId: CREDITS.onboarding }],
  ])('%s is a NotFoundError', async (_name, ids) => {
    const result = await gw.run(EDIT_FULL, { input: { ...ids, name: 'x' } });
    expect(result.data?.editContractCredit).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(gw.metronomeCalls()).toEqual([EDIT]);
  });

  const base = { customerId: ACME, creditId: CREDITS.onboarding };
  it.each<[string, Partial<EditContractCreditInput>, string, string]>([
    ['a blank customerId', { customerId: ' ' }, 'input.customerId', 'required'],
    ['a blank creditId', { creditId: '' }, 'input.creditId', 'required'],
    ['specifiers with applicableProductIds', { specifiers: [{ productTags: ['ai'] }], applicableProductIds: [PRODUCTS.aiTokens] }, 'input.specifiers', 'exclusive'],
    ['specifiers with applicableProductTags', { specifiers: [{ productTags: ['ai'] }], applicableProductTags: ['usage'] }, 'input.specifiers', 'exclusive'],
    [
      'a segment ending before it starts',
      { accessSchedule: { addScheduleItems: [{ ...segment, endingBefore: '2026-08-01T00:00:00Z' }] } },
      'input.accessSchedule.addScheduleItems.0.endingBefore',
      'after',
    ],
    ['a zero amount', { accessSchedule: { addScheduleItems: [{ ...segment, amount: '0' }] } }, 'input.accessSchedule.addScheduleItems.0.amount', 'positive'],
    [
      'a negative amount in an update',
      { accessSchedule: { updateScheduleItems: [{ id: UNKNOWN, amount: '-5' }] } },
      'input.accessSchedule.updateScheduleItems.0.amount',
      'positive',
    ],
    [
      'an update ending before it starts',
      { accessSchedule: { updateScheduleItems: [{ id: UNKNOWN, startingAt: '2026-09-01T00:00:00Z', endingBefore: '2026-09-01T00:00:00Z' }] } },
      'input.accessSchedule.updateScheduleItems.0.endingBefore',
      'after',
    ],
    ['a blank segment id to remove', { accessSchedule: { removeScheduleItems: [{ id: ' ' }] } }, 'input.accessSchedule.removeScheduleItems.0.id', 'required'],
    [
      'CONTRACT_IDS without contract ids',
      { hierarchyConfiguration: { childAccess: { type: 'CONTRACT_IDS', contractIds: [] } } },
      'input.hierarchyConfiguration.childAccess.contractIds',
      'minItems',
    ],
    [
      'contract ids with type ALL',
      { hierarchyConfiguration: { childAccess: { type: 'ALL', contractIds: [CONTRACTS.enterprise2026] } } },
      'input.hierarchyConfiguration.childAccess.contractIds',
      'exclusive',
    ],
    ['UNKNOWN as the rate type', { rateType: 'UNKNOWN' }, 'input.rateType', 'enum'],
    ['UNKNOWN as the child access type', { hierarchyConfiguration: { childAccess: { type: 'UNKNOWN' } } }, 'input.hierarchyConfiguration.childAccess.type', 'enum'],
    ['a 256-character idempotencyKey', { idempotencyKey: 'k'.repeat(256) }, 'input.idempotencyKey', 'maxLength'],
    ['a blank idempotencyKey', { idempotencyKey: '  ' }, 'input.idempotencyKey', 'required'],
    ['a blank name', { name: '' }, 'input.name', 'required'],
    ['a null priority', { priority: null }, 'input.priority', 'notNull'],
    ['null specifiers', { specifiers: null }, 'input.specifiers', 'notNull'],
    ['a non-string group value', { specifiers: [{ pricingGroupValues: { model: 3 } }] }, 'input.specifiers.0.pricingGroupValues.model', 'string'],
  ])('%s is a ValidationError naming the field, and nothing is sent', async (_name, change, field, rule) => {
    const result = await gw.run(EDIT_FULL, { input: { ...base, ...change } });
    expectValidationError(gw, result.data?.editContractCredit, field, rule);
  });

  it('a 255-character idempotencyKey is accepted', async () => {
    const result = await gw.run(EDIT_FULL, { input: { ...base, description: 'Welcome credit', idempotencyKey: 'k'.repeat(255) } });
    expect(result.data?.editContractCredit.__typename).toBe('EditContractCreditPayload');
    expect(writeCall()!.idempotencyKey).toBe('k'.repeat(255));
  });

  it('a re-read that fails after a successful write is a field error on credit, not a write failure', async () => {
    const store = gw.metronomeSandbox.store;
    const list = store.listCredits.bind(store);
    store.listCredits = () => {
      throw new Error('read path broken');
    };
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {}); // the sandbox logs its 500
    try {
      const result = await gw.run(EDIT_FULL, { input: { ...base, description: 'Welcome credit (2026)' } });
      expect(result.data?.editContractCredit).toMatchObject({ __typename: 'EditContractCreditPayload', creditId: CREDITS.onboarding, credit: null });
      expect(result.errors?.[0]?.path).toEqual(['editContractCredit', 'credit']);
    } finally {
      store.listCredits = list;
      quiet.mockRestore();
    }
    const read = dataOf(await gw.run(DESCRIPTION, { c: ACME, id: CREDITS.onboarding }));
    expect(read.contractCredit?.description).toBe('Welcome credit (2026)');
  });

  it('a changed amount keeps every digit: sent as written, stored and read back exactly', async () => {
    const credit = gw.metronomeSandbox.store.credits.find((c) => c.customer_id === ACME && !c.archived_at && c.schedule.length > 0)!;
    const id = credit.schedule[0]!.id;
    const amount = '12345678901234567.000000000000000000001';
    const result = await gw.run<{ editContractCredit: { __typename: string } }, { input: unknown }>(
      `mutation($input: EditContractCreditInput!) { editContractCredit(input: $input) { __typename } }`,
      { input: { customerId: ACME, creditId: credit.id, accessSchedule: { updateScheduleItems: [{ id, amount }] } } },
    );
    expect(result.data?.editContractCredit.__typename).toBe('EditContractCreditPayload');
    const sent = (writeCall()!.body as CreditEditParams).access_schedule?.update_schedule_items?.[0]?.amount;
    expect(String(sent)).toBe(amount);
    const after = await read(credit.id);
    expect(after.accessSchedule!.scheduleItems.find((item) => item.id === id)!.amount).toBe(amount);
  });
});
