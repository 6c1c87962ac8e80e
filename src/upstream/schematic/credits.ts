import { given, Resource, segment, type CallOptions } from '../resource.ts';
import type {
  BillingCredit,
  CreateBillingCreditRequestBody,
  CreditCurrencyPriceRequestBody,
  DeleteData,
  ListCreditsParams,
  UpdateBillingCreditRequestBody,
} from './types.ts';

/** A price in one currency, as credit and bundle writes take it; a null price is not sent. */
export interface CurrencyPriceParams {
  /** ISO 4217, at most 3 characters */
  currency: string;
  /** minor units, >= 0 */
  pricePerUnit?: number | bigint | null;
  /** a decimal string; wins over `pricePerUnit` upstream */
  pricePerUnitDecimal?: string | null;
}

/** A credit's optional details, as create and update take them; null or absent fields are not sent. */
export interface CreditDetailsParams {
  /** at most 64 characters */
  icon?: string | null;
  /** at most 512 characters */
  singularName?: string | null;
  /** at most 512 characters */
  pluralName?: string | null;
  /** BillingCreditBurnStrategy */
  burnStrategy?: string | null;
  /** BillingCreditExpiryUnit */
  defaultExpiryUnit?: string | null;
  /** >= 1 */
  defaultExpiryUnitCount?: number | null;
  /** BillingCreditRolloverPolicy */
  defaultRolloverPolicy?: string | null;
  /** int64 minor units (>= 1 on update) */
  perUnitPrice?: number | bigint | null;
  perUnitPriceDecimal?: string | null;
  /** at most 50 */
  currencyPrices?: readonly CurrencyPriceParams[] | null;
}

/** An update: Schematic's PUT requires `name` and `description` even when they do not change. */
export interface UpdateCreditParams extends CreditDetailsParams {
  /** at most 255 characters */
  name: string;
  /** at most 1024 characters */
  description: string;
}

/** A new credit: the update's fields plus its currency (fixed once created). */
export interface CreateCreditParams extends UpdateCreditParams {
  currency: string;
}

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
  create(params: CreateCreditParams, options?: CallOptions) {
    return this.write<BillingCredit>('POST', '/billing/credits', createWire(params), options);
  }
  /** PUT `/billing/credits/{id}`, a full PUT (`name` and `description` always sent): the updated credit. */
  update(id: string, params: UpdateCreditParams, options?: CallOptions) {
    return this.write<BillingCredit>('PUT', `/billing/credits/${segment(id)}`, updateWire(params), options);
  }
  /** DELETE `/billing/credits/{id}` (the vendor's soft delete). */
  delete(id: string, options?: CallOptions) {
    return this.write<DeleteData>('DELETE', `/billing/credits/${segment(id)}`, undefined, options);
  }
}

function createWire(p: CreateCreditParams): CreateBillingCreditRequestBody {
  return { name: p.name, description: p.description, currency: p.currency, ...detailsWire(p) };
}

function updateWire(p: UpdateCreditParams): UpdateBillingCreditRequestBody {
  return { name: p.name, description: p.description, ...detailsWire(p) };
}

function detailsWire(p: CreditDetailsParams) {
  return given({
    icon: p.icon,
    singular_name: p.singularName,
    plural_name: p.pluralName,
    burn_strategy: p.burnStrategy,
    default_expiry_unit: p.defaultExpiryUnit,
    default_expiry_unit_count: p.defaultExpiryUnitCount,
    default_rollover_policy: p.defaultRolloverPolicy,
    per_unit_price: p.perUnitPrice,
    per_unit_price_decimal: p.perUnitPriceDecimal,
    currency_prices: currencyPricesWire(p.currencyPrices),
  });
}

/** The `currency_prices` list of a credit or bundle body (the two wire types are alike). */
export function currencyPricesWire(prices: readonly CurrencyPriceParams[] | null | undefined): CreditCurrencyPriceRequestBody[] | undefined {
  return prices?.map((price) =>
    given({ currency: price.currency, price_per_unit: price.pricePerUnit, price_per_unit_decimal: price.pricePerUnitDecimal }),
  );
}
