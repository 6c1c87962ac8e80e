/**
 * A consecutive-failure circuit breaker, one per HttpCore (so one per upstream). It sits around
 * every attempt, retries included: when an upstream keeps failing, calls stop reaching it and fail
 * at once with `circuit_open` until a cool-down has passed, then a single probe decides.
 *
 * closed ──N unhealthy attempts in a row──> open ──cool-down over──> half-open (one probe at a time)
 *   ^                                                                   │ probe answered: closed
 *   └───────────────────────────────────────────────────────────────────┘ probe failed: open again
 */

export type BreakerState = 'closed' | 'open' | 'half_open';

export interface BreakerOptions {
  /** Consecutive unhealthy attempts (5xx, timeouts, connection errors) that open the circuit. Default 5. */
  threshold: number;
  /** How long an open circuit refuses calls before letting one probe through, in ms. Default 10000. */
  cooldownMs: number;
  /** Called when the state changes (closed → open → half-open → closed or open), e.g. to log it. */
  onChange?: (state: BreakerState, consecutiveFailures: number) => void;
  /** Clock, injected in tests. */
  now?: () => number;
}

const DEFAULT_BREAKER: Readonly<Pick<BreakerOptions, 'threshold' | 'cooldownMs'>> = { threshold: 5, cooldownMs: 10_000 };

/** What an attempt told about the upstream's health. */
export type AttemptHealth =
  | 'healthy' // any answer that shows the upstream at work: 2xx, and 4xx (the caller's fault, not the upstream's)
  | 'unhealthy' // 5xx, no answer in time, connection refused or lost
  | 'neutral'; // says nothing either way: the caller went away, or a garbled body (counted neither way)

export interface BreakerSnapshot {
  state: BreakerState;
  /** Unhealthy attempts in a row so far (reset by any healthy answer). */
  consecutiveFailures: number;
  /** While open: ms until a probe may go through. */
  retryInMs?: number;
}

/** A permission to send one attempt; hand it back with `settle`. */
interface Permit {
  readonly probe: boolean;
  /** Which opening of the circuit the permit was given after (see `settle`). */
  readonly generation: number;
}

export class CircuitBreaker {
  private readonly threshold: number;
  private readonly cooldownMs: number;
  private readonly now: () => number;
  private failures = 0;
  private openedAt: number | undefined;
  private probing = false;
  /** Incremented each time the circuit opens. */
  private generation = 0;
  private readonly onChange: BreakerOptions['onChange'];
  private reported: BreakerState = 'closed';

  constructor(options: Partial<BreakerOptions> = {}) {
    this.threshold = options.threshold ?? DEFAULT_BREAKER.threshold;
    this.cooldownMs = options.cooldownMs ?? DEFAULT_BREAKER.cooldownMs;
    this.now = options.now ?? Date.now;
    this.onChange = options.onChange;
    if (!Number.isInteger(this.threshold) || this.threshold < 1) throw new RangeError('breaker threshold must be an integer >= 1');
    if (!(this.cooldownMs >= 0)) throw new RangeError('breaker cooldownMs must be >= 0');
  }

  snapshot(): BreakerSnapshot {
    const state = this.state();
    return {
      state,
      consecutiveFailures: this.failures,
      ...(state === 'open' ? { retryInMs: this.retryInMs() } : {}),
    };
  }

  state(): BreakerState {
    if (this.openedAt === undefined) return 'closed';
    return this.retryInMs() > 0 && !this.probing ? 'open' : 'half_open';
  }

  /** A permit to send, or undefined when the circuit is open (or half-open with its probe in flight). */
  enter(): Permit | undefined {
    if (this.openedAt === undefined) return { probe: false, generation: this.generation };
    if (this.probing || this.retryInMs() > 0) return undefined;
    this.probing = true;
    this.report();
    return { probe: true, generation: this.generation };
  }

  /** Records how the attempt behind `permit` ended. */
  settle(permit: Permit, health: AttemptHealth): void {
    if (permit.probe) this.probing = false;
    // An attempt let through before the circuit (re-)opened says nothing about now: while open,
    // only the probe decides (a straggler's late answer must not close it early).
    if (permit.generation !== this.generation) return;
    if (health === 'healthy') {
      this.failures = 0;
      this.openedAt = undefined;
    } else if (health === 'unhealthy') {
      this.failures += 1;
      // A failed probe re-opens for a full cool-down; a closed circuit opens at the threshold.
      if (permit.probe || (this.openedAt === undefined && this.failures >= this.threshold)) {
        this.openedAt = this.now();
        this.generation += 1;
      }
    }
    // neutral: nothing learnt; a half-open circuit lets the next call probe.
    this.report();
  }

  private report(): void {
    const state = this.state();
    if (state === this.reported) return;
    this.reported = state;
    this.onChange?.(state, this.failures);
  }

  /** ms until an open circuit lets a probe through (0 when it may, or when closed). */
  retryInMs(): number {
    return this.openedAt === undefined ? 0 : Math.max(0, this.openedAt + this.cooldownMs - this.now());
  }
}
