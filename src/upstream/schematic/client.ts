import { UpstreamClient, type SharedCore, type UpstreamClientOptions } from '../client.ts';
import type { RetryPolicy } from '../core/retry.ts';
import { Bundles } from './bundles.ts';
import { Companies } from './companies.ts';
import { Credits } from './credits.ts';
import { Features } from './features.ts';
import { Grants } from './grants.ts';
import { Ledger } from './ledger.ts';
import { PlanGrants } from './planGrants.ts';
import { Plans } from './plans.ts';

export interface SchematicClientOptions extends UpstreamClientOptions {
  /** Sent as `X-Schematic-Api-Key`; never logged, never part of an error. */
  apiKey: string;
  /**
   * Default `retryPolicy()` (core/retry.ts): reads are retried; writes never are, as Schematic's carry
   * no Idempotency-Key (each is sent exactly once). `sendOnce` turns retries off.
   */
  retry?: RetryPolicy;
}

/** A small hand-written Schematic client: one module per REST resource. */
export class SchematicClient extends UpstreamClient {
  readonly credits = new Credits(this);
  readonly bundles = new Bundles(this);
  readonly grants = new Grants(this);
  readonly planGrants = new PlanGrants(this);
  readonly ledger = new Ledger(this);
  readonly companies = new Companies(this);
  readonly plans = new Plans(this);
  readonly features = new Features(this);

  constructor(options: SchematicClientOptions | SharedCore) {
    super('schematic', 'core' in options ? {} : SchematicClient.credential(options.apiKey), options);
  }

  /** The headers that carry an API key (the gateway's own, or a caller's in forward mode). */
  static credential(apiKey: string): Record<string, string> {
    return { 'x-schematic-api-key': apiKey };
  }
}
