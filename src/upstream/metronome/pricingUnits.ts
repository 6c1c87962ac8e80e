import type { CursorPage } from '../page.ts';
import { Resource, type CallOptions } from '../resource.ts';
import type { PricingUnit } from './types.ts';

/** The vendor's page cap, also the page size when reading the whole catalogue. */
const MAX_LIMIT = 100;

/** One page of the catalogue. */
export interface PricingUnitPage {
  /** 1..100, default 100 */
  limit?: number;
  /** the previous page's `next_page` */
  nextPage?: string | null;
}

/**
 * Pricing units (credit types): `GET /v1/credit-types/list`, every fiat currency plus the
 * account's custom units. There is no get-by-id: read the catalogue and look up by id.
 */
export class PricingUnits extends Resource {
  /**
   * One page (cursor in the query; `limit` 1..100, default 100 sent explicitly).
   * @throws UpstreamError `bad_request` before sending for a `limit` outside 1..100; `unauthorized`,
   * `rate_limited`, `server`, `timeout`, `connection`, `aborted`, `decode` like any call.
   */
  async list(page: PricingUnitPage = {}, options?: CallOptions): Promise<CursorPage<PricingUnit>> {
    const { limit = MAX_LIMIT, nextPage } = page;
    this.checkLimit('GET', '/v1/credit-types/list', limit, MAX_LIMIT);
    return this.getPage<PricingUnit>('/v1/credit-types/list', { limit, next_page: nextPage ?? undefined }, options);
  }

  /**
   * The whole catalogue, page after page (100 a page, at most `MAX_PAGES` pages).
   * @throws UpstreamError as `list`; `decode` if the list has not ended after `MAX_PAGES` pages.
   */
  all(options?: CallOptions): Promise<PricingUnit[]> {
    return this.readAll('GET', '/v1/credit-types/list', (cursor) =>
      this.list({ limit: MAX_LIMIT, nextPage: cursor }, options),
    );
  }
}
