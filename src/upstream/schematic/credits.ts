import { Resource, segment, type CallOptions } from './resource.ts';
import type { BillingCredit, ListCreditsParams } from './types.ts';

/** Credit types: `/billing/credits`. Every method throws UpstreamError on failure. */
export class Credits extends Resource {
  list(params: ListCreditsParams = {}, options?: CallOptions) {
    return this.read<BillingCredit[]>('/billing/credits', params, options);
  }
  count(params: ListCreditsParams = {}, options?: CallOptions) {
    return this.readCount('/billing/credits/count', params, options);
  }
  retrieve(id: string, options?: CallOptions) {
    return this.read<BillingCredit>(`/billing/credits/${segment(id)}`, undefined, options);
  }
}
