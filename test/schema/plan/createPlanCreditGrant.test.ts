/** createPlanCreditGrant through yoga against the sandbox: the effect, the links, the rules. */
import { describe, expect, it } from 'vitest';
import { graphql } from '../../generated/gql.ts';
import type { CreatePlanCreditGrantInput } from '../../generated/graphql.ts';
import { dataOf, expectTypename, expectValidationError, useTestGateway } from '../../helpers/gateway.ts';
import { planGrantSettingCases } from './settingCases.ts';

const gw = useTestGateway();

const CREATE = graphql(`
  mutation CreatePlanCreditGrant($input: CreatePlanCreditGrantInput!) {
    createPlanCreditGrant(input: $input) {
      __typename
      ... on CreatePlanCreditGrantPayload {
        planGrant {
          id creditAmount companyCreditAmount scaling licenseId resetCadence resetStart resetType rolloverPercentage
          autoTopupAvailability autoTopupThresholdPercent tierMode priceTiers { from to perUnitPrice }
          plan { id name } credit { id name }
        }
      }
      ... on MutationError { message code }
      ... on ValidationError { violations { field path rule message } }
    }
  }
`);

const READ = graphql(`
  query CreatePlanCreditGrantRead($id: ID!) {
    planCreditGrant(id: $id) { id creditAmount }
    planCreditGrants(filter: { planId: "plan_starter" }) { edges { node { id } } }
  }
`);

const valid: CreatePlanCreditGrantInput = { planId: 'plan_starter', creditId: 'bcrd_compute_minutes', creditAmount: 50, resetCadence: 'MONTHLY', resetStart: 'BILLING_PERIOD' };

