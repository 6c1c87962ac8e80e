import { Resource, segment, type CallOptions } from '../resource.ts';
import type {
  BillingCreditGrant,
  CreateCompanyCreditGrant,
  ListCompanyGrantsParams,
  ListGrantsParams,
  ZeroOutGrantRequestBody,
} from './types.ts';

/**
 * Company credit grants. There is no get-one endpoint: by-id access is `list({ ids })`.
 * Every method throws UpstreamError on failure (`bad_request` with the vendor's message for
 * invalid input, `not_found` for an unknown id); writes are sent once.
 */
export class Grants extends Resource {
  /** `/billing/credits/grants/list`: by grant ids or by one credit. */
  list(params: ListGrantsParams = {}, options?: CallOptions) {
    return this.get<BillingCreditGrant[]>('/billing/credits/grants/list', params, options);
  }
  count(params: ListGrantsParams = {}, options?: CallOptions) {
    return this.getCount('/billing/credits/grants/count', params, options);
  }
  /** `/billing/credits/grants/company/list`: one company per call. */
  listForCompany(params: ListCompanyGrantsParams, options?: CallOptions) {
    return this.get<BillingCreditGrant[]>('/billing/credits/grants/company/list', params, options);
  }
  countForCompany(params: ListCompanyGrantsParams, options?: CallOptions) {
    return this.getCount('/billing/credits/grants/company/count', params, options);
  }
  /** POST `/billing/credits/grants/company` (201): the new grant. */
  grantToCompany(body: CreateCompanyCreditGrant, options?: CallOptions) {
    return this.write<BillingCreditGrant>('POST', '/billing/credits/grants/company', body, options);
  }
  /** PUT `/billing/credits/grants/{id}/zero-out` (body `{}` without a reason): the zeroed-out grant. */
  zeroOut(id: string, body: ZeroOutGrantRequestBody = {}, options?: CallOptions) {
    return this.write<BillingCreditGrant>('PUT', `/billing/credits/grants/${segment(id)}/zero-out`, body, options);
  }
}
