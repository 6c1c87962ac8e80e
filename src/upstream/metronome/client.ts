import { UpstreamClient, type SharedCore, type UpstreamClientOptions } from '../client.ts';
import { Contracts } from './contracts.ts';
import { Credits } from './credits.ts';
import { Customers } from './customers.ts';
import { PricingUnits } from './pricingUnits.ts';
import { Products } from './products.ts';

export interface MetronomeClientOptions extends UpstreamClientOptions {
  /** Sent as `Authorization: Bearer <token>`; never logged, never part of an error. */
  token: string;
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
export class MetronomeClient extends UpstreamClient {
  readonly customers = new Customers(this);
  readonly credits = new Credits(this);
  readonly contracts = new Contracts(this);
  readonly products = new Products(this);
  readonly pricingUnits = new PricingUnits(this);

  constructor(options: MetronomeClientOptions | SharedCore) {
    super('metronome', 'core' in options ? {} : MetronomeClient.credential(options.token), options);
  }

  /** The headers that carry a bearer token (the gateway's own, or a caller's in forward mode). */
  static credential(token: string): Record<string, string> {
    return { authorization: `Bearer ${token}` };
  }
}
