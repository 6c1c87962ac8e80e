/**
 * Schematic wire types, snake_case exactly as on the wire (reference: shared/reference/schematic-api.md).
 * Every field the vendor does not mark "always present" is optional and nullable.
 * Enum-typed fields are plain strings on purpose: the vendor adds values between releases
 * (§2.9) and the schema layer maps unknown ones instead of failing.
 * Integers beyond 2^53 arrive as `bigint` (parseJson in core/json.ts); only int64 money fields say so.
 */

/** `{ data, params }`: the envelope of every success response. */
export interface Envelope<T> {
  data: T;
  params: Record<string, unknown>;
}

export interface CountData {
  count?: number | null;
}

/** `DeleteResponse`: the `data` of every delete. */
export interface DeleteData {
  deleted?: boolean | null;
}

/** `{ error }`: the body of every error response. */
export interface ApiErrorBody {
  error: string;
}

/** Offset pagination shared by every list endpoint: limit 0..250 (default 100), offset >= 0. */
export interface PageParams {
  limit?: number;
  offset?: number;
}

// ---- shared embedded objects (§8) ----

export interface BillingPrice {
  currency: string;
  external_price_id: string;
  id: string;
  interval: string;
  interval_count: number;
  nickname?: string | null;
  /** int64 minor units; a `bigint` when beyond 2^53 (see parseJson in core/json.ts) */
  price: number | bigint;
  price_decimal?: string | null;
  provider_type: string;
  scheme: string;
}

export interface BillingProduct {
  account_id: string;
  created_at: string;
  currency?: string | null;
  environment_id: string;
  external_id: string;
  is_active: boolean;
  name: string;
  /** double on this object (not int) */
  price: number;
  price_decimal?: string | null;
  product_id: string;
  provider_type: string;
  quantity: number;
  updated_at: string;
}

export interface CurrencyPrice {
  currency: string;
  price?: BillingPrice | null;
}

export interface CreditTransfer {
  amount: number;
  created_at: string;
  direction: string;
  id: string;
  reason: string;
  related_grant_id: string;
}

export interface PreviewObject {
  id: string;
  name: string;
  description?: string | null;
  image_url?: string | null;
}

// ---- credits (§3) ----

export interface BillingCredit {
  burn_strategy: string;
  cost_editable: boolean;
  created_at: string;
  currency_prices: CurrencyPrice[];
  default_expiry_unit: string;
  default_expiry_unit_count?: number | null;
  default_rollover_policy: string;
  description: string;
  icon?: string | null;
  id: string;
  ledger_authority?: string | null;
  name: string;
  plural_name?: string | null;
  price?: BillingPrice | null;
  product?: BillingProduct | null;
  singular_name?: string | null;
  updated_at: string;
}

export interface ListCreditsParams extends PageParams {
  ids?: readonly string[];
  name?: string;
}

/** One currency's cost basis in a credit create/update body (`CreditCurrencyPriceRequestBody`). */
export interface CreditCurrencyPriceRequestBody {
  /** at most 3 characters */
  currency: string;
  /** int64 minor units, >= 0 */
  price_per_unit?: number | bigint | null;
  /** decimal string; wins over `price_per_unit` when both are set */
  price_per_unit_decimal?: string | null;
}

/** `POST /billing/credits` (§3.6). */
export interface CreateBillingCreditRequestBody {
  /** at most 255 characters */
  name: string;
  /** at most 1024 characters */
  description: string;
  currency: string;
  /** BillingCreditBurnStrategy */
  burn_strategy?: string | null;
  /** at most 50 */
  currency_prices?: CreditCurrencyPriceRequestBody[] | null;
  /** BillingCreditExpiryUnit */
  default_expiry_unit?: string | null;
  /** >= 1 */
  default_expiry_unit_count?: number | null;
  /** BillingCreditRolloverPolicy */
  default_rollover_policy?: string | null;
  /** at most 64 characters */
  icon?: string | null;
  /** int64 minor units */
  per_unit_price?: number | bigint | null;
  per_unit_price_decimal?: string | null;
  /** at most 512 characters */
  plural_name?: string | null;
  /** at most 512 characters */
  singular_name?: string | null;
}

