import { Resource, segment, type CallOptions } from './resource.ts';
import type { BillingPlanCreditGrant, ListPlanGrantsParams } from './types.ts';

/** Plan credit grants: `/billing/credits/plan-grants`. Every method throws UpstreamError on failure. */
export class PlanGrants extends Resource {
  list(params: ListPlanGrantsParams = {}, options?: CallOptions) {
    return this.read<BillingPlanCreditGrant[]>('/billing/credits/plan-grants', params, options);
  }
  count(params: ListPlanGrantsParams = {}, options?: CallOptions) {
    return this.readCount('/billing/credits/plan-grants/count', params, options);
  }
  retrieve(id: string, options?: CallOptions) {
    return this.read<BillingPlanCreditGrant>(`/billing/credits/plan-grants/${segment(id)}`, undefined, options);
  }
}
