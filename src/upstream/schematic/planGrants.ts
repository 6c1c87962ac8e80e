import { Resource, segment, type CallOptions } from '../resource.ts';
import type {
  BillingPlanCreditGrant,
  CreateBillingPlanCreditGrantRequestBody,
  DeleteBillingPlanCreditGrantParams,
  DeleteData,
  ListPlanGrantsParams,
  UpdateBillingPlanCreditGrantRequestBody,
} from './types.ts';

/**
 * Plan credit grants: `/billing/credits/plan-grants`. Every method throws UpstreamError on failure
 * (`bad_request` with the vendor's message for invalid input, `not_found` for an unknown id);
 * writes are sent once.
 */
export class PlanGrants extends Resource {
  list(params: ListPlanGrantsParams = {}, options?: CallOptions) {
    return this.get<BillingPlanCreditGrant[]>('/billing/credits/plan-grants', params, options);
  }
  count(params: ListPlanGrantsParams = {}, options?: CallOptions) {
    return this.getCount('/billing/credits/plan-grants/count', params, options);
  }
  retrieve(id: string, options?: CallOptions) {
    return this.get<BillingPlanCreditGrant>(`/billing/credits/plan-grants/${segment(id)}`, undefined, options);
  }
  /** POST `/billing/credits/plan-grants` (201): the new plan grant. */
  create(body: CreateBillingPlanCreditGrantRequestBody, options?: CallOptions) {
    return this.write<BillingPlanCreditGrant>('POST', '/billing/credits/plan-grants', body, options);
  }
  /** PUT `/billing/credits/plan-grants/{id}` (`reset_cadence`, `reset_start` always sent): the updated plan grant. */
  update(id: string, body: UpdateBillingPlanCreditGrantRequestBody, options?: CallOptions) {
    return this.write<BillingPlanCreditGrant>('PUT', `/billing/credits/plan-grants/${segment(id)}`, body, options);
  }
  /** DELETE `/billing/credits/plan-grants/{id}`, optionally `?apply_to_existing=`. */
  delete(id: string, params: DeleteBillingPlanCreditGrantParams = {}, options?: CallOptions) {
    return this.write<DeleteData>('DELETE', `/billing/credits/plan-grants/${segment(id)}`, undefined, options, params);
  }
}
