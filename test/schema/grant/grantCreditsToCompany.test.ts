/** grantCreditsToCompany through yoga against the sandbox: the effect, the links, the rules. */
import { describe, expect, it } from 'vitest';
import { graphql } from '../../generated/gql.ts';
import type { GrantCreditsToCompanyInput } from '../../generated/graphql.ts';
import { dataOf, expectTypename, expectValidationError, useTestGateway } from '../../helpers/gateway.ts';

const gw = useTestGateway();

const GRANT = graphql(`
  mutation GrantCreditsToCompany($input: GrantCreditsToCompanyInput!) {
    grantCreditsToCompany(input: $input) {
      __typename
      ... on GrantCreditsToCompanyPayload {
        grant { id quantity quantityRemaining grantReason company { id name } credit { id name } }
      }
      ... on MutationError { message code }
      ... on ValidationError { violations { field path rule message } }
      ... on UpstreamError { outcome reason upstream status }
    }
  }
`);

const BALANCE = graphql(`
  query GrantCreditsToCompanyBalance($id: ID!) {
    company(id: $id) { creditBalances { credit { id } remaining } }
  }
`);

const valid: GrantCreditsToCompanyInput = { companyId: 'comp_hooli', creditId: 'bcrd_ai_tokens', quantity: 10, reason: 'ADJUSTMENT' };

async function remaining(companyId: string, creditId: string): Promise<number> {
  const { company } = dataOf(await gw.run(BALANCE, { id: companyId }));
  const row = company?.creditBalances.find((b) => b.credit.id === creditId);
  return row?.remaining ?? 0;
}

describe('grantCreditsToCompany', () => {
  it('grants, returns the grant with its links in one write, and the next read shows the balance risen', async () => {
    const before = await remaining('comp_hooli', 'bcrd_ai_tokens');
    const payload = expectTypename(dataOf(await gw.run(GRANT, { input: valid })).grantCreditsToCompany, 'GrantCreditsToCompanyPayload');
    expect(payload).toMatchObject({
      __typename: 'GrantCreditsToCompanyPayload',
      grant: {
        quantity: 10,
        quantityRemaining: 10,
        grantReason: 'ADJUSTMENT',
        company: { id: 'comp_hooli', name: 'Hooli Search' },
        credit: { id: 'bcrd_ai_tokens' },
      },
    });
    expect(payload.grant!.id).toMatch(/^bcgr_/);
    // The grant carries the company and credit names: the write is the only call.
    expect(gw.calls()).toEqual(['POST /billing/credits/grants/company']);
    expect(gw.schematicSandbox.calls[0]?.body).toEqual({
      company_id: 'comp_hooli',
      credit_id: 'bcrd_ai_tokens',
      quantity: 10,
      reason: 'adjustment',
    });
    expect(await remaining('comp_hooli', 'bcrd_ai_tokens')).toBe(before + 10);
  });

  it('an unknown company is a NotFoundError and nothing changes', async () => {
    const result = await gw.run(GRANT, { input: { ...valid, companyId: 'comp_nope' } });
    expect(result.data?.grantCreditsToCompany).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(gw.calls()).toEqual(['POST /billing/credits/grants/company']);
  });

  it.each<[string, Partial<GrantCreditsToCompanyInput>, string, string]>([
    ['quantity 0', { quantity: 0 }, 'input.quantity', 'min'],
    ['a fractional quantity', { quantity: 1.5 }, 'input.quantity', 'integer'],
    ['a blank company id', { companyId: ' ' }, 'input.companyId', 'required'],
    ['a 4-letter currency', { currency: 'usdx' }, 'input.currency', 'maxLength'],
    ['expiryUnitCount 0', { expiryUnitCount: 0 }, 'input.expiryUnitCount', 'min'],
    ['billingPeriodsCount 0', { billingPeriodsCount: 0 }, 'input.billingPeriodsCount', 'min'],
    ['UNKNOWN as the reason', { reason: 'UNKNOWN' }, 'input.reason', 'enum'],
    ['a duration without its unit', { expiryType: 'DURATION', expiryUnitCount: 3 }, 'input.expiryUnit', 'required'],
  ])('%s is a ValidationError naming the field, and nothing is sent', async (_name, change, field, rule) => {
    const result = await gw.run(GRANT, { input: { ...valid, ...change } });
    expectValidationError(gw, result.data?.grantCreditsToCompany, field, rule);
  });

  it('reports every broken rule at once', async () => {
    const result = await gw.run(GRANT, { input: { ...valid, quantity: 0, currency: 'euros' } });
    expect(expectTypename(result.data?.grantCreditsToCompany, 'ValidationError').violations.map((v) => v.field)).toEqual(['input.quantity', 'input.currency']);
  });
});
