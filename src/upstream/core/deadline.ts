/**
 * Time and cancellation of one call: the whole-call deadline, the caller's signal bridged to it,
 * and each attempt's wait for response headers.
 */
import { EventEmitter, setMaxListeners } from 'node:events';

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

/**
 * A cancellation undici listens to as it would to an AbortSignal (its `signal` option takes an
 * EventEmitter with `aborted` and `reason`). Node 20 builds an AbortController's signal as a full
 * EventTarget: two per upstream call (the deadline's and the attempt's) were about 5% of the
 * company overview's CPU (bench/README.md, "Where the gap to the floor lies").
 */
export class Cancellation extends EventEmitter {
  aborted = false;
  reason: unknown = undefined;

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.emit('abort');
  }

  /** Calls `listener` once it aborts (at once if it has); returns how to stop listening. */
  whenAborted(listener: () => void): () => void {
    if (this.aborted) {
      listener();
      return () => {};
    }
    this.once('abort', listener);
    return () => this.off('abort', listener);
  }
}

/** One call's deadline: `cancel` aborts when the caller's signal does or when `timeoutMs` has passed. */
export interface Deadline {
  readonly cancel: Cancellation;
  /** True once `timeoutMs` has passed. */
  readonly timedOut: boolean;
  /** An AbortSignal that follows `cancel`, for a wait between attempts (made only then). */
  signal(): AbortSignal;
  /** Clears the timer and the listeners; call once the call is over. */
  dispose(): void;
}

/**
 * One cancellation and one timer per call, cleared when it ends: cheaper than AbortSignal.timeout
 * combined with AbortSignal.any, which leave a timer and a listener behind until they fire.
 */
export function startDeadline(timeoutMs: number, caller: AbortSignal | undefined): Deadline {
  const cancel = new Cancellation();
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
    cancel,
    get timedOut() {
      return timedOut;
    },
    signal() {
      const controller = new AbortController();
      cancel.whenAborted(() => controller.abort(cancel.reason));
      return controller.signal;
    },
    dispose() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onCallerAbort);
      cancel.removeAllListeners();
    },
  };
}

/** One attempt's cancellation: the call's, plus a limit on the wait for response headers when one is set. */
interface AttemptTimer {
  readonly signal: Cancellation;
  /** True when the headers limit aborted the attempt. */
  readonly headersTimedOut: boolean;
  /** The headers came (or the attempt failed): the body has what is left of the call's deadline. */
  headersCame(): void;
  dispose(): void;
}

export function startAttemptTimer(call: Cancellation, headersTimeoutMs: number | undefined): AttemptTimer {
  if (headersTimeoutMs === undefined) {
    return { signal: call, headersTimedOut: false, headersCame() {}, dispose() {} };
  }
  const attempt = new Cancellation();
  let headersTimedOut = false;
  const timer = setTimeout(() => {
    headersTimedOut = true;
    attempt.abort(new DOMException(`no response headers within ${headersTimeoutMs} ms`, 'TimeoutError'));
  }, headersTimeoutMs);
  const stopListening = call.whenAborted(() => attempt.abort(call.reason));
  return {
    signal: attempt,
    get headersTimedOut() {
      return headersTimedOut;
    },
    headersCame: () => clearTimeout(timer),
    dispose() {
      clearTimeout(timer);
      stopListening();
    },
  };
}
