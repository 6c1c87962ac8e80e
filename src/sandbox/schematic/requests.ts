/**
 * The request bodies of the write endpoints, validated field by field with the vendor's limits
 * (OpenAPI request schemas, reference §3.6, §4.6, §5.1, §5.4, §6.2, §6.4) into the client's own
 * request types, so the sandbox and the client agree on the wire. Rules that need stored state
 * (unknown ids, dates relative to the clock, cost_editable ...) live in writes.ts.
 */
import type {
  CreateBillingCreditRequestBody,
  CreateBillingPlanCreditGrantRequestBody,
  CreateCompanyCreditGrant,
  CreateCreditBundleRequestBody,
  CreditBundleCurrencyPriceRequestBody,
  CreditCurrencyPriceRequestBody,
  CreditGrantPriceTierRequestBody,
  UpdateBillingCreditRequestBody,
  UpdateBillingPlanCreditGrantRequestBody,
  UpdateCreditBundleDetailsRequestBody,
  ZeroOutGrantRequestBody,
} from '../../upstream/schematic/types.ts';
import type { Body } from './body.ts';

// ---- the vendor's enums (reference §9). Values marked SDK-only in the reference (‡) are
// accepted: SDK 1.6.2 is newer than the spec snapshot and sends them, so the live API takes them
// (UNCONFIRMED; a response carrying one does not validate against the older spec snapshot).

const BURN_STRATEGIES = ['expiration_priority', 'first_in_first_out', 'last_in_first_out', 'plan_first_then_credit_bundles_first_in_first_out'] as const;
const EXPIRY_UNITS = ['billing_periods', 'days'] as const;
const EXPIRY_TYPES = ['duration', 'end_of_billing_period', 'end_of_next_billing_period', 'end_of_trial', 'no_expiry'] as const;
const ROLLOVER_POLICIES = ['expire', 'none', 'rollover'] as const;
const GRANT_REASONS = ['adjustment', 'billing_credit_auto_topup', 'free', 'plan', 'purchased', 'rollover', 'postpaid_forgiven', 'postpaid_overdraft', 'postpaid_settlement'] as const;
const ZERO_OUT_REASONS = ['customer_archived', 'expired', 'integration_uninstalled', 'license_retired', 'manual', 'plan_change', 'plan_period_reset', 'reconciled'] as const;
const RESET_CADENCES = ['daily', 'every_6_months', 'monthly', 'quarterly', 'weekly', 'yearly'] as const;
const RESET_STARTS = ['billing_period', 'first_of_month'] as const;
const RESET_TYPES = ['no_reset', 'plan_period'] as const;
const SCALINGS = ['fixed', 'per_license'] as const;
const AUTO_TOPUP_AVAILABILITIES = ['off', 'automatic', 'user_controlled'] as const;
const AUTO_TOPUP_AMOUNT_TYPES = ['credit'] as const;
const BUNDLE_TYPES = ['fixed'] as const;
const BUNDLE_STATUSES = ['active', 'inactive'] as const;
const BILLING_MODES = ['granted', 'billed'] as const;
const ARREARS_CADENCES = ['end_of_billing_period', 'monthly', 'quarterly'] as const;
const ARREARS_ANCHORS = ['billing_period_start', 'month_end'] as const;
const TIER_MODES = ['graduated', 'volume'] as const;

/** `credit_amount` and `company_credit_amount`: 0..9,999,999,999. */
const MAX_CREDIT_AMOUNT = 9_999_999_999;

