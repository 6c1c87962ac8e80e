/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The credit to archive, whole schedule included. Metronome refuses a credit applied to a finalized invoice (void it first): a ValidationError with rule `upstream`. */
export type ArchiveContractCreditInput = {
  creditId: string | number;
  customerId: string | number;
  /** Sent as `Idempotency-Key` (at most 255 characters); one is generated when left out. */
  idempotencyKey?: string | null | undefined;
};

/** Where a monthly arrears period is anchored (SDK-only field). */
export type ArrearsAnchor =
  | 'BILLING_PERIOD_START'
  | 'MONTH_END';

/** How often arrears are billed (SDK-only field). */
export type ArrearsCadence =
  | 'END_OF_BILLING_PERIOD'
  | 'MONTHLY'
  | 'QUARTERLY';

/** What an auto top-up amount counts. */
export type AutoTopupAmountType =
  | 'CREDIT';

/** Whether auto top-up is offered. */
export type AutoTopupAvailability =
  | 'AUTOMATIC'
  | 'OFF'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN'
  | 'USER_CONTROLLED';

/** Which grants a credit draws from first. */
export type BurnStrategy =
  | 'EXPIRATION_PRIORITY'
  | 'FIRST_IN_FIRST_OUT'
  | 'LAST_IN_FIRST_OUT'
  | 'PLAN_FIRST_THEN_CREDIT_BUNDLES_FIRST_IN_FIRST_OUT'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** Filters of Metronome’s credit list (`customerCredits/list`). */
export type ContractCreditFilter = {
  /** Credits whose schedule covers this instant. */
  coveringDate?: string | null | undefined;
  /** Credits with any access before this instant (exclusive). */
  effectiveBefore?: string | null | undefined;
  /** Archived credits, and credits of archived contracts, too. Default false. */
  includeArchived?: boolean | null | undefined;
  /** Contract-level credits too (default true, unlike Metronome, which lists only customer-level credits unless asked). */
  includeContractCredits?: boolean | null | undefined;
  /** Credits with any access at or after this instant. */
  startingAt?: string | null | undefined;
};

/** Which child contracts may draw the credit down. */
export type ContractCreditHierarchyConfigurationInput = {
  childAccess: HierarchyChildAccessInput;
};

/** The kind of a credit ledger entry. */
export type ContractCreditLedgerEntryType =
  | 'CREDIT_AUTOMATED_INVOICE_DEDUCTION'
  | 'CREDIT_CANCELED'
  | 'CREDIT_CREDITED'
  | 'CREDIT_EXPIRATION'
  | 'CREDIT_MANUAL'
  | 'CREDIT_ROLLOVER'
  | 'CREDIT_SEAT_BASED_ADJUSTMENT'
  | 'CREDIT_SEGMENT_START'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** Which rate usage is charged at when it draws the credit down. */
export type ContractCreditRateType =
  | 'COMMIT_RATE'
  | 'LIST_RATE'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** A schedule segment: `amount` usable from `startingAt` (inclusive) until `endingBefore` (exclusive). */
export type ContractCreditScheduleItemInput = {
  /** Greater than 0, in the pricing unit (USD: cents). */
  amount: string;
  /** After startingAt. */
  endingBefore: string;
  startingAt: string;
};

/** A segment to remove (refused by Metronome once applied to a finalized invoice). */
export type ContractCreditScheduleItemRemoveInput = {
  id: string | number;
};

/** Changes to one existing segment (`accessSchedule.scheduleItems[].id`); fields left out keep their value. */
export type ContractCreditScheduleItemUpdateInput = {
  /** Greater than 0, in the pricing unit (USD: cents). */
  amount?: string | null | undefined;
  /** After startingAt when both are given. */
  endingBefore?: string | null | undefined;
  id: string | number;
  startingAt?: string | null | undefined;
};

/** A usage filter: usage matching at least one specifier draws the credit down. */
export type ContractCreditSpecifierInput = {
  /** Presentation-group values to match (string values). */
  presentationGroupValues?: Record<string, unknown> | null | undefined;
  /** Pricing-group values to match (string values). */
  pricingGroupValues?: Record<string, unknown> | null | undefined;
  /** Only this product. */
  productId?: string | number | null | undefined;
  /** Products carrying all of these tags. */
  productTags?: Array<string> | null | undefined;
};

/** The credit’s pricing unit and segments. */
export type CreateContractCreditAccessScheduleInput = {
  /** The pricing unit (`pricingUnits`); default USD (cents). Fixed once created. */
  creditTypeId?: string | number | null | undefined;
  /** At least one segment. */
  scheduleItems: Array<ContractCreditScheduleItemInput>;
};

/** A new customer-level credit. Contract-level credits are created through contract edits, not here. */
export type CreateContractCreditInput = {
  accessSchedule: CreateContractCreditAccessScheduleInput;
  /** Left out: every contract of the customer. */
  applicableContractIds?: Array<string | number> | null | undefined;
  /** Not together with specifiers. Left out (with tags): every product. */
  applicableProductIds?: Array<string | number> | null | undefined;
  /** Not together with specifiers. */
  applicableProductTags?: Array<string> | null | undefined;
  /** String values (keys must be registered in Metronome). */
  customFields?: Record<string, unknown> | null | undefined;
  customerId: string | number;
  description?: string | null | undefined;
  /** Sent as `Idempotency-Key`: retrying with the same key and input replays the first answer instead of creating twice. At most 255 characters; one is generated when left out. */
  idempotencyKey?: string | null | undefined;
  /** Shown on invoices; not blank. */
  name?: string | null | undefined;
  netsuiteSalesOrderId?: string | null | undefined;
  /** Lower is consumed first; within ±9007199254740991 (2^53 - 1). */
  priority: number;
  /** The credit’s own product (its invoice line). */
  productId: string | number;
  rateType?: ContractCreditRateType | null | undefined;
  salesforceOpportunityId?: string | null | undefined;
  /** Not together with applicableProductIds / applicableProductTags. */
  specifiers?: Array<ContractCreditSpecifierInput> | null | undefined;
  /** 1 to 128 characters. A second create with the same key is a ConflictError. */
  uniquenessKey?: string | null | undefined;
};

/** A pack of credits to sell at a price. */
export type CreateCreditBundleInput = {
  /** Display name; at most 255 characters. */
  bundleName: string;
  bundleType?: CreditBundleType | null | undefined;
  /** Plans allowed to buy the bundle; at most 100. Left out or empty: every plan. */
  compatiblePlanIds?: Array<string | number> | null | undefined;
  /** The credit the bundle sells. */
  creditId: string | number;
  /** ISO 4217 code of pricePerUnit; at most 3 characters. */
  currency: string;
  /** Price per credit in other currencies; at most 50. */
  currencyPrices?: Array<CurrencyPriceInput> | null | undefined;
  /** How granted credits expire; DURATION needs expiryUnit and expiryUnitCount. */
  expiryType?: ExpiryType | null | undefined;
  expiryUnit?: ExpiryUnit | null | undefined;
  /** At least 1. */
  expiryUnitCount?: number | null | undefined;
  /** Price per credit in minor units; at least 0. Required even with currencyPrices. */
  pricePerUnit: string;
  /** The price per credit as a decimal string, for sub-minor-unit prices. Schematic requires pricePerUnit beside it and keeps this one. */
  pricePerUnitDecimal?: string | null | undefined;
  /** Credits per bundle: a whole number, 1..9007199254740991 (2^53 - 1). */
  quantity?: number | null | undefined;
  status?: CreditBundleStatus | null | undefined;
};

/** A new credit type: what it is called, what it costs, and how its grants expire by default. */
export type CreateCreditInput = {
  burnStrategy?: BurnStrategy | null | undefined;
  /** ISO 4217 code of the cost basis; at most 3 characters. */
  currency: string;
  /** Cost basis per currency; at most 50. */
  currencyPrices?: Array<CurrencyPriceInput> | null | undefined;
  defaultExpiryUnit?: ExpiryUnit | null | undefined;
  /** At least 1. */
  defaultExpiryUnitCount?: number | null | undefined;
  defaultRolloverPolicy?: RolloverPolicy | null | undefined;
  /** At most 1024 characters. */
  description: string;
  /** At most 64 characters. */
  icon?: string | null | undefined;
  /** At most 255 characters. */
  name: string;
  /** Cost basis per credit in minor units; at least 0. */
  perUnitPrice?: string | null | undefined;
  /** Cost basis as a decimal string; give this or perUnitPrice, not both. */
  perUnitPriceDecimal?: string | null | undefined;
  /** At most 512 characters. */
  pluralName?: string | null | undefined;
  /** At most 512 characters. */
  singularName?: string | null | undefined;
};

