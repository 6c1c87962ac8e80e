import type { Dispatcher } from 'undici';
import type { BreakerOptions } from '../breaker.ts';
import type { UpstreamHealth } from '../health.ts';
import { HttpCore, type RetryPolicy } from '../http.ts';
import { retryPolicy } from '../retry.ts';
import { Contracts } from './contracts.ts';
import { Credits } from './credits.ts';
import { Customers } from './customers.ts';
import { PricingUnits } from './pricingUnits.ts';
import { Products } from './products.ts';

export interface MetronomeClientOptions {
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>`; never logged, never part of an error. */
  token: string;
  /** Whole-call timeout in ms, retries and waits included. */
  timeoutMs: number;
  /** Longest wait for one attempt's response headers, in ms (default: no separate limit). */
  headersTimeoutMs?: number;
  /** TCP and TLS connect timeout, in ms (default undici's 10000). */
  connectTimeoutMs?: number;
  dispatcher?: Dispatcher;
  /** Default `retryPolicy()` (retry.ts); `sendOnce` turns retries off. Writes: see `MetronomeClient`. */
  retry?: RetryPolicy;
  /** Circuit breaker settings (default 5 failures in a row, 10 s cool-down); false turns it off. */
  breaker?: Partial<BreakerOptions> | false;
}

/**
 * A small hand-written Metronome client: one module per REST resource.
 *
 * Every write carries an `Idempotency-Key`, so the retry policy may resend it under the same key,
 * but only when no answer came back (connection refused or lost, timeout): then nothing was cached
 * and the key makes sure a write that did land is not applied twice. Never after an answer:
 * Metronome caches the answer under the key, 5xx included, so a resend would only replay the
 * failure, and its advice after a 5xx is "check state, then retry with a new key", a decision for
 * the caller, not the transport. The HTTP core enforces this whatever policy is given (`mayResend`).
 */
export class MetronomeClient {
  readonly http: HttpCore;
  readonly customers: Customers;
  readonly credits: Credits;
  readonly contracts: Contracts;
  readonly products: Products;
  readonly pricingUnits: PricingUnits;

  constructor(options: MetronomeClientOptions) {
    this.http = new HttpCore({
      upstream: 'metronome',
      baseUrl: options.baseUrl,
      headers: { authorization: `Bearer ${options.token}` },
      timeoutMs: options.timeoutMs,
      headersTimeoutMs: options.headersTimeoutMs,
      connectTimeoutMs: options.connectTimeoutMs,
      dispatcher: options.dispatcher,
      retry: options.retry ?? retryPolicy(),
      breaker: options.breaker,
    });
    this.customers = new Customers(this.http);
    this.credits = new Credits(this.http);
    this.contracts = new Contracts(this.http);
    this.products = new Products(this.http);
    this.pricingUnits = new PricingUnits(this.http);
  }

  /** The state of this upstream's circuit breaker, for readiness checks and logs. */
  health(): UpstreamHealth {
    return { upstream: 'metronome', ...this.http.breakerState() };
  }

  close() {
    return this.http.close();
  }
}
