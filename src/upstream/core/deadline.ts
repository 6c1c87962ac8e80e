/**
 * Time and cancellation of one call: the whole-call deadline, the caller's cancellation bridged to
 * it, and each attempt's wait for response headers.
 */
import { Cancellation } from './cancellation.ts';

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
