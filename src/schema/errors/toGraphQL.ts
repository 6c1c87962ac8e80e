/**
 * The one place upstream failures become GraphQL: for reads, yoga's maskError (infrastructure
 * failures get a stable `extensions.code`; anything unexpected is masked); for writes,
 * `writeError` (the typed results of src/schema/errors/). Messages come from UpstreamError, which
 * never holds a credential.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import { isAsyncIterable, maskError as maskUnexpected, type Plugin, type YogaLogger } from 'graphql-yoga';
import { requestLogFields, type Logger } from '../../observability/log.ts';
import { UpstreamError, type UpstreamErrorKind } from '../../upstream/errors.ts';
import { CODES, UPSTREAM_LABEL } from './codes.ts';
import { Conflict } from './conflictError.ts';
import { NotFound } from './notFoundError.ts';
import { WriteFailed } from './upstreamError.ts';
import { InputInvalid } from './validationError.ts';

function upstreamToGraphQL(error: UpstreamError, from?: GraphQLError): GraphQLError {
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

/**
 * A write's failure as the mutation's typed result: 400 → ValidationError (rule "upstream"),
 * 404 → NotFoundError, 409 → ConflictError, anything else → UpstreamError saying whether the
 * change may have been applied.
 */
export function writeError(error: unknown): unknown {
  if (!(error instanceof UpstreamError)) return error;
  const message = `${UPSTREAM_LABEL[error.upstream]}: ${error.detail ?? error.kind}`;
  switch (error.kind) {
    case 'bad_request':
      return error.status === undefined
        ? new WriteFailed(error) // refused by the HTTP core before sending
        : new InputInvalid([{ path: ['input'], rule: 'upstream', message: `was refused by ${message}` }]);
    case 'not_found':
      return new NotFound(message, error.upstream, error.requestId);
    case 'conflict':
      return new Conflict(message, error.upstream, error.requestId);
    default:
      return new WriteFailed(error);
  }
}

/** The UpstreamError behind an error a resolver threw, if there is one. */
function upstreamCause(error: unknown): UpstreamError | undefined {
  const original = error instanceof GraphQLError ? error.originalError : error;
  return original instanceof UpstreamError ? original : undefined;
}

/**
 * A variable the request's `variables` do not satisfy (a value of the wrong type, an enum value
 * the type lacks, a required input field or variable left out): graphql-js words each
 * `Variable "$name" …` and gives it no code. A resolver's error always has a path; these never do.
 */
function isVariableError(error: GraphQLError): boolean {
  return error.path === undefined && error.extensions.code === undefined && /^Variable "\$[_A-Za-z][_0-9A-Za-z]*" /.test(error.message);
}

/** `error` with other extensions, everything else kept. */
function withExtensions(error: GraphQLError, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions,
  });
}

/**
 * graphql-js's own (plain) error for a null in a non-null field. Resolvers here hand on what the
 * upstream answered, so it means an upstream answer without a field its type requires.
 */
const NULL_IN_NON_NULL = /^Cannot return null for non-nullable field (\S+)\.$/;
/** The money scalars' serialization error (src/schema/scalars/scalars.ts): an upstream value they cannot spell exactly. */
const UNREPRESENTABLE = /^(Decimal|MinorUnits) cannot represent /;

/** What was wrong with the upstream's answer, when `error` is a field failing on it. */
function badAnswer(error: GraphQLError): string | undefined {
  const message = error.originalError?.message ?? '';
  const field = NULL_IN_NON_NULL.exec(message)?.[1];
  if (field) return `The upstream's answer has no value for ${field}`;
  if (UNREPRESENTABLE.test(message)) return `The upstream's answer: ${message}`;
  return undefined;
}

