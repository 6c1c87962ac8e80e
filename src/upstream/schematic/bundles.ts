import { Resource, segment, type CallOptions } from './resource.ts';
import type { BillingCreditBundle, ListBundlesParams } from './types.ts';

/** Credit bundles: `/billing/credits/bundles`. Every method throws UpstreamError on failure. */
export class Bundles extends Resource {
  list(params: ListBundlesParams = {}, options?: CallOptions) {
    return this.read<BillingCreditBundle[]>('/billing/credits/bundles', params, options);
  }
  count(params: ListBundlesParams = {}, options?: CallOptions) {
    return this.readCount('/billing/credits/bundles/count', params, options);
  }
  retrieve(id: string, options?: CallOptions) {
    return this.read<BillingCreditBundle>(`/billing/credits/bundles/${segment(id)}`, undefined, options);
  }
}
