/** The hook through which tracing and metrics (src/observability/upstream.ts) see every attempt. */
import type { UpstreamError, UpstreamName } from '../errors.ts';
import type { BreakerState } from './breaker.ts';
import type { HttpRequest } from './types.ts';

/**
 * Watches every attempt of every call. The core calls `attempt` once per attempt, before the
 * circuit breaker decides, and the returned `end` once the attempt is over, answer read or
 * failure known.
 */
export interface AttemptObserver {
  attempt(start: AttemptStart): AttemptWatch;
}

export interface AttemptStart {
  upstream: UpstreamName;
  method: HttpRequest['method'];
  /** The path below the base URL, without the query; its ids are still in it (the observer makes a template of it). */
  path: string;
  /** 1 for the first send of a call, 2 for its first retry, ... */
  attempt: number;
  /** On a retry: the previous attempt's failure, the reason for this one. */
  retryOf: UpstreamError | undefined;
  /** The circuit breaker's state as the attempt starts (`closed` when there is none). */
  breaker: BreakerState;
}

export interface AttemptWatch {
  /** Headers to send with this attempt (the trace context), if any. */
  headers?: Record<string, string>;
  /** The attempt is over: the HTTP status when an answer came, the failure when it failed. */
  end(outcome: { status: number | undefined; error: UpstreamError | undefined }): void;
}
