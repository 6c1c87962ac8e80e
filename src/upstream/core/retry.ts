/**
 * Which failed attempts are sent again, and after how long. The core (request.ts) runs the loop
 * and asks the policy after each failure; the policy never calls the core.
 *
 * What may be resent at all is `mayResend`, which the core enforces for writes whatever the
 * policy: reads on 408, 429, 5xx and when no complete answer came; writes carrying an
 * `Idempotency-Key` only when no answer came at all; other writes never.
 *
 * The default policy (`retryPolicy`): at most `attempts` sends, the first included; between them a
 * wait of `Retry-After` when the upstream gave one (or Schematic's `X-RateLimit-Reset` on a 429),
 * else exponential backoff with full jitter (uniform in [0, min(maxDelayMs, baseDelayMs * 2^(n-1))]).
 * No wait starts unless it ends within the budget, counted from the first send and never beyond
 * the whole-call timeout: a 429 asking for longer fails at once as `rate_limited`, its
 * `retryAfter` telling the caller.
 *
 * Written here rather than with undici's RetryAgent/RetryHandler: that one decides by method and
 * status only (not by `Idempotency-Key`, nor by "did an answer come back"), clamps a long
 * Retry-After to its max instead of failing fast, has no total budget, never sees the decoding
 * of the body, and would hide the attempts from the breaker and from the error's `attempts`.
 */
import { setTimeout as sleepFor } from 'node:timers/promises';
import type { UpstreamError } from '../errors.ts';
import { isRead, type HttpRequest } from './types.ts';

/**
 * Whether a request that failed with `error` may be sent again.
 * - A read: on 408, 429, 5xx (but 501 and 505, which say "never"), and when no complete answer
 *   came (connection refused, reset or cut mid-body, timeout). Not on a decode error of a non-2xx
 *   answer: it was complete, asking again would get the same one.
 * - A write with an `Idempotency-Key`: only when no answer came at all (connection error or
 *   timeout before any status). Metronome caches every answer under the key, 5xx included, and
 *   replays it for a resend with the same key, so resending after a 5xx only replays the 5xx (its
 *   advice is "check state, then retry with a new key", a decision for the caller), and a 429 is
 *   the caller's to wait out.
 * - Any other write: never (Schematic writes carry no key: each is sent exactly once).
 */
export function mayResend(req: HttpRequest, error: UpstreamError): boolean {
  if (error.kind === 'aborted' || error.kind === 'circuit_open') return false;
  if (isRead(req)) {
    const { status } = error;
    // A 2xx that could not be read (an HTML page from a proxy, a cut or garbled body) is usually transient; a read has no effect, so try again.
    if (status === undefined || (status >= 200 && status < 300)) return error.kind === 'connection' || error.kind === 'timeout' || error.kind === 'decode';
    return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
  }
  if (!hasIdempotencyKey(req)) return false;
  return (error.kind === 'connection' || error.kind === 'timeout') && error.status === undefined;
}

/** A write carrying an `Idempotency-Key` header (any case): the upstream answers a resend from its cache. */
function hasIdempotencyKey(req: HttpRequest): boolean {
  return Object.entries(req.headers ?? {}).some(([name, value]) => name.toLowerCase() === 'idempotency-key' && value !== '');
}

/** A policy decides, call by call, whether and when to send again. */
export interface RetryPolicy {
  /** Starts deciding for one call; `timeoutMs` is its whole-call timeout. */
  begin(request: HttpRequest, timeoutMs: number): Retries;
}

/** One call's retry decisions. */
export interface Retries {
  /** After attempt `attempt` (1-based) failed with `error`: the wait in ms before the next one, or undefined to stop. */
  next(error: UpstreamError, attempt: number): number | undefined;
  /** The wait; rejects as soon as `signal` aborts. */
  wait(ms: number, signal: AbortSignal): Promise<void>;
}

const sleep = (ms: number, signal: AbortSignal) => sleepFor(ms, undefined, { signal });

export const sendOnce: RetryPolicy = { begin: () => ({ next: () => undefined, wait: sleep }) };

export interface RetryOptions {
  /** Sends at most, the first included; 1 turns retries off. Default 3. */
  attempts: number;
  /** Time from the first send after which no retry starts, in ms (capped at the whole-call timeout). Default 5000. */
  budgetMs: number;
  /** First backoff ceiling, in ms, doubled at each retry. Default 100. */
  baseDelayMs: number;
  /** Largest backoff ceiling, in ms (a longer Retry-After is still honoured within the budget). Default 2000. */
  maxDelayMs: number;
}

const DEFAULT_RETRY: Readonly<RetryOptions> = { attempts: 3, budgetMs: 5_000, baseDelayMs: 100, maxDelayMs: 2_000 };

/** Seams for tests: a clock, a random source in [0, 1), and the wait itself. */
export interface RetryHooks {
  now?: () => number;
  random?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Called before each wait, e.g. to log or count retries. */
  onRetry?: (info: { request: HttpRequest; error: UpstreamError; attempt: number; delayMs: number }) => void;
}

export function retryPolicy(options: Partial<RetryOptions> = {}, hooks: RetryHooks = {}): RetryPolicy {
  const { attempts, budgetMs, baseDelayMs, maxDelayMs } = { ...DEFAULT_RETRY, ...options };
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError('retry attempts must be an integer >= 1');
  const now = hooks.now ?? Date.now;
  const random = hooks.random ?? Math.random;
  const wait = hooks.sleep ?? sleep;

  /** The wait before retry number `n` (1-based). */
  const delayFor = (error: UpstreamError, n: number) =>
    error.retryAfter !== undefined
      ? error.retryAfter * 1000
      : Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (n - 1)));

  return {
    begin(request, timeoutMs) {
      const budgetEnd = now() + Math.min(budgetMs, timeoutMs);
      return {
        next(error, n) {
          if (n >= attempts || !mayResend(request, error)) return undefined;
          const delayMs = delayFor(error, n);
          if (now() + delayMs > budgetEnd) return undefined;
          hooks.onRetry?.({ request, error, attempt: n, delayMs });
          return delayMs;
        },
        wait,
      };
    },
  };
}
