/**
 * Metronome wire types, snake_case exactly as on the wire, named after the official SDK
 * (`@metronome/sdk` 3.10.0; reference: shared/reference/metronome-api.md). Where the SDK and the
 * vendor's OpenAPI copy disagree, the SDK shape wins (reference §0).
 *
 * Enum-typed response fields are `Open<...>`: the listed values plus any string, because the
 * vendor adds values between releases and the schema layer maps unknown ones instead of failing.
 * Request enums are closed: we only send values we know.
 */
import type { LosslessNumber } from 'lossless-json';

/**
 * A Metronome amount (a JSON number), exact: a `number` when a double holds it, else a `bigint`
 * or a `LosslessNumber` keeping its digits (read: parseJson in src/upstream/core/json.ts; sent: the
 * HTTP core writes each as its digits).
 */
export type Amount = number | bigint | LosslessNumber;

/** The known values of a response enum, and whatever the vendor adds tomorrow. */
export type Open<T extends string> = T | (string & {});

/** `{ id }`: what id-only mutations return inside `data` (SDK `Shared.ID`). */
export interface ID {
  id: string;
}

/** `{ data }`: the envelope of every single-object response. */
export interface Envelope<T> {
  data: T;
}

/** `{ message }` (every 4xx), plus `code` on some v2 400s (`CustomerNotFound`, `ContractNotFound`). */
export interface ApiErrorBody {
  message: string;
  code?: string;
}

/** Cursor page parameters: `limit` and the opaque `next_page` of the previous page. */
export interface PageParams {
  limit?: number;
  next_page?: string;
}

// ---- customers (§4)

export interface CustomerDetail {
  id: string;
  name: string;
  /** Our ids for this customer (usable in usage events); unique across the account. */
  ingest_aliases: string[];
  /** Deprecated: the first alias, or the id. */
  external_id: string;
  custom_fields: Record<string, string>;
  customer_config: { salesforce_account_id: string | null };
  created_at: string;
  updated_at: string;
  archived_at?: string | null;
  current_billable_status?: { value: Open<'billable' | 'unbillable'>; effective_at?: string | null };
}

/** Query of `GET /v1/customers`. */
export interface CustomerListParams extends PageParams {
  /** At most 100 ids, comma-joined. */
  customer_ids?: string;
  /** One alias per call. */
  ingest_alias?: string;
  /** Only archived customers (by default only active ones are listed). */
  only_archived?: boolean;
}

// ---- pricing units (credit types) and products (§5)

/** `{ id, name }` of a pricing unit, as embedded in a schedule (SDK `CreditTypeData`). */
export interface CreditTypeData {
  id: string;
  name: string;
}

/** One row of `GET /v1/credit-types/list` (SDK `PricingUnitListResponse`; every field optional there). */
export interface PricingUnit {
  id?: string;
  name?: string;
  is_currency?: boolean;
}

export interface QuantityConversion {
  conversion_factor: Amount;
  operation: Open<'MULTIPLY' | 'DIVIDE'>;
  name?: string;
}

export interface QuantityRounding {
  decimal_places: number;
  rounding_method: Open<'ROUND_UP' | 'ROUND_DOWN' | 'ROUND_HALF_UP'>;
}

/** A product's state at a point in time (SDK `ProductListItemState`); the display name is `current.name`. */
export interface ProductListItemState {
  name: string;
  created_at: string;
  created_by: string;
  starting_at?: string;
  tags?: string[];
  billable_metric_id?: string;
  composite_product_ids?: string[];
  composite_tags?: string[];
  exclude_free_usage?: boolean;
  is_refundable?: boolean;
  pricing_group_key?: string[];
  presentation_group_key?: string[];
  quantity_conversion?: QuantityConversion | null;
  quantity_rounding?: QuantityRounding | null;
  netsuite_internal_item_id?: string;
  netsuite_overage_item_id?: string;
}

