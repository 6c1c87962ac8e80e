import { Resource, segment, type CallOptions } from '../resource.ts';
import type {
  BillingCredit,
  CreateBillingCreditRequestBody,
  DeleteData,
  ListCreditsParams,
  UpdateBillingCreditRequestBody,
} from './types.ts';

/**
 * Credit types: `/billing/credits`. Every method throws UpstreamError on failure (`bad_request`
 * with the vendor's message for invalid input, `not_found` for an unknown id); writes are sent once.
 */
export class Credits extends Resource {
  list(params: ListCreditsParams = {}, options?: CallOptions) {
    return this.get<BillingCredit[]>('/billing/credits', params, options);
  }
  count(params: ListCreditsParams = {}, options?: CallOptions) {
    return this.getCount('/billing/credits/count', params, options);
  }
  retrieve(id: string, options?: CallOptions) {
    return this.get<BillingCredit>(`/billing/credits/${segment(id)}`, undefined, options);
  }
  /** POST `/billing/credits` (201): the new credit. */
  create(body: CreateBillingCreditRequestBody, options?: CallOptions) {
    return this.write<BillingCredit>('POST', '/billing/credits', body, options);
  }
  /** PUT `/billing/credits/{id}`, a full PUT (`name` and `description` always sent): the updated credit. */
  update(id: string, body: UpdateBillingCreditRequestBody, options?: CallOptions) {
    return this.write<BillingCredit>('PUT', `/billing/credits/${segment(id)}`, body, options);
  }
  /** DELETE `/billing/credits/{id}` (the vendor's soft delete). */
  delete(id: string, options?: CallOptions) {
    return this.write<DeleteData>('DELETE', `/billing/credits/${segment(id)}`, undefined, options);
  }
}