/** Credits a plan hands to each company on it, and how they renew. */
export type CreatePlanCreditGrantInput = {
  /** Also apply the change to companies already on the plan. */
  applyToExisting?: boolean | null | undefined;
  /** Only with arrearsCadence MONTHLY. SDK-only field. */
  arrearsAnchor?: ArrearsAnchor | null | undefined;
  /** Default END_OF_BILLING_PERIOD. SDK-only field. */
  arrearsCadence?: ArrearsCadence | null | undefined;
  /** Credits per top-up: a whole number, 1..9007199254740991 (2^53 - 1). */
  autoTopupAmount?: number | null | undefined;
  autoTopupAmountType?: AutoTopupAmountType | null | undefined;
  /** Supersedes autoTopupEnabled and autoTopupSelfService. */
  autoTopupAvailability?: AutoTopupAvailability | null | undefined;
  /** Legacy flag; autoTopupAvailability supersedes it. */
  autoTopupEnabled?: boolean | null | undefined;
  /** DURATION needs autoTopupExpiryUnit and autoTopupExpiryUnitCount. */
  autoTopupExpiryType?: ExpiryType | null | undefined;
  autoTopupExpiryUnit?: ExpiryUnit | null | undefined;
  /** At least 1. */
  autoTopupExpiryUnitCount?: number | null | undefined;
  /** Legacy flag; autoTopupAvailability supersedes it. */
  autoTopupSelfService?: boolean | null | undefined;
  /** Balance (credits) that triggers a top-up: a whole number, 0..9007199254740991 (2^53 - 1). */
  autoTopupThresholdCredits?: number | null | undefined;
  /** Balance (percent of the grant) that triggers a top-up, 1..100. */
  autoTopupThresholdPercent?: number | null | undefined;
  /** Default GRANTED; BILLED (custom plans only) needs unitPrice, unitPriceDecimal or priceTiers. SDK-only field. */
  billingMode?: PlanCreditGrantBillingMode | null | undefined;
  /** @deprecated Deprecated upstream; it writes through to bundle compatibility (updateCreditBundle). */
  canBuyBundles?: boolean | null | undefined;
  /** Extra credits once per company, a whole number 0..9999999999; only with scaling PER_LICENSE. */
  companyCreditAmount?: number | null | undefined;
  /** Credits per grant (per license when scaling is PER_LICENSE): a whole number, 0..9999999999. */
  creditAmount: number;
  creditId: string | number;
  /** DURATION needs expiryUnit and expiryUnitCount. */
  expiryType?: ExpiryType | null | undefined;
  expiryUnit?: ExpiryUnit | null | undefined;
  /** At least 1. */
  expiryUnitCount?: number | null | undefined;
  /** The license credits scale with; required when scaling is PER_LICENSE. */
  licenseId?: string | number | null | undefined;
  /** How far (in credits, 0..9007199254740991) the balance may go below zero; left out: no limit. SDK-only field. */
  overdraftLimit?: number | null | undefined;
  planId: string | number;
  /** A version of the plan; left out: Schematic picks it. */
  planVersionId?: string | number | null | undefined;
  /** Allow consumption past a zero balance; default false. SDK-only field. */
  postpaidEnabled?: boolean | null | undefined;
  /** Minor units per credit used past zero, 0..9007199254740991 (2^53 - 1: a JSON number, a double to the SDK). SDK-only field. */
  postpaidRatePerUnit?: string | null | undefined;
  /** Decimal form of postpaidRatePerUnit; give this or postpaidRatePerUnit, not both. SDK-only field. */
  postpaidRatePerUnitDecimal?: string | null | undefined;
  /** Tiered price when billed; needs tierMode. SDK-only field. */
  priceTiers?: Array<PlanCreditGrantPriceTierInput> | null | undefined;
  resetCadence: ResetCadence;
  resetStart: ResetStart;
  resetType?: ResetType | null | undefined;
  /** Share of unused credits carried over at reset, 0..100; needs resetType PLAN_PERIOD. */
  rolloverPercentage?: number | null | undefined;
  /** Default FIXED. PER_LICENSE needs licenseId. */
  scaling?: PlanCreditGrantScaling | null | undefined;
  /** Required with priceTiers. SDK-only field. */
  tierMode?: TiersMode | null | undefined;
  /** Price per credit when billed, in minor units, 0..9007199254740991 (2^53 - 1: a JSON number, a double to the SDK). SDK-only field. */
  unitPrice?: string | null | undefined;
  /** Price per credit as a decimal string; give this or unitPrice, not both. SDK-only field. */
  unitPriceDecimal?: string | null | undefined;
};

/** Whether a bundle can be bought. */
export type CreditBundleStatus =
  | 'ACTIVE'
  | 'INACTIVE'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** The kind of credit bundle. */
export type CreditBundleType =
  | 'FIXED'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** The kind of a ledger event. */
export type CreditEventType =
  | 'GRANT'
  | 'TRANSFER'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN'
  | 'USAGE'
  | 'ZERO_OUT';

/** Why credits were granted. */
export type CreditGrantReason =
  | 'ADJUSTMENT'
  | 'BILLING_CREDIT_AUTO_TOPUP'
  | 'FREE'
  | 'PLAN'
  | 'POSTPAID_FORGIVEN'
  | 'POSTPAID_OVERDRAFT'
  | 'POSTPAID_SETTLEMENT'
  | 'PURCHASED'
  | 'ROLLOVER'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** Why a grant was zeroed out. */
export type CreditGrantZeroedOutReason =
  | 'CUSTOMER_ARCHIVED'
  | 'EXPIRED'
  | 'INTEGRATION_UNINSTALLED'
  | 'LICENSE_RETIRED'
  | 'MANUAL'
  | 'PLAN_CHANGE'
  | 'PLAN_PERIOD_RESET'
  | 'RECONCILED'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** A price in one currency: minor units, or a decimal string for sub-minor precision (the decimal wins when both are set). */
export type CurrencyPriceInput = {
  /** ISO 4217 code, at most 3 characters. */
  currency: string;
  /** At least 0. */
  pricePerUnit?: string | null | undefined;
  pricePerUnitDecimal?: string | null | undefined;
};

export type DeleteCreditBundleInput = {
  id: string | number;
};

export type DeleteCreditInput = {
  id: string | number;
};

export type DeletePlanCreditGrantInput = {
  /** Also remove the credits from companies already on the plan. */
  applyToExisting?: boolean | null | undefined;
  id: string | number;
};

/** Segments to add, change or remove. The pricing unit cannot be changed. */
export type EditContractCreditAccessScheduleInput = {
  addScheduleItems?: Array<ContractCreditScheduleItemInput> | null | undefined;
  removeScheduleItems?: Array<ContractCreditScheduleItemRemoveInput> | null | undefined;
  updateScheduleItems?: Array<ContractCreditScheduleItemUpdateInput> | null | undefined;
};

/** Changes to one credit; fields left out keep their value. `null` is refused: what Metronome does with a null (clear, or keep) is undocumented. */
export type EditContractCreditInput = {
  accessSchedule?: EditContractCreditAccessScheduleInput | null | undefined;
  /** Customer-level credits only (Metronome refuses it on a contract-level credit). */
  applicableContractIds?: Array<string | number> | null | undefined;
  /** Not together with specifiers. */
  applicableProductIds?: Array<string | number> | null | undefined;
  /** Not together with specifiers. */
  applicableProductTags?: Array<string> | null | undefined;
  creditId: string | number;
  customerId: string | number;
  description?: string | null | undefined;
  hierarchyConfiguration?: ContractCreditHierarchyConfigurationInput | null | undefined;
  /** Sent as `Idempotency-Key`: retrying with the same key and input replays the first answer instead of editing twice. At most 255 characters; one is generated when left out. */
  idempotencyKey?: string | null | undefined;
  /** Shown on invoices; not blank. */
  name?: string | null | undefined;
  /** Lower is consumed first; within ±9007199254740991 (2^53 - 1). */
  priority?: number | null | undefined;
  /** The credit’s own product (its invoice line). */
  productId?: string | number | null | undefined;
  /** Affects current and future invoices. */
  rateType?: ContractCreditRateType | null | undefined;
  /** Not together with applicableProductIds / applicableProductTags. */
  specifiers?: Array<ContractCreditSpecifierInput> | null | undefined;
};

/** How a grant expires. */
export type ExpiryType =
  | 'DURATION'
  | 'END_OF_BILLING_PERIOD'
  | 'END_OF_NEXT_BILLING_PERIOD'
  | 'END_OF_TRIAL'
  | 'NO_EXPIRY'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** The unit of an expiry duration. */
export type ExpiryUnit =
  | 'BILLING_PERIODS'
  | 'DAYS'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** Credits to add to a company’s balance, and how they expire and renew. */
export type GrantCreditsToCompanyInput = {
  /** At least 1. */
  billingPeriodsCount?: number | null | undefined;
  companyId: string | number;
  /** The bundle the credits were bought as. */
  creditBundleId?: string | number | null | undefined;
  creditId: string | number;
  /** ISO 4217 code (at most 3 characters), for a purchase. */
  currency?: string | null | undefined;
  /** An explicit expiry instant. */
  expiresAt?: string | null | undefined;
  expiryType?: ExpiryType | null | undefined;
  /** Needed with expiryType DURATION. */
  expiryUnit?: ExpiryUnit | null | undefined;
  /** Needed with expiryType DURATION; at least 1. */
  expiryUnitCount?: number | null | undefined;
  /** Credits to grant: a whole number, 1..9007199254740991 (2^53 - 1). */
  quantity: number;
  reason: CreditGrantReason;
  renewalEnabled?: boolean | null | undefined;
  renewalPeriod?: ResetStart | null | undefined;
};

export type HierarchyChildAccessInput = {
  /** With type CONTRACT_IDS (at least one); not allowed otherwise. */
  contractIds?: Array<string | number> | null | undefined;
  type: HierarchyChildAccessType;
};

/** Which child contracts may draw a credit down: all, none, or the listed ones. */
export type HierarchyChildAccessType =
  | 'ALL'
  | 'CONTRACT_IDS'
  | 'NONE'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** Granted free, or billed. */
export type PlanCreditGrantBillingMode =
  | 'BILLED'
  | 'GRANTED'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** One price tier of a billed plan grant (SDK-only field; needs tierMode). */
export type PlanCreditGrantPriceTierInput = {
  /** Price per credit in minor units; at least 0. */
  perUnitPrice?: string | null | undefined;
  /** Price per credit as a decimal string; give this or perUnitPrice, not both. */
  perUnitPriceDecimal?: string | null | undefined;
  /** Upper bound of the tier in credits: a whole number, 1..9007199254740991 (2^53 - 1). Left out: no bound. */
  upTo?: number | null | undefined;
};

/** Fixed credits, or credits per license. */
export type PlanCreditGrantScaling =
  | 'FIXED'
  | 'PER_LICENSE'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** Which products a catalogue read lists. */
export type ProductArchiveFilter =
  /** Both. */
  | 'ALL'
  /** Only archived products. */
  | 'ARCHIVED'
  /** Only products in use (the default). */
  | 'NOT_ARCHIVED';

/** The kind of a Metronome contract-pricing product. */
export type ProductType =
  | 'COMPOSITE'
  | 'FIXED'
  | 'PRO_SERVICE'
  | 'SUBSCRIPTION'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN'
  | 'USAGE';

/** How a product converts usage quantities. */
export type QuantityConversionOperation =
  | 'DIVIDE'
  | 'MULTIPLY'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** How a product rounds usage quantities. */