/** A dated change to a product: only the fields it changes, plus who and when. */
export interface ProductUpdate extends Partial<Omit<ProductListItemState, 'created_at' | 'created_by'>> {
  created_at: string;
  created_by: string;
}

/** A contract-pricing product (SDK `ProductListResponse`). */
export interface Product {
  id: string;
  type: Open<'USAGE' | 'SUBSCRIPTION' | 'COMPOSITE' | 'FIXED' | 'PRO_SERVICE'>;
  initial: ProductListItemState;
  current: ProductListItemState;
  updates: ProductUpdate[];
  archived_at?: string | null;
  custom_fields?: Record<string, string>;
}

/** Body of `POST /v1/contract-pricing/products/list` (the page goes in the query). */
export interface ProductListFilter {
  /** Default `NOT_ARCHIVED`. */
  archive_filter?: 'ARCHIVED' | 'NOT_ARCHIVED' | 'ALL';
}

// ---- credits (§3)

export interface ScheduleItem {
  /** The segment id: what `update_schedule_items` / `remove_schedule_items` and ledger `segment_id` name. */
  id: string;
  /** In the pricing unit's units (cents for USD). */
  amount: Amount;
  /** inclusive */
  starting_at: string;
  /** exclusive */
  ending_before: string;
}

/** A credit's `access_schedule` (SDK `ScheduleDuration`). */
export interface ScheduleDuration {
  schedule_items: ScheduleItem[];
  credit_type?: CreditTypeData;
}

/** A usage filter: usage that matches at least one specifier draws the credit down. */
export interface CommitSpecifier {
  product_id?: string;
  /** Products carrying all of these tags. */
  product_tags?: string[];
  pricing_group_values?: Record<string, string>;
  presentation_group_values?: Record<string, string>;
}

/** The request form of a specifier (same four fields). */
export interface CommitSpecifierInput {
  product_id?: string;
  product_tags?: string[];
  pricing_group_values?: Record<string, string>;
  presentation_group_values?: Record<string, string>;
}

export type HierarchyChildAccess =
  | { type: 'ALL' }
  | { type: 'NONE' }
  | { type: 'CONTRACT_IDS'; contract_ids: string[] };

/** Which child contracts may draw a credit down (SDK `CommitHierarchyConfiguration`). */
export interface CommitHierarchyConfiguration {
  child_access: HierarchyChildAccess;
}

export interface CreditSegmentStartLedgerEntry {
  type: 'CREDIT_SEGMENT_START';
  amount: Amount;
  segment_id: string;
  timestamp: string;
}

export interface CreditAutomatedInvoiceDeductionLedgerEntry {
  type: 'CREDIT_AUTOMATED_INVOICE_DEDUCTION';
  amount: Amount;
  invoice_id: string;
  segment_id: string;
  timestamp: string;
  contract_id?: string;
}

export interface CreditExpirationLedgerEntry {
  type: 'CREDIT_EXPIRATION';
  amount: Amount;
  segment_id: string;
  timestamp: string;
}

export interface CreditCanceledLedgerEntry {
  type: 'CREDIT_CANCELED';
  amount: Amount;
  invoice_id: string;
  segment_id: string;
  timestamp: string;
  contract_id?: string;
}

export interface CreditCreditedLedgerEntry {
  type: 'CREDIT_CREDITED';
  amount: Amount;
  invoice_id: string;
  segment_id: string;
  timestamp: string;
  contract_id?: string;
}

/** A manual entry: it has a `reason` and no `segment_id`. */
export interface CreditManualLedgerEntry {
  type: 'CREDIT_MANUAL';
  amount: Amount;
  reason: string;
  timestamp: string;
}

export interface CreditSeatBasedAdjustmentLedgerEntry {
  type: 'CREDIT_SEAT_BASED_ADJUSTMENT';
  amount: Amount;
  segment_id: string;
  timestamp: string;
}

export interface CreditRolloverLedgerEntry {
  type: 'CREDIT_ROLLOVER';
  amount: Amount;
  new_contract_id: string;
  segment_id: string;
  timestamp: string;
}

