/**
 * What every mutation's resolver shares: `sendWrite` around its one upstream write, and the
 * errors-plugin options of its result.
 */
import type { Context } from '../../context.ts';
import { forgetReads } from '../../loaders/cache.ts';
import { Conflict } from '../errors/conflictError.ts';
import { NotFound } from '../errors/notFoundError.ts';
import { writeError } from '../errors/toGraphQL.ts';
import { WriteFailed } from '../errors/upstreamError.ts';
import { InputInvalid } from '../errors/validationError.ts';

/**
 * For the description of a payload's object field: nullable so that an answer the gateway cannot
 * serve (an unreadable field of the written object) never turns an applied write into a failure.
 */
export const APPLIED_NULL =
  'Null, with the reason in `errors`, when the change was applied but its answer could not be served: it is made, do not send it again.';

/**
 * Sends one write and turns the upstream's refusals into typed results: 400 → ValidationError
 * (rule "upstream"), 404 → NotFoundError, 409 → ConflictError, anything else → UpstreamError
 * saying whether the change may have been applied. Never retries. Whatever the outcome, the
 * request forgets what it had read, so later selections see the state after the write; and,
 * unless the write touches only private data (`changes: 'private'`: grants, contract credits),
 * the shared catalogue cache is invalidated on every replica before the mutation answers.
 */
export async function sendWrite<T>(ctx: Context, send: () => Promise<T>, changes: 'catalogue' | 'private' = 'catalogue'): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw writeError(error);
  } finally {
    forgetReads(ctx);
    // Even a failed write may have been applied; invalidate() never rejects.
    if (changes === 'catalogue') await ctx.cache?.invalidate();
  }
}

/**
 * Errors-plugin options for a mutation field: the payload itself is the success member of
 * `<Mutation>Result`, beside the shared error types.
 */
export function writeErrors(mutation: string) {
  return {
    types: [InputInvalid, NotFound, Conflict, WriteFailed],
    directResult: true as const,
    union: { name: `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Result` },
  };
}
