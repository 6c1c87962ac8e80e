/**
 * AUTH_MODE=jwt through a router's `_entities`: a company-A caller's representations of company B
 * (Company, MetronomeCustomer, ContractCredit, CreditGrant) resolve to null with FORBIDDEN, and no
 * upstream call names B; A's own and catalogue entities still arrive in the same call.
 */
import type { GraphQLFormattedError } from 'graphql';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { HttpCore } from '../../src/upstream/core/request.ts';
import { useTestGateway } from '../helpers/gateway.ts';
import { A, allCalls, B, callers, expectNothingOfB, JWT_AUTH, run } from './helpers.ts';

const gw = useTestGateway({ auth: JWT_AUTH });
let as: Awaited<ReturnType<typeof callers>>;
let creditOfB: string;
let grantOfB: string;

beforeAll(async () => {
  as = await callers();
  creditOfB = gw.metronomeSandbox.store.credits.find((c) => c.customer_id === B.customer)!.id;
  grantOfB = [...gw.schematicSandbox.store.grants.values()].find((g) => g.company_id === B.company)!.id;
});

const entities = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Company { id name creditBalances { remaining } }
    ... on MetronomeCustomer { id customerName: name }
    ... on ContractCredit { id creditName: name }
    ... on CreditGrant { id quantity }
    ... on Credit { id name }
  }
}`;

const runEntities = (representations: unknown[], headers: Record<string, string>) =>
  gw.run<{ _entities: unknown[] }, { representations: unknown[] }>(entities, { representations }, headers);

const forbiddenAt = (result: { errors?: readonly GraphQLFormattedError[] }, index: number) =>
  expect(result.errors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ path: ['_entities', index], extensions: { code: 'FORBIDDEN' }, message: 'Forbidden: not visible to this caller' }),
    ]),
  );

describe('_entities for a company-A caller', () => {
  it.each([
    ['Company', () => ({ __typename: 'Company', id: B.company })],
    ['MetronomeCustomer', () => ({ __typename: 'MetronomeCustomer', id: B.customer })],
    ['ContractCredit', () => ({ __typename: 'ContractCredit', id: creditOfB, customerId: B.customer })],
  ])('%s of company B: null, FORBIDDEN, and no upstream call names B, not even one the tenant guard refuses', async (_name, representation) => {
    const attempts = vi.spyOn(HttpCore.prototype, 'request');
    try {
      const result = await runEntities([representation()], as.a);
      expect(result.status).toBe(200);
      expect(result.data).toEqual({ _entities: [null] });
      forbiddenAt(result, 0);
      expectNothingOfB(gw, [creditOfB]);
      const namingB = attempts.mock.calls.filter(([req]) => [B.company, B.customer, creditOfB].some((id) => JSON.stringify(req).includes(id)));
      expect(namingB).toEqual([]);
    } finally {
      attempts.mockRestore();
    }
  });

  it('CreditGrant of company B and of no one: the same FORBIDDEN, nothing of B returned', async () => {
    // Schematic cannot filter grants by company: the grant is read by id, then refused (tenancy.ts).
    const ofB = await runEntities([{ __typename: 'CreditGrant', id: grantOfB }], as.a);
    expect(ofB.data).toEqual({ _entities: [null] });
    forbiddenAt(ofB, 0);
    const missing = await runEntities([{ __typename: 'CreditGrant', id: 'bcgr_does_not_exist' }], as.a);
    expect(missing.data).toEqual({ _entities: [null] });
    expect(missing.errors).toEqual(ofB.errors);
  });

  it('A’s own company and customer and the catalogue arrive beside a refused B, in one batched call each', async () => {
    const result = await runEntities(
      [
        { __typename: 'Company', id: A.company },
        { __typename: 'Company', id: B.company },
        { __typename: 'MetronomeCustomer', id: A.customer },
        { __typename: 'Credit', id: 'bcrd_ai_tokens' },
      ],
      as.a,
    );
    expect(result.data?._entities[0]).toMatchObject({ __typename: 'Company', id: A.company, name: 'Acme Robotics' });
    expect(result.data?._entities[1]).toBeNull();
    expect(result.data?._entities[2]).toMatchObject({ __typename: 'MetronomeCustomer', id: A.customer });
    expect(result.data?._entities[3]).toMatchObject({ __typename: 'Credit', id: 'bcrd_ai_tokens' });
    expect(result.errors).toHaveLength(1);
    forbiddenAt(result, 1);
    expectNothingOfB(gw);
    expect(allCalls(gw).filter((call) => call.startsWith('GET /companies'))).toHaveLength(1);
  });

  it('an admin gets company B', async () => {
    const result = await runEntities([{ __typename: 'Company', id: B.company }], as.admin);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities[0]).toMatchObject({ __typename: 'Company', id: B.company });
  });
});