describe('createPlanCreditGrant', () => {
  it('creates in one write, returns the plan grant with its links, and the plan lists it', async () => {
    const input: CreatePlanCreditGrantInput = { ...valid, resetType: 'PLAN_PERIOD', rolloverPercentage: 10, autoTopupAvailability: 'AUTOMATIC', autoTopupThresholdPercent: 20, applyToExisting: false };
    const payload = expectTypename(dataOf(await gw.run(CREATE, { input })).createPlanCreditGrant, 'CreatePlanCreditGrantPayload');
    expect(payload).toMatchObject({
      __typename: 'CreatePlanCreditGrantPayload',
      planGrant: {
        creditAmount: 50,
        scaling: 'FIXED',
        resetCadence: 'MONTHLY',
        resetStart: 'BILLING_PERIOD',
        resetType: 'PLAN_PERIOD',
        rolloverPercentage: 10,
        autoTopupAvailability: 'AUTOMATIC',
        autoTopupThresholdPercent: 20,
        plan: { id: 'plan_starter', name: expect.any(String) },
        credit: { id: 'bcrd_compute_minutes', name: 'Compute Minutes' },
      },
    });
    // The plan grant carries the plan and the credit: the write is the only call.
    expect(gw.calls()).toEqual(['POST /billing/credits/plan-grants']);
    expect(gw.schematicSandbox.calls[0]?.body).toEqual({
      plan_id: 'plan_starter',
      credit_id: 'bcrd_compute_minutes',
      credit_amount: 50,
      reset_cadence: 'monthly',
      reset_start: 'billing_period',
      reset_type: 'plan_period',
      rollover_percentage: 10,
      auto_topup_availability: 'automatic',
      auto_topup_threshold_percent: 20,
      apply_to_existing: false,
    });

    const id = payload.planGrant!.id;
    const read = dataOf(await gw.run(READ, { id }));
    expect(read.planCreditGrant).toEqual({ id, creditAmount: 50 });
    expect(read.planCreditGrants.edges.map((e) => e.node.id)).toContain(id);
  });

  it('a per-license grant names its license, and may add company credits', async () => {
    const input: CreatePlanCreditGrantInput = { ...valid, creditId: 'bcrd_support_hours', scaling: 'PER_LICENSE', licenseId: 'feat_seats', companyCreditAmount: 2 };
    const result = await gw.run(CREATE, { input });
    expect(expectTypename(result.data?.createPlanCreditGrant, 'CreatePlanCreditGrantPayload').planGrant).toMatchObject({ scaling: 'PER_LICENSE', licenseId: 'feat_seats', companyCreditAmount: 2 });
    expect(gw.schematicSandbox.calls[0]?.body).toMatchObject({ scaling: 'per_license', license_id: 'feat_seats', company_credit_amount: 2 });
  });

  it('sends price tiers with their mode', async () => {
    const input: CreatePlanCreditGrantInput = { ...valid, creditId: 'bcrd_ai_tokens', tierMode: 'GRADUATED', priceTiers: [{ upTo: 1000, perUnitPrice: '2' }, { perUnitPriceDecimal: '1.5' }] };
    const result = await gw.run(CREATE, { input });
    expect(result.data?.createPlanCreditGrant).toMatchObject({ __typename: 'CreatePlanCreditGrantPayload', planGrant: { tierMode: 'GRADUATED' } });
    expect(gw.schematicSandbox.calls[0]?.body).toMatchObject({
      tier_mode: 'graduated',
      price_tiers: [{ up_to: 1000, per_unit_price: 2 }, { per_unit_price_decimal: '1.5' }],
    });
  });

  it('an unknown plan is a NotFoundError', async () => {
    const result = await gw.run(CREATE, { input: { ...valid, planId: 'plan_nope' } });
    expect(result.data?.createPlanCreditGrant).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(gw.calls()).toEqual(['POST /billing/credits/plan-grants']);
  });

  it.each<[string, Partial<CreatePlanCreditGrantInput>, string, string]>([
    ['a blank plan id', { planId: ' ' }, 'input.planId', 'required'],
    ['a blank credit id', { creditId: '' }, 'input.creditId', 'required'],
    ...planGrantSettingCases,
    // what is left out on create is the vendor's default, or nothing
    ['scaling PER_LICENSE without a license', { scaling: 'PER_LICENSE' }, 'input.licenseId', 'required'],
    ['companyCreditAmount with the default scaling', { companyCreditAmount: 5 }, 'input.companyCreditAmount', 'requires'],
    ['rolloverPercentage without a reset type', { rolloverPercentage: 10 }, 'input.rolloverPercentage', 'requires'],
    ['arrearsAnchor with the default arrears cadence', { arrearsAnchor: 'BILLING_PERIOD_START' }, 'input.arrearsAnchor', 'requires'],
    ['a duration without its unit', { expiryType: 'DURATION', expiryUnitCount: 2 }, 'input.expiryUnit', 'required'],
    ['a duration without its length', { expiryType: 'DURATION', expiryUnit: 'DAYS' }, 'input.expiryUnitCount', 'required'],
    ['an auto top-up duration without its unit', { autoTopupExpiryType: 'DURATION', autoTopupExpiryUnitCount: 2 }, 'input.autoTopupExpiryUnit', 'required'],
    ['an auto top-up duration without its length', { autoTopupExpiryType: 'DURATION', autoTopupExpiryUnit: 'DAYS' }, 'input.autoTopupExpiryUnitCount', 'required'],
    ['price tiers without a tier mode', { priceTiers: [{ upTo: 10, perUnitPrice: '1' }] }, 'input.tierMode', 'required'],
    ['billing mode BILLED without a price', { billingMode: 'BILLED' }, 'input.unitPrice', 'required'],
  ])('%s is a ValidationError naming the field, and nothing is sent', async (_name, change, field, rule) => {
    const result = await gw.run(CREATE, { input: { ...valid, ...change } });
    expectValidationError(gw, result.data?.createPlanCreditGrant, field, rule);
  });
});

describe('createPlanCreditGrant at the vendor maximum', () => {
  it('a credit amount of 9,999,999,999 (beyond GraphQL Int) is written and read back exactly', async () => {
    const result = dataOf(await gw.run(CREATE, { input: { ...valid, planId: 'plan_scale', creditAmount: 9_999_999_999 } }));
    const { id, creditAmount } = expectTypename(result.createPlanCreditGrant, 'CreatePlanCreditGrantPayload').planGrant!;
    expect(creditAmount).toBe(9_999_999_999);
    const read = await gw.run(READ, { id });
    expect(read.data?.planCreditGrant).toEqual({ id, creditAmount: 9_999_999_999 });
  });
});
