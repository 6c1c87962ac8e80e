import { given, Resource, segment, wireQuery, type CallOptions } from '../resource.ts';
import type {
  BillingPlanCreditGrant,
  CreateBillingPlanCreditGrantRequestBody,
  DeleteBillingPlanCreditGrantParams,
  DeleteData,
  ListPlanGrantsParams,
  PageParams,
  UpdateBillingPlanCreditGrantRequestBody,
} from './types.ts';

/** Which plan grants a list reads; null or absent filters are not sent. */
export interface PlanGrantListQuery {
  ids?: readonly string[] | null;
  creditId?: string | null;
  planId?: string | null;
  planIds?: readonly string[] | null;
  planVersionId?: string | null;
  planVersionIds?: readonly string[] | null;
}

/** One price tier of a billed plan grant (SDK-only). */
export interface PlanGrantPriceTier {
  upTo?: number | null;
  perUnitPrice?: bigint | null;
  perUnitPriceDecimal?: string | null;
}

/**
 * A plan grant's settings, as both create and update take them; null or absent fields are not
 * sent. Enum-valued fields hold the wire values (`per_license`, `plan_period` ...). Fields
 * marked SDK-only exist in SDK 1.6.2 but not in the spec snapshot.
 */
export interface PlanGrantSettings {
  /** 0..9999999999 */
  creditAmount?: number | null;
  applyToExisting?: boolean | null;
  resetType?: string | null;
  /** 0..100 */
  rolloverPercentage?: number | null;
  scaling?: string | null;
  /** required with scaling `per_license` */
  licenseId?: string | null;
  /** 0..9999999999; only with scaling `per_license` */
  companyCreditAmount?: number | null;
  expiryType?: string | null;
  expiryUnit?: string | null;
  /** >= 1 */
  expiryUnitCount?: number | null;
  autoTopupAvailability?: string | null;
  autoTopupEnabled?: boolean | null;
  autoTopupSelfService?: boolean | null;
  /** >= 1 */
  autoTopupAmount?: number | null;
  autoTopupAmountType?: string | null;
  /** >= 0 */
  autoTopupThresholdCredits?: number | null;
  /** 1..100 */
  autoTopupThresholdPercent?: number | null;
  autoTopupExpiryType?: string | null;
  autoTopupExpiryUnit?: string | null;
  /** >= 1 */
  autoTopupExpiryUnitCount?: number | null;
  /** SDK-only */
  billingMode?: string | null;
  /** SDK-only; minor units within 2^53 (a JSON number on the wire) */
  unitPrice?: bigint | null;
  /** SDK-only */
  unitPriceDecimal?: string | null;
  /** SDK-only; needs `tierMode` */
  priceTiers?: readonly PlanGrantPriceTier[] | null;
  /** SDK-only */
  tierMode?: string | null;
  /** SDK-only */
  arrearsCadence?: string | null;
  /** SDK-only */
  arrearsAnchor?: string | null;
  /** SDK-only */
  postpaidEnabled?: boolean | null;
  /** SDK-only; minor units within 2^53 (a JSON number on the wire) */
  postpaidRatePerUnit?: bigint | null;
  /** SDK-only */
  postpaidRatePerUnitDecimal?: string | null;
  /** SDK-only */
  overdraftLimit?: number | null;
  /** deprecated */
  canBuyBundles?: boolean | null;
}

/** An update: Schematic's PUT requires `resetCadence` and `resetStart` even when they do not change. */
export interface UpdatePlanGrantParams extends PlanGrantSettings {
  resetCadence: string;
  resetStart: string;
}

/** A new plan grant: the update's fields plus the links it is created with. */
export interface CreatePlanGrantParams extends UpdatePlanGrantParams {
  planId: string;
  creditId: string;
  /** left out: Schematic picks the version */
  planVersionId?: string | null;
  creditAmount: number;
}

/** A removal; `applyToExisting` also takes the credits back from companies already on the plan. */
export interface DeletePlanGrantParams {
  applyToExisting?: boolean | null;
}

/**
 * Plan credit grants: `/billing/credits/plan-grants`. Every method throws UpstreamError on failure
 * (`bad_request` with the vendor's message for invalid input, `not_found` for an unknown id);
 * writes are sent once.
 */
