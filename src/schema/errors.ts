/**
 * The one place upstream failures become GraphQL errors (wired in as yoga's maskError).
 * Infrastructure failures get a stable `extensions.code`; anything unexpected is masked.
 * Messages come from UpstreamError, which never holds a credential.
 */
import { GraphQLError } from 'graphql';
import { maskError as maskUnexpected, type YogaLogger } from 'graphql-yoga';
import type { Logger } from '../observability/log.ts';
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

/** The UpstreamError behind an error a resolver threw, if there is one. */
function upstreamCause(error: unknown): UpstreamError | undefined {
  const original = error instanceof GraphQLError ? error.originalError : error;
  return original instanceof UpstreamError ? original : undefined;
}

/** yoga `maskedErrors.maskError`: upstream errors mapped, GraphQLErrors kept, the rest masked. */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const upstream = upstreamCause(error);
  if (upstream) return upstreamToGraphQL(upstream, error instanceof GraphQLError ? error : undefined);
  return maskUnexpected(error, message, isDev);
}

/** What a log line says about a failed upstream call: never a credential (UpstreamError holds none). */
function upstreamFields(error: UpstreamError) {
  return {
    upstream: error.upstream,
    method: error.method,
    path: error.path,
    kind: error.kind,
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(error.code === undefined ? {} : { code: error.code }),
    // The vendor's id for the request: what their support asks for.
    ...(error.requestId === undefined ? {} : { vendorRequestId: error.requestId }),
    ...(error.attempts === undefined ? {} : { attempts: error.attempts }),
    ...(error.writeOutcome === undefined ? {} : { writeOutcome: error.writeOutcome }),
  };
}

/**
 * The logger yoga gets, so that an upstream failure is logged once: yoga logs each error maskError
 * mapped, once per field, and a failed call fails every field that waited on it (the 50 companies
 * of an `_entities` page logged 50 identical lines). A call cancelled because its client went away
 * goes to debug: nothing failed, and no one reads the answer. Anything else yoga logs as an error
 * is unexpected: logged with its stack, while the caller sees only a masked message.
 */
export function logUpstreamFailuresOnce(logger: Logger): YogaLogger {
  const logged = new WeakSet<UpstreamError>();
  const text = (args: unknown[]) => args.map(String).join(' ');
  return {
    debug: (...args: unknown[]) => logger.debug(text(args)),
    info: (...args: unknown[]) => logger.info(text(args)),
    warn: (...args: unknown[]) => logger.warn(text(args)),
    error: (error: unknown, ...rest: unknown[]) => {
      const upstream = upstreamCause(error);
      if (upstream) {
        if (logged.has(upstream)) return;
        logged.add(upstream);
        if (upstream.kind === 'aborted') logger.debug(upstreamFields(upstream), upstream.message);
        else logger.error(upstreamFields(upstream), upstream.message);
        return;
      }
      if (!(error instanceof Error)) return logger.error(text([error, ...rest]));
      const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
      logger.error({ err: original, ...(error instanceof GraphQLError && error.path ? { graphqlPath: error.path.join('.') } : {}) }, `unexpected error: ${original.message}`);
    },
  };
}