export type QuantityRoundingMethod =
  | 'ROUND_DOWN'
  | 'ROUND_HALF_UP'
  | 'ROUND_UP'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** How often plan credits renew. */
export type ResetCadence =
  | 'DAILY'
  | 'EVERY_6_MONTHS'
  | 'MONTHLY'
  | 'QUARTERLY'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN'
  | 'WEEKLY'
  | 'YEARLY';

/** When a renewal period starts. */
export type ResetStart =
  | 'BILLING_PERIOD'
  | 'FIRST_OF_MONTH'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** Whether plan credits reset each period. */
export type ResetType =
  | 'NO_RESET'
  | 'PLAN_PERIOD'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** What happens to unused credits at period end. */
export type RolloverPolicy =
  | 'EXPIRE'
  | 'NONE'
  | 'ROLLOVER'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** How tiered prices apply. */
export type TiersMode =
  | 'GRADUATED'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN'
  | 'VOLUME';

/** A new, earlier end for a customer-level credit: segments starting at or after it are dropped, the one spanning it is cut. Metronome refuses a later end (extend with editContractCredit) and contract-level credits: that refusal comes back as a ValidationError with rule `upstream` (the gateway cannot know either without a read). */
export type UpdateContractCreditEndDateInput = {
  /** Exclusive. */
  accessEndingBefore: string;
  creditId: string | number;
  customerId: string | number;
  /** Sent as `Idempotency-Key` (at most 255 characters); one is generated when left out. */
  idempotencyKey?: string | null | undefined;
};

/** A bundle’s new details. Fields left out keep their value. Schematic’s PUT requires the name and the price: when one is left out, the gateway reads the current value first (one extra call). */
export type UpdateCreditBundleInput = {
  /** Display name; at most 255 characters. */
  bundleName?: string | null | undefined;
  /** Plans allowed to buy the bundle; at most 100. Left out: unchanged. An empty list opens it to every plan. */
  compatiblePlanIds?: Array<string | number> | null | undefined;
  /** Price per credit in other currencies; at most 50. */
  currencyPrices?: Array<CurrencyPriceInput> | null | undefined;
  /** How granted credits expire; DURATION needs expiryUnit and expiryUnitCount. */
  expiryType?: ExpiryType | null | undefined;
  expiryUnit?: ExpiryUnit | null | undefined;
  /** At least 1. */
  expiryUnitCount?: number | null | undefined;
  id: string | number;
  /** Price per credit in minor units (the bundle’s own currency); at least 0. Left out: unchanged. */
  pricePerUnit?: string | null | undefined;
  /** The price per credit as a decimal string, for sub-minor-unit prices. Schematic requires pricePerUnit beside it and keeps this one. */
  pricePerUnitDecimal?: string | null | undefined;
  /** Credits per bundle: a whole number, 1..9007199254740991 (2^53 - 1). */
  quantity?: number | null | undefined;
  status?: CreditBundleStatus | null | undefined;
};

/** A credit’s new definition. Fields left out keep their value. Schematic’s PUT requires name and description: when one is left out, the gateway reads the current value first (one extra call). */
export type UpdateCreditInput = {
  burnStrategy?: BurnStrategy | null | undefined;
  /** Cost basis per currency; at most 50. */
  currencyPrices?: Array<CurrencyPriceInput> | null | undefined;
  defaultExpiryUnit?: ExpiryUnit | null | undefined;
  /** At least 1. */
  defaultExpiryUnitCount?: number | null | undefined;
  defaultRolloverPolicy?: RolloverPolicy | null | undefined;
  /** At most 1024 characters. */
  description?: string | null | undefined;
  /** At most 64 characters. */
  icon?: string | null | undefined;
  id: string | number;
  /** At most 255 characters. */
  name?: string | null | undefined;
  /** Cost basis per credit in minor units; at least 1. */
  perUnitPrice?: string | null | undefined;
  /** Cost basis as a decimal string; give this or perUnitPrice, not both. */
  perUnitPriceDecimal?: string | null | undefined;
  /** At most 512 characters. */
  pluralName?: string | null | undefined;
  /** At most 512 characters. */
  singularName?: string | null | undefined;
};

/** A plan grant’s new settings. Fields left out keep their value. Schematic’s PUT requires resetCadence and resetStart: when one is left out, the gateway reads the current value first (one extra call). Changing scaling re-issues the credits of companies already on the plan. */
export type UpdatePlanCreditGrantInput = {
  /** Also apply the change to companies already on the plan. */
  applyToExisting?: boolean | null | undefined;
  /** Only with arrearsCadence MONTHLY. SDK-only field. */
  arrearsAnchor?: ArrearsAnchor | null | undefined;
  /** Default END_OF_BILLING_PERIOD. SDK-only field. */
  arrearsCadence?: ArrearsCadence | null | undefined;
  /** Credits per top-up: a whole number, 1..9007199254740991 (2^53 - 1). */
  autoTopupAmount?: number | null | undefined;
  autoTopupAmountType?: AutoTopupAmountType | null | undefined;
  /** Supersedes autoTopupEnabled and autoTopupSelfService. */
  autoTopupAvailability?: AutoTopupAvailability | null | undefined;
  /** Legacy flag; autoTopupAvailability supersedes it. */
  autoTopupEnabled?: boolean | null | undefined;
  /** DURATION needs autoTopupExpiryUnit and autoTopupExpiryUnitCount. */
  autoTopupExpiryType?: ExpiryType | null | undefined;
  autoTopupExpiryUnit?: ExpiryUnit | null | undefined;
  /** At least 1. */
  autoTopupExpiryUnitCount?: number | null | undefined;
  /** Legacy flag; autoTopupAvailability supersedes it. */
  autoTopupSelfService?: boolean | null | undefined;
  /** Balance (credits) that triggers a top-up: a whole number, 0..9007199254740991 (2^53 - 1). */
  autoTopupThresholdCredits?: number | null | undefined;
  /** Balance (percent of the grant) that triggers a top-up, 1..100. */
  autoTopupThresholdPercent?: number | null | undefined;
  /** Default GRANTED; BILLED (custom plans only) needs unitPrice, unitPriceDecimal or priceTiers. SDK-only field. */
  billingMode?: PlanCreditGrantBillingMode | null | undefined;
  /** @deprecated Deprecated upstream; it writes through to bundle compatibility (updateCreditBundle). */
  canBuyBundles?: boolean | null | undefined;
  /** Extra credits once per company, a whole number 0..9999999999; only with scaling PER_LICENSE. */
  companyCreditAmount?: number | null | undefined;
  /** Credits per grant (per license when scaling is PER_LICENSE): a whole number, 0..9999999999. */
  creditAmount?: number | null | undefined;
  /** DURATION needs expiryUnit and expiryUnitCount. */
  expiryType?: ExpiryType | null | undefined;
  expiryUnit?: ExpiryUnit | null | undefined;
  /** At least 1. */
  expiryUnitCount?: number | null | undefined;
  id: string | number;
  /** The license credits scale with; required when scaling is PER_LICENSE. */
  licenseId?: string | number | null | undefined;
  /** How far (in credits, 0..9007199254740991) the balance may go below zero; left out: no limit. SDK-only field. */
  overdraftLimit?: number | null | undefined;
  /** Allow consumption past a zero balance; default false. SDK-only field. */
  postpaidEnabled?: boolean | null | undefined;
  /** Minor units per credit used past zero, 0..9007199254740991 (2^53 - 1: a JSON number, a double to the SDK). SDK-only field. */
  postpaidRatePerUnit?: string | null | undefined;
  /** Decimal form of postpaidRatePerUnit; give this or postpaidRatePerUnit, not both. SDK-only field. */
  postpaidRatePerUnitDecimal?: string | null | undefined;
  /** Tiered price when billed; needs tierMode. SDK-only field. */
  priceTiers?: Array<PlanCreditGrantPriceTierInput> | null | undefined;
  resetCadence?: ResetCadence | null | undefined;
  resetStart?: ResetStart | null | undefined;
  resetType?: ResetType | null | undefined;
  /** Share of unused credits carried over at reset, 0..100; needs resetType PLAN_PERIOD. */
  rolloverPercentage?: number | null | undefined;
  /** Default FIXED. PER_LICENSE needs licenseId. */
  scaling?: PlanCreditGrantScaling | null | undefined;
  /** Required with priceTiers. SDK-only field. */
  tierMode?: TiersMode | null | undefined;
  /** Price per credit when billed, in minor units, 0..9007199254740991 (2^53 - 1: a JSON number, a double to the SDK). SDK-only field. */
  unitPrice?: string | null | undefined;
  /** Price per credit as a decimal string; give this or unitPrice, not both. SDK-only field. */
  unitPriceDecimal?: string | null | undefined;
};

export type Upstream =
  | 'METRONOME'
  | 'SCHEMATIC';

/** What a failed write left behind upstream. */
export type WriteOutcome =
  /** Applied, but the answer could not be read. */
  | 'APPLIED'
  /** Refused or never sent: safe to try again. */
  | 'NOT_APPLIED'
  /** It may have been applied: check before trying again. */
  | 'UNKNOWN';

/** The grant whose remaining credits go to zero, and why. */
export type ZeroOutCreditGrantInput = {
  id: string | number;
  /** Left out: Schematic picks one (probably MANUAL). */
  reason?: CreditGrantZeroedOutReason | null | undefined;
};

export type IsolationMineQueryVariables = Exact<{
  other: string | number;
}>;


export type IsolationMineQuery = { creditGrants: { edges: Array<{ node: { id: string, company: { id: string } } }> } | null, mine: Array<{ id: string } | null>, viewer: { edges: Array<{ node: { company: { id: string, name: string, ledger: { edges: Array<{ node: { company: { id: string } } }> }, metronomeCustomer: { id: string } | null, contractCredits: { edges: Array<{ node: { customerId: string } }> } | null } } }> } | null };

export type TenancyCrossLinksQueryVariables = Exact<{
  grant: string | number;
  company: string | number;
}>;