/**
 * `PUT /billing/credits/{credit_id}`: a full PUT (`name` and `description` always sent), no
 * `currency`, and `per_unit_price` >= 1.
 */
export type UpdateBillingCreditRequestBody = Omit<CreateBillingCreditRequestBody, 'currency'>;

// ---- bundles (§4) ----

export interface BillingCreditBundle {
  billing_invoice_id?: string | null;
  bundle_type: string;
  compatible_plan_ids: string[];
  created_at: string;
  credit_description?: string | null;
  credit_icon?: string | null;
  credit_id: string;
  credit_name: string;
  currency_prices: CurrencyPrice[];
  expiry_type: string;
  expiry_unit: string;
  expiry_unit_count?: number | null;
  has_grants: boolean;
  id: string;
  name: string;
  plural_name?: string | null;
  price?: BillingPrice | null;
  quantity?: number | null;
  singular_name?: string | null;
  status: string;
  unit_price?: BillingPrice | null;
  updated_at: string;
}

export interface ListBundlesParams extends PageParams {
  ids?: readonly string[];
  credit_id?: string;
  status?: string;
  bundle_type?: string;
}

/** One currency's per-credit price in a bundle body (`CreditBundleCurrencyPriceRequestBody`). */
export interface CreditBundleCurrencyPriceRequestBody {
  /** at most 3 characters */
  currency: string;
  /** int64 minor units per credit, >= 0 */
  price_per_unit?: number | bigint | null;
  price_per_unit_decimal?: string | null;
}

/** `POST /billing/credits/bundles` (§4.6). */
export interface CreateCreditBundleRequestBody {
  /** at most 255 characters */
  bundle_name: string;
  credit_id: string;
  /** at most 3 characters */
  currency: string;
  /** int64 minor units per credit, >= 0; required even with `currency_prices` */
  price_per_unit: number | bigint;
  price_per_unit_decimal?: string | null;
  /** BillingCreditBundleType */
  bundle_type?: string | null;
  /** at most 100; omitted or empty: every plan */
  compatible_plan_ids?: string[] | null;
  /** at most 50 */
  currency_prices?: CreditBundleCurrencyPriceRequestBody[] | null;
  /** BillingCreditExpiryType */
  expiry_type?: string | null;
  /** BillingCreditExpiryUnit */
  expiry_unit?: string | null;
  /** >= 1 */
  expiry_unit_count?: number | null;
  /** credits per bundle, >= 1 */
  quantity?: number | null;
  /** BillingCreditBundleStatus */
  status?: string | null;
}

/**
 * `PUT /billing/credits/bundles/{bundle_id}` (`UpdateCreditBundleDetailsRequestBody`): a full PUT
 * without `credit_id`, `currency` or `bundle_type`. Omitting `compatible_plan_ids` keeps them; `[]`
 * opens the bundle to every plan.
 */
export type UpdateCreditBundleDetailsRequestBody = Omit<CreateCreditBundleRequestBody, 'credit_id' | 'currency' | 'bundle_type'>;

// ---- company grants (§5) ----

export interface BillingCreditGrant {
  company_id: string;
  company_license_id?: string | null;
  company_name: string;
  created_at: string;
  credit_bundle_id?: string | null;
  credit_icon?: string | null;
  credit_id: string;
  credit_name: string;
  currency?: string | null;
  expires_at?: string | null;
  grant_reason: string;
  id: string;
  license_name?: string | null;
  plan_id?: string | null;
  plan_name?: string | null;
  postpaid_charge_amount?: number | null;
  postpaid_charge_currency?: string | null;
  postpaid_charged_credits?: number | null;
  price?: BillingPrice | null;
  quantity: number;
  quantity_remaining: number;
  quantity_used: number;
  renewal_enabled: boolean;
  renewal_period?: string | null;
  reserved?: number | null;
  settled?: number | null;
  source_grant_id?: string | null;
  source_label: string;
  transfers?: CreditTransfer[] | null;
  updated_at: string;
  valid_from?: string | null;
  zeroed_out_date?: string | null;
  zeroed_out_reason?: string | null;
}

