import { given, Resource, segment, wireQuery, type CallOptions } from '../resource.ts';
import { currencyPricesWire, type CurrencyPriceParams } from './credits.ts';
import type {
  BillingCreditBundle,
  CreateCreditBundleRequestBody,
  DeleteData,
  ListBundlesParams,
  PageParams,
  UpdateCreditBundleDetailsRequestBody,
} from './types.ts';

/** Which bundles a list reads; null or absent filters are not sent. */
export interface BundleListQuery {
  ids?: readonly string[] | null;
  creditId?: string | null;
  /** BillingCreditBundleStatus */
  status?: string | null;
  /** BillingCreditBundleType */
  bundleType?: string | null;
}

/** A bundle's optional details, as create and update take them; null or absent fields are not sent. */
export interface BundleDetailsParams {
  /** a decimal string; Schematic keeps it beside `pricePerUnit` */
  pricePerUnitDecimal?: string | null;
  /** at most 100; on update, absent keeps them and `[]` opens the bundle to every plan */
  compatiblePlanIds?: readonly string[] | null;
  /** at most 50 */
  currencyPrices?: readonly CurrencyPriceParams[] | null;
  /** BillingCreditExpiryType */
  expiryType?: string | null;
  /** BillingCreditExpiryUnit */
  expiryUnit?: string | null;
  /** >= 1 */
  expiryUnitCount?: number | null;
  /** credits per bundle, >= 1 */
  quantity?: number | null;
  /** BillingCreditBundleStatus */
  status?: string | null;
}

/** An update: Schematic's PUT requires the name and the price even when they do not change. */
export interface UpdateBundleParams extends BundleDetailsParams {
  /** at most 255 characters */
  bundleName: string;
  /** minor units per credit, >= 0 */
  pricePerUnit: number | bigint;
}

/** A new bundle: the update's fields plus what is fixed once created. */
export interface CreateBundleParams extends UpdateBundleParams {
  creditId: string;
  /** at most 3 characters */
  currency: string;
  /** BillingCreditBundleType */
  bundleType?: string | null;
}

/**
 * Credit bundles: `/billing/credits/bundles`. Every method throws UpstreamError on failure
 * (`bad_request` with the vendor's message for invalid input, `not_found` for an unknown id);
 * writes are sent once.
 */
export class Bundles extends Resource {
  list(query: BundleListQuery & PageParams = {}, options?: CallOptions) {
    return this.get<BillingCreditBundle[]>('/billing/credits/bundles', listWire(query), options);
  }
  count(query: BundleListQuery = {}, options?: CallOptions) {
    return this.getCount('/billing/credits/bundles/count', listWire(query), options);
  }
  retrieve(id: string, options?: CallOptions) {
    return this.get<BillingCreditBundle>(`/billing/credits/bundles/${segment(id)}`, undefined, options);
  }
  /** POST `/billing/credits/bundles` (201): the new bundle. */
  create(params: CreateBundleParams, options?: CallOptions) {
    return this.write<BillingCreditBundle>('POST', '/billing/credits/bundles', createWire(params), options);
  }
  /** PUT `/billing/credits/bundles/{id}`, a full PUT (`bundle_name`, `price_per_unit`): the updated bundle. */
  update(id: string, params: UpdateBundleParams, options?: CallOptions) {
    return this.write<BillingCreditBundle>('PUT', `/billing/credits/bundles/${segment(id)}`, updateWire(params), options);
  }
  /** DELETE `/billing/credits/bundles/{id}`. */
  delete(id: string, options?: CallOptions) {
    return this.write<DeleteData>('DELETE', `/billing/credits/bundles/${segment(id)}`, undefined, options);
  }
}

const LIST_NAMES = { ids: 'ids', creditId: 'credit_id', status: 'status', bundleType: 'bundle_type', limit: 'limit', offset: 'offset' } as const;
const listWire = (q: BundleListQuery & PageParams) => wireQuery<BundleListQuery & PageParams, ListBundlesParams>(q, LIST_NAMES);

function createWire(p: CreateBundleParams): CreateCreditBundleRequestBody {
  return {
    credit_id: p.creditId,
    bundle_name: p.bundleName,
    currency: p.currency,
    price_per_unit: p.pricePerUnit,
    ...given({ bundle_type: p.bundleType }),
    ...detailsWire(p),
  };
}

function updateWire(p: UpdateBundleParams): UpdateCreditBundleDetailsRequestBody {
  return { bundle_name: p.bundleName, price_per_unit: p.pricePerUnit, ...detailsWire(p) };
}

function detailsWire(p: BundleDetailsParams) {
  return given({
    price_per_unit_decimal: p.pricePerUnitDecimal,
    compatible_plan_ids: p.compatiblePlanIds ? [...p.compatiblePlanIds] : p.compatiblePlanIds,
    currency_prices: currencyPricesWire(p.currencyPrices),
    expiry_type: p.expiryType,
    expiry_unit: p.expiryUnit,
    expiry_unit_count: p.expiryUnitCount,
    quantity: p.quantity,
    status: p.status,
  });
}
