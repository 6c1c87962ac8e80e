import type { UpstreamName } from './errors.ts';
import type { UpstreamHealth } from './health.ts';
import { HttpCore, type CoreView, type HttpCoreOptions, type RetryPolicy } from './http.ts';
import { retryPolicy } from './retry.ts';

/**
 * How both clients reach their upstream: the HTTP core's options but the headers (each client
 * adds its own credential), and with retries on by default.
 */
export interface UpstreamClientOptions extends Omit<HttpCoreOptions, 'upstream' | 'headers' | 'retry'> {
  /** Default `retryPolicy()` (retry.ts); `sendOnce` turns retries off. */
  retry?: RetryPolicy;
}

/** A client built on another client's core: a per-request view (see `UpstreamClient.view`). */
export interface CoreOptions {
  core: HttpCore;
}

/** What every upstream client has: its HTTP core (retrying by default), its health, and `close`. */
export abstract class UpstreamClient {
  readonly http: HttpCore;

  protected constructor(upstream: UpstreamName, headers: Record<string, string>, options: UpstreamClientOptions | CoreOptions) {
    if ('core' in options) {
      this.http = options.core;
      return;
    }
    // Every core option passes through (a new one needs no line here); the credential is in `headers`.
    this.http = new HttpCore({ ...options, upstream, headers, retry: options.retry ?? retryPolicy() });
  }

  /** The state of this upstream's circuit breaker, for readiness checks and logs. */
  health(): UpstreamHealth {
    return { upstream: this.http.upstream, ...this.http.breakerState() };
  }

  /** Closes the upstream's pool after in-flight calls finish (a view's close leaves the pool open). */
  close(): Promise<void> {
    return this.http.close();
  }

  /**
   * The same client for one request (built in src/context.ts): shared pool, breaker and retries;
   * `headers` replace its credential, `check` runs before every call. Built per request, cheap.
   */
  view(view: CoreView): this {
    return new (this.constructor as new (options: CoreOptions) => this)({ core: this.http.view(view) });
  }
}