/** `/billing/credits/grants/list`: by grant ids or by one credit. */
export interface ListGrantsParams extends PageParams {
  ids?: readonly string[];
  credit_id?: string;
}

/** `/billing/credits/grants/company/list`: one company per call. */
export interface ListCompanyGrantsParams extends PageParams {
  company_id: string;
  order?: string;
  dir?: string;
}

/** `POST /billing/credits/grants/company` (§5.1). */
export interface CreateCompanyCreditGrant {
  company_id: string;
  credit_id: string;
  /** credits to grant, an integer >= 1 */
  quantity: number;
  /** BillingCreditGrantReason */
  reason: string;
  /** >= 1 */
  billing_periods_count?: number | null;
  /** SDK-only (absent from the spec snapshot): the bundle the credits were bought as */
  credit_bundle_id?: string | null;
  /** at most 3 characters */
  currency?: string | null;
  /** RFC 3339 */
  expires_at?: string | null;
  /** BillingCreditExpiryType */
  expiry_type?: string | null;
  /** BillingCreditExpiryUnit */
  expiry_unit?: string | null;
  /** >= 1 */
  expiry_unit_count?: number | null;
  renewal_enabled?: boolean | null;
  /** BillingPlanCreditGrantResetStart here, although the grant's own `renewal_period` is a ResetCadence */
  renewal_period?: string | null;
}

/** `PUT /billing/credits/grants/{grant_id}/zero-out`: `{}` when no reason is given, as the SDK sends. */
export interface ZeroOutGrantRequestBody {
  /** BillingCreditGrantZeroedOutReason */
  reason?: string | null;
}

// ---- plan credit grants (§6) ----

export interface PlanCreditGrantPriceTier {
  from: number;
  to?: number | null;
  per_unit_price?: number | null;
  per_unit_price_decimal?: string | null;
}

export interface BillingPlanCreditGrant {
  arrears_anchor?: string | null;
  arrears_cadence?: string | null;
  auto_topup_amount?: number | null;
  auto_topup_amount_type?: string | null;
  auto_topup_availability: string;
  auto_topup_enabled: boolean;
  auto_topup_expiry_type?: string | null;
  auto_topup_expiry_unit?: string | null;
  auto_topup_expiry_unit_count?: number | null;
  auto_topup_self_service: boolean;
  auto_topup_threshold_credits?: number | null;
  auto_topup_threshold_percent?: number | null;
  billing_mode?: string | null;
  can_buy_bundles: boolean;
  company_credit_amount: number;
  created_at: string;
  credit?: BillingCredit | null;
  credit_amount: number;
  credit_id: string;
  credit_name: string;
  credit_plural_name?: string | null;
  credit_singular_name?: string | null;
  expiry_type?: string | null;
  expiry_unit?: string | null;
  expiry_unit_count?: number | null;
  id: string;
  license_id?: string | null;
  overdraft_limit?: number | null;
  plan?: PreviewObject | null;
  plan_id: string;
  plan_name: string;
  plan_version_id?: string | null;
  postpaid_enabled?: boolean | null;
  postpaid_rate_per_unit?: number | null;
  postpaid_rate_per_unit_decimal?: string | null;
  price?: BillingPrice | null;
  price_tiers?: PlanCreditGrantPriceTier[] | null;
  reset_cadence?: string | null;
  reset_start?: string | null;
  reset_type?: string | null;
  rollover_percentage: number;
  scaling: string;
  tier_mode?: string | null;
  unit_price?: number | null;
  unit_price_decimal?: string | null;
  updated_at: string;
}

export interface ListPlanGrantsParams extends PageParams {
  ids?: readonly string[];
  credit_id?: string;
  plan_id?: string;
  plan_ids?: readonly string[];
  plan_version_id?: string;
  plan_version_ids?: readonly string[];
}

