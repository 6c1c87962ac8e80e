import { Resource, segment, type CallOptions } from '../resource.ts';
import type { CursorPage } from '../page.ts';
import type { CustomerDetail, CustomerListParams } from './types.ts';

/** At most this many `customer_ids` per call (vendor limit). */
const MAX_CUSTOMER_IDS = 100;
/** The vendor's page cap for `GET /v1/customers`. */
const MAX_CUSTOMERS_LIMIT = 100;

/** Customers: `GET /v1/customers[/{id}]`. */
export class Customers extends Resource {
  /**
   * One customer by its Metronome id (archived ones included).
   * @throws UpstreamError `not_found` (404) for an unknown id; `unauthorized`, `rate_limited`,
   * `server`, `timeout`, `connection`, `aborted`, `decode` like any call.
   */
  retrieve(id: string, options?: CallOptions): Promise<CustomerDetail> {
    return this.get<CustomerDetail>(`/v1/customers/${segment(id)}`, undefined, options);
  }

  /**
   * One page of customers. Only active customers unless `only_archived`. `customer_ids` go
   * comma-joined, as every official SDK sends them; unknown ids are left out of the answer.
   * `limit` is always sent (default 100, the cap) because the vendor's default is undocumented.
   * An empty `customer_ids` list matches nothing and is answered without a call (the vendor
   * would read a missing filter as "every customer").
   * @throws UpstreamError `bad_request` before sending when there are more than 100 ids or
   * `limit` is outside 1..100; otherwise as `retrieve` (`bad_request` for a refused filter).
   */
  async list(params: CustomerListParams = {}, options?: CallOptions): Promise<CursorPage<CustomerDetail>> {
    const path = '/v1/customers';
    const { customer_ids, limit = MAX_CUSTOMERS_LIMIT, ...rest } = params;
    if (customer_ids && customer_ids.length > MAX_CUSTOMER_IDS) {
      throw this.refuse('GET', path, `at most ${MAX_CUSTOMER_IDS} customer_ids per call; got ${customer_ids.length}`);
    }
    this.checkLimit('GET', path, limit, MAX_CUSTOMERS_LIMIT);
    if (customer_ids && customer_ids.length === 0) return { data: [], next_page: null };
    return this.getPage<CustomerDetail>(
      path,
      { ...rest, limit, ...(customer_ids ? { customer_ids: customer_ids.join(',') } : {}) },
      options,
    );
  }
}
