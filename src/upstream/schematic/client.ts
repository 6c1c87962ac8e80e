import type { Dispatcher } from 'undici';
import type { BreakerOptions } from '../breaker.ts';
import { HttpCore, type RetryPolicy } from '../http.ts';
import { retryPolicy } from '../retry.ts';
import type { UpstreamHealth } from '../health.ts';
import { Bundles } from './bundles.ts';
import { Companies } from './companies.ts';
import { Credits } from './credits.ts';
import { Features } from './features.ts';
import { Grants } from './grants.ts';
import { Ledger } from './ledger.ts';
import { PlanGrants } from './planGrants.ts';
import { Plans } from './plans.ts';

export interface SchematicClientOptions {
  baseUrl: string;
  /** Sent as `X-Schematic-Api-Key`; never logged, never part of an error. */
  apiKey: string;
  /** Whole-call timeout in ms, retries and waits included. */
  timeoutMs: number;
  /** Longest wait for one attempt's response headers, in ms (default: no separate limit). */
  headersTimeoutMs?: number;
  /** TCP and TLS connect timeout, in ms (default undici's 10000). */
  connectTimeoutMs?: number;
  dispatcher?: Dispatcher;
  /**
   * Default `retryPolicy()` (retry.ts): reads are retried; writes never are, as Schematic's carry
   * no Idempotency-Key (each is sent exactly once). `sendOnce` turns retries off.
   */
  retry?: RetryPolicy;
  /** Circuit breaker settings (default 5 failures in a row, 10 s cool-down); false turns it off. */
  breaker?: Partial<BreakerOptions> | false;
}

/** A small hand-written Schematic client: one module per REST resource. */
export class SchematicClient {
  readonly http: HttpCore;
  readonly credits: Credits;
  readonly bundles: Bundles;
  readonly grants: Grants;
  readonly planGrants: PlanGrants;
  readonly ledger: Ledger;
  readonly companies: Companies;
  readonly plans: Plans;
  readonly features: Features;

  constructor(options: SchematicClientOptions) {
    this.http = new HttpCore({
      upstream: 'schematic',
      baseUrl: options.baseUrl,
      headers: { 'x-schematic-api-key': options.apiKey },
      timeoutMs: options.timeoutMs,
      headersTimeoutMs: options.headersTimeoutMs,
      connectTimeoutMs: options.connectTimeoutMs,
      dispatcher: options.dispatcher,
      retry: options.retry ?? retryPolicy(),
      breaker: options.breaker,
    });
    this.credits = new Credits(this.http);
    this.bundles = new Bundles(this.http);
    this.grants = new Grants(this.http);
    this.planGrants = new PlanGrants(this.http);
    this.ledger = new Ledger(this.http);
    this.companies = new Companies(this.http);
    this.plans = new Plans(this.http);
    this.features = new Features(this.http);
  }

  /** The state of this upstream's circuit breaker, for readiness checks and logs. */
  health(): UpstreamHealth {
    return { upstream: 'schematic', ...this.http.breakerState() };
  }

  close() {
    return this.http.close();
  }
}
