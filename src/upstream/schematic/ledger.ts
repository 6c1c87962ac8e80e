import { Resource, type CallOptions } from '../resource.ts';
import type { CompanyCreditBalance, CreditLedgerEvent, ListLedgerParams } from './types.ts';

/** The v2 credit ledger and company balances (one company per call). Methods throw UpstreamError. */
export class Ledger extends Resource {
  list(params: ListLedgerParams, options?: CallOptions) {
    return this.get<CreditLedgerEvent[]>('/v2/billing/credits/ledger', params, options);
  }
  count(params: ListLedgerParams, options?: CallOptions) {
    return this.getCount('/v2/billing/credits/ledger/count', params, options);
  }
  /** `/billing/credits/balance`: one row per credit type the company holds. */
  balances(companyId: string, options?: CallOptions) {
    return this.get<CompanyCreditBalance[]>('/billing/credits/balance', { company_id: companyId }, options);
  }
}
