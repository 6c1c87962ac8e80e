import { Resource, segment, type CallOptions } from '../resource.ts';
import type {
  BillingCreditBundle,
  CreateCreditBundleRequestBody,
  DeleteData,
  ListBundlesParams,
  UpdateCreditBundleDetailsRequestBody,
} from './types.ts';

/**
 * Credit bundles: `/billing/credits/bundles`. Every method throws UpstreamError on failure
 * (`bad_request` with the vendor's message for invalid input, `not_found` for an unknown id);
 * writes are sent once.
 */
export class Bundles extends Resource {
  list(params: ListBundlesParams = {}, options?: CallOptions) {
    return this.get<BillingCreditBundle[]>('/billing/credits/bundles', params, options);
  }
  count(params: ListBundlesParams = {}, options?: CallOptions) {
    return this.getCount('/billing/credits/bundles/count', params, options);
  }
  retrieve(id: string, options?: CallOptions) {
    return this.get<BillingCreditBundle>(`/billing/credits/bundles/${segment(id)}`, undefined, options);
  }
  /** POST `/billing/credits/bundles` (201): the new bundle. */
  create(body: CreateCreditBundleRequestBody, options?: CallOptions) {
    return this.write<BillingCreditBundle>('POST', '/billing/credits/bundles', body, options);
  }
  /** PUT `/billing/credits/bundles/{id}`, a full PUT (`bundle_name`, `price_per_unit`): the updated bundle. */
  update(id: string, body: UpdateCreditBundleDetailsRequestBody, options?: CallOptions) {
    return this.write<BillingCreditBundle>('PUT', `/billing/credits/bundles/${segment(id)}`, body, options);
  }
  /** DELETE `/billing/credits/bundles/{id}`. */
  delete(id: string, options?: CallOptions) {
    return this.write<DeleteData>('DELETE', `/billing/credits/bundles/${segment(id)}`, undefined, options);
  }
}
