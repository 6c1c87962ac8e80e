/**
 * Time and cancellation of one call: the whole-call deadline, the caller's signal bridged to it,
 * and each attempt's wait for response headers.
 *
 * None of it is an AbortSignal: on Node 20 an AbortSignal is a full EventTarget, costly to make
 * and to add or remove a listener on. Each caller's signal is listened to once, by the caller's
 * `Cancellation` (`callerCancellation`), and each call listens to that (bench/README.md, item 31).
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

/** The cancellation of each caller signal: one per GraphQL request, however many calls it makes. */
const callers = new WeakMap<AbortSignal, Cancellation>();

/**
 * The cancellation that follows a caller's signal (the fast lane's, or yoga's request signal):
 * made on the request's first call, with the signal's one listener.
 */
export function callerCancellation(signal: AbortSignal): Cancellation {
  let cancel = callers.get(signal);
  if (!cancel) {
    const made = new Cancellation();
    if (signal.aborted) made.abort(signal.reason);
    else signal.addEventListener('abort', () => made.abort(signal.reason), { once: true });
    callers.set(signal, (cancel = made));
  }
  return cancel;
}

/**
 * One call's deadline: `cancel` aborts when the caller does or when `timeoutMs` has passed. One
 * timer per call, cleared when it ends: cheaper than AbortSignal.timeout combined with
 * AbortSignal.any, which leave a timer and a listener behind until they fire.
 */
export class Deadline {
  readonly cancel = new Cancellation();
  private expired = false;
  private readonly timer: NodeJS.Timeout;
  private readonly onCallerAbort: () => void;

  constructor(
    timeoutMs: number,
    private readonly caller: Cancellation | undefined,
  ) {
    this.timer = setTimeout(() => {
      this.expired = true;
      this.cancel.abort(new DOMException(`no complete answer within ${timeoutMs} ms`, 'TimeoutError'));
    }, timeoutMs);
    this.timer.unref(); // as AbortSignal.timeout's: a pending call keeps the process up through its socket, not its timer
    this.onCallerAbort = () => this.cancel.abort(caller?.reason);
    caller?.on(this.onCallerAbort);
  }

  /** True once `timeoutMs` has passed. */
  get timedOut(): boolean {
    return this.expired;
  }

  /** An AbortSignal that follows `cancel`, for a wait between attempts (made only then). */
  signal(): AbortSignal {
    const controller = new AbortController();
    this.cancel.on(() => controller.abort(this.cancel.reason));
    return controller.signal;
  }

  /** Clears the timer and the listeners; call once the call is over. */
  dispose(): void {
    clearTimeout(this.timer);
    this.caller?.off(this.onCallerAbort);
  }
}

/**
 * One attempt's cancellation: the call's, plus a limit on the wait for response headers when one
 * is set (`headersTimeoutMs`); without one, the attempt's signal is the call's own.
 */
export class AttemptTimer {
  readonly signal: Cancellation;
  private timedOutHeaders = false;
  private readonly timer: NodeJS.Timeout | undefined;
  private readonly onCallAbort: (() => void) | undefined;

  constructor(
    private readonly call: Cancellation,
    headersTimeoutMs: number | undefined,
  ) {
    if (headersTimeoutMs === undefined) {
      this.signal = call;
      return;
    }
    const attempt = new Cancellation();
    this.signal = attempt;
    this.timer = setTimeout(() => {
      this.timedOutHeaders = true;
      attempt.abort(new DOMException(`no response headers within ${headersTimeoutMs} ms`, 'TimeoutError'));
    }, headersTimeoutMs);
    this.onCallAbort = () => attempt.abort(call.reason);
    call.on(this.onCallAbort);
  }

  /** True when the headers limit aborted the attempt. */
  get headersTimedOut(): boolean {
    return this.timedOutHeaders;
  }

  /** The headers came (or the attempt failed): the body has what is left of the call's deadline. */
  headersCame(): void {
    clearTimeout(this.timer);
  }

  dispose(): void {
    clearTimeout(this.timer);
    if (this.onCallAbort) this.call.off(this.onCallAbort);
  }
}
