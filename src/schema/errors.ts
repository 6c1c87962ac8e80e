/**
 * The one place upstream failures become GraphQL errors (wired in as yoga's maskError).
 * Infrastructure failures get a stable `extensions.code`; anything unexpected is masked.
 * Messages come from UpstreamError, which never holds a credential.
 */
import { GraphQLError } from 'graphql';
import { maskError as maskUnexpected } from 'graphql-yoga';
import { UpstreamError, type UpstreamErrorKind } from '../upstream/errors.ts';

export const CODES: Record<UpstreamErrorKind, string> = {
  bad_request: 'UPSTREAM_BAD_REQUEST',
  unauthorized: 'UPSTREAM_UNAUTHORIZED',
  forbidden: 'UPSTREAM_FORBIDDEN',
  not_found: 'NOT_FOUND',
  conflict: 'CONFLICT',
  rate_limited: 'UPSTREAM_RATE_LIMITED',
  server: 'UPSTREAM_UNAVAILABLE',
  timeout: 'UPSTREAM_TIMEOUT',
  connection: 'UPSTREAM_UNAVAILABLE',
  aborted: 'REQUEST_CANCELLED',
  decode: 'UPSTREAM_BAD_RESPONSE',
  circuit_open: 'UPSTREAM_UNAVAILABLE',
};

export const UPSTREAM_LABEL = { schematic: 'Schematic', metronome: 'Metronome' } as const;

export function upstreamToGraphQL(error: UpstreamError, from?: GraphQLError): GraphQLError {
  return new GraphQLError(`${UPSTREAM_LABEL[error.upstream]} ${error.method} ${error.path} failed: ${error.detail ?? error.kind}`, {
    nodes: from?.nodes,
    source: from?.source,
    positions: from?.positions,
    path: from?.path,
    extensions: {
      code: CODES[error.kind],
      upstream: error.upstream,
      ...(error.status === undefined ? {} : { status: error.status }),
      ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
      ...(error.retryAfter === undefined ? {} : { retryAfter: error.retryAfter }),
      ...(error.attempts === undefined ? {} : { attempts: error.attempts }),
    },
  });
}

/** yoga `maskedErrors.maskError`: upstream errors mapped, GraphQLErrors kept, the rest masked. */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof UpstreamError) {
    return upstreamToGraphQL(original, error instanceof GraphQLError ? error : undefined);
  }
  return maskUnexpected(error, message, isDev);
}