/**
 * yoga `maskedErrors.maskError`: upstream errors mapped, GraphQLErrors kept, the rest masked. A
 * field failing on what the upstream answered (a required field missing, money a scalar cannot
 * spell) is UPSTREAM_BAD_RESPONSE, not an internal error: under a mutation's payload it must not
 * read as a failed write that a retry would fix. Variable errors get BAD_USER_INPUT like a
 * scalar's own (DateTime, Decimal). No error carries `extensions.originalError`: yoga adds one to
 * a malformed JSON body's error, quoting the body back to the caller, and in development mode to
 * every error, with its stack.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const upstream = upstreamCause(error);
  if (upstream) return upstreamToGraphQL(upstream, error instanceof GraphQLError ? error : undefined);
  const bad = error instanceof GraphQLError ? badAnswer(error) : undefined;
  if (bad !== undefined && error instanceof GraphQLError) {
    return new GraphQLError(bad, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      extensions: { code: 'UPSTREAM_BAD_RESPONSE' },
    });
  }
  if (error instanceof GraphQLError && isVariableError(error)) return withExtensions(error, { ...error.extensions, code: 'BAD_USER_INPUT' });
  const masked = maskUnexpected(error, message, isDev);
  if (!(masked instanceof GraphQLError) || !('originalError' in masked.extensions)) return masked;
  const { originalError: _quoted, http, ...extensions } = masked.extensions;
  // yoga answers a request error with its own status (400) only while it quotes a non-GraphQL
  // error; without the quote, `spec: false` keeps that status for an application/json client.
  return withExtensions(masked, http && typeof http === 'object' ? { ...extensions, http: { ...http, spec: false } } : extensions);
}

/** Whether yoga is logging the caller's own mistake (a variable or a request body it sent), not a failure. */
function isCallerError(error: unknown): boolean {
  return error instanceof GraphQLError && (isVariableError(error) || error.extensions.code === 'BAD_REQUEST');
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
 * goes to debug: nothing failed, and no one reads the answer. So does a caller's own mistake that
 * maskError reworded (a variable error, a malformed body): it is answered, not a failure. Anything
 * else yoga logs as an error is unexpected: logged with its stack, while the caller sees only a
 * masked message.
 */
export function logUpstreamFailuresOnce(logger: Logger): YogaLogger {
  const logged = new WeakSet<UpstreamError>();
  const text = (args: unknown[]) => args.map(String).join(' ');
  return {
    // yoga's own progress lines ("Parsing request ...") say nothing an operator acts on, and no
    // request: not written.
    debug: () => undefined,
    info: () => undefined,
    warn: (...args: unknown[]) => logger.warn(text(args)),
    error: (error: unknown, ...rest: unknown[]) => {
      const request = requestLogFields(requestOfFailure(error));
      if (isCallerError(error)) return logger.debug(request, text([error, ...rest]));
      const upstream = upstreamCause(error);
      if (upstream) {
        if (logged.has(upstream)) return;
        logged.add(upstream);
        if (upstream.kind === 'aborted') logger.debug({ ...request, ...upstreamFields(upstream) }, upstream.message);
        else logger.error({ ...request, ...upstreamFields(upstream) }, upstream.message);
        return;
      }
      if (!(error instanceof Error)) return logger.error(request, text([error, ...rest]));
      const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
      logger.error(
        { ...request, err: original, ...(error instanceof GraphQLError && error.path ? { graphqlPath: error.path.join('.') } : {}) },
        `unexpected error: ${original.message}`,
      );
    },
  };
}

/** The request each failure of an operation came from: yoga's logger is told of an error, not of its request. */
const failureRequests = new WeakMap<object, object>();

function requestOfFailure(error: unknown): object | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  return failureRequests.get(error) ?? (error instanceof GraphQLError && error.originalError ? failureRequests.get(error.originalError) : undefined);
}

/** Notes `request` as the request of each error of `result` (or of one part of a streamed result), and of each one's cause. */
export function noteFailures(result: ExecutionResult & { incremental?: readonly { errors?: readonly GraphQLError[] }[] }, request: object): void {
  for (const error of [...(result.errors ?? []), ...(result.incremental ?? []).flatMap((part) => part.errors ?? [])]) {
    failureRequests.set(error, request);
    if (error.originalError) failureRequests.set(error.originalError, request);
  }
}

/**
 * Notes the request of every error a request's parsing throws or an operation ends with, before
 * yoga masks and logs them, so that the line `logUpstreamFailuresOnce` writes says which request
 * it was written for. The cause is noted too: a plugin may still rewrite the error (without
 * suggestions) and keep its cause.
 */
export const useFailureRequests: Plugin = {
  // A request yoga cannot read (a body that is not JSON) fails before any operation.
  onRequestParse({ request, requestParser, setRequestParser }) {
    if (!requestParser) return;
    setRequestParser(async (parsing) => {
      try {
        return await requestParser(parsing);
      } catch (error) {
        if (typeof error === 'object' && error !== null) failureRequests.set(error, request);
        throw error;
      }
    });
  },
  onExecute({ args }) {
    const request = (args.contextValue as { request?: Request }).request;
    if (!request) return undefined;
    const note = (result: ExecutionResult) => noteFailures(result, request);
    return {
      onExecuteDone({ result }) {
        if (!isAsyncIterable(result)) return note(result);
        return { onNext: ({ result: part }) => note(part) };
      },
    };
  },
};