export type TenancyCrossLinksQuery = { creditGrant: { id: string, sourceGrant: { id: string, quantity: number | null, company: { id: string, name: string } } | null } | null, company: { ledger: { edges: Array<{ node: { id: string, grant: { id: string, quantity: number | null, company: { id: string } } | null } }> } } | null };

export type TenancyOwnCompanyQueryVariables = Exact<{
  company: string | number;
  customer: string | number;
}>;


export type TenancyOwnCompanyQuery = { company: { id: string, name: string, creditBalances: Array<{ remaining: number | null, reserved: number | null, credit: { name: string } }>, creditGrants: { totalCount: number, edges: Array<{ node: { id: string, company: { id: string }, credit: { name: string }, plan: { name: string } | null } }> }, ledger: { edges: Array<{ node: { id: string, company: { id: string }, grant: { id: string } | null } }> }, metronomeCustomer: { id: string, contracts: Array<{ id: string, credits: Array<{ id: string, customer: { id: string } | null }> }> } | null, contractCredits: { edges: Array<{ node: { id: string, balance: string, contract: { id: string, customer: { id: string } | null } | null } }> } | null } | null, creditGrants: { edges: Array<{ node: { id: string, company: { id: string } } }> } | null, metronomeCustomer: { id: string } | null, contractCredits: { edges: Array<{ node: { id: string } }> } | null, companyByKeys: { id: string } | null };

export type TenancyAdminReadsQueryVariables = Exact<{
  companies: Array<string | number> | string | number;
  grant: string | number;
  customer: string | number;
  credit: string | number;
}>;


export type TenancyAdminReadsQuery = { companies: Array<{ id: string, creditGrants: { totalCount: number }, metronomeCustomer: { id: string } | null } | null>, creditGrant: { id: string, company: { id: string } } | null, creditGrants: { totalCount: number } | null, credit: { grants: { totalCount: number } | null } | null, metronomeCustomer: { id: string } | null, contractCredit: { id: string } | null };

export type EntitiesAcmeMetronomeIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type EntitiesAcmeMetronomeIdsQuery = { company: { metronomeCustomerId: string | null, contractCredits: { edges: Array<{ node: { id: string, customerId: string } }> } | null } | null };

export type CompanyThenCreditsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyThenCreditsQuery = { company: { name: string } & ({ contractCredits: { edges: Array<{ node: { name: string | null, balance: string } }> } | null } | { contractCredits?: never }) | null };

export type CompanyPageQueryVariables = Exact<{
  id: string | number;
}>;


export type CompanyPageQuery = { company: { name: string, creditBalances: Array<{ remaining: number | null, credit: { name: string } }> } & ({ creditGrants: { edges: Array<{ node: { id: string, quantityRemaining: number | null, credit: { name: string } } }> } } | { creditGrants?: never }) & ({ ledger: { edges: Array<{ node: { id: string, amount: number | null, eventType: CreditEventType } }> } } | { ledger?: never }) & ({ metronomeCustomer: { name: string } | null } | { metronomeCustomer?: never }) & ({ contractCredits: { edges: Array<{ node: { name: string | null, balance: string, accessSchedule: { scheduleItems: Array<{ amount: string }> } | null } }> } | null } | { contractCredits?: never }) | null };

export type CreateCreditBundleMutationVariables = Exact<{
  input: CreateCreditBundleInput;
}>;


export type CreateCreditBundleMutation = { createCreditBundle:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'CreateCreditBundlePayload', bundle: { id: string, name: string, quantity: number | null, status: CreditBundleStatus, expiryType: ExpiryType, expiryUnit: ExpiryUnit, expiryUnitCount: number | null, compatiblePlanIds: Array<string>, unitPrice: { currency: string, price: string, priceDecimal: string | null } | null, credit: { id: string, name: string }, compatiblePlans: Array<{ id: string, name: string } | null> } | null }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpstreamError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ field: string, path: Array<string>, rule: string, message: string }> }
   };

export type CreateCreditBundleReadQueryVariables = Exact<{
  id: string | number;
}>;


export type CreateCreditBundleReadQuery = { creditBundle: { id: string, name: string } | null, credit: { bundles: { edges: Array<{ node: { id: string } }> } } | null };

export type DeleteCreditBundleMutationVariables = Exact<{
  input: DeleteCreditBundleInput;
}>;


export type DeleteCreditBundleMutation = { deleteCreditBundle:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'DeleteCreditBundlePayload', deletedId: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpstreamError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ field: string, path: Array<string>, rule: string, message: string }> }
   };

export type DeleteCreditBundleReadQueryVariables = Exact<{
  id: string | number;
}>;


export type DeleteCreditBundleReadQuery = { creditBundle: { id: string } | null, creditBundles: { edges: Array<{ node: { id: string } }> } };

export type UpdateCreditBundleMutationVariables = Exact<{
  input: UpdateCreditBundleInput;
}>;


export type UpdateCreditBundleMutation = { updateCreditBundle:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpdateCreditBundlePayload', bundle: { id: string, name: string, status: CreditBundleStatus, quantity: number | null, expiryType: ExpiryType, expiryUnitCount: number | null, compatiblePlanIds: Array<string>, updatedAt: string, unitPrice: { currency: string, price: string, priceDecimal: string | null } | null, credit: { id: string, name: string } } | null }
    | { __typename: 'UpstreamError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ field: string, path: Array<string>, rule: string, message: string }> }
   };

export type UpdateCreditBundleReadQueryVariables = Exact<{
  id: string | number;
}>;


export type UpdateCreditBundleReadQuery = { creditBundle: { id: string, name: string, status: CreditBundleStatus, compatiblePlanIds: Array<string>, updatedAt: string, unitPrice: { price: string, priceDecimal: string | null } | null } | null };

export type ArchiveContractCreditMutationVariables = Exact<{
  input: ArchiveContractCreditInput;
}>;


export type ArchiveContractCreditMutation = { archiveContractCredit:
    | { __typename: 'ArchiveContractCreditPayload', creditId: string, credit: { id: string, name: string | null, balance: string, archivedAt: string | null, ledger: Array<
          | { type: ContractCreditLedgerEntryType }
          | { type: ContractCreditLedgerEntryType }
          | { type: ContractCreditLedgerEntryType }
          | { type: ContractCreditLedgerEntryType }
          | { type: ContractCreditLedgerEntryType }
          | { type: ContractCreditLedgerEntryType }
          | { type: ContractCreditLedgerEntryType }
          | { type: ContractCreditLedgerEntryType }
          | { type: ContractCreditLedgerEntryType }
        > | null } | null }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpstreamError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ field: string, path: Array<string>, rule: string, message: string }> }
   };

export type ArchiveContractCreditListedQueryVariables = Exact<{
  c: string | number;
  a?: boolean | null | undefined;
}>;


export type ArchiveContractCreditListedQuery = { contractCredits: { edges: Array<{ node: { id: string } }> } | null };

export type ArchiveContractCreditContractsQueryVariables = Exact<{
  c: string | number;
}>;


export type ArchiveContractCreditContractsQuery = { metronomeCustomer: { contracts: Array<{ credits: Array<{ id: string }>, all: Array<{ id: string }> }> } | null };

export type ContractCreditsPageQueryVariables = Exact<{
  customerId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ContractCreditsPageQuery = { contractCredits: { edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type ContractCreditsTotalCountQueryVariables = Exact<{
  c: string | number;
  after?: string | null | undefined;
}>;


export type ContractCreditsTotalCountQuery = { contractCredits: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, balance: string } }> } | null };

export type ContractCreditsTotalCountOnlyQueryVariables = Exact<{
  c: string | number;
}>;


export type ContractCreditsTotalCountOnlyQuery = { contractCredits: { totalCount: number } | null };

export type ContractCreditsBalancesQueryVariables = Exact<{
  c: string | number;
}>;


export type ContractCreditsBalancesQuery = { contractCredits: { edges: Array<{ node: { id: string, balance: string } }> } | null };

export type ContractCreditsApplicableQueryVariables = Exact<{
  u: string | number;
  a: string | number;
  renewal: string | number;
  research: string | number;
  bonus: string | number;
}>;


export type ContractCreditsApplicableQuery = { renewal: { hierarchyConfiguration: { childAccess: { type: HierarchyChildAccessType, contractIds: Array<string> } } | null, contract: { name: string | null } | null } | null, research: { applicableContractIds: Array<string> | null, applicableContracts: Array<{ id: string, name: string | null } | null> | null, pricingUnit: { name: string } | null } | null, bonus: { applicableProductIds: Array<string> | null, applicableProducts: Array<{ id: string, name: string, type: ProductType } | null> | null } | null };

export type ContractCreditsOtherLedgerQueryVariables = Exact<{
  c: string | number;
  id: string | number;
}>;


export type ContractCreditsOtherLedgerQuery = { contractCredit: { rateType: ContractCreditRateType | null, ledger: Array<
      | { __typename: 'ContractCreditAutomatedInvoiceDeductionLedgerEntry', type: ContractCreditLedgerEntryType, amount: string }
      | { __typename: 'ContractCreditCanceledLedgerEntry', type: ContractCreditLedgerEntryType, amount: string }
      | { __typename: 'ContractCreditCreditedLedgerEntry', type: ContractCreditLedgerEntryType, amount: string }
      | { __typename: 'ContractCreditExpirationLedgerEntry', type: ContractCreditLedgerEntryType, amount: string }
      | { __typename: 'ContractCreditManualLedgerEntry', type: ContractCreditLedgerEntryType, amount: string }
      | { __typename: 'ContractCreditOtherLedgerEntry', wireType: string, segmentId: string | null, fields: Record<string, unknown>, type: ContractCreditLedgerEntryType, amount: string }
      | { __typename: 'ContractCreditRolloverLedgerEntry', type: ContractCreditLedgerEntryType, amount: string }
      | { __typename: 'ContractCreditSeatBasedAdjustmentLedgerEntry', type: ContractCreditLedgerEntryType, amount: string }
      | { __typename: 'ContractCreditSegmentStartLedgerEntry', type: ContractCreditLedgerEntryType, amount: string }
    > | null } | null };

export type ContractCreditsCheapLinksQueryVariables = Exact<{
  c: string | number;
}>;


