/** updatePlanCreditGrant through yoga against the sandbox: the effect, the read-back, the rules. */
import { describe, expect, it } from 'vitest';
import { graphql } from '../../generated/gql.ts';
import type { UpdatePlanCreditGrantInput } from '../../generated/graphql.ts';
import { dataOf, expectTypename, expectValidationError, useTestGateway } from '../../helpers/gateway.ts';
import { planGrantSettingCases } from './settingCases.ts';

const gw = useTestGateway();

const UPDATE = graphql(`
  mutation UpdatePlanCreditGrant($input: UpdatePlanCreditGrantInput!) {
    updatePlanCreditGrant(input: $input) {
      __typename
      ... on UpdatePlanCreditGrantPayload {
        planGrant { id creditAmount resetCadence resetStart rolloverPercentage autoTopupAvailability updatedAt
          plan { id name } credit { id name } }
      }
      ... on MutationError { message code }
      ... on ValidationError { violations { field path rule message } }
    }
  }
`);

const READ = graphql(`
  query UpdatePlanCreditGrantRead($id: ID!) {
    planCreditGrant(id: $id) { id creditAmount resetCadence resetStart rolloverPercentage updatedAt }
  }
`);

async function read(id: string) {
  const planGrant = dataOf(await gw.run(READ, { id })).planCreditGrant;
  expect(planGrant).not.toBeNull();
  return planGrant!;
}

describe('updatePlanCreditGrant', () => {
  it('changes the amount with one read of the current reset and one write', async () => {
    const before = await read('bpcg_growth_compute');
    const result = await gw.run(UPDATE, { input: { id: 'bpcg_growth_compute', creditAmount: 750 } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updatePlanCreditGrant).toMatchObject({
      __typename: 'UpdatePlanCreditGrantPayload',
      planGrant: {
        id: 'bpcg_growth_compute',
        creditAmount: 750,
        resetCadence: 'MONTHLY',
        resetStart: 'BILLING_PERIOD',
        plan: { id: 'plan_growth', name: expect.any(String) },
        credit: { id: 'bcrd_compute_minutes', name: 'Compute Minutes' },
      },
    });
    // PUT needs reset_cadence and reset_start: they are read first, then sent unchanged.
    expect(gw.calls()).toEqual([
      'GET /billing/credits/plan-grants?ids=bpcg_growth_compute&limit=1',
      'PUT /billing/credits/plan-grants/bpcg_growth_compute',
    ]);
    expect(gw.schematicSandbox.calls[1]?.body).toEqual({ reset_cadence: 'monthly', reset_start: 'billing_period', credit_amount: 750 });

    const after = await read('bpcg_growth_compute');
    expect(after).toMatchObject({ creditAmount: 750, resetCadence: 'MONTHLY', resetStart: 'BILLING_PERIOD' });
    expect(Date.parse(after.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
  });

  it('with the reset given it is one write, sending only what was given', async () => {
    const before = await read('bpcg_scale_support');
    const input: UpdatePlanCreditGrantInput = { id: 'bpcg_scale_support', resetCadence: 'YEARLY', resetStart: 'FIRST_OF_MONTH', autoTopupAvailability: 'USER_CONTROLLED' };
    const payload = expectTypename(dataOf(await gw.run(UPDATE, { input })).updatePlanCreditGrant, 'UpdatePlanCreditGrantPayload');
    expect(payload.planGrant).toMatchObject({ resetCadence: 'YEARLY', resetStart: 'FIRST_OF_MONTH', autoTopupAvailability: 'USER_CONTROLLED' });
    expect(gw.calls()).toEqual(['PUT /billing/credits/plan-grants/bpcg_scale_support']);
    expect(gw.schematicSandbox.calls[0]?.body).toEqual({ reset_cadence: 'yearly', reset_start: 'first_of_month', auto_topup_availability: 'user_controlled' });

    const after = await read('bpcg_scale_support');
    expect(after).toMatchObject({ resetCadence: 'YEARLY', resetStart: 'FIRST_OF_MONTH' });
    expect(Date.parse(after.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
  });

  it('a rollover without a reset type is left to the stored reset type on update', async () => {
    const result = await gw.run(UPDATE, { input: { id: 'bpcg_scale_tokens', resetCadence: 'MONTHLY', resetStart: 'BILLING_PERIOD', rolloverPercentage: 50 } });
    expect(result.data?.updatePlanCreditGrant).toMatchObject({ __typename: 'UpdatePlanCreditGrantPayload', planGrant: { rolloverPercentage: 50 } });
  });

  it('an unknown id is a NotFoundError: from the write when nothing is read first', async () => {
    const result = await gw.run(UPDATE, { input: { id: 'bpcg_nope', resetCadence: 'MONTHLY', resetStart: 'BILLING_PERIOD' } });
    expect(result.data?.updatePlanCreditGrant).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(gw.calls()).toEqual(['PUT /billing/credits/plan-grants/bpcg_nope']);
  });

  it('an unknown id is a NotFoundError: from the read, with nothing written', async () => {
    const result = await gw.run(UPDATE, { input: { id: 'bpcg_nope', creditAmount: 1 } });
    expect(result.data?.updatePlanCreditGrant).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(gw.calls()).toEqual(['GET /billing/credits/plan-grants?ids=bpcg_nope&limit=1']);
  });

  const valid: UpdatePlanCreditGrantInput = { id: 'bpcg_starter_tokens', resetCadence: 'MONTHLY', resetStart: 'BILLING_PERIOD' };

  it.each<[string, Partial<UpdatePlanCreditGrantInput>, string, string]>([
    ['a blank id', { id: '' }, 'input.id', 'required'],
    ['a null reset cadence', { resetCadence: null }, 'input.resetCadence', 'notNull'],
    ['a null reset start', { resetStart: null }, 'input.resetStart', 'notNull'],
    ...planGrantSettingCases,
  ])('%s is a ValidationError naming the field, and nothing is sent', async (_name, change, field, rule) => {
    const result = await gw.run(UPDATE, { input: { ...valid, ...change } });
    expectValidationError(gw, result.data?.updatePlanCreditGrant, field, rule);
  });
});