/** A price tier of a billed plan grant (SDK-only, absent from the spec snapshot). */
export interface CreditGrantPriceTierRequestBody {
  up_to?: number | null;
  per_unit_price?: number | bigint | null;
  per_unit_price_decimal?: string | null;
}

/**
 * `PUT /billing/credits/plan-grants/{plan_grant_id}` (§6.4). `reset_cadence` and `reset_start`
 * are required even on update. Fields marked SDK-only exist in SDK 1.6.2 but not in the spec snapshot.
 */
export interface UpdateBillingPlanCreditGrantRequestBody {
  /** BillingPlanCreditGrantResetCadence */
  reset_cadence: string;
  /** BillingPlanCreditGrantResetStart */
  reset_start: string;
  /** 0..9999999999 */
  credit_amount?: number | null;
  apply_to_existing?: boolean | null;
  /** SDK-only: BillingArrearsAnchor */
  arrears_anchor?: string | null;
  /** SDK-only: BillingArrearsCadence */
  arrears_cadence?: string | null;
  /** >= 1 */
  auto_topup_amount?: number | null;
  /** CreditAutoTopupAmountType */
  auto_topup_amount_type?: string | null;
  /** BillingCreditAutoTopupAvailability */
  auto_topup_availability?: string | null;
  auto_topup_enabled?: boolean | null;
  /** BillingCreditExpiryType */
  auto_topup_expiry_type?: string | null;
  /** BillingCreditExpiryUnit */
  auto_topup_expiry_unit?: string | null;
  /** >= 1 */
  auto_topup_expiry_unit_count?: number | null;
  auto_topup_self_service?: boolean | null;
  /** >= 0 */
  auto_topup_threshold_credits?: number | null;
  /** 1..100 */
  auto_topup_threshold_percent?: number | null;
  /** SDK-only: BillingPlanCreditGrantBillingMode */
  billing_mode?: string | null;
  /** deprecated */
  can_buy_bundles?: boolean | null;
  /** 0..9999999999; only with scaling `per_license` */
  company_credit_amount?: number | null;
  /** BillingCreditExpiryType */
  expiry_type?: string | null;
  /** BillingCreditExpiryUnit */
  expiry_unit?: string | null;
  /** >= 1 */
  expiry_unit_count?: number | null;
  /** required with scaling `per_license` */
  license_id?: string | null;
  /** SDK-only */
  overdraft_limit?: number | null;
  /** SDK-only */
  postpaid_enabled?: boolean | null;
  /** SDK-only */
  postpaid_rate_per_unit?: number | null;
  /** SDK-only */
  postpaid_rate_per_unit_decimal?: string | null;
  /** SDK-only; needs `tier_mode` */
  price_tiers?: CreditGrantPriceTierRequestBody[] | null;
  /** BillingPlanCreditGrantResetType */
  reset_type?: string | null;
  /** 0..100 */
  rollover_percentage?: number | null;
  /** PlanCreditGrantScaling */
  scaling?: string | null;
  /** SDK-only: BillingTiersMode */
  tier_mode?: string | null;
  /** SDK-only */
  unit_price?: number | null;
  /** SDK-only */
  unit_price_decimal?: string | null;
}

/** `POST /billing/credits/plan-grants` (§6.2): the update body plus the links it is created with. */
export interface CreateBillingPlanCreditGrantRequestBody extends UpdateBillingPlanCreditGrantRequestBody {
  credit_id: string;
  plan_id: string;
  plan_version_id?: string | null;
  /** 0..9999999999 */
  credit_amount: number;
}

/** `DELETE /billing/credits/plan-grants/{plan_grant_id}` query. */
export interface DeleteBillingPlanCreditGrantParams {
  /** whether the removal also reaches companies already on the plan */
  apply_to_existing?: boolean;
}

// ---- ledger and balances (§7) ----

export interface LedgerCompany {
  id: string;
  name: string;
  logo_url?: string | null;
}

export interface LedgerCredit {
  id: string;
  name: string;
  description?: string | null;
  icon?: string | null;
  singular_name?: string | null;
  plural_name?: string | null;
}

export interface LedgerFeature {
  id: string;
  name: string;
  description?: string | null;
  icon?: string | null;
}

