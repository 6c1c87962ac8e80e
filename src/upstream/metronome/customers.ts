import { given, Resource, segment, type CallOptions } from '../resource.ts';
import type { CursorPage } from '../page.ts';
import type { CustomerDetail, CustomerListParams } from './types.ts';

/** At most this many `customer_ids` per call (vendor limit). */
const MAX_CUSTOMER_IDS = 100;
/** The vendor's page cap for `GET /v1/customers`. */
const MAX_CUSTOMERS_LIMIT = 100;

/** What `customers.list` reads; null or absent fields are not sent. */
export interface CustomerListQuery {
  /** At most 100 ids. */
  customerIds?: readonly string[] | null;
  /** One alias per call. */
  ingestAlias?: string | null;
  /** Only archived customers (by default only active ones are listed). */
  onlyArchived?: boolean | null;
  /** 1..100, default 100. */
  limit?: number;
  /** The previous page's `next_page`. */
  nextPage?: string | null;
}

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
   * One page of customers. Only active customers unless `onlyArchived`. `customer_ids` go
   * comma-joined, as every official SDK sends them; unknown ids are left out of the answer.
   * `limit` is always sent (default 100, the cap) because the vendor's default is undocumented.
   * An empty `customer_ids` list matches nothing and is answered without a call (the vendor
   * would read a missing filter as "every customer").
   * @throws UpstreamError `bad_request` before sending when there are more than 100 ids or
   * `limit` is outside 1..100; otherwise as `retrieve` (`bad_request` for a refused filter).
   */
  async list(query: CustomerListQuery = {}, options?: CallOptions): Promise<CursorPage<CustomerDetail>> {
    const path = '/v1/customers';
    const { customerIds, limit = MAX_CUSTOMERS_LIMIT } = query;
    if (customerIds && customerIds.length > MAX_CUSTOMER_IDS) {
      throw this.refuse('GET', path, `at most ${MAX_CUSTOMER_IDS} customer_ids per call; got ${customerIds.length}`);
    }
    this.checkLimit('GET', path, limit, MAX_CUSTOMERS_LIMIT);
    if (customerIds && customerIds.length === 0) return { data: [], next_page: null };
    return this.getPage<CustomerDetail>(path, customerListWire(query, limit), options);
  }
}

function customerListWire(q: CustomerListQuery, limit: number): CustomerListParams {
  return {
    ...given({ ingest_alias: q.ingestAlias, only_archived: q.onlyArchived, next_page: q.nextPage }),
    limit,
    ...(q.customerIds ? { customer_ids: q.customerIds.join(',') } : {}),
  };
}