export type ContractCreditsCheapLinksQuery = { contractCredits: { edges: Array<{ node: { product: { id: string, name: string }, pricingUnit: { id: string, name: string } | null } }> } | null };

export type ContractCreditsContractLinksQueryVariables = Exact<{
  c: string | number;
}>;


export type ContractCreditsContractLinksQuery = { contractCredits: { edges: Array<{ node: { name: string | null, contractId: string | null, createdAt: string | null, contract: { id: string, name: string | null } | null, customer: { name: string } | null } }> } | null };

export type ContractCreditsEmbeddedQueryVariables = Exact<{
  c: string | number;
}>;


export type ContractCreditsEmbeddedQuery = { metronomeCustomer: { contracts: Array<{ name: string | null, credits: Array<{ id: string, name: string | null, createdAt: string | null, rateType: ContractCreditRateType | null }> }> } | null };

export type ContractCreditsEmbeddedBalancesQueryVariables = Exact<{
  c: string | number;
}>;


export type ContractCreditsEmbeddedBalancesQuery = { metronomeCustomer: { contracts: Array<{ name: string | null, credits: Array<{ id: string, balance: string }> }> } | null };

export type ContractCreditsFilteredQueryVariables = Exact<{
  c: string | number;
  f?: ContractCreditFilter | null | undefined;
}>;


export type ContractCreditsFilteredQuery = { contractCredits: { edges: Array<{ node: { id: string, contractId: string | null } }> } | null };

export type ContractCreditsCoveringQueryVariables = Exact<{
  c: string | number;
}>;


export type ContractCreditsCoveringQuery = { contractCredits: { edges: Array<{ node: { name: string | null } }> } | null };

export type ContractCreditsUnknownIdsQueryVariables = Exact<{
  u: string | number;
  a: string | number;
}>;


export type ContractCreditsUnknownIdsQuery = { list: { edges: Array<{ cursor: string }> } | null, one: { id: string } | null, missing: { id: string } | null };

export type ContractCreditsArchivedQueryVariables = Exact<{
  c: string | number;
  id: string | number;
}>;


export type ContractCreditsArchivedQuery = { contractCredit: { name: string | null, balance: string, ledger: Array<
      | { type: ContractCreditLedgerEntryType }
      | { type: ContractCreditLedgerEntryType }
      | { type: ContractCreditLedgerEntryType }
      | { type: ContractCreditLedgerEntryType }
      | { type: ContractCreditLedgerEntryType }
      | { type: ContractCreditLedgerEntryType }
      | { type: ContractCreditLedgerEntryType }
      | { type: ContractCreditLedgerEntryType }
      | { type: ContractCreditLedgerEntryType }
    > | null } | null };

export type CreateContractCreditMutationVariables = Exact<{
  input: CreateContractCreditInput;
}>;


export type CreateContractCreditMutation = { createContractCredit:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'CreateContractCreditPayload', creditId: string, credit: { id: string, name: string | null, description: string | null, priority: number | null, rateType: ContractCreditRateType | null, balance: string, uniquenessKey: string | null, customFields: Record<string, unknown>, netsuiteSalesOrderId: string | null, salesforceOpportunityId: string | null, applicableContractIds: Array<string> | null, applicableProductIds: Array<string> | null, applicableProductTags: Array<string> | null, product: { id: string, name: string }, pricingUnit: { id: string, name: string } | null, specifiers: Array<{ productId: string | null, productTags: Array<string> | null }> | null, contract: { id: string } | null, accessSchedule: { scheduleItems: Array<{ amount: string, startingAt: string, endingBefore: string }> } | null } | null }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpstreamError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ field: string, path: Array<string>, rule: string, message: string }> }
   };

export type CreateContractCreditListedQueryVariables = Exact<{
  c: string | number;
}>;


export type CreateContractCreditListedQuery = { contractCredits: { edges: Array<{ node: { id: string } }> } | null };

export type EditContractCreditAllMutationVariables = Exact<{
  input: EditContractCreditInput;
}>;


export type EditContractCreditAllMutation = { editContractCredit:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'EditContractCreditPayload', creditId: string, credit: { id: string, name: string | null, description: string | null, priority: number | null, rateType: ContractCreditRateType | null, balance: string, applicableProductIds: Array<string> | null, applicableProductTags: Array<string> | null, applicableContractIds: Array<string> | null, product: { id: string, name: string }, specifiers: Array<{ productId: string | null, productTags: Array<string> | null, pricingGroupValues: Record<string, unknown> | null, presentationGroupValues: Record<string, unknown> | null }> | null, hierarchyConfiguration: { childAccess: { type: HierarchyChildAccessType, contractIds: Array<string> } } | null, accessSchedule: { scheduleItems: Array<{ id: string, amount: string, startingAt: string, endingBefore: string }> } | null } | null }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpstreamError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ field: string, path: Array<string>, rule: string, message: string }> }
   };

export type EditContractCreditReadQueryVariables = Exact<{
  c: string | number;
  id: string | number;
}>;


export type EditContractCreditReadQuery = { contractCredit: { name: string | null, balance: string, accessSchedule: { scheduleItems: Array<{ id: string, amount: string, startingAt: string, endingBefore: string }> } | null } | null };

export type EditContractCreditDescriptionQueryVariables = Exact<{
  c: string | number;
  id: string | number;
}>;


export type EditContractCreditDescriptionQuery = { contractCredit: { description: string | null } | null };

export type EditContractCreditContractLevelMutationVariables = Exact<{
  input: EditContractCreditInput;
}>;


export type EditContractCreditContractLevelMutation = { editContractCredit:
    | { __typename: 'ConflictError' }
    | { __typename: 'EditContractCreditPayload', credit: { name: string | null, contract: { id: string } | null } | null }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpstreamError' }
    | { __typename: 'ValidationError' }
   };

export type UpdateContractCreditEndDateMutationVariables = Exact<{
  input: UpdateContractCreditEndDateInput;
}>;


export type UpdateContractCreditEndDateMutation = { updateContractCreditEndDate:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpdateContractCreditEndDatePayload', creditId: string, credit: { id: string, balance: string, accessSchedule: { scheduleItems: Array<{ amount: string, startingAt: string, endingBefore: string }> } | null } | null }
    | { __typename: 'UpstreamError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ field: string, path: Array<string>, rule: string, message: string }> }
   };

export type UpdateContractCreditEndDateScheduleQueryVariables = Exact<{
  c: string | number;
  id: string | number;
}>;


export type UpdateContractCreditEndDateScheduleQuery = { contractCredit: { accessSchedule: { scheduleItems: Array<{ endingBefore: string }> } | null } | null };

export type CreateCreditMutationVariables = Exact<{
  input: CreateCreditInput;
}>;


export type CreateCreditMutation = { createCredit:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'CreateCreditPayload', credit: { id: string, name: string, description: string, singularName: string | null, pluralName: string | null, burnStrategy: BurnStrategy, defaultExpiryUnit: ExpiryUnit, defaultExpiryUnitCount: number | null, defaultRolloverPolicy: RolloverPolicy, price: { currency: string, price: string, priceDecimal: string | null } | null, currencyPrices: Array<{ currency: string, price: { price: string, priceDecimal: string | null } | null }> } | null }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpstreamError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ field: string, path: Array<string>, rule: string, message: string }> }
   };

export type CreateCreditReadQueryVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type CreateCreditReadQuery = { credit: { id: string, name: string } | null, credits: { edges: Array<{ node: { id: string } }> } };

export type DeleteCreditMutationVariables = Exact<{
  input: DeleteCreditInput;
}>;


export type DeleteCreditMutation = { deleteCredit:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'DeleteCreditPayload', deletedId: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpstreamError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ field: string, path: Array<string>, rule: string, message: string }> }
   };

export type DeleteCreditReadQueryVariables = Exact<{
  id: string | number;
}>;


export type DeleteCreditReadQuery = { credit: { id: string } | null, credits: { edges: Array<{ node: { id: string } }> } };

export type UpdateCreditMutationVariables = Exact<{
  input: UpdateCreditInput;
}>;


export type UpdateCreditMutation = { updateCredit:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpdateCreditPayload', credit: { id: string, name: string, description: string, icon: string | null, singularName: string | null, pluralName: string | null, burnStrategy: BurnStrategy, defaultExpiryUnitCount: number | null, updatedAt: string, price: { currency: string, price: string, priceDecimal: string | null } | null } | null }
    | { __typename: 'UpstreamError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ field: string, path: Array<string>, rule: string, message: string }> }
   };

export type UpdateCreditThroughGrantsQueryVariables = Exact<{
  creditId: string | number;
}>;


export type UpdateCreditThroughGrantsQuery = { creditGrants: { edges: Array<{ node: { id: string, credit: { name: string } } }> } | null };

export type GrantCreditsToCompanyMutationVariables = Exact<{
  input: GrantCreditsToCompanyInput;
}>;


export type GrantCreditsToCompanyMutation = { grantCreditsToCompany:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'GrantCreditsToCompanyPayload', grant: { id: string, quantity: number | null, quantityRemaining: number | null, grantReason: CreditGrantReason, company: { id: string, name: string }, credit: { id: string, name: string } } | null }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpstreamError', message: string, code: string, outcome: WriteOutcome, reason: string, upstream: Upstream, status: number | null }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ field: string, path: Array<string>, rule: string, message: string }> }
   };

export type GrantCreditsToCompanyBalanceQueryVariables = Exact<{
  id: string | number;
}>;


export type GrantCreditsToCompanyBalanceQuery = { company: { creditBalances: Array<{ remaining: number | null, credit: { id: string } }> } | null };

export type ZeroOutCreditGrantMutationVariables = Exact<{
  input: ZeroOutCreditGrantInput;
}>;


export type ZeroOutCreditGrantMutation = { zeroOutCreditGrant:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpstreamError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ field: string, path: Array<string>, rule: string, message: string }> }
    | { __typename: 'ZeroOutCreditGrantPayload', grant: { id: string, quantity: number | null, quantityRemaining: number | null, zeroedOutDate: string | null, zeroedOutReason: CreditGrantZeroedOutReason | null, company: { id: string, name: string }, credit: { id: string, name: string } } | null }
   };

