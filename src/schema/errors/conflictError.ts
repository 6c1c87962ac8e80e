/** `ConflictError`: the change conflicts with the upstream's current state. */
import { builder } from '../../builder.ts';
import type { UpstreamName } from '../../upstream/errors.ts';
import { MutationError, Upstream } from './mutationError.ts';

export class Conflict extends Error {
  constructor(
    message: string,
    readonly upstream: UpstreamName,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'Conflict';
  }
}

builder.objectType(Conflict, {
  name: 'ConflictError',
  description: 'The change conflicts with the current state (for example a key already used). Nothing was changed.',
  interfaces: [MutationError],
  isTypeOf: (value) => value instanceof Conflict,
  fields: (t) => ({
    code: t.string({ resolve: () => 'CONFLICT' }),
    upstream: t.field({ type: Upstream, resolve: (e) => e.upstream }),
    requestId: t.exposeString('requestId', { nullable: true }),
  }),
});
