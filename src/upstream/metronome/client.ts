import type { Dispatcher } from 'undici';
import { HttpCore, isRead, sendOnce, type RetryPolicy } from '../http.ts';
import { Contracts } from './contracts.ts';
import { Credits } from './credits.ts';
import { Customers } from './customers.ts';
import { PricingUnits } from './pricingUnits.ts';
import { Products } from './products.ts';

export interface MetronomeClientOptions {
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>`; never logged, never part of an error. */
  token: string;
  timeoutMs: number;
  dispatcher?: Dispatcher;
  /** Applied to reads only: this client never retries a write (see `MetronomeClient`). */
  retry?: RetryPolicy;
}

/**
 * A small hand-written Metronome client: one module per REST resource.
 *
 * Writes are sent at most once whatever retry policy is given: Metronome caches an answer under
 * its `Idempotency-Key`, 5xx included, so a retry with the same key only replays the failure,
 * and the vendor's advice after a 5xx is "check state, then retry with a new key", a decision
 * for the caller, not the transport.
 */
export class MetronomeClient {
  readonly http: HttpCore;
  readonly customers: Customers;
  readonly credits: Credits;
  readonly contracts: Contracts;
  readonly products: Products;
  readonly pricingUnits: PricingUnits;

  constructor(options: MetronomeClientOptions) {
    const policy = options.retry ?? sendOnce;
    this.http = new HttpCore({
      upstream: 'metronome',
      baseUrl: options.baseUrl,
      headers: { authorization: `Bearer ${options.token}` },
      timeoutMs: options.timeoutMs,
      dispatcher: options.dispatcher,
      retry: { run: (request, attempt) => (isRead(request) ? policy.run(request, attempt) : attempt()) },
    });
    this.customers = new Customers(this.http);
    this.credits = new Credits(this.http);
    this.contracts = new Contracts(this.http);
    this.products = new Products(this.http);
    this.pricingUnits = new PricingUnits(this.http);
  }

  close() {
    return this.http.close();
  }
}