export type ZeroOutCreditGrantStateQueryVariables = Exact<{
  grantId: string | number;
  companyId: string | number;
}>;


export type ZeroOutCreditGrantStateQuery = { creditGrant: { quantityRemaining: number | null, zeroedOutReason: CreditGrantZeroedOutReason | null } | null, company: { creditBalances: Array<{ remaining: number | null, credit: { id: string } }> } | null };

export type InputCreditsFirstZeroQueryVariables = Exact<{ [key: string]: never; }>;


export type InputCreditsFirstZeroQuery = { credits: { totalCount: number, edges: Array<{ cursor: string }>, pageInfo: { hasNextPage: boolean } } };

export type InputContractCreditsFirstZeroQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type InputContractCreditsFirstZeroQuery = { company: { contractCredits: { edges: Array<{ cursor: string }>, pageInfo: { hasNextPage: boolean } } | null } | null };

export type InputContractCreditCursorsQueryVariables = Exact<{ [key: string]: never; }>;


export type InputContractCreditCursorsQuery = { company: { contractCredits: { edges: Array<{ cursor: string }> } | null } | null };

export type InputCompanyByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type InputCompanyByIdQuery = { company: { id: string } | null };

export type LinksLedgerQueryVariables = Exact<{
  id: string | number;
}>;


export type LinksLedgerQuery = { company: { ledger: { totalCount: number, edges: Array<{ node: { id: string, eventType: CreditEventType, amount: number | null, company: { id: string, name: string }, credit: { id: string, name: string, description: string }, grant: { id: string, company: { id: string } } | null, fromGrant: { id: string } | null, toGrant: { id: string } | null, bundle: { id: string, name: string } | null, plan: { id: string, name: string } | null } }> } } | null };

export type LookaheadGrantsQueryVariables = Exact<{
  first: number;
  withDescription?: boolean | null | undefined;
}>;


export type LookaheadGrantsQuery = { creditGrants: { edges: Array<{ node: { id: string, credit: { id: string, name: string, description?: string } } }> } | null };

export type LookaheadThroughFragmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type LookaheadThroughFragmentsQuery = { creditGrants: { edges: Array<{ node: { credit: { id: string, description: string } } }> } | null };

export type LookaheadPageFragment = { edges: Array<{ node: { credit: { id: string, description: string } } }> };

export type LookaheadDescribedFragment = { id: string, description: string };

export type MetronomeCustomerOfCompaniesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MetronomeCustomerOfCompaniesQuery = { companies: Array<{ id: string, name: string, metronomeCustomer: { id: string, name: string, ingestAliases: Array<string> } | null } | null> };

export type MetronomeCustomerOfCompanyQueryVariables = Exact<{
  id: string | number;
}>;


export type MetronomeCustomerOfCompanyQuery = { company: { metronomeCustomer: { id: string } | null, contractCredits: { edges: Array<{ node: { id: string } }> } | null } | null };

export type MetronomeCustomerCompanyCreditsQueryVariables = Exact<{
  id: string | number;
}>;


export type MetronomeCustomerCompanyCreditsQuery = { company: { contractCredits: { edges: Array<{ node: { id: string, customerId: string } }> } | null } | null };

export type MetronomeCustomerCompanyCreditNamesQueryVariables = Exact<{
  id: string | number;
}>;


export type MetronomeCustomerCompanyCreditNamesQuery = { company: { contractCredits: { edges: Array<{ node: { name: string | null, customerId: string } }> } | null } | null };

export type MetronomeCustomerDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type MetronomeCustomerDetailQuery = { metronomeCustomer: { id: string, name: string, ingestAliases: Array<string>, externalId: string, customFields: Record<string, unknown>, salesforceAccountId: string | null, createdAt: string, updatedAt: string, archivedAt: string | null, contracts: Array<{ id: string, name: string | null, startingAt: string, endingBefore: string | null, customerId: string, customer: { id: string } | null }>, allContracts: Array<{ id: string }>, contractCredits: { edges: Array<{ node: { id: string, customer: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean } } } | null };

export type MetronomeCustomerContractsQueryVariables = Exact<{
  id: string | number;
}>;


export type MetronomeCustomerContractsQuery = { metronomeCustomer: { contracts: Array<{ name: string | null, archivedAt: string | null }>, all: Array<{ name: string | null, archivedAt: string | null }> } | null };

export type MetronomeCustomerUnknownAndArchivedQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type MetronomeCustomerUnknownAndArchivedQuery = { unknown: { id: string } | null, archived: { id: string, name: string, archivedAt: string | null } | null };

export type MetronomeCustomersByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MetronomeCustomersByIdsQuery = { metronomeCustomers: Array<{ id: string, name: string } | null> };

export type NumbersBigGrantsQueryVariables = Exact<{ [key: string]: never; }>;


export type NumbersBigGrantsQuery = { creditGrants: { edges: Array<{ node: { id: string, quantity: number | null, quantityRemaining: number | null, quantityUsed: number | null } }> } | null };

export type NumbersGrantQuantityMutationVariables = Exact<{ [key: string]: never; }>;


export type NumbersGrantQuantityMutation = { grantCreditsToCompany:
    | { __typename: 'ConflictError' }
    | { __typename: 'GrantCreditsToCompanyPayload', grant: { id: string, quantity: number | null, company: { id: string } } | null }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpstreamError' }
    | { __typename: 'ValidationError' }
   };

export type NumbersGrantCreatedAtMutationVariables = Exact<{ [key: string]: never; }>;


export type NumbersGrantCreatedAtMutation = { grantCreditsToCompany:
    | { __typename: 'ConflictError' }
    | { __typename: 'GrantCreditsToCompanyPayload', grant: { id: string, createdAt: string } | null }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpstreamError' }
    | { __typename: 'ValidationError' }
   };

export type CreatePlanCreditGrantMutationVariables = Exact<{
  input: CreatePlanCreditGrantInput;
}>;


export type CreatePlanCreditGrantMutation = { createPlanCreditGrant:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'CreatePlanCreditGrantPayload', planGrant: { id: string, creditAmount: number | null, companyCreditAmount: number | null, scaling: PlanCreditGrantScaling, licenseId: string | null, resetCadence: ResetCadence | null, resetStart: ResetStart | null, resetType: ResetType | null, rolloverPercentage: number, autoTopupAvailability: AutoTopupAvailability, autoTopupThresholdPercent: number | null, tierMode: TiersMode | null, priceTiers: Array<{ from: number | null, to: number | null, perUnitPrice: number | null }>, plan: { id: string, name: string }, credit: { id: string, name: string } } | null }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpstreamError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ field: string, path: Array<string>, rule: string, message: string }> }
   };

export type CreatePlanCreditGrantReadQueryVariables = Exact<{
  id: string | number;
}>;


export type CreatePlanCreditGrantReadQuery = { planCreditGrant: { id: string, creditAmount: number | null } | null, planCreditGrants: { edges: Array<{ node: { id: string } }> } };

export type DeletePlanCreditGrantMutationVariables = Exact<{
  input: DeletePlanCreditGrantInput;
}>;


export type DeletePlanCreditGrantMutation = { deletePlanCreditGrant:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'DeletePlanCreditGrantPayload', deletedId: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpstreamError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ field: string, path: Array<string>, rule: string, message: string }> }
   };

export type DeletePlanCreditGrantReadQueryVariables = Exact<{
  id: string | number;
  planId: string | number;
}>;


export type DeletePlanCreditGrantReadQuery = { planCreditGrant: { id: string } | null, planCreditGrants: { edges: Array<{ node: { id: string } }> } };

export type UpdatePlanCreditGrantMutationVariables = Exact<{
  input: UpdatePlanCreditGrantInput;
}>;


export type UpdatePlanCreditGrantMutation = { updatePlanCreditGrant:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpdatePlanCreditGrantPayload', planGrant: { id: string, creditAmount: number | null, resetCadence: ResetCadence | null, resetStart: ResetStart | null, rolloverPercentage: number, autoTopupAvailability: AutoTopupAvailability, updatedAt: string, plan: { id: string, name: string }, credit: { id: string, name: string } } | null }
    | { __typename: 'UpstreamError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ field: string, path: Array<string>, rule: string, message: string }> }
   };

export type UpdatePlanCreditGrantReadQueryVariables = Exact<{
  id: string | number;
}>;


export type UpdatePlanCreditGrantReadQuery = { planCreditGrant: { id: string, creditAmount: number | null, resetCadence: ResetCadence | null, resetStart: ResetStart | null, rolloverPercentage: number, updatedAt: string } | null };

export type ProductDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductDetailQuery = { metronomeProduct: { id: string, name: string, type: ProductType, tags: Array<string>, createdAt: string, createdBy: string, startingAt: string | null, archivedAt: string | null, customFields: Record<string, unknown>, billableMetricId: string | null, compositeProductIds: Array<string>, compositeTags: Array<string>, pricingGroupKey: Array<string>, presentationGroupKey: Array<string>, excludeFreeUsage: boolean | null, isRefundable: boolean | null, netsuiteInternalItemId: string | null, netsuiteOverageItemId: string | null, compositeProducts: Array<{ id: string, name: string } | null>, quantityConversion: { conversionFactor: string, operation: QuantityConversionOperation, name: string | null } | null, quantityRounding: { decimalPlaces: number, roundingMethod: QuantityRoundingMethod } | null } | null };

export type ProductUnknownAndArchivedQueryVariables = Exact<{
  a: string | number;
  b: string | number;
  c: string | number;
}>;


export type ProductUnknownAndArchivedQuery = { a: { id: string } | null, b: { name: string, archivedAt: string | null } | null, c: { type: ProductType } | null };

export type ProductCatalogueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProductArchiveFilter | null | undefined;
}>;


export type ProductCatalogueQuery = { metronomeProducts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string } }> } };

export type ProductPricingUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductPricingUnitsQuery = { pricingUnits: Array<{ id: string, name: string, isCurrency: boolean }> };