export interface CreditLedgerEvent {
  amount: number;
  auto_topup_log_id?: string | null;
  billing_credit_bundle_id?: string | null;
  billing_credit_id: string;
  company?: LedgerCompany | null;
  company_id: string;
  credit?: LedgerCredit | null;
  credit_name: string;
  environment_id: string;
  event_at: string;
  event_id: string;
  event_type: string;
  expiry_type?: string | null;
  expiry_unit?: string | null;
  expiry_unit_count?: number | null;
  feature?: LedgerFeature | null;
  feature_id?: string | null;
  from_grant_id?: string | null;
  grant_expires_at?: string | null;
  grant_id?: string | null;
  grant_quantity?: number | null;
  grant_quantity_remaining?: number | null;
  grant_reason?: string | null;
  grant_valid_from?: string | null;
  plan_id?: string | null;
  quantity_consumed?: number | null;
  quantity_remaining_at_zero_out?: number | null;
  source_id: number;
  to_grant_id?: string | null;
  transfer_reason?: string | null;
  usage_event_id?: string | null;
  usage_reason?: string | null;
  zeroed_out_reason?: string | null;
}

export interface ListLedgerParams extends PageParams {
  company_id: string;
  billing_credit_id?: string;
  feature_id?: string;
  event_type?: string;
  start_time?: string;
  end_time?: string;
}

export interface CompanyCreditBalance {
  credit_id: string;
  remaining: number;
  reserved: number;
  settled: number;
  source: string;
  total?: number | null;
}

// ---- companies, plans, features (§10): the fields the gateway links through ----

export interface EntityKey {
  key: string;
  value: string;
  [extra: string]: unknown;
}

export interface Company {
  id: string;
  name: string;
  environment_id: string;
  created_at: string;
  updated_at: string;
  last_seen_at?: string | null;
  logo_url?: string | null;
  user_count: number;
  keys: EntityKey[];
  billing_credit_balances?: Record<string, number> | null;
  plan?: (PreviewObject & { plan_version_id?: string | null; [extra: string]: unknown }) | null;
  plans: PreviewObject[];
  traits?: Record<string, unknown> | null;
  [extra: string]: unknown;
}

/**
 * A company as the gateway keeps it: the fields the schema reads. The payload holds much more
 * (entitlements, metrics, rules, subscriptions, add-ons, each key's ids and dates, the plan's
 * included grants: kilobytes a company), which `Companies` drops as each answer arrives, so the
 * companies a request holds (a batch of 50 for a router's `_entities`) cost what is used.
 */
export type KeptCompany = Pick<
  Company,
  'id' | 'name' | 'created_at' | 'updated_at' | 'last_seen_at' | 'logo_url' | 'user_count' | 'billing_credit_balances' | 'traits'
> & {
  keys: Pick<EntityKey, 'key' | 'value'>[];
  plan?: Pick<PreviewObject, 'id' | 'name' | 'description'> | null;
};

export interface ListCompaniesParams extends PageParams {
  ids?: readonly string[];
  credit_type_ids?: readonly string[];
  plan_id?: string;
  q?: string;
}

export interface Plan {
  id: string;
  name: string;
  description: string;
  plan_type: string;
  created_at: string;
  updated_at: string;
  company_count: number;
  is_default: boolean;
  is_trialable: boolean;
  trial_days?: number | null;
  icon: string;
  credits: BillingCredit[];
  included_credit_grants?: BillingPlanCreditGrant[] | null;
  [extra: string]: unknown;
}

export interface ListPlansParams extends PageParams {
  ids?: readonly string[];
  plan_type?: string;
  q?: string;
}

export interface Feature {
  id: string;
  name: string;
  description: string;
  icon: string;
  feature_type: string;
  created_at: string;
  updated_at: string;
  singular_name?: string | null;
  plural_name?: string | null;
  lifecycle_phase?: string | null;
  [extra: string]: unknown;
}

export interface ListFeaturesParams extends PageParams {
  ids?: readonly string[];
  q?: string;
}
