/**
 * Typed upstream failures. The HTTP core throws only these; the schema layer maps them to
 * GraphQL in one place (src/schema/errors/toGraphQL.ts). None of them ever carries a credential:
 * messages are built from the upstream name, method, path and the vendor's own error text.
 */

export type UpstreamName = 'schematic' | 'metronome';

/** What went wrong, coarse enough for a caller to decide what to do. */
export type UpstreamErrorKind =
  | 'bad_request' // 400: the upstream refused the input
  | 'unauthorized' // 401: the key is missing or wrong
  | 'forbidden' // 403
  | 'not_found' // 404 (Metronome: a 400 with a not-found code)
  | 'conflict' // 409
  | 'rate_limited' // 429
  | 'server' // 5xx or another unexpected status
  | 'timeout' // no answer within the configured time
  | 'connection' // socket refused, reset or closed
  | 'aborted' // the caller (the GraphQL request) went away
  | 'decode' // the body was not the JSON we expect (wrong content type, malformed or empty)
  | 'too_large' // the body was longer than the core reads (`maxBodyBytes`): the read was cut off
  | 'circuit_open'; // not sent: the upstream failed repeatedly and its circuit breaker is cooling down

/**
 * For a write (anything but a read), what the caller must assume happened upstream:
 * - `not_applied`: refused (4xx) or never sent (connection refused, name not resolved);
 * - `unknown`: the request may have reached the upstream and no clear answer came back (timeout,
 *   connection lost after sending, the caller went away, or a 5xx, which Metronome documents as
 *   "check state, then retry with a new key"); the operator checks before trying again;
 * - `applied`: the upstream accepted it (2xx) but its answer could not be read.
 */
export type WriteOutcome = 'not_applied' | 'unknown' | 'applied';

export interface UpstreamErrorInit {
  upstream: UpstreamName;
  kind: UpstreamErrorKind;
  method: string;
  path: string;
  status?: number;
  /** The vendor's own message (`{ error }` / `{ message }`), or a description of the failure. */
  detail?: string;
  requestId?: string;
  /**
   * Seconds to wait: a 429's or 503's Retry-After (Schematic's X-RateLimit-Reset on a 429 without
   * one), or what is left of an open circuit breaker's cool-down.
   */
  retryAfter?: number;
  /** The vendor's machine-readable code, when the body has one (Metronome v2: `CustomerNotFound`). */
  code?: string;
  /** Set for writes only: see `WriteOutcome`. */
  writeOutcome?: WriteOutcome;
  /**
   * How many times the request was sent, retries included (0: never sent). Set by the HTTP core
   * on the error a call finally throws; undefined on errors raised before the core.
   */
  attempts?: number;
  cause?: unknown;
}

export class UpstreamError extends Error {
  readonly upstream: UpstreamName;
  readonly kind: UpstreamErrorKind;
  readonly method: string;
  readonly path: string;
  readonly status: number | undefined;
  readonly detail: string | undefined;
  readonly requestId: string | undefined;
  readonly retryAfter: number | undefined;
  readonly code: string | undefined;
  readonly writeOutcome: WriteOutcome | undefined;
  readonly attempts: number | undefined;

  constructor(init: UpstreamErrorInit) {
    const where = `${init.upstream} ${init.method} ${init.path}`;
    const status = init.status === undefined ? '' : ` ${init.status}`;
    const tries = init.attempts !== undefined && init.attempts > 1 ? ` after ${init.attempts} attempts` : '';
    super(`${where} failed (${init.kind}${status})${tries}${init.detail ? `: ${init.detail}` : ''}`, {
      cause: init.cause,
    });
    this.name = 'UpstreamError';
    this.upstream = init.upstream;
    this.kind = init.kind;
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.detail = init.detail;
    this.requestId = init.requestId;
    this.retryAfter = init.retryAfter;
    this.code = init.code;
    this.writeOutcome = init.writeOutcome;
    this.attempts = init.attempts;
  }

  /** The same failure with some fields replaced (the HTTP core adds `attempts` and the overall `writeOutcome`). */
  with(patch: Pick<UpstreamErrorInit, 'attempts' | 'writeOutcome'>): UpstreamError {
    return new UpstreamError({
      upstream: this.upstream,
      kind: this.kind,
      method: this.method,
      path: this.path,
      status: this.status,
      detail: this.detail,
      requestId: this.requestId,
      retryAfter: this.retryAfter,
      code: this.code,
      writeOutcome: this.writeOutcome,
      attempts: this.attempts,
      cause: this.cause,
      ...patch,
    });
  }
}

/** The kind of a non-2xx answer, from its status and the vendor's `code` when the body has one. */
export function kindForStatus(status: number, code?: string): UpstreamErrorKind {
  switch (status) {
    case 400:
      // Metronome's v2 endpoints answer "not found" as a 400 carrying a `…NotFound` code.
      return code?.endsWith('NotFound') ? 'not_found' : 'bad_request';
    case 422:
      return 'bad_request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 408:
      return 'timeout';
    case 409:
      return 'conflict';
    case 429:
      return 'rate_limited';
    default:
      return 'server';
  }
}

/**
 * The read's answer, or null when the upstream does not know what it names (a 404, or Metronome's
 * 400 with a not-found code): "not found" is an answer for a read by id, not a failure.
 */
export async function orNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof UpstreamError && error.kind === 'not_found') return null;
    throw error;
  }
}
