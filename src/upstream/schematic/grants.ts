import { Resource, type CallOptions } from './resource.ts';
import type { BillingCreditGrant, ListCompanyGrantsParams, ListGrantsParams } from './types.ts';

/**
 * Company credit grants. There is no get-one endpoint: by-id access is `list({ ids })`.
 * Every method throws UpstreamError on failure.
 */
export class Grants extends Resource {
  /** `/billing/credits/grants/list`: by grant ids or by one credit. */
  list(params: ListGrantsParams = {}, options?: CallOptions) {
    return this.read<BillingCreditGrant[]>('/billing/credits/grants/list', params, options);
  }
  count(params: ListGrantsParams = {}, options?: CallOptions) {
    return this.readCount('/billing/credits/grants/count', params, options);
  }
  /** `/billing/credits/grants/company/list`: one company per call. */
  listForCompany(params: ListCompanyGrantsParams, options?: CallOptions) {
    return this.read<BillingCreditGrant[]>('/billing/credits/grants/company/list', params, options);
  }
  countForCompany(params: ListCompanyGrantsParams, options?: CallOptions) {
    return this.readCount('/billing/credits/grants/company/count', params, options);
  }
}
