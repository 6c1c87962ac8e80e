/** `NotFoundError`: an id in a mutation's input does not exist upstream. */
import { builder } from '../../builder.ts';
import type { UpstreamName } from '../../upstream/errors.ts';
import { MutationError, Upstream } from './mutationError.ts';

export class NotFound extends Error {
  constructor(
    message: string,
    readonly upstream: UpstreamName,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'NotFound';
  }
}

builder.objectType(NotFound, {
  name: 'NotFoundError',
  description: 'An id in the input does not exist upstream. Nothing was changed.',
  interfaces: [MutationError],
  isTypeOf: (value) => value instanceof NotFound,
  fields: (t) => ({
    code: t.string({ resolve: () => 'NOT_FOUND' }),
    upstream: t.field({ type: Upstream, resolve: (e) => e.upstream }),
    requestId: t.exposeString('requestId', { nullable: true }),
  }),
});
