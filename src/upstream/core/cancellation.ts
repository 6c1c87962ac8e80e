/**
 * Cancellation without AbortSignals. On Node 20 an AbortSignal is a full EventTarget, costly to
 * make and to add or remove a listener on, and the core used to do that for every upstream call.
 * Now a request has one `Cancellation` (the fast lane makes it; a yoga request's signal is bridged
 * to one when its context is made), and each call's deadline listens to that (bench/README.md,
 * item 31).
 */

/**
 * Something that aborts once, with a reason, and tells whoever listens. A plain list of
 * listeners: cheaper than an EventEmitter or an EventTarget for the few each one has.
 */
export class Cancellation {
  aborted = false;
  reason: unknown = undefined;
  private listeners: (() => void)[] = [];

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listeners = this.listeners;
    this.listeners = [];
    for (const listener of listeners) listener();
  }

  /** Calls `listener` once it aborts (at once if it has); `off` stops that. */
  on(listener: () => void): void {
    if (this.aborted) listener();
    else this.listeners.push(listener);
  }

  off(listener: () => void): void {
    const at = this.listeners.indexOf(listener);
    if (at !== -1) this.listeners.splice(at, 1);
  }

  /** How many listen (tests check that nothing is left behind). */
  get listening(): number {
    return this.listeners.length;
  }
}

/** What a caller cancels its calls with: a request's `Cancellation`, or any AbortSignal. */
export type CallerSignal = Cancellation | AbortSignal;

/** The cancellation of each AbortSignal a call was given, made on its first call. */
const bridged = new WeakMap<AbortSignal, Cancellation>();

/**
 * The `Cancellation` that follows `signal`: itself when it is one; else one made the first time
 * the signal is seen, with the signal's one listener (however many calls it is given to).
 *
 * The core reads the Cancellation's `aborted`, never the signal's: yoga's request signal
 * (@whatwg-node/server's own class) can keep reading `aborted: false` after its client has gone,
 * while its abort event still comes. Read from the signal, a client going away would be taken for
 * a failed connection (which counts towards opening the circuit breaker) instead of `aborted`
 * (test/upstream/client-abort.test.ts).
 */
export function callerCancellation(signal: CallerSignal): Cancellation {
  if (signal instanceof Cancellation) return signal;
  let cancel = bridged.get(signal);
  if (!cancel) {
    const made = new Cancellation();
    if (signal.aborted) made.abort(signal.reason);
    else signal.addEventListener('abort', () => made.abort(signal.reason), { once: true });
    bridged.set(signal, (cancel = made));
  }
  return cancel;
}