/** Drops undefined values so a parsed body holds only what was sent. */
function sent<T extends object>(body: T): T {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Every currency code is at most 3 characters. The spec omits the limit on the credit create
 * body's `currency` only (UNCONFIRMED why): the sandbox applies it there too, the strict reading.
 */
const CURRENCY = { required: true, maxLength: 3 } as const;

/** `currency_prices` (at most 50); a currency listed twice is refused (UNCONFIRMED: safest reading). */
function currencyPrices(b: Body): (CreditCurrencyPriceRequestBody & CreditBundleCurrencyPriceRequestBody)[] | undefined {
  const items = b.objects('currency_prices', { maxItems: 50 })?.map((item) =>
    sent({
      currency: item.string('currency', CURRENCY),
      price_per_unit: item.int64('price_per_unit', { min: 0 }),
      price_per_unit_decimal: item.decimal('price_per_unit_decimal'),
    }),
  );
  const seen = new Set<string>();
  for (const { currency } of items ?? []) {
    if (seen.has(currency)) throw b.refuse('currency_prices', `currency ${currency} is listed twice`);
    seen.add(currency);
  }
  return items;
}

/**
 * A `duration` expiry needs its unit and length: UNCONFIRMED that the vendor refuses one without,
 * but such a grant would have no defined end, so the sandbox does.
 */
function requireDuration(b: Body, type: string | undefined): void {
  if (type !== 'duration') return;
  b.require('expiry_unit', 'required when expiry_type is duration');
  b.require('expiry_unit_count', 'required when expiry_type is duration');
}

// ---- credits

/** The fields create and update share; `per_unit_price` is >= 1 on update and, UNCONFIRMED, >= 0 on create (the spec sets no minimum there). */
function creditFields(b: Body, perUnitMin: number): UpdateBillingCreditRequestBody {
  return sent({
    name: b.string('name', { required: true, maxLength: 255 }),
    // required, but an empty description is a value (the spec only requires the key)
    description: b.string('description', { required: true, allowEmpty: true, maxLength: 1024 }),
    burn_strategy: b.oneOf('burn_strategy', BURN_STRATEGIES),
    currency_prices: currencyPrices(b),
    default_expiry_unit: b.oneOf('default_expiry_unit', EXPIRY_UNITS),
    default_expiry_unit_count: b.integer('default_expiry_unit_count', { min: 1 }),
    default_rollover_policy: b.oneOf('default_rollover_policy', ROLLOVER_POLICIES),
    icon: b.string('icon', { maxLength: 64 }),
    per_unit_price: b.int64('per_unit_price', { min: perUnitMin }),
    per_unit_price_decimal: b.decimal('per_unit_price_decimal'),
    plural_name: b.string('plural_name', { maxLength: 512 }),
    singular_name: b.string('singular_name', { maxLength: 512 }),
  });
}

export function createCreditRequest(b: Body): CreateBillingCreditRequestBody {
  return { ...creditFields(b, 0), currency: b.string('currency', CURRENCY) };
}

export function updateCreditRequest(b: Body): UpdateBillingCreditRequestBody {
  return creditFields(b, 1);
}

// ---- bundles

/** Cross-field rules (a duration's length) are checked on the stored result in writes.ts. */
function bundleFields(b: Body): UpdateCreditBundleDetailsRequestBody {
  return sent({
    bundle_name: b.string('bundle_name', { required: true, maxLength: 255 }),
    price_per_unit: b.int64('price_per_unit', { required: true, min: 0 }),
    price_per_unit_decimal: b.decimal('price_per_unit_decimal'),
    compatible_plan_ids: b.strings('compatible_plan_ids', { maxItems: 100 }),
    currency_prices: currencyPrices(b),
    expiry_type: b.oneOf('expiry_type', EXPIRY_TYPES),
    expiry_unit: b.oneOf('expiry_unit', EXPIRY_UNITS),
    expiry_unit_count: b.integer('expiry_unit_count', { min: 1 }),
    quantity: b.integer('quantity', { min: 1 }),
    status: b.oneOf('status', BUNDLE_STATUSES),
  });
}

export function createBundleRequest(b: Body): CreateCreditBundleRequestBody {
  requireDuration(b, b.oneOf('expiry_type', EXPIRY_TYPES));
  return sent({
    ...bundleFields(b),
    credit_id: b.string('credit_id', { required: true }),
    currency: b.string('currency', CURRENCY),
    bundle_type: b.oneOf('bundle_type', BUNDLE_TYPES),
  });
}

export function updateBundleRequest(b: Body): UpdateCreditBundleDetailsRequestBody {
  return bundleFields(b);
}

// ---- company grants

export function grantRequest(b: Body): CreateCompanyCreditGrant {
  const expiryType = b.oneOf('expiry_type', EXPIRY_TYPES);
  requireDuration(b, expiryType);
  return sent({
    company_id: b.string('company_id', { required: true }),
    credit_id: b.string('credit_id', { required: true }),
    quantity: b.integer('quantity', { required: true, min: 1 }),
    reason: b.oneOf('reason', GRANT_REASONS, { required: true }),
    billing_periods_count: b.integer('billing_periods_count', { min: 1 }),
    credit_bundle_id: b.string('credit_bundle_id'),
    currency: b.string('currency', { maxLength: 3 }),
    expires_at: b.dateTime('expires_at'),
    expiry_type: expiryType,
    expiry_unit: b.oneOf('expiry_unit', EXPIRY_UNITS),
    expiry_unit_count: b.integer('expiry_unit_count', { min: 1 }),
    renewal_enabled: b.boolean('renewal_enabled'),
    // ResetStart, as the spec says for the request (reference §12.9: UNCONFIRMED which enum the server checks)
    renewal_period: b.oneOf('renewal_period', RESET_STARTS),
  });
}

export function zeroOutRequest(b: Body): ZeroOutGrantRequestBody {
  return sent({ reason: b.oneOf('reason', ZERO_OUT_REASONS) });
}

// ---- plan credit grants

function priceTiers(b: Body): CreditGrantPriceTierRequestBody[] | undefined {
  // SDK-only field: no spec limit is known; 100 tiers is a generous sandbox bound
  return b.objects('price_tiers', { maxItems: 100 })?.map((tier) =>
    sent({
      up_to: tier.integer('up_to', { min: 1 }),
      per_unit_price: tier.int64('per_unit_price', { min: 0 }),
      per_unit_price_decimal: tier.decimal('per_unit_price_decimal'),
    }),
  );
}

/**
 * The fields create and update share. Cross-field rules that depend on the stored grant
 * (per-license scaling, tiers) are checked on the merged result in writes.ts.
 */
function planGrantFields(b: Body): UpdateBillingPlanCreditGrantRequestBody {
  return sent({
    reset_cadence: b.oneOf('reset_cadence', RESET_CADENCES, { required: true }),
    reset_start: b.oneOf('reset_start', RESET_STARTS, { required: true }),
    credit_amount: b.integer('credit_amount', { min: 0, max: MAX_CREDIT_AMOUNT }),
    apply_to_existing: b.boolean('apply_to_existing'),
    arrears_anchor: b.oneOf('arrears_anchor', ARREARS_ANCHORS),
    arrears_cadence: b.oneOf('arrears_cadence', ARREARS_CADENCES),
    auto_topup_amount: b.integer('auto_topup_amount', { min: 1 }),
    auto_topup_amount_type: b.oneOf('auto_topup_amount_type', AUTO_TOPUP_AMOUNT_TYPES),
    auto_topup_availability: b.oneOf('auto_topup_availability', AUTO_TOPUP_AVAILABILITIES),
    auto_topup_enabled: b.boolean('auto_topup_enabled'),
    auto_topup_expiry_type: b.oneOf('auto_topup_expiry_type', EXPIRY_TYPES),
    auto_topup_expiry_unit: b.oneOf('auto_topup_expiry_unit', EXPIRY_UNITS),
    auto_topup_expiry_unit_count: b.integer('auto_topup_expiry_unit_count', { min: 1 }),
    auto_topup_self_service: b.boolean('auto_topup_self_service'),
    auto_topup_threshold_credits: b.integer('auto_topup_threshold_credits', { min: 0 }),
    auto_topup_threshold_percent: b.integer('auto_topup_threshold_percent', { min: 1, max: 100 }),
    billing_mode: b.oneOf('billing_mode', BILLING_MODES),
    can_buy_bundles: b.boolean('can_buy_bundles'),
    company_credit_amount: b.integer('company_credit_amount', { min: 0, max: MAX_CREDIT_AMOUNT }),
    expiry_type: b.oneOf('expiry_type', EXPIRY_TYPES),
    expiry_unit: b.oneOf('expiry_unit', EXPIRY_UNITS),
    expiry_unit_count: b.integer('expiry_unit_count', { min: 1 }),
    license_id: b.string('license_id'),
    overdraft_limit: b.number('overdraft_limit', { min: 0 }),
    postpaid_enabled: b.boolean('postpaid_enabled'),
    postpaid_rate_per_unit: b.number('postpaid_rate_per_unit', { min: 0 }),
    postpaid_rate_per_unit_decimal: b.decimal('postpaid_rate_per_unit_decimal'),
    price_tiers: priceTiers(b),
    reset_type: b.oneOf('reset_type', RESET_TYPES),
    rollover_percentage: b.integer('rollover_percentage', { min: 0, max: 100 }),
    scaling: b.oneOf('scaling', SCALINGS),
    tier_mode: b.oneOf('tier_mode', TIER_MODES),
    unit_price: b.number('unit_price', { min: 0 }),
    unit_price_decimal: b.decimal('unit_price_decimal'),
  });
}

export function createPlanGrantRequest(b: Body): CreateBillingPlanCreditGrantRequestBody {
  return sent({
    ...planGrantFields(b),
    credit_id: b.string('credit_id', { required: true }),
    plan_id: b.string('plan_id', { required: true }),
    plan_version_id: b.string('plan_version_id'),
    credit_amount: b.integer('credit_amount', { required: true, min: 0, max: MAX_CREDIT_AMOUNT }),
  });
}

export function updatePlanGrantRequest(b: Body): UpdateBillingPlanCreditGrantRequestBody {
  return planGrantFields(b);
}
