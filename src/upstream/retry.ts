/**
 * The default retry policy of both clients, on the HTTP core's `RetryPolicy` seam.
 *
 * What is retried is `mayResend` (http.ts): reads on 408, 429, 5xx and when no complete answer
 * came; writes carrying an `Idempotency-Key` only when no answer came at all; other writes never.
 * How: at most `attempts` sends, the first included; between them a wait of `Retry-After` when
 * the upstream gave one (or Schematic's `X-RateLimit-Reset` on a 429), else exponential backoff
 * with full jitter (uniform in [0, min(maxDelayMs, baseDelayMs * 2^(n-1))]). No wait starts unless
 * it ends within the budget, counted from the first send and never beyond the whole-call timeout:
 * a 429 asking for longer fails at once as `rate_limited`, its `retryAfter` telling the caller.
 * A wait ends early, as `aborted`, when the caller goes away.
 *
 * Written here rather than with undici's RetryAgent/RetryHandler: that one decides by method and
 * status only (not by `Idempotency-Key`, nor by "did an answer come back"), clamps a long
 * Retry-After to its max instead of failing fast, has no total budget, never sees the decoding
 * of the body, and would hide the attempts from the breaker and from the error's `attempts`.
 */
import { setTimeout as sleepFor } from 'node:timers/promises';
import { UpstreamError } from './errors.ts';
import { mayResend, type CallContext, type HttpRequest, type RetryPolicy } from './http.ts';

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

export const DEFAULT_RETRY: Readonly<RetryOptions> = { attempts: 3, budgetMs: 5_000, baseDelayMs: 100, maxDelayMs: 2_000 };

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
  const sleep = hooks.sleep ?? ((ms: number, signal: AbortSignal) => sleepFor(ms, undefined, { signal }));

  /** The wait before retry number `n` (1-based). */
  const delayFor = (error: UpstreamError, n: number) =>
    error.retryAfter !== undefined
      ? error.retryAfter * 1000
      : Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (n - 1)));

  return {
    async run<T>(request: HttpRequest, attempt: () => Promise<T>, context: CallContext): Promise<T> {
      const budgetEnd = now() + Math.min(budgetMs, context.timeoutMs);
      let previous: UpstreamError | undefined;
      for (let n = 1; ; n += 1) {
        try {
          return await attempt();
        } catch (error) {
          if (!(error instanceof UpstreamError)) throw error;
          // The breaker refused a retry: the failure that led here says more than "circuit open".
          if (error.kind === 'circuit_open' && previous) throw previous;
          if (n >= attempts || !mayResend(request, error)) throw error;
          const delayMs = delayFor(error, n);
          if (now() + delayMs > budgetEnd) throw error;
          hooks.onRetry?.({ request, error, attempt: n, delayMs });
          try {
            await sleep(delayMs, context.signal);
          } catch (reason) {
            if (!context.signal.aborted) throw reason;
            if (!request.signal?.aborted) throw error; // the whole-call deadline, not the caller
            throw new UpstreamError({
              upstream: error.upstream,
              kind: 'aborted',
              method: error.method,
              path: error.path,
              detail: 'request cancelled while waiting to retry',
              ...(error.writeOutcome === undefined ? {} : { writeOutcome: 'not_applied' as const }),
            });
          }
          previous = error;
        }
      }
    },
  };
}
