import type { UpstreamName } from './errors.ts';
import type { UpstreamHealth } from './health.ts';
import { HttpCore, type HttpCoreOptions } from './core/request.ts';
import { retryPolicy, type RetryPolicy } from './core/retry.ts';
import type { Dispatch } from './core/types.ts';

/**
 * How both clients reach their upstream: the HTTP core's options but the headers (each client
 * adds its own credential), and with retries on by default.
 */
export interface UpstreamClientOptions extends Omit<HttpCoreOptions, 'upstream' | 'headers' | 'retry'> {
  /** Default `retryPolicy()` (core/retry.ts); `sendOnce` turns retries off. */
  retry?: RetryPolicy;
}

/** A client sharing another client's core, its calls going through `dispatch` (see `UpstreamClient.wrap`). */
export interface SharedCore {
  core: HttpCore;
  dispatch: Dispatch;
}

/** What a resource module calls: its upstream's name (for the errors it raises) and the dispatch. */
export interface Transport {
  readonly upstream: UpstreamName;
  readonly dispatch: Dispatch;
}

/** What every upstream client has: its HTTP core (retrying by default), its dispatch, its health, and `close`. */
export abstract class UpstreamClient implements Transport {
  readonly upstream: UpstreamName;
  /** Every call of every resource goes through here: the core's `request`, or a wrapper around it. */
  readonly dispatch: Dispatch;
  private readonly core: HttpCore;
  /** False for a wrapped client: closing it leaves the shared pool open. */
  private readonly ownsCore: boolean;

  protected constructor(upstream: UpstreamName, headers: Record<string, string>, options: UpstreamClientOptions | SharedCore) {
    this.upstream = upstream;
    if ('core' in options) {
      this.core = options.core;
      this.dispatch = options.dispatch;
      this.ownsCore = false;
      return;
    }
    // Every core option passes through (a new one needs no line here); the credential is in `headers`.
    this.core = new HttpCore({ ...options, upstream, headers, retry: options.retry ?? retryPolicy() });
    const core = this.core;
    this.dispatch = (req) => core.request(req);
    this.ownsCore = true;
  }

  /** The state of this upstream's circuit breaker, for readiness checks and logs. */
  health(): UpstreamHealth {
    return { upstream: this.upstream, ...this.core.breakerState() };
  }

  /** Closes the upstream's pool after in-flight calls finish (a wrapped client's close leaves it open). */
  async close(): Promise<void> {
    if (this.ownsCore) await this.core.close();
  }

  /**
   * The same client (pool, breaker, retries) with its dispatch wrapped: `wrapper` gets the
   * current dispatch and returns the one to use. Per request (src/context.ts) and cheap. The
   * tenant guard and forward-mode credentials (src/auth/upstreams.ts) and the catalogue cache
   * (src/shared/catalogue.ts) are such wrappers; the last one given runs first.
   */
  wrap(wrapper: (next: Dispatch) => Dispatch): this {
    return new (this.constructor as new (options: SharedCore) => this)({ core: this.core, dispatch: wrapper(this.dispatch) });
  }
}
