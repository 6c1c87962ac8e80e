import type { CursorPage } from '../page.ts';
import { given, Resource, type CallOptions } from '../resource.ts';
import type { Product, ProductListFilter } from './types.ts';

/** The vendor's page cap, also the page size when reading the whole catalogue. */
const MAX_LIMIT = 100;

/** Which products a catalogue read lists. */
export interface ProductFilter {
  /** left out: `NOT_ARCHIVED` */
  archiveFilter?: ProductListFilter['archive_filter'] | null;
}

/** One page of the catalogue: the filter, and the page. */
export interface ProductListQuery extends ProductFilter {
  /** 1..100, default 100 */
  limit?: number;
  /** the previous page's `next_page` */
  nextPage?: string | null;
}

/**
 * Contract-pricing products. Reads are POSTs; there is no filter by id on the list, so labels
 * come from the names embedded in credits, and the catalogue is read whole when needed.
 */
export class Products extends Resource {
  /**
   * One product by id (`POST /v1/contract-pricing/products/get`, body `{ id }`); archived ones too.
   * @throws UpstreamError `not_found` (404) for an unknown id; `unauthorized`, `rate_limited`,
   * `server`, `timeout`, `connection`, `aborted`, `decode` like any call.
   */
  retrieve(id: string, options?: CallOptions): Promise<Product> {
    return this.postRead<Product>('/v1/contract-pricing/products/get', { id }, options);
  }

  /**
   * One page (`POST /v1/contract-pricing/products/list`): `limit` (1..100, default 100, always
   * sent) and `next_page` go in the QUERY, `archive_filter` in the body (default NOT_ARCHIVED).
   * @throws UpstreamError `bad_request` before sending for a `limit` outside 1..100, or from the
   * vendor for a bad filter; otherwise as `retrieve`.
   */
  async list(query: ProductListQuery = {}, options?: CallOptions): Promise<CursorPage<Product>> {
    const path = '/v1/contract-pricing/products/list';
    const { limit = MAX_LIMIT, nextPage } = query;
    this.checkLimit('POST', path, limit, MAX_LIMIT);
    const filter: ProductListFilter = given({ archive_filter: query.archiveFilter });
    return this.postPage<Product>(path, filter, options, { limit, next_page: nextPage ?? undefined });
  }

  /**
   * The whole catalogue for a filter, page after page (100 a page, at most `MAX_PAGES` pages).
   * @throws UpstreamError as `list`; `decode` if the list has not ended after `MAX_PAGES` pages.
   */
  all(filter: ProductFilter = {}, options?: CallOptions): Promise<Product[]> {
    return this.readAll('POST', '/v1/contract-pricing/products/list', (cursor) =>
      this.list({ archiveFilter: filter.archiveFilter, limit: MAX_LIMIT, nextPage: cursor }, options),
    );
  }
}
