/**
 * `UpstreamError`: the upstream failed a write, not through the caller's fault. It is a typed
 * result, not a GraphQLError, because an operator must learn whether the change may have been applied.
 */
import { builder } from '../../builder.ts';
import { UpstreamError as UpstreamFailure, type WriteOutcome as WriteOutcomeWire } from '../../upstream/errors.ts';
import { CODES, UPSTREAM_LABEL } from './codes.ts';
import { MutationError, Upstream } from './mutationError.ts';

/** An upstream failure of a write that is not the caller's fault; says what to assume. */
export class WriteFailed extends Error {
  readonly code: string;
  constructor(override readonly cause: UpstreamFailure) {
    const outcome = cause.writeOutcome ?? 'not_applied';
    const where = `${UPSTREAM_LABEL[cause.upstream]} ${cause.method} ${cause.path}`;
    super(`${where} failed: ${cause.detail ?? cause.kind}. ${OUTCOME_ADVICE[outcome]}`);
    this.name = 'WriteFailed';
    this.code = outcome === 'unknown' ? 'WRITE_OUTCOME_UNKNOWN' : CODES[cause.kind];
  }
}

const OUTCOME_ADVICE: Record<WriteOutcomeWire, string> = {
  not_applied: 'The change was not applied; it is safe to try again.',
  unknown: 'The change may have been applied: check the current state before trying again.',
  applied: 'The change was applied, but its result could not be read.',
};

const WriteOutcome = builder.enumType('WriteOutcome', {
  description: 'What a failed write left behind upstream.',
  values: {
    NOT_APPLIED: { value: 'not_applied', description: 'Refused or never sent: safe to try again.' },
    UNKNOWN: { value: 'unknown', description: 'It may have been applied: check before trying again.' },
    APPLIED: { value: 'applied', description: 'Applied, but the answer could not be read.' },
  },
});

builder.objectType(WriteFailed, {
  name: 'UpstreamError',
  description:
    'The upstream failed the write. `outcome` says what to assume; code WRITE_OUTCOME_UNKNOWN means the change may have been applied.',
  interfaces: [MutationError],
  isTypeOf: (value) => value instanceof WriteFailed,
  fields: (t) => ({
    code: t.exposeString('code'),
    reason: t.string({
      description: 'The failure itself: UPSTREAM_TIMEOUT, UPSTREAM_UNAVAILABLE, UPSTREAM_RATE_LIMITED, …',
      resolve: (e) => CODES[e.cause.kind],
    }),
    outcome: t.field({ type: WriteOutcome, resolve: (e) => e.cause.writeOutcome ?? 'not_applied' }),
    upstream: t.field({ type: Upstream, resolve: (e) => e.cause.upstream }),
    status: t.int({ nullable: true, resolve: (e) => e.cause.status }),
    requestId: t.string({ nullable: true, resolve: (e) => e.cause.requestId }),
    retryAfter: t.int({ nullable: true, description: 'Seconds to wait, from Retry-After.', resolve: (e) => e.cause.retryAfter }),
    attempts: t.int({ nullable: true, description: 'How many times the request was sent (keyed writes may be resent).', resolve: (e) => e.cause.attempts }),
  }),
});
