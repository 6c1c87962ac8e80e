import { Resource, wireQuery, type CallOptions } from '../resource.ts';
import type { CompanyCreditBalance, CreditLedgerEvent, ListLedgerParams, PageParams } from './types.ts';

/** One company's ledger events, optionally narrowed to one credit, feature, event type or time range (RFC 3339). */
export interface LedgerQuery {
  companyId: string;
  creditId?: string | null;
  featureId?: string | null;
  eventType?: string | null;
  startTime?: string | null;
  endTime?: string | null;
}

/** The v2 credit ledger and company balances (one company per call). Methods throw UpstreamError. */
export class Ledger extends Resource {
  list(query: LedgerQuery & PageParams, options?: CallOptions) {
    return this.get<CreditLedgerEvent[]>('/v2/billing/credits/ledger', ledgerWire(query), options);
  }
  count(query: LedgerQuery, options?: CallOptions) {
    return this.getCount('/v2/billing/credits/ledger/count', ledgerWire(query), options);
  }
  /** `/billing/credits/balance`: one row per credit type the company holds. */
  balances(companyId: string, options?: CallOptions) {
    return this.get<CompanyCreditBalance[]>('/billing/credits/balance', { company_id: companyId }, options);
  }
}

const LEDGER_NAMES = {
  companyId: 'company_id',
  creditId: 'billing_credit_id',
  featureId: 'feature_id',
  eventType: 'event_type',
  startTime: 'start_time',
  endTime: 'end_time',
  limit: 'limit',
  offset: 'offset',
} as const;
const ledgerWire = (q: LedgerQuery & PageParams) => wireQuery<LedgerQuery & PageParams, ListLedgerParams>(q, LEDGER_NAMES);