/**
 * One event of a credit's ledger, discriminated by `type`. The vendor may add types: code that
 * switches on `type` keeps a default branch.
 */
export type CreditLedgerEntry =
  | CreditSegmentStartLedgerEntry
  | CreditAutomatedInvoiceDeductionLedgerEntry
  | CreditExpirationLedgerEntry
  | CreditCanceledLedgerEntry
  | CreditCreditedLedgerEntry
  | CreditManualLedgerEntry
  | CreditSeatBasedAdjustmentLedgerEntry
  | CreditRolloverLedgerEntry;

export type CreditLedgerEntryType = CreditLedgerEntry['type'];

/** Fields the v1 and v2 credit shapes share. */
interface CreditBase {
  id: string;
  type: Open<'CREDIT'>;
  /** The credit's own product (invoice line, external mapping), not what it applies to. */
  product: { id: string; name: string };
  name?: string;
  description?: string;
  /** Lower is consumed first. */
  priority?: number;
  access_schedule?: ScheduleDuration;
  /**
   * What is usable now (expired and future segments count 0, never below 0). Only with
   * `include_balance`.
   */
  balance?: Amount;
  /** Only with `include_ledgers`; null on an archived credit. */
  ledger?: CreditLedgerEntry[] | null;
  applicable_product_ids?: string[];
  applicable_product_tags?: string[];
  /** Customer-level credits only: the contracts it may be used on (absent: all). */
  applicable_contract_ids?: string[];
  specifiers?: CommitSpecifier[];
  /** Set on contract-level credits. */
  contract?: { id: string };
  custom_fields?: Record<string, string>;
  hierarchy_configuration?: CommitHierarchyConfiguration;
  created_by?: string;
  recurring_credit_id?: string;
  rolled_over_from?: { contract_id: string; credit_id: string };
  subscription_config?: {
    allocation?: Open<'INDIVIDUAL' | 'POOLED'>;
    apply_seat_increase_config?: { is_prorated: boolean };
    subscription_id?: string;
  };
  netsuite_sales_order_id?: string;
  salesforce_opportunity_id?: string;
}

/** A credit as `customerCredits/list` returns it (SDK `Shared.Credit`). */
export interface Credit extends CreditBase {
  rate_type?: Open<'COMMIT_RATE' | 'LIST_RATE'>;
  uniqueness_key?: string;
}

/** A credit embedded in a v2 contract (SDK `ContractV2.Credit`): no rate type, but dates. */
export interface ContractV2Credit extends CreditBase {
  created_at?: string;
  /** SDK 3.10; missing from the OpenAPI copy (reference §11.10). */
  archived_at?: string;
}

/** Body of `POST /v1/contracts/customerCredits/list` (the cursor goes in the body too). */
export interface CreditListParams extends PageParams {
  customer_id: string;
  /**
   * Contract-level credits are listed only when true. The vendor's default is undocumented, so
   * the client always sends it (false when left out).
   */
  include_contract_credits?: boolean;
  /** One credit: the way to get a credit by id. */
  credit_id?: string;
  /** Credits whose schedule covers this instant. */
  covering_date?: string;
  /** Credits with any access at or after this instant. */
  starting_at?: string;
  /** Credits with any access before this instant (exclusive). */
  effective_before?: string;
  /** Archived credits, and credits of archived contracts, too. */
  include_archived?: boolean;
  include_balance?: boolean;
  include_ledgers?: boolean;
}

export interface ScheduleItemInput {
  amount: Amount;
  starting_at: string;
  ending_before: string;
}

