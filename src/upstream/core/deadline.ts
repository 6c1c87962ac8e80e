/**
 * Time and cancellation of one call: the whole-call deadline, the caller's signal bridged to it,
 * and each attempt's wait for response headers.
 */
import { setMaxListeners } from 'node:events';

/** The native copy of each caller signal: one per GraphQL request, however many calls it makes. */
const nativeSignals = new WeakMap<AbortSignal, AbortSignal>();

/**
 * A native AbortSignal that follows `signal`: `signal` itself when it is one (the fast lane's),
 * else a copy. yoga's request signal (@whatwg-node/server's own class) keeps reading
 * `aborted: false` after its client has gone once a native signal depends on it; the copy reads
 * true, so a client going away is `aborted` (neutral to the circuit breaker), not `connection`
 * (which counts towards opening it).
 */
export function nativeSignal(signal: AbortSignal): AbortSignal {
  if (signal instanceof AbortSignal) {
    // Each call in flight listens to it; a wide query has more than Node's default 10 at once.
    setMaxListeners(0, signal);
    return signal;
  }
  let native = nativeSignals.get(signal);
  if (!native) {
    native = AbortSignal.any([signal]);
    // Each call in flight listens to it; a wide query has more than Node's default 10 at once.
    setMaxListeners(0, native);
    nativeSignals.set(signal, native);
  }
  return native;
}

/** One call's deadline: `signal` aborts when the caller's does or when `timeoutMs` has passed. */
export interface Deadline {
  readonly signal: AbortSignal;
  /** True once `timeoutMs` has passed. */
  readonly timedOut: boolean;
  /** Clears the timer and the listener on the caller's signal; call once the call is over. */
  dispose(): void;
}

/**
 * One controller and one timer per call, cleared when it ends: cheaper than AbortSignal.timeout
 * combined with AbortSignal.any, which leave a timer and a listener behind until they fire.
 */
export function startDeadline(timeoutMs: number, caller: AbortSignal | undefined): Deadline {
  const cancel = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    cancel.abort(new DOMException(`no complete answer within ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  timer.unref(); // as AbortSignal.timeout's: a pending call keeps the process up through its socket, not its timer
  const onCallerAbort = () => cancel.abort(caller?.reason);
  if (caller?.aborted) onCallerAbort();
  else caller?.addEventListener('abort', onCallerAbort, { once: true });
  return {
    signal: cancel.signal,
    get timedOut() {
      return timedOut;
    },
    dispose() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/** One attempt's signal: the call's, plus a limit on the wait for response headers when one is set. */
interface AttemptTimer {
  readonly signal: AbortSignal;
  /** True when the headers limit aborted the attempt. */
  readonly headersTimedOut: boolean;
  /** The headers came (or the attempt failed): the body has what is left of the call's deadline. */
  headersCame(): void;
  dispose(): void;
}

export function startAttemptTimer(call: AbortSignal, headersTimeoutMs: number | undefined): AttemptTimer {
  if (headersTimeoutMs === undefined) {
    return { signal: call, headersTimedOut: false, headersCame() {}, dispose() {} };
  }
  const attempt = new AbortController();
  let headersTimedOut = false;
  const timer = setTimeout(() => {
    headersTimedOut = true;
    attempt.abort(new DOMException(`no response headers within ${headersTimeoutMs} ms`, 'TimeoutError'));
  }, headersTimeoutMs);
  const onCallAbort = () => attempt.abort(call.reason);
  if (call.aborted) onCallAbort();
  else call.addEventListener('abort', onCallAbort, { once: true });
  return {
    signal: attempt.signal,
    get headersTimedOut() {
      return headersTimedOut;
    },
    headersCame: () => clearTimeout(timer),
    dispose() {
      clearTimeout(timer);
      call.removeEventListener('abort', onCallAbort);
    },
  };
}
