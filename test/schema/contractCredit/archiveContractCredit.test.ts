/** archiveContractCredit through yoga against the Metronome sandbox. */
import { describe, expect, it } from 'vitest';
import { METRONOME_ACME_CREDITS as CREDITS, METRONOME_PAGED_CUSTOMER_ID as ACME } from '../../../src/sandbox/world.ts';
import { graphql } from '../../generated/gql.ts';
import { dataOf, expectTypename, expectValidationError, useTestGateway } from '../../helpers/gateway.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const ARCHIVE = 'POST /v2/contracts/credits/archive';

const gw = useTestGateway();

const MUTATION = graphql(`
  mutation ArchiveContractCredit($input: ArchiveContractCreditInput!) {
    archiveContractCredit(input: $input) {
      __typename
      ... on ArchiveContractCreditPayload { creditId credit { id name balance ledger { type } archivedAt } }
      ... on MutationError { message code }
      ... on ValidationError { violations { field path rule message } }
    }
  }
`);

const LISTED = graphql(`
  query ArchiveContractCreditListed($c: ID!, $a: Boolean) {
    contractCredits(customerId: $c, first: 100, filter: { includeArchived: $a }) { edges { node { id } } }
  }
`);

const CONTRACTS = graphql(`
  query ArchiveContractCreditContracts($c: ID!) {
    metronomeCustomer(id: $c) { contracts { credits { id } all: credits(includeArchived: true) { id } } }
  }
`);

const writeCall = () => gw.metronomeSandbox.calls.find((c) => c.path === '/v2/contracts/credits/archive');

async function listedIds(includeArchived: boolean): Promise<string[]> {
  const { contractCredits } = dataOf(await gw.run(LISTED, { c: ACME, a: includeArchived }));
  return contractCredits!.edges.map((e) => e.node.id);
}

describe('archiveContractCredit', () => {
  it('archives a customer-level credit: balance 0, ledger null, hidden unless includeArchived', async () => {
    expect(await listedIds(false)).toContain(CREDITS.supportHours);
    const result = await gw.run(MUTATION, {
      input: { customerId: ACME, creditId: CREDITS.supportHours, idempotencyKey: 'archive-support' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.archiveContractCredit).toEqual({
      __typename: 'ArchiveContractCreditPayload',
      creditId: CREDITS.supportHours,
      credit: { id: CREDITS.supportHours, name: 'Support hours credit', balance: '0', ledger: null, archivedAt: null },
    });
    expect(writeCall()!.body).toEqual({ customer_id: ACME, credit_id: CREDITS.supportHours });
    expect(writeCall()!.idempotencyKey).toBe('archive-support');
    expect(gw.metronomeCalls()).toEqual([ARCHIVE, 'POST /v1/contracts/customerCredits/list']);

    expect(await listedIds(false)).not.toContain(CREDITS.supportHours);
    expect(await listedIds(true)).toContain(CREDITS.supportHours);
  });

  it('archives a contract-level credit, whose archivedAt comes from its contract', async () => {
    const q4 = gw.metronomeSandbox.store.credits.find((c) => c.name === 'Q4 capacity credit')!; // only a draft deduction
    const result = dataOf(await gw.run(MUTATION, { input: { customerId: ACME, creditId: q4.id } }));
    expect(expectTypename(result.archiveContractCredit, 'ArchiveContractCreditPayload').credit).toMatchObject({ balance: '0', archivedAt: gw.metronomeSandbox.store.now });
    expect(writeCall()!.idempotencyKey).toMatch(UUID);
    const contracts = dataOf(await gw.run(CONTRACTS, { c: ACME })).metronomeCustomer!.contracts;
    expect(contracts.flatMap((c) => c.credits.map((k) => k.id))).not.toContain(q4.id);
    expect(contracts.flatMap((c) => c.all.map((k) => k.id))).toContain(q4.id);
  });

  it.each([
    ['a credit applied to a finalized invoice', CREDITS.onboarding, 'finalized invoice'],
    ['an archived credit', CREDITS.archivedPromo, 'already archived'],
  ])('Metronome refuses %s: a ValidationError with rule upstream', async (_name, creditId, message) => {
    const result = await gw.run(MUTATION, { input: { customerId: ACME, creditId } });
    expect(result.data?.archiveContractCredit).toMatchObject({
      __typename: 'ValidationError',
      violations: [{ field: 'input', rule: 'upstream', message: expect.stringContaining(message) }],
    });
    expect(gw.metronomeCalls()).toEqual([ARCHIVE]);
  });

  it.each([
    ['an unknown credit', { customerId: ACME, creditId: UNKNOWN }],
    ['an unknown customer (Metronome: 400 CustomerNotFound)', { customerId: UNKNOWN, creditId: CREDITS.clawback }],
  ])('%s is a NotFoundError', async (_name, ids) => {
    const result = await gw.run(MUTATION, { input: ids });
    expect(result.data?.archiveContractCredit).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });

  it.each([
    ['a blank customerId', { customerId: '' }, 'input.customerId', 'required'],
    ['a blank creditId', { creditId: ' ' }, 'input.creditId', 'required'],
    ['a 256-character idempotencyKey', { idempotencyKey: 'k'.repeat(256) }, 'input.idempotencyKey', 'maxLength'],
  ])('%s is a ValidationError naming the field, and nothing is sent', async (_name, change, field, rule) => {
    const result = await gw.run(MUTATION, { input: { customerId: ACME, creditId: CREDITS.clawback, ...change } });
    expectValidationError(gw, result.data?.archiveContractCredit, field, rule);
  });
});
