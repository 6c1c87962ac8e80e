/** zeroOutCreditGrant through yoga against the sandbox: the effect, the links, the rules. */
import { describe, expect, it } from 'vitest';
import { graphql } from '../../generated/gql.ts';
import type { ZeroOutCreditGrantInput } from '../../generated/graphql.ts';
import { dataOf, expectTypename, expectValidationError, useTestGateway } from '../../helpers/gateway.ts';

const gw = useTestGateway();

const ZERO_OUT = graphql(`
  mutation ZeroOutCreditGrant($input: ZeroOutCreditGrantInput!) {
    zeroOutCreditGrant(input: $input) {
      __typename
      ... on ZeroOutCreditGrantPayload {
        grant { id quantity quantityRemaining zeroedOutDate zeroedOutReason company { id name } credit { id name } }
      }
      ... on MutationError { message code }
      ... on ValidationError { violations { field path rule message } }
    }
  }
`);

const STATE = graphql(`
  query ZeroOutCreditGrantState($grantId: ID!, $companyId: ID!) {
    creditGrant(id: $grantId) { quantityRemaining zeroedOutReason }
    company(id: $companyId) { creditBalances { credit { id } remaining } }
  }
`);

async function state(grantId: string, companyId: string, creditId: string) {
  const { creditGrant, company } = dataOf(await gw.run(STATE, { grantId, companyId }));
  expect(creditGrant).not.toBeNull();
  const balance = company?.creditBalances.find((b) => b.credit.id === creditId);
  return { grant: creditGrant!, balance: balance?.remaining ?? 0 };
}

describe('zeroOutCreditGrant', () => {
  it('zeroes out in one write, returns the grant with its links, and the company balance drops by what remained', async () => {
    const before = await state('bcgr_umbrella_adj1', 'comp_umbrella', 'bcrd_ai_tokens');
    expect(before.grant.quantityRemaining).toBeGreaterThan(0);

    const result = dataOf(await gw.run(ZERO_OUT, { input: { id: 'bcgr_umbrella_adj1', reason: 'RECONCILED' } }));
    const payload = expectTypename(result.zeroOutCreditGrant, 'ZeroOutCreditGrantPayload');
    expect(payload).toMatchObject({
      __typename: 'ZeroOutCreditGrantPayload',
      grant: {
        id: 'bcgr_umbrella_adj1',
        quantityRemaining: 0,
        zeroedOutReason: 'RECONCILED',
        company: { id: 'comp_umbrella', name: expect.any(String) },
        credit: { id: 'bcrd_ai_tokens', name: 'AI Tokens' },
      },
    });
    expect(payload.grant!.zeroedOutDate).toEqual(expect.any(String));
    // The grant carries the company and credit names: the write is the only call.
    expect(gw.calls()).toEqual(['PUT /billing/credits/grants/bcgr_umbrella_adj1/zero-out']);
    expect(gw.schematicSandbox.calls[0]?.body).toEqual({ reason: 'reconciled' });

    const after = await state('bcgr_umbrella_adj1', 'comp_umbrella', 'bcrd_ai_tokens');
    expect(after.grant).toEqual({ quantityRemaining: 0, zeroedOutReason: 'RECONCILED' });
    expect(after.balance).toBeCloseTo(before.balance - before.grant.quantityRemaining!);
  });

  it('without a reason it sends an empty body', async () => {
    const result = await gw.run(ZERO_OUT, { input: { id: 'bcgr_wonka_adj1' } });
    expect(result.data?.zeroOutCreditGrant).toMatchObject({ __typename: 'ZeroOutCreditGrantPayload', grant: { quantityRemaining: 0 } });
    expect(gw.calls()).toEqual(['PUT /billing/credits/grants/bcgr_wonka_adj1/zero-out']);
    expect(gw.schematicSandbox.calls[0]?.body).toEqual({});
  });

  it('an unknown id is a NotFoundError', async () => {
    const result = await gw.run(ZERO_OUT, { input: { id: 'bcgr_nope', reason: 'MANUAL' } });
    expect(result.data?.zeroOutCreditGrant).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(gw.calls()).toEqual(['PUT /billing/credits/grants/bcgr_nope/zero-out']);
  });

  it.each<[string, Partial<ZeroOutCreditGrantInput>, string, string]>([
    ['a blank id', { id: ' ' }, 'input.id', 'required'],
    ['UNKNOWN as the reason', { reason: 'UNKNOWN' }, 'input.reason', 'enum'],
  ])('%s is a ValidationError naming the field, and nothing is sent', async (_name, change, field, rule) => {
    const result = await gw.run(ZERO_OUT, { input: { id: 'bcgr_hooli_adj1', reason: 'MANUAL', ...change } });
    expectValidationError(gw, result.data?.zeroOutCreditGrant, field, rule);
  });
});
