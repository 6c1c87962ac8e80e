import type { Dispatcher } from 'undici';
import { HttpCore, type RetryPolicy } from '../http.ts';
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
  timeoutMs: number;
  dispatcher?: Dispatcher;
  retry?: RetryPolicy;
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
      dispatcher: options.dispatcher,
      retry: options.retry,
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

  close() {
    return this.http.close();
  }
}