export const LookaheadDescribedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LookaheadDescribed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<LookaheadDescribedFragment, unknown>;
export const LookaheadPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LookaheadPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditGrantConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LookaheadDescribed"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LookaheadDescribed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<LookaheadPageFragment, unknown>;
export const IsolationMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsolationMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"other"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mine"},"name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"other"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"viewer"},"name":{"kind":"Name","value":"creditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metronomeCustomer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IsolationMineQuery, IsolationMineQueryVariables>;
export const TenancyCrossLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyCrossLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"company"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grant"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"company"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenancyCrossLinksQuery, TenancyCrossLinksQueryVariables>;
export const TenancyOwnCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyOwnCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"company"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"company"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metronomeCustomer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metronomeCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customer"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"companyByKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"domain","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"StringValue","value":"acme.example","block":false}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TenancyOwnCompanyQuery, TenancyOwnCompanyQueryVariables>;
export const TenancyAdminReadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyAdminReads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companies"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companies"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metronomeCustomer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grant"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"creditId"},"value":{"kind":"StringValue","value":"bcrd_ai_tokens","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"bcrd_ai_tokens","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metronomeCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customer"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TenancyAdminReadsQuery, TenancyAdminReadsQueryVariables>;
export const EntitiesAcmeMetronomeIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntitiesAcmeMetronomeIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"comp_acme","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntitiesAcmeMetronomeIdsQuery, EntitiesAcmeMetronomeIdsQueryVariables>;
export const CompanyThenCreditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyThenCredits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"comp_acme","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","directives":[{"kind":"Directive","name":{"kind":"Name","value":"defer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"StringValue","value":"contractCredits","block":false}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyThenCreditsQuery, CompanyThenCreditsQueryVariables>;
export const CompanyPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","directives":[{"kind":"Directive","name":{"kind":"Name","value":"defer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"StringValue","value":"grants","block":false}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantityRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"InlineFragment","directives":[{"kind":"Directive","name":{"kind":"Name","value":"defer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"StringValue","value":"ledger","block":false}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}}]}}]}}]}}]}},{"kind":"InlineFragment","directives":[{"kind":"Directive","name":{"kind":"Name","value":"defer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"StringValue","value":"contractCredits","block":false}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeCustomer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"accessSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyPageQuery, CompanyPageQueryVariables>;
export const CreateCreditBundleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCreditBundle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCreditBundleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCreditBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCreditBundlePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bundle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiryType"}},{"kind":"Field","name":{"kind":"Name","value":"expiryUnit"}},{"kind":"Field","name":{"kind":"Name","value":"expiryUnitCount"}},{"kind":"Field","name":{"kind":"Name","value":"compatiblePlanIds"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"priceDecimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compatiblePlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateCreditBundleMutation, CreateCreditBundleMutationVariables>;
export const CreateCreditBundleReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreateCreditBundleRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"bcrd_compute_minutes","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bundles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateCreditBundleReadQuery, CreateCreditBundleReadQueryVariables>;
export const DeleteCreditBundleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCreditBundle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCreditBundleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCreditBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCreditBundlePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeleteCreditBundleMutation, DeleteCreditBundleMutationVariables>;
export const DeleteCreditBundleReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeleteCreditBundleRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditBundles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeleteCreditBundleReadQuery, DeleteCreditBundleReadQueryVariables>;
export const UpdateCreditBundleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCreditBundle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCreditBundleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCreditBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCreditBundlePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bundle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"expiryType"}},{"kind":"Field","name":{"kind":"Name","value":"expiryUnitCount"}},{"kind":"Field","name":{"kind":"Name","value":"compatiblePlanIds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"priceDecimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCreditBundleMutation, UpdateCreditBundleMutationVariables>;
export const UpdateCreditBundleReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpdateCreditBundleRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"compatiblePlanIds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"priceDecimal"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCreditBundleReadQuery, UpdateCreditBundleReadQueryVariables>;
export const ArchiveContractCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveContractCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveContractCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveContractCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveContractCreditPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditId"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveContractCreditMutation, ArchiveContractCreditMutationVariables>;
export const ArchiveContractCreditListedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArchiveContractCreditListed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveContractCreditListedQuery, ArchiveContractCreditListedQueryVariables>;
export const ArchiveContractCreditContractsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArchiveContractCreditContracts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"credits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveContractCreditContractsQuery, ArchiveContractCreditContractsQueryVariables>;
export const ContractCreditsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractCreditsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ContractCreditsPageQuery, ContractCreditsPageQueryVariables>;
export const ContractCreditsTotalCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractCreditsTotalCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractCreditsTotalCountQuery, ContractCreditsTotalCountQueryVariables>;
export const ContractCreditsTotalCountOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractCreditsTotalCountOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ContractCreditsTotalCountOnlyQuery, ContractCreditsTotalCountOnlyQueryVariables>;
export const ContractCreditsBalancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractCreditsBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractCreditsBalancesQuery, ContractCreditsBalancesQueryVariables>;
export const ContractCreditsApplicableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractCreditsApplicable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"renewal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"research"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bonus"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"renewal"},"name":{"kind":"Name","value":"contractCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"renewal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hierarchyConfiguration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"contractIds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"research"},"name":{"kind":"Name","value":"contractCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"research"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicableContractIds"}},{"kind":"Field","name":{"kind":"Name","value":"applicableContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bonus"},"name":{"kind":"Name","value":"contractCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bonus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicableProductIds"}},{"kind":"Field","name":{"kind":"Name","value":"applicableProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<ContractCreditsApplicableQuery, ContractCreditsApplicableQueryVariables>;
export const ContractCreditsOtherLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractCreditsOtherLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateType"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractCreditOtherLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wireType"}},{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractCreditsOtherLedgerQuery, ContractCreditsOtherLedgerQueryVariables>;
export const ContractCreditsCheapLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractCreditsCheapLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractCreditsCheapLinksQuery, ContractCreditsCheapLinksQueryVariables>;
export const ContractCreditsContractLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractCreditsContractLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contractId"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractCreditsContractLinksQuery, ContractCreditsContractLinksQueryVariables>;
export const ContractCreditsEmbeddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractCreditsEmbedded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rateType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractCreditsEmbeddedQuery, ContractCreditsEmbeddedQueryVariables>;
export const ContractCreditsEmbeddedBalancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractCreditsEmbeddedBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractCreditsEmbeddedBalancesQuery, ContractCreditsEmbeddedBalancesQueryVariables>;
export const ContractCreditsFilteredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractCreditsFiltered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractCreditFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractCreditsFilteredQuery, ContractCreditsFilteredQueryVariables>;
export const ContractCreditsCoveringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractCreditsCovering"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"coveringDate"},"value":{"kind":"StringValue","value":"2027-02-01T00:00:00Z","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractCreditsCoveringQuery, ContractCreditsCoveringQueryVariables>;
export const ContractCreditsUnknownIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractCreditsUnknownIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"one"},"name":{"kind":"Name","value":"contractCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"missing"},"name":{"kind":"Name","value":"contractCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ContractCreditsUnknownIdsQuery, ContractCreditsUnknownIdsQueryVariables>;
export const ContractCreditsArchivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractCreditsArchived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<ContractCreditsArchivedQuery, ContractCreditsArchivedQueryVariables>;
export const CreateContractCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContractCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContractCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContractCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContractCreditPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditId"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"rateType"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"uniquenessKey"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"netsuiteSalesOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"salesforceOpportunityId"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicableContractIds"}},{"kind":"Field","name":{"kind":"Name","value":"applicableProductIds"}},{"kind":"Field","name":{"kind":"Name","value":"applicableProductTags"}},{"kind":"Field","name":{"kind":"Name","value":"specifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productTags"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateContractCreditMutation, CreateContractCreditMutationVariables>;
export const CreateContractCreditListedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreateContractCreditListed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateContractCreditListedQuery, CreateContractCreditListedQueryVariables>;
export const EditContractCreditAllDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditContractCreditAll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditContractCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editContractCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EditContractCreditPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditId"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"rateType"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicableProductIds"}},{"kind":"Field","name":{"kind":"Name","value":"applicableProductTags"}},{"kind":"Field","name":{"kind":"Name","value":"applicableContractIds"}},{"kind":"Field","name":{"kind":"Name","value":"specifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productTags"}},{"kind":"Field","name":{"kind":"Name","value":"pricingGroupValues"}},{"kind":"Field","name":{"kind":"Name","value":"presentationGroupValues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyConfiguration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"contractIds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditContractCreditAllMutation, EditContractCreditAllMutationVariables>;
export const EditContractCreditReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditContractCreditRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"accessSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditContractCreditReadQuery, EditContractCreditReadQueryVariables>;
export const EditContractCreditDescriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditContractCreditDescription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<EditContractCreditDescriptionQuery, EditContractCreditDescriptionQueryVariables>;
export const EditContractCreditContractLevelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditContractCreditContractLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditContractCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editContractCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EditContractCreditPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditContractCreditContractLevelMutation, EditContractCreditContractLevelMutationVariables>;
export const UpdateContractCreditEndDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContractCreditEndDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContractCreditEndDateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContractCreditEndDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContractCreditEndDatePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditId"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"accessSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateContractCreditEndDateMutation, UpdateContractCreditEndDateMutationVariables>;
export const UpdateContractCreditEndDateScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpdateContractCreditEndDateSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateContractCreditEndDateScheduleQuery, UpdateContractCreditEndDateScheduleQueryVariables>;
export const CreateCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCreditPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"singularName"}},{"kind":"Field","name":{"kind":"Name","value":"pluralName"}},{"kind":"Field","name":{"kind":"Name","value":"burnStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"defaultExpiryUnit"}},{"kind":"Field","name":{"kind":"Name","value":"defaultExpiryUnitCount"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRolloverPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"priceDecimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currencyPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"priceDecimal"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateCreditMutation, CreateCreditMutationVariables>;
export const CreateCreditReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreateCreditRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateCreditReadQuery, CreateCreditReadQueryVariables>;
export const DeleteCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCreditPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeleteCreditMutation, DeleteCreditMutationVariables>;
export const DeleteCreditReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeleteCreditRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeleteCreditReadQuery, DeleteCreditReadQueryVariables>;
export const UpdateCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCreditPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"icon"}},{"kind":"Field","name":{"kind":"Name","value":"singularName"}},{"kind":"Field","name":{"kind":"Name","value":"pluralName"}},{"kind":"Field","name":{"kind":"Name","value":"burnStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"defaultExpiryUnitCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"priceDecimal"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCreditMutation, UpdateCreditMutationVariables>;
export const UpdateCreditThroughGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpdateCreditThroughGrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"creditId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCreditThroughGrantsQuery, UpdateCreditThroughGrantsQueryVariables>;
export const GrantCreditsToCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantCreditsToCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantCreditsToCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantCreditsToCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantCreditsToCompanyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"grantReason"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<GrantCreditsToCompanyMutation, GrantCreditsToCompanyMutationVariables>;
export const GrantCreditsToCompanyBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantCreditsToCompanyBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditBalances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]}}]} as unknown as DocumentNode<GrantCreditsToCompanyBalanceQuery, GrantCreditsToCompanyBalanceQueryVariables>;
export const ZeroOutCreditGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ZeroOutCreditGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ZeroOutCreditGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zeroOutCreditGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ZeroOutCreditGrantPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"zeroedOutDate"}},{"kind":"Field","name":{"kind":"Name","value":"zeroedOutReason"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ZeroOutCreditGrantMutation, ZeroOutCreditGrantMutationVariables>;
export const ZeroOutCreditGrantStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ZeroOutCreditGrantState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantityRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"zeroedOutReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditBalances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]}}]} as unknown as DocumentNode<ZeroOutCreditGrantStateQuery, ZeroOutCreditGrantStateQueryVariables>;
export const InputCreditsFirstZeroDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InputCreditsFirstZero"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<InputCreditsFirstZeroQuery, InputCreditsFirstZeroQueryVariables>;
export const InputContractCreditsFirstZeroDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InputContractCreditsFirstZero"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"comp_acme","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InputContractCreditsFirstZeroQuery, InputContractCreditsFirstZeroQueryVariables>;
export const InputContractCreditCursorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InputContractCreditCursors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"comp_acme","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InputContractCreditCursorsQuery, InputContractCreditCursorsQueryVariables>;
export const InputCompanyByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InputCompanyById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InputCompanyByIdQuery, InputCompanyByIdQueryVariables>;
export const LinksLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinksLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LinksLedgerQuery, LinksLedgerQueryVariables>;
export const LookaheadGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LookaheadGrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withDescription"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withDescription"}}}]}]}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LookaheadGrantsQuery, LookaheadGrantsQueryVariables>;
export const LookaheadThroughFragmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LookaheadThroughFragments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LookaheadPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LookaheadDescribed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LookaheadPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditGrantConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LookaheadDescribed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LookaheadThroughFragmentsQuery, LookaheadThroughFragmentsQueryVariables>;
export const MetronomeCustomerOfCompaniesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetronomeCustomerOfCompanies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeCustomer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ingestAliases"}}]}}]}}]}}]} as unknown as DocumentNode<MetronomeCustomerOfCompaniesQuery, MetronomeCustomerOfCompaniesQueryVariables>;
export const MetronomeCustomerOfCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetronomeCustomerOfCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeCustomer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MetronomeCustomerOfCompanyQuery, MetronomeCustomerOfCompanyQueryVariables>;
export const MetronomeCustomerCompanyCreditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetronomeCustomerCompanyCredits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MetronomeCustomerCompanyCreditsQuery, MetronomeCustomerCompanyCreditsQueryVariables>;
export const MetronomeCustomerCompanyCreditNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetronomeCustomerCompanyCreditNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MetronomeCustomerCompanyCreditNamesQuery, MetronomeCustomerCompanyCreditNamesQueryVariables>;
export const MetronomeCustomerDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetronomeCustomerDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ingestAliases"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"salesforceAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"allContracts"},"name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MetronomeCustomerDetailQuery, MetronomeCustomerDetailQueryVariables>;
export const MetronomeCustomerContractsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetronomeCustomerContracts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MetronomeCustomerContractsQuery, MetronomeCustomerContractsQueryVariables>;
export const MetronomeCustomerUnknownAndArchivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetronomeCustomerUnknownAndArchived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"unknown"},"name":{"kind":"Name","value":"metronomeCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"archived"},"name":{"kind":"Name","value":"metronomeCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<MetronomeCustomerUnknownAndArchivedQuery, MetronomeCustomerUnknownAndArchivedQueryVariables>;
export const MetronomeCustomersByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetronomeCustomersByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MetronomeCustomersByIdsQuery, MetronomeCustomersByIdsQueryVariables>;
export const NumbersBigGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NumbersBigGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"companyId"},"value":{"kind":"StringValue","value":"comp_acme","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUsed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NumbersBigGrantsQuery, NumbersBigGrantsQueryVariables>;
export const NumbersGrantQuantityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NumbersGrantQuantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantCreditsToCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"companyId"},"value":{"kind":"StringValue","value":"comp_acme","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"creditId"},"value":{"kind":"StringValue","value":"bcrd_ai_tokens","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"quantity"},"value":{"kind":"IntValue","value":"5"}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"EnumValue","value":"ADJUSTMENT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantCreditsToCompanyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NumbersGrantQuantityMutation, NumbersGrantQuantityMutationVariables>;
export const NumbersGrantCreatedAtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NumbersGrantCreatedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantCreditsToCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"companyId"},"value":{"kind":"StringValue","value":"comp_acme","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"creditId"},"value":{"kind":"StringValue","value":"bcrd_ai_tokens","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"quantity"},"value":{"kind":"IntValue","value":"5"}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"EnumValue","value":"ADJUSTMENT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantCreditsToCompanyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NumbersGrantCreatedAtMutation, NumbersGrantCreatedAtMutationVariables>;
export const CreatePlanCreditGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlanCreditGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanCreditGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlanCreditGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanCreditGrantPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditAmount"}},{"kind":"Field","name":{"kind":"Name","value":"companyCreditAmount"}},{"kind":"Field","name":{"kind":"Name","value":"scaling"}},{"kind":"Field","name":{"kind":"Name","value":"licenseId"}},{"kind":"Field","name":{"kind":"Name","value":"resetCadence"}},{"kind":"Field","name":{"kind":"Name","value":"resetStart"}},{"kind":"Field","name":{"kind":"Name","value":"resetType"}},{"kind":"Field","name":{"kind":"Name","value":"rolloverPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"autoTopupAvailability"}},{"kind":"Field","name":{"kind":"Name","value":"autoTopupThresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"tierMode"}},{"kind":"Field","name":{"kind":"Name","value":"priceTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"perUnitPrice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreatePlanCreditGrantMutation, CreatePlanCreditGrantMutationVariables>;
export const CreatePlanCreditGrantReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreatePlanCreditGrantRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planCreditGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planCreditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"planId"},"value":{"kind":"StringValue","value":"plan_starter","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreatePlanCreditGrantReadQuery, CreatePlanCreditGrantReadQueryVariables>;
export const DeletePlanCreditGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePlanCreditGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePlanCreditGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePlanCreditGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePlanCreditGrantPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeletePlanCreditGrantMutation, DeletePlanCreditGrantMutationVariables>;
export const DeletePlanCreditGrantReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeletePlanCreditGrantRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planCreditGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planCreditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeletePlanCreditGrantReadQuery, DeletePlanCreditGrantReadQueryVariables>;
export const UpdatePlanCreditGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlanCreditGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanCreditGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlanCreditGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanCreditGrantPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditAmount"}},{"kind":"Field","name":{"kind":"Name","value":"resetCadence"}},{"kind":"Field","name":{"kind":"Name","value":"resetStart"}},{"kind":"Field","name":{"kind":"Name","value":"rolloverPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"autoTopupAvailability"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePlanCreditGrantMutation, UpdatePlanCreditGrantMutationVariables>;
export const UpdatePlanCreditGrantReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpdatePlanCreditGrantRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planCreditGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditAmount"}},{"kind":"Field","name":{"kind":"Name","value":"resetCadence"}},{"kind":"Field","name":{"kind":"Name","value":"resetStart"}},{"kind":"Field","name":{"kind":"Name","value":"rolloverPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpdatePlanCreditGrantReadQuery, UpdatePlanCreditGrantReadQueryVariables>;
export const ProductDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"billableMetricId"}},{"kind":"Field","name":{"kind":"Name","value":"compositeProductIds"}},{"kind":"Field","name":{"kind":"Name","value":"compositeProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compositeTags"}},{"kind":"Field","name":{"kind":"Name","value":"pricingGroupKey"}},{"kind":"Field","name":{"kind":"Name","value":"presentationGroupKey"}},{"kind":"Field","name":{"kind":"Name","value":"excludeFreeUsage"}},{"kind":"Field","name":{"kind":"Name","value":"isRefundable"}},{"kind":"Field","name":{"kind":"Name","value":"netsuiteInternalItemId"}},{"kind":"Field","name":{"kind":"Name","value":"netsuiteOverageItemId"}},{"kind":"Field","name":{"kind":"Name","value":"quantityConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversionFactor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityRounding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decimalPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"roundingMethod"}}]}}]}}]}}]} as unknown as DocumentNode<ProductDetailQuery, ProductDetailQueryVariables>;
export const ProductUnknownAndArchivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductUnknownAndArchived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"metronomeProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"metronomeProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"metronomeProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<ProductUnknownAndArchivedQuery, ProductUnknownAndArchivedQueryVariables>;
export const ProductCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductArchiveFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metronomeProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"archiveFilter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductCatalogueQuery, ProductCatalogueQueryVariables>;
export const ProductPricingUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductPricingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pricingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrency"}}]}}]}}]} as unknown as DocumentNode<ProductPricingUnitsQuery, ProductPricingUnitsQueryVariables>;