/**
 * Every mutation against an upstream that fails, with the production retry policy: a write
 * reaches the upstream once (a Metronome write, keyed, is resent under the same key only when no
 * answer came back), and the typed result says what the operator must assume.
 */
import type { MockPool } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockGateway, SCHEMATIC_KEY, METRONOME_TOKEN, type MockGateway } from '../helpers/mock-gateway.ts';

interface WriteCase {
  mutation: string;
  input: Record<string, unknown>;
  upstream: 'schematic' | 'metronome';
  method: 'POST' | 'PUT' | 'DELETE';
  path: string;
}

/** One valid input per mutation and the single request it must send. */
const WRITES: WriteCase[] = [
  {
    mutation: 'grantCreditsToCompany',
    input: { companyId: 'comp_acme', creditId: 'bcrd_ai_tokens', quantity: 5, reason: 'ADJUSTMENT' },
    upstream: 'schematic',
    method: 'POST',
    path: '/billing/credits/grants/company',
  },
  {
    mutation: 'updateCredit',
    input: { id: 'bcrd_ai_tokens', name: 'Tokens', description: 'AI tokens' },
    upstream: 'schematic',
    method: 'PUT',
    path: '/billing/credits/bcrd_ai_tokens',
  },
  { mutation: 'createCredit', input: { name: 'Seats', description: 'Seats', currency: 'usd' }, upstream: 'schematic', method: 'POST', path: '/billing/credits' },
  { mutation: 'deleteCredit', input: { id: 'bcrd_ai_tokens' }, upstream: 'schematic', method: 'DELETE', path: '/billing/credits/bcrd_ai_tokens' },
  {
    mutation: 'createCreditBundle',
    input: { creditId: 'bcrd_ai_tokens', bundleName: 'Starter', currency: 'usd', pricePerUnit: '100' },
    upstream: 'schematic',
    method: 'POST',
    path: '/billing/credits/bundles',
  },
  {
    mutation: 'updateCreditBundle',
    input: { id: 'bcb_tokens_1m', bundleName: 'Starter', pricePerUnit: '100' },
    upstream: 'schematic',
    method: 'PUT',
    path: '/billing/credits/bundles/bcb_tokens_1m',
  },
  { mutation: 'deleteCreditBundle', input: { id: 'bcb_tokens_1m' }, upstream: 'schematic', method: 'DELETE', path: '/billing/credits/bundles/bcb_tokens_1m' },
  { mutation: 'zeroOutCreditGrant', input: { id: 'bcgr_1' }, upstream: 'schematic', method: 'PUT', path: '/billing/credits/grants/bcgr_1/zero-out' },
  {
    mutation: 'createPlanCreditGrant',
    input: { planId: 'plan_starter', creditId: 'bcrd_ai_tokens', creditAmount: 10, resetCadence: 'MONTHLY', resetStart: 'BILLING_PERIOD' },
    upstream: 'schematic',
    method: 'POST',
    path: '/billing/credits/plan-grants',
  },
  {
    mutation: 'updatePlanCreditGrant',
    input: { id: 'bpcg_1', resetCadence: 'MONTHLY', resetStart: 'BILLING_PERIOD' },
    upstream: 'schematic',
    method: 'PUT',
    path: '/billing/credits/plan-grants/bpcg_1',
  },
  { mutation: 'deletePlanCreditGrant', input: { id: 'bpcg_1' }, upstream: 'schematic', method: 'DELETE', path: '/billing/credits/plan-grants/bpcg_1' },
  {
    mutation: 'editContractCredit',
    input: {
      customerId: '6f1c2a4e-0b7d-4c1e-9a55-3d2f8e7a1b01',
      creditId: 'ecaf9a30-390f-4c08-b7b0-e0b69bc95bd3',
      accessSchedule: { addScheduleItems: [{ amount: '25000', startingAt: '2026-09-01T00:00:00Z', endingBefore: '2026-12-01T00:00:00Z' }] },
    },
    upstream: 'metronome',
    method: 'POST',
    path: '/v2/contracts/credits/edit',
  },
  {
    mutation: 'createContractCredit',
    input: {
      customerId: '6f1c2a4e-0b7d-4c1e-9a55-3d2f8e7a1b01',
      accessSchedule: { scheduleItems: [{ amount: '1000', startingAt: '2026-09-01T00:00:00Z', endingBefore: '2026-12-01T00:00:00Z' }] },
      priority: 10,
      productId: '66671ce4-7a29-474f-be9d-da530f2e9e7b',
    },
    upstream: 'metronome',
    method: 'POST',
    path: '/v1/contracts/customerCredits/create',
  },
  {
    mutation: 'updateContractCreditEndDate',
    input: {
      customerId: '6f1c2a4e-0b7d-4c1e-9a55-3d2f8e7a1b01',
      creditId: 'ecaf9a30-390f-4c08-b7b0-e0b69bc95bd3',
      accessEndingBefore: '2026-12-15T00:00:00Z',
    },
    upstream: 'metronome',
    method: 'POST',
    path: '/v1/contracts/customerCredits/updateEndDate',
  },
  {
    mutation: 'archiveContractCredit',
    input: { customerId: '6f1c2a4e-0b7d-4c1e-9a55-3d2f8e7a1b01', creditId: 'afe31d05-6530-4b13-8e2f-6e55c1d0ab5b' },
    upstream: 'metronome',
    method: 'POST',
    path: '/v2/contracts/credits/archive',
  },
];

let gw: MockGateway;
beforeEach(() => {
  gw = mockGateway({ timeoutMs: 150, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
});
afterEach(() => gw.close());

const selection = `
  __typename
  ... on MutationError { code message }
  ... on ValidationError { violations { field rule message } }
  ... on UpstreamError { outcome reason upstream status requestId retryAfter attempts }
`;

function send(write: WriteCase) {
  const type = `${write.mutation[0]!.toUpperCase()}${write.mutation.slice(1)}Input`;
  return gw.run(`mutation($input: ${type}!) { ${write.mutation}(input: $input) { ${selection} } }`, { input: write.input });
}

/** Answers every request to the write's endpoint with `answer`, counting them. */
function upstreamAnswers(write: WriteCase, answer: (pool: MockPool, count: () => void) => void): () => number {
  let hits = 0;
  const pool = write.upstream === 'schematic' ? gw.schematic : gw.metronome;
  answer(pool, () => hits++);
  return () => hits;
}

function reply(write: WriteCase, status: number, body: unknown, headers: Record<string, string> = {}) {
  return upstreamAnswers(write, (pool, count) =>
    pool
      .intercept({ path: (p) => p.split('?')[0] === write.path, method: write.method })
      .reply(() => {
        count();
        return { statusCode: status, data: JSON.stringify(body), responseOptions: { headers: { 'content-type': 'application/json', 'x-request-id': 'req-7', ...headers } } };
      })
      .persist(),
  );
}

const errorBody = (write: WriteCase, message: string) =>
  write.upstream === 'schematic' ? { error: message } : { message };

describe.each(WRITES)('$mutation → $method $path', (write) => {
  it('a 500 is sent once and may have been applied (WRITE_OUTCOME_UNKNOWN)', async () => {
    const hits = reply(write, 500, errorBody(write, 'internal error'));
    const result = await send(write);
    expect(result.errors).toBeUndefined();
    expect(result.data![write.mutation]).toMatchObject({
      __typename: 'UpstreamError',
      code: 'WRITE_OUTCOME_UNKNOWN',
      outcome: 'UNKNOWN',
      reason: 'UPSTREAM_UNAVAILABLE',
      upstream: write.upstream.toUpperCase(),
      status: 500,
      requestId: 'req-7',
      attempts: 1,
    });
    expect(result.data![write.mutation].message).toMatch(/may have been applied/);
    expect(hits()).toBe(1);
  });

  it('a timeout is sent once and may have been applied', async () => {
    let hits = 0;
    const pool = write.upstream === 'schematic' ? gw.schematic : gw.metronome;
    pool
      .intercept({ path: (p) => p.split('?')[0] === write.path, method: write.method })
      .reply(() => {
        hits++;
        return { statusCode: 200, data: '{}' };
      })
      .delay(1_000)
      .persist();
    const result = await send(write);
    expect(result.data![write.mutation]).toMatchObject({
      __typename: 'UpstreamError',
      code: 'WRITE_OUTCOME_UNKNOWN',
      outcome: 'UNKNOWN',
      reason: 'UPSTREAM_TIMEOUT',
    });
    expect(hits).toBe(1);
  });

  // Metronome writes carry an Idempotency-Key: with no answer received, resending under the same
  // key cannot apply them twice, so the policy resends (3 attempts); unkeyed Schematic writes never.
  it('a connection reset may have been applied; only a keyed (Metronome) write is resent, under the same key', async () => {
    let hits = 0;
    const pool = write.upstream === 'schematic' ? gw.schematic : gw.metronome;
    pool
      .intercept({
        path: (p) => {
          if (p.split('?')[0] !== write.path) return false;
          hits++;
          return true;
        },
        method: write.method,
      })
      .replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
      .persist();
    const result = await send(write);
    expect(result.data![write.mutation]).toMatchObject({ code: 'WRITE_OUTCOME_UNKNOWN', outcome: 'UNKNOWN', reason: 'UPSTREAM_UNAVAILABLE' });
    expect(hits).toBe(write.upstream === 'metronome' ? 3 : 1);
  });

  it('a 429 is not applied and says how long to wait', async () => {
    const hits = reply(write, 429, errorBody(write, 'slow down'), { 'retry-after': '7' });
    const result = await send(write);
    expect(result.data![write.mutation]).toMatchObject({
      __typename: 'UpstreamError',
      code: 'UPSTREAM_RATE_LIMITED',
      outcome: 'NOT_APPLIED',
      retryAfter: 7,
    });
    expect(hits()).toBe(1);
  });

  it('a 401 is not applied, and the credential never shows', async () => {
    reply(write, 401, errorBody(write, 'bad key'));
    const result = await send(write);
    expect(result.data![write.mutation]).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', outcome: 'NOT_APPLIED' });
    expect(JSON.stringify(result)).not.toContain(SCHEMATIC_KEY);
    expect(JSON.stringify(result)).not.toContain(METRONOME_TOKEN);
  });

  it('a 400 is a ValidationError carrying the vendor message', async () => {
    reply(write, 400, errorBody(write, 'quantity is out of range'));
    const result = await send(write);
    expect(result.data![write.mutation]).toMatchObject({
      __typename: 'ValidationError',
      violations: [{ field: 'input', rule: 'upstream', message: expect.stringContaining('quantity is out of range') }],
    });
  });

  it('a 404 is a NotFoundError', async () => {
    reply(write, 404, errorBody(write, 'no such thing'));
    expect((await send(write)).data![write.mutation]).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });

  it('a 409 is a ConflictError', async () => {
    reply(write, 409, errorBody(write, 'already used'));
    expect((await send(write)).data![write.mutation]).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
  });
});