/** Body of `POST /v1/contracts/customerCredits/create`: a customer-level credit. */
export interface CreditCreateParams {
  customer_id: string;
  access_schedule: {
    /** Default: USD cents. */
    credit_type_id?: string;
    schedule_items: ScheduleItemInput[];
  };
  priority: number;
  /** The credit's own product. */
  product_id: string;
  name?: string;
  description?: string;
  applicable_contract_ids?: string[];
  applicable_product_ids?: string[];
  applicable_product_tags?: string[];
  /** Not together with `applicable_product_*`. */
  specifiers?: CommitSpecifierInput[];
  custom_fields?: Record<string, string>;
  rate_type?: 'COMMIT_RATE' | 'LIST_RATE';
  /** A second create with the same key answers 409. */
  uniqueness_key?: string;
  netsuite_sales_order_id?: string;
  salesforce_opportunity_id?: string;
}

/** Body of `POST /v1/contracts/customerCredits/updateEndDate` (can only move the end earlier). */
export interface CreditUpdateEndDateParams {
  customer_id: string;
  credit_id: string;
  access_ending_before: string;
}

/** `access_schedule` of an edit (OpenAPI `UpdateAccessScheduleInput`). */
export interface CreditEditAccessSchedule {
  add_schedule_items?: ScheduleItemInput[];
  update_schedule_items?: { id: string; amount?: Amount; starting_at?: string; ending_before?: string }[];
  remove_schedule_items?: { id: string }[];
}

/** Body of `POST /v2/contracts/credits/edit` (SDK `ContractEditCreditParams`). */
export interface CreditEditParams {
  customer_id: string;
  credit_id: string;
  access_schedule?: CreditEditAccessSchedule;
  /** Customer-level credits only; null: every contract of the customer. */
  applicable_contract_ids?: string[] | null;
  applicable_product_ids?: string[] | null;
  applicable_product_tags?: string[] | null;
  description?: string;
  hierarchy_configuration?: CommitHierarchyConfiguration;
  name?: string;
  priority?: number | null;
  product_id?: string;
  rate_type?: 'LIST_RATE' | 'COMMIT_RATE';
  /** Not together with `applicable_product_*`. */
  specifiers?: CommitSpecifierInput[] | null;
}

/** Body of `POST /v2/contracts/credits/archive` (not in the Node SDK). */
export interface CreditArchiveParams {
  customer_id: string;
  credit_id: string;
}

// ---- contracts (§3.2)

export interface ContractV2 {
  id: string;
  customer_id: string;
  created_at: string;
  created_by: string;
  starting_at: string;
  ending_before?: string;
  archived_at?: string;
  name?: string;
  priority?: number;
  rate_card_id?: string;
  uniqueness_key?: string;
  custom_fields?: Record<string, string>;
  /** Contract-level credits; possibly cut off, see `has_more.credits`. */
  credits?: ContractV2Credit[];
  /** True when an embedded list was truncated: read it from its own list endpoint instead. */
  has_more?: { commits: boolean; credits: boolean };
  usage_statement_schedule: { billing_anchor_date: string; frequency: Open<'MONTHLY' | 'QUARTERLY' | 'ANNUAL' | 'WEEKLY'> };
  /** Not modelled by this gateway; kept as the vendor sends them. */
  commits: unknown[];
  overrides: unknown[];
  scheduled_charges: unknown[];
  transitions: { type: Open<'SUPERSEDE' | 'RENEWAL'>; from_contract_id: string; to_contract_id: string }[];
  usage_filter: unknown[];
  recurring_credits?: unknown[];
}

/** Body of `POST /v2/contracts/list` (unpaged: every contract of one customer). */
export interface ContractListParams {
  customer_id: string;
  /** Contracts active at this instant; not together with `starting_at`. */
  covering_date?: string;
  /** Contracts that start at or after this instant; not together with `covering_date`. */
  starting_at?: string;
  include_archived?: boolean;
  include_balance?: boolean;
  include_ledgers?: boolean;
}

/** Body of `POST /v2/contracts/get`. */
export interface ContractRetrieveParams {
  customer_id: string;
  contract_id: string;
  /** Not together with `include_ledgers`. */
  as_of_date?: string;
  include_balance?: boolean;
  include_ledgers?: boolean;
}
