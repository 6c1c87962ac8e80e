/** deletePlanCreditGrant through yoga against the sandbox: the effect, the read-back, the rules. */
import { describe, expect, it } from 'vitest';
import { graphql } from '../../generated/gql.ts';
import { expectValidationError, useTestGateway } from '../../helpers/gateway.ts';

const gw = useTestGateway();

const DELETE = graphql(`
  mutation DeletePlanCreditGrant($input: DeletePlanCreditGrantInput!) {
    deletePlanCreditGrant(input: $input) {
      __typename
      ... on DeletePlanCreditGrantPayload { deletedId }
      ... on MutationError { message code }
      ... on ValidationError { violations { field path rule message } }
    }
  }
`);

const READ = graphql(`
  query DeletePlanCreditGrantRead($id: ID!, $planId: ID!) {
    planCreditGrant(id: $id) { id }
    planCreditGrants(filter: { planId: $planId }) { edges { node { id } } }
  }
`);

async function gone(id: string, planId: string) {
  const read = await gw.run(READ, { id, planId });
  expect(read.errors).toBeUndefined();
  expect(read.data?.planCreditGrant).toBeNull();
  expect(read.data?.planCreditGrants.edges.map((e) => e.node.id)).not.toContain(id);
}

describe('deletePlanCreditGrant', () => {
  it('deletes in one write with applyToExisting in the query string, and the plan grant is gone', async () => {
    const { id } = await gw.schematicClient.planGrants.create({
      planId: 'plan_starter',
      creditId: 'bcrd_support_hours',
      creditAmount: 1,
      resetCadence: 'monthly',
      resetStart: 'billing_period',
    });
    const result = await gw.run(DELETE, { input: { id, applyToExisting: true } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.deletePlanCreditGrant).toEqual({ __typename: 'DeletePlanCreditGrantPayload', deletedId: id });
    expect(gw.calls()).toEqual([`DELETE /billing/credits/plan-grants/${id}?apply_to_existing=true`]);
    expect(gw.schematicSandbox.calls[0]?.body).toBeUndefined();
    await gone(id, 'plan_starter');
  });

  it('without applyToExisting there is no query string', async () => {
    const result = await gw.run(DELETE, { input: { id: 'bpcg_scale_support' } });
    expect(result.data?.deletePlanCreditGrant).toEqual({ __typename: 'DeletePlanCreditGrantPayload', deletedId: 'bpcg_scale_support' });
    expect(gw.calls()).toEqual(['DELETE /billing/credits/plan-grants/bpcg_scale_support']);
    await gone('bpcg_scale_support', 'plan_scale');
  });

  it('an unknown id is a NotFoundError', async () => {
    const result = await gw.run(DELETE, { input: { id: 'bpcg_nope', applyToExisting: false } });
    expect(result.data?.deletePlanCreditGrant).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(gw.calls()).toEqual(['DELETE /billing/credits/plan-grants/bpcg_nope?apply_to_existing=false']);
  });

  it('a blank id is a ValidationError naming the field, and nothing is sent', async () => {
    const result = await gw.run(DELETE, { input: { id: ' ' } });
    expectValidationError(gw, result.data?.deletePlanCreditGrant, 'input.id', 'required');
  });
});
