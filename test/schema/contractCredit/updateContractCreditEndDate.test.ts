/** updateContractCreditEndDate through yoga against the Metronome sandbox. */
import { describe, expect, it } from 'vitest';
import { METRONOME_ACME_CREDITS as CREDITS, METRONOME_PAGED_CUSTOMER_ID as ACME } from '../../../src/sandbox/world.ts';
import { graphql } from '../../generated/gql.ts';
import { dataOf, expectTypename, expectValidationError, useTestGateway } from '../../helpers/gateway.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const UPDATE = 'POST /v1/contracts/customerCredits/updateEndDate';

const gw = useTestGateway();

const MUTATION = graphql(`
  mutation UpdateContractCreditEndDate($input: UpdateContractCreditEndDateInput!) {
    updateContractCreditEndDate(input: $input) {
      __typename
      ... on UpdateContractCreditEndDatePayload {
        creditId
        credit { id balance accessSchedule { scheduleItems { amount startingAt endingBefore } } }
      }
      ... on MutationError { message code }
      ... on ValidationError { violations { field path rule message } }
    }
  }
`);

const SCHEDULE = graphql(`
  query UpdateContractCreditEndDateSchedule($c: ID!, $id: ID!) {
    contractCredit(customerId: $c, id: $id) { accessSchedule { scheduleItems { endingBefore } } }
  }
`);

const writeCall = () => gw.metronomeSandbox.calls.find((c) => c.path === '/v1/contracts/customerCredits/updateEndDate');

describe('updateContractCreditEndDate', () => {
  it('shortens a customer-level credit: the future segment is dropped, the current one cut', async () => {
    const input = { customerId: ACME, creditId: CREDITS.onboarding, accessEndingBefore: '2026-12-15T00:00:00Z', idempotencyKey: 'shorten-1' };
    const payload = expectTypename(dataOf(await gw.run(MUTATION, { input })).updateContractCreditEndDate, 'UpdateContractCreditEndDatePayload');
    expect(payload.creditId).toBe(CREDITS.onboarding);
    expect(payload.credit?.accessSchedule?.scheduleItems).toEqual([
      { amount: '50000', startingAt: '2026-01-01T00:00:00.000Z', endingBefore: '2026-04-01T00:00:00.000Z' },
      { amount: '100000', startingAt: '2026-07-01T00:00:00.000Z', endingBefore: '2026-12-15T00:00:00.000Z' },
    ]);
    expect(payload.credit?.balance).toBe('90000'); // the current segment is still current
    expect(writeCall()!.body).toEqual({ customer_id: ACME, credit_id: CREDITS.onboarding, access_ending_before: '2026-12-15T00:00:00Z' });
    expect(writeCall()!.idempotencyKey).toBe('shorten-1');
    expect(gw.metronomeCalls()).toEqual([UPDATE, 'POST /v1/contracts/customerCredits/list']);

    const read = dataOf(await gw.run(SCHEDULE, { c: ACME, id: CREDITS.onboarding }));
    expect(read.contractCredit?.accessSchedule?.scheduleItems.at(-1)?.endingBefore).toBe('2026-12-15T00:00:00.000Z');
  });

  it('without idempotencyKey the write carries a generated UUID', async () => {
    await gw.run(MUTATION, { input: { customerId: ACME, creditId: CREDITS.supportHours, accessEndingBefore: '2027-06-01T00:00:00Z' } });
    expect(writeCall()!.idempotencyKey).toMatch(UUID);
  });

  it.each([
    ['a later end (extending needs editContractCredit)', CREDITS.clawback, '2030-01-01T00:00:00Z', 'earlier than'],
    ['a contract-level credit', CREDITS.annualCommitBonus, '2026-11-01T00:00:00Z', 'contract-level'],
  ])('Metronome refuses %s: a ValidationError with rule upstream', async (_name, creditId, end, message) => {
    const result = await gw.run(MUTATION, { input: { customerId: ACME, creditId, accessEndingBefore: end } });
    expect(result.data?.updateContractCreditEndDate).toMatchObject({
      __typename: 'ValidationError',
      violations: [{ field: 'input', rule: 'upstream', message: expect.stringContaining(message) }],
    });
    expect(gw.metronomeCalls()).toEqual([UPDATE]);
  });

  it.each([
    ['an unknown credit', { customerId: ACME, creditId: UNKNOWN }],
    ['an unknown customer', { customerId: UNKNOWN, creditId: CREDITS.clawback }],
  ])('%s is a NotFoundError', async (_name, ids) => {
    const result = await gw.run(MUTATION, { input: { ...ids, accessEndingBefore: '2026-11-01T00:00:00Z' } });
    expect(result.data?.updateContractCreditEndDate).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });

  it.each([
    ['a blank customerId', { customerId: ' ' }, 'input.customerId', 'required'],
    ['a blank creditId', { creditId: '' }, 'input.creditId', 'required'],
    ['a 256-character idempotencyKey', { idempotencyKey: 'k'.repeat(256) }, 'input.idempotencyKey', 'maxLength'],
  ])('%s is a ValidationError naming the field, and nothing is sent', async (_name, change, field, rule) => {
    const input = { customerId: ACME, creditId: CREDITS.clawback, accessEndingBefore: '2026-11-01T00:00:00Z', ...change };
    const result = await gw.run(MUTATION, { input });
    expectValidationError(gw, result.data?.updateContractCreditEndDate, field, rule);
  });
});