export class PlanGrants extends Resource {
  list(query: PlanGrantListQuery & PageParams = {}, options?: CallOptions) {
    return this.get<BillingPlanCreditGrant[]>('/billing/credits/plan-grants', listWire(query), options);
  }
  count(query: PlanGrantListQuery = {}, options?: CallOptions) {
    return this.getCount('/billing/credits/plan-grants/count', listWire(query), options);
  }
  retrieve(id: string, options?: CallOptions) {
    return this.get<BillingPlanCreditGrant>(`/billing/credits/plan-grants/${segment(id)}`, undefined, options);
  }
  /** POST `/billing/credits/plan-grants` (201): the new plan grant. */
  create(params: CreatePlanGrantParams, options?: CallOptions) {
    return this.write<BillingPlanCreditGrant>('POST', '/billing/credits/plan-grants', createWire(params), options);
  }
  /** PUT `/billing/credits/plan-grants/{id}` (`reset_cadence`, `reset_start` always sent): the updated plan grant. */
  update(id: string, params: UpdatePlanGrantParams, options?: CallOptions) {
    return this.write<BillingPlanCreditGrant>('PUT', `/billing/credits/plan-grants/${segment(id)}`, updateWire(params), options);
  }
  /** DELETE `/billing/credits/plan-grants/{id}`, with `?apply_to_existing=` when `applyToExisting` is set. */
  delete(id: string, params: DeletePlanGrantParams = {}, options?: CallOptions) {
    const query: DeleteBillingPlanCreditGrantParams = given({ apply_to_existing: params.applyToExisting });
    return this.write<DeleteData>('DELETE', `/billing/credits/plan-grants/${segment(id)}`, undefined, options, query);
  }
}

const LIST_NAMES = {
  ids: 'ids',
  creditId: 'credit_id',
  planId: 'plan_id',
  planIds: 'plan_ids',
  planVersionId: 'plan_version_id',
  planVersionIds: 'plan_version_ids',
  limit: 'limit',
  offset: 'offset',
} as const;
const listWire = (q: PlanGrantListQuery & PageParams) => wireQuery<PlanGrantListQuery & PageParams, ListPlanGrantsParams>(q, LIST_NAMES);

function createWire({ planId, creditId, planVersionId, creditAmount, ...p }: CreatePlanGrantParams): CreateBillingPlanCreditGrantRequestBody {
  return {
    plan_id: planId,
    credit_id: creditId,
    credit_amount: creditAmount,
    reset_cadence: p.resetCadence,
    reset_start: p.resetStart,
    ...given({ plan_version_id: planVersionId }),
    ...settingsWire(p),
  };
}

function updateWire(p: UpdatePlanGrantParams): UpdateBillingPlanCreditGrantRequestBody {
  return { reset_cadence: p.resetCadence, reset_start: p.resetStart, ...given({ credit_amount: p.creditAmount }), ...settingsWire(p) };
}

const toNumber = (value: bigint | null | undefined) => (value == null ? value : Number(value));

/**
 * `unit_price` and `postpaid_rate_per_unit` are JSON numbers on the wire (SDK type `number`), so
 * the bigint becomes a number: exact, as the schema's rules keep it within 2^53. `credit_amount`
 * is placed by the caller (required on create).
 */
function settingsWire(p: PlanGrantSettings) {
  return given({
    apply_to_existing: p.applyToExisting,
    reset_type: p.resetType,
    rollover_percentage: p.rolloverPercentage,
    scaling: p.scaling,
    license_id: p.licenseId,
    company_credit_amount: p.companyCreditAmount,
    expiry_type: p.expiryType,
    expiry_unit: p.expiryUnit,
    expiry_unit_count: p.expiryUnitCount,
    auto_topup_availability: p.autoTopupAvailability,
    auto_topup_enabled: p.autoTopupEnabled,
    auto_topup_self_service: p.autoTopupSelfService,
    auto_topup_amount: p.autoTopupAmount,
    auto_topup_amount_type: p.autoTopupAmountType,
    auto_topup_threshold_credits: p.autoTopupThresholdCredits,
    auto_topup_threshold_percent: p.autoTopupThresholdPercent,
    auto_topup_expiry_type: p.autoTopupExpiryType,
    auto_topup_expiry_unit: p.autoTopupExpiryUnit,
    auto_topup_expiry_unit_count: p.autoTopupExpiryUnitCount,
    billing_mode: p.billingMode,
    unit_price: toNumber(p.unitPrice),
    unit_price_decimal: p.unitPriceDecimal,
    price_tiers: p.priceTiers?.map((tier) =>
      given({ up_to: tier.upTo, per_unit_price: tier.perUnitPrice, per_unit_price_decimal: tier.perUnitPriceDecimal }),
    ),
    tier_mode: p.tierMode,
    arrears_cadence: p.arrearsCadence,
    arrears_anchor: p.arrearsAnchor,
    postpaid_enabled: p.postpaidEnabled,
    postpaid_rate_per_unit: toNumber(p.postpaidRatePerUnit),
    postpaid_rate_per_unit_decimal: p.postpaidRatePerUnitDecimal,
    overdraft_limit: p.overdraftLimit,
    can_buy_bundles: p.canBuyBundles,
  });
}
