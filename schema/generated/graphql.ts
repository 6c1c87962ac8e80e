/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A billing system. */
export type BillingProviderType =
  | 'METRONOME'
  | 'ORB'
  | 'SCHEMATIC'
  | 'STRIPE'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** Which grants a credit draws from first. */
export type BurnStrategy =
  | 'EXPIRATION_PRIORITY'
  | 'FIRST_IN_FIRST_OUT'
  | 'LAST_IN_FIRST_OUT'
  | 'PLAN_FIRST_THEN_CREDIT_BUNDLES_FIRST_IN_FIRST_OUT'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

export type CompanyKeyInput = {
  key: string;
  value: string;
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

/** Tells a credit from a commit (credits are always CREDIT). */
export type ContractCreditType =
  | 'CREDIT'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

export type CreditBundleFilter = {
  bundleType?: CreditBundleType | null | undefined;
  creditId?: string | number | null | undefined;
  /** At most 100 ids. */
  ids?: Array<string | number> | null | undefined;
  status?: CreditBundleStatus | null | undefined;
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

export type CreditFilter = {
  /** At most 100 ids. */
  ids?: Array<string | number> | null | undefined;
  /** Credit name (at most 255 characters). */
  name?: string | null | undefined;
};

/** By company (with optional sort), or by ids and/or credit. The upstream cannot combine a company with ids or a credit. */
export type CreditGrantFilter = {
  companyId?: string | number | null | undefined;
  creditId?: string | number | null | undefined;
  /** Only with companyId. */
  dir?: SortDirection | null | undefined;
  /** At most 100 ids. */
  ids?: Array<string | number> | null | undefined;
  /** Only with companyId. */
  order?: CreditGrantSortOrder | null | undefined;
};

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

/** Sort column for a company’s grants. */
export type CreditGrantSortOrder =
  | 'CREATED_AT'
  | 'EXPIRES_AT'
  | 'QUANTITY'
  | 'QUANTITY_REMAINING'
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

/** Which system is authoritative for usage. */
export type CreditLedgerAuthority =
  | 'EXTERNAL_MIRROR'
  | 'EXTERNAL_RATED'
  | 'SCHEMATIC_AUTHORITATIVE'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

export type CreditLedgerFilter = {
  creditId?: string | number | null | undefined;
  /** Pin it while paging so new events do not shift the pages. */
  endTime?: string | null | undefined;
  eventType?: CreditEventType | null | undefined;
  featureId?: string | number | null | undefined;
  startTime?: string | null | undefined;
};

/** A price in one currency: minor units, or a decimal string for sub-minor precision (the decimal wins when both are set). */
export type CurrencyPriceInput = {
  /** ISO 4217 code, at most 3 characters. */
  currency: string;
  /** At least 0. */
  pricePerUnit?: string | null | undefined;
  pricePerUnitDecimal?: string | null | undefined;
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

/** How a feature is metered. */
export type FeatureType =
  | 'BOOLEAN'
  | 'EVENT'
  | 'LICENSE'
  | 'TRAIT'
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

export type PlanCreditGrantFilter = {
  creditId?: string | number | null | undefined;
  /** At most 100 ids. */
  ids?: Array<string | number> | null | undefined;
  planId?: string | number | null | undefined;
  /** At most 100 ids. */
  planIds?: Array<string | number> | null | undefined;
  planVersionId?: string | number | null | undefined;
  /** At most 100 ids. */
  planVersionIds?: Array<string | number> | null | undefined;
};

/** Fixed credits, or credits per license. */
export type PlanCreditGrantScaling =
  | 'FIXED'
  | 'PER_LICENSE'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** A base plan or an add-on. */
export type PlanType =
  | 'ADD_ON'
  | 'PLAN'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** A price’s billing interval. */
export type PriceInterval =
  | 'DAY'
  | 'MONTH'
  | 'ONE_TIME'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN'
  | 'YEAR';

/** The kind of a Metronome contract-pricing product. */
export type ProductType =
  | 'COMPOSITE'
  | 'FIXED'
  | 'PRO_SERVICE'
  | 'SUBSCRIPTION'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN'
  | 'USAGE';

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

/** What happens to unused credits at period end. */
export type RolloverPolicy =
  | 'EXPIRE'
  | 'NONE'
  | 'ROLLOVER'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

/** Sort direction. */
export type SortDirection =
  | 'ASC'
  | 'DESC'
  /** A value this gateway does not know yet (the vendor added it). Output only. */
  | 'UNKNOWN';

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

export type CompaniesWithBalancesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type CompaniesWithBalancesQuery = { companies: Array<{ id: string, name: string, metronomeCustomerId: string | null, creditBalances: Array<{ remaining: number | null, credit: { id: string, name: string } }> } | null> };

export type CompanyByKeysQueryVariables = Exact<{
  keys: Array<CompanyKeyInput> | CompanyKeyInput;
}>;


export type CompanyByKeysQuery = { companyByKeys: { id: string, name: string, metronomeCustomerId: string | null } | null };

export type CompanyCreditOverviewQueryVariables = Exact<{
  id: string | number;
  grantsFirst?: number | null | undefined;
  ledgerFirst?: number | null | undefined;
  ledgerFilter?: CreditLedgerFilter | null | undefined;
}>;


export type CompanyCreditOverviewQuery = { company: { id: string, name: string, keys: Array<{ key: string, value: string }>, plan: { id: string, name: string } | null, creditBalances: Array<{ remaining: number | null, reserved: number | null, settled: number | null, total: number | null, source: BillingProviderType | null, credit: { id: string, name: string } }>, creditGrants: { totalCount: number, edges: Array<{ node: { id: string, quantity: number | null, quantityRemaining: number | null, grantReason: CreditGrantReason, expiresAt: string | null, zeroedOutReason: CreditGrantZeroedOutReason | null, credit: { name: string } } }> }, ledger: { totalCount: number, edges: Array<{ node: { id: string, eventType: CreditEventType, eventAt: string, amount: number | null, credit: { name: string }, feature: { id: string, name: string } | null, grant: { id: string } | null } }> } } | null };

export type CompanyWithContractCreditsQueryVariables = Exact<{
  id: string | number;
  grantsFirst?: number | null | undefined;
  creditsFirst?: number | null | undefined;
  creditsAfter?: string | null | undefined;
}>;


export type CompanyWithContractCreditsQuery = { company: { id: string, name: string, creditBalances: Array<{ remaining: number | null, credit: { id: string, name: string } }>, creditGrants: { edges: Array<{ node: { id: string, quantity: number | null, quantityRemaining: number | null, expiresAt: string | null, credit: { name: string } } }> }, metronomeCustomer: { id: string, name: string, ingestAliases: Array<string> } | null, contractCredits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string | null, priority: number | null, balance: string, pricingUnit: { id: string, name: string } | null, product: { id: string, name: string }, contract: { id: string, name: string | null } | null, accessSchedule: { scheduleItems: Array<{ id: string, amount: string, startingAt: string, endingBefore: string }> } | null } }> } | null } | null };

export type ContractCreditDetailQueryVariables = Exact<{
  customerId: string | number;
  id: string | number;
}>;


export type ContractCreditDetailQuery = { contractCredit: { id: string, name: string | null, description: string | null, type: ContractCreditType, priority: number | null, rateType: ContractCreditRateType | null, balance: string, uniquenessKey: string | null, customFields: Record<string, unknown>, createdAt: string | null, archivedAt: string | null, applicableProductIds: Array<string> | null, applicableProductTags: Array<string> | null, applicableContractIds: Array<string> | null, product: { id: string, name: string, type: ProductType, tags: Array<string> }, pricingUnit: { id: string, name: string, isCurrency: boolean } | null, accessSchedule: { scheduleItems: Array<{ id: string, amount: string, startingAt: string, endingBefore: string }> } | null, ledger: Array<
      | { __typename: 'ContractCreditAutomatedInvoiceDeductionLedgerEntry', segmentId: string, invoiceId: string, contractId: string | null, type: ContractCreditLedgerEntryType, amount: string, timestamp: string }
      | { __typename: 'ContractCreditCanceledLedgerEntry', type: ContractCreditLedgerEntryType, amount: string, timestamp: string }
      | { __typename: 'ContractCreditCreditedLedgerEntry', type: ContractCreditLedgerEntryType, amount: string, timestamp: string }
      | { __typename: 'ContractCreditExpirationLedgerEntry', segmentId: string, type: ContractCreditLedgerEntryType, amount: string, timestamp: string }
      | { __typename: 'ContractCreditManualLedgerEntry', reason: string, type: ContractCreditLedgerEntryType, amount: string, timestamp: string }
      | { __typename: 'ContractCreditOtherLedgerEntry', wireType: string, fields: Record<string, unknown>, type: ContractCreditLedgerEntryType, amount: string, timestamp: string }
      | { __typename: 'ContractCreditRolloverLedgerEntry', segmentId: string, newContractId: string, type: ContractCreditLedgerEntryType, amount: string, timestamp: string }
      | { __typename: 'ContractCreditSeatBasedAdjustmentLedgerEntry', type: ContractCreditLedgerEntryType, amount: string, timestamp: string }
      | { __typename: 'ContractCreditSegmentStartLedgerEntry', segmentId: string, type: ContractCreditLedgerEntryType, amount: string, timestamp: string }
    > | null, applicableProducts: Array<{ id: string, name: string } | null> | null, applicableContracts: Array<{ id: string, name: string | null } | null> | null, specifiers: Array<{ productId: string | null, productTags: Array<string> | null, pricingGroupValues: Record<string, unknown> | null, presentationGroupValues: Record<string, unknown> | null, product: { id: string, name: string } | null }> | null, hierarchyConfiguration: { childAccess: { type: HierarchyChildAccessType, contractIds: Array<string> } } | null, contract: { id: string, name: string | null, startingAt: string, endingBefore: string | null } | null, customer: { id: string, name: string } | null } | null };

export type CreditBundlesQueryVariables = Exact<{
  id: string | number;
  filter?: CreditBundleFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type CreditBundlesQuery = { creditBundle: { id: string, name: string, status: CreditBundleStatus, quantity: number | null, compatiblePlanIds: Array<string>, unitPrice: { price: string, priceDecimal: string | null, currency: string } | null, credit: { id: string, name: string, description: string }, compatiblePlans: Array<{ id: string, name: string } | null> } | null, creditBundles: { totalCount: number, edges: Array<{ node: { id: string, name: string, status: CreditBundleStatus, credit: { id: string } } }> } };

export type CreditCatalogueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CreditFilter | null | undefined;
}>;


export type CreditCatalogueQuery = { credits: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, description: string, burnStrategy: BurnStrategy, price: { currency: string, price: string, priceDecimal: string | null } | null, currencyPrices: Array<{ currency: string, price: { price: string, priceDecimal: string | null, interval: PriceInterval } | null }>, product: { name: string, price: string } | null, bundles: { totalCount: number, edges: Array<{ node: { id: string, name: string, status: CreditBundleStatus, quantity: number | null, price: { price: string, currency: string } | null } }> }, planCreditGrants: { edges: Array<{ node: { id: string, creditAmount: number | null, resetCadence: ResetCadence | null, plan: { id: string, name: string } } }> } } }> } };

export type CreditDetailQueryVariables = Exact<{
  id: string | number;
  featureId: string | number;
}>;


export type CreditDetailQuery = { credit: { id: string, name: string, description: string, singularName: string | null, pluralName: string | null, defaultExpiryUnit: ExpiryUnit, defaultRolloverPolicy: RolloverPolicy, ledgerAuthority: CreditLedgerAuthority | null, bundles: { totalCount: number, edges: Array<{ node: { id: string } }> }, grants: { totalCount: number, edges: Array<{ node: { id: string, company: { name: string } } }> } | null, planCreditGrants: { totalCount: number, edges: Array<{ node: { id: string } }> } } | null, feature: { id: string, name: string, featureType: FeatureType } | null };

export type CreditOverviewQueryVariables = Exact<{
  first?: number | null | undefined;
  grantsFirst?: number | null | undefined;
}>;


export type CreditOverviewQuery = { credits: { totalCount: number, edges: Array<{ node: { id: string, name: string, description: string, currencyPrices: Array<{ currency: string, price: { price: string, priceDecimal: string | null } | null }>, grants: { edges: Array<{ node: { id: string, quantity: number | null, quantityRemaining: number | null, grantReason: CreditGrantReason, expiresAt: string | null, company: { id: string, name: string, creditBalances: Array<{ remaining: number | null, credit: { name: string } }> } } }> } | null } }> } };

export type EditContractCreditMutationVariables = Exact<{
  input: EditContractCreditInput;
}>;


export type EditContractCreditMutation = { editContractCredit:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'EditContractCreditPayload', creditId: string, credit: { id: string, name: string | null, balance: string, accessSchedule: { pricingUnit: { id: string, name: string } | null, scheduleItems: Array<{ id: string, amount: string, startingAt: string, endingBefore: string }> } | null } | null }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpstreamError', message: string, code: string, outcome: WriteOutcome, reason: string, upstream: Upstream, status: number | null, requestId: string | null }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ field: string, rule: string, message: string }> }
   };

export type GrantCreditsToCompanyMutationVariables = Exact<{
  input: GrantCreditsToCompanyInput;
}>;


export type GrantCreditsToCompanyMutation = { grantCreditsToCompany:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'GrantCreditsToCompanyPayload', grant: { id: string, quantity: number | null, quantityRemaining: number | null, grantReason: CreditGrantReason, expiresAt: string | null, credit: { id: string, name: string }, company: { id: string, name: string, creditBalances: Array<{ remaining: number | null, credit: { name: string } }> } } | null }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpstreamError', message: string, code: string, outcome: WriteOutcome, reason: string, requestId: string | null }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ field: string, rule: string, message: string }> }
   };

export type GrantDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type GrantDetailQuery = { creditGrant: { id: string, quantity: number | null, quantityRemaining: number | null, quantityUsed: number | null, grantReason: CreditGrantReason, sourceLabel: string, validFrom: string | null, expiresAt: string | null, zeroedOutDate: string | null, zeroedOutReason: CreditGrantZeroedOutReason | null, price: { price: string, currency: string } | null, credit: { id: string, name: string, description: string }, company: { id: string, name: string, userCount: number }, plan: { id: string, name: string, planType: PlanType } | null, bundle: { id: string, name: string, credit: { id: string } } | null, sourceGrant: { id: string, grantReason: CreditGrantReason, quantity: number | null } | null, transfers: Array<{ id: string, amount: number | null, direction: string, reason: string, relatedGrant: { id: string, company: { name: string } } | null }> } | null };

export type GrantsWithLinksQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CreditGrantFilter | null | undefined;
}>;


export type GrantsWithLinksQuery = { creditGrants: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, quantity: number | null, quantityRemaining: number | null, grantReason: CreditGrantReason, company: { id: string, name: string }, plan: { id: string, name: string } | null, credit: { id: string, name: string, description: string } } }> } | null };

export type PlanCreditGrantsQueryVariables = Exact<{
  id: string | number;
  filter?: PlanCreditGrantFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type PlanCreditGrantsQuery = { planCreditGrant: { id: string, creditAmount: number | null, credit: { id: string, name: string, description: string }, plan: { id: string, name: string, description: string } } | null, planCreditGrants: { totalCount: number, edges: Array<{ node: { id: string, creditAmount: number | null, plan: { id: string, name: string } } }> } };

export type PlanDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanDetailQuery = { plan: { id: string, name: string, description: string, planType: PlanType, companyCount: number, credits: Array<{ id: string, name: string }>, planCreditGrants: { totalCount: number, edges: Array<{ node: { id: string, creditAmount: number | null, resetCadence: ResetCadence | null, resetStart: ResetStart | null, scaling: PlanCreditGrantScaling, credit: { id: string, name: string }, plan: { id: string } } }> } } | null };

export type UpdateCreditMutationVariables = Exact<{
  input: UpdateCreditInput;
}>;


export type UpdateCreditMutation = { updateCredit:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpdateCreditPayload', credit: { id: string, name: string, description: string, updatedAt: string, grants: { edges: Array<{ node: { id: string, credit: { name: string } } }> } | null } | null }
    | { __typename: 'UpstreamError', message: string, code: string, outcome: WriteOutcome, reason: string, requestId: string | null }
    | { __typename: 'ValidationError', message: string, code: string, violations: Array<{ field: string, rule: string, message: string }> }
   };


export const CompaniesWithBalancesDocument = {"__meta__":{"hash":"sha256:69cb47ee11bd949160129aa26d6b77542764bef85b84c95d7b3cdbef5184030c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompaniesWithBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompaniesWithBalancesQuery, CompaniesWithBalancesQueryVariables>;
export const CompanyByKeysDocument = {"__meta__":{"hash":"sha256:23165d441379d3655ad7bfd1e87815527ed3f4978afb47718e17d91e6db02b28"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyByKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyKeyInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyByKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metronomeCustomerId"}}]}}]}}]} as unknown as DocumentNode<CompanyByKeysQuery, CompanyByKeysQueryVariables>;
export const CompanyCreditOverviewDocument = {"__meta__":{"hash":"sha256:07cb22f8cbd165dc3d7d74b4dc2bf36870e578ca59bdb2e9f411a65200416af9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyCreditOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledgerFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledgerFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditLedgerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditBalances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantsFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"Argument","name":{"kind":"Name","value":"dir"},"value":{"kind":"EnumValue","value":"DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"grantReason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"zeroedOutReason"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledgerFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledgerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyCreditOverviewQuery, CompanyCreditOverviewQueryVariables>;
export const CompanyWithContractCreditsDocument = {"__meta__":{"hash":"sha256:e02f01500ab52ea44193dcd637596658007df6c58fd8f533568449322af385ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyWithContractCredits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditsAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantsFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"Argument","name":{"kind":"Name","value":"dir"},"value":{"kind":"EnumValue","value":"DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metronomeCustomer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ingestAliases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditsFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditsAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"pricingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyWithContractCreditsQuery, CompanyWithContractCreditsQueryVariables>;
export const ContractCreditDetailDocument = {"__meta__":{"hash":"sha256:59799012a40cf0b76c8d675567f4c51ed6f354051dd7868f7bcd91fe216b923c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractCreditDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"rateType"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"uniquenessKey"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractCreditSegmentStartLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractCreditAutomatedInvoiceDeductionLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"contractId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractCreditExpirationLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractCreditManualLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractCreditRolloverLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"newContractId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractCreditOtherLedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wireType"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicableProductIds"}},{"kind":"Field","name":{"kind":"Name","value":"applicableProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicableProductTags"}},{"kind":"Field","name":{"kind":"Name","value":"applicableContractIds"}},{"kind":"Field","name":{"kind":"Name","value":"applicableContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productTags"}},{"kind":"Field","name":{"kind":"Name","value":"pricingGroupValues"}},{"kind":"Field","name":{"kind":"Name","value":"presentationGroupValues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyConfiguration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"contractIds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ContractCreditDetailQuery, ContractCreditDetailQueryVariables>;
export const CreditBundlesDocument = {"__meta__":{"hash":"sha256:c4ff473a7d0feaead036e83e17dad0ff253da033c5ebb74be1735f9be09936ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditBundles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditBundleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"priceDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compatiblePlanIds"}},{"kind":"Field","name":{"kind":"Name","value":"compatiblePlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditBundles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreditBundlesQuery, CreditBundlesQueryVariables>;
export const CreditCatalogueDocument = {"__meta__":{"hash":"sha256:363e3454bcc76584bef50fd34c5546009b0261e24924ee5e68406193a0b5ffa9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"burnStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"priceDecimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currencyPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"priceDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planCreditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditAmount"}},{"kind":"Field","name":{"kind":"Name","value":"resetCadence"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreditCatalogueQuery, CreditCatalogueQueryVariables>;
export const CreditDetailDocument = {"__meta__":{"hash":"sha256:87845c6afdcefe7ae394229e98b52f8307f8214258a060e3a1b0752845af2f3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"featureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"singularName"}},{"kind":"Field","name":{"kind":"Name","value":"pluralName"}},{"kind":"Field","name":{"kind":"Name","value":"defaultExpiryUnit"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRolloverPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"bundles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planCreditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"featureId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureType"}}]}}]}}]} as unknown as DocumentNode<CreditDetailQuery, CreditDetailQueryVariables>;
export const CreditOverviewDocument = {"__meta__":{"hash":"sha256:a73c82bb3c183873854a194867302846daecc50bdd009022315ac0b1b3be83f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"currencyPrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"priceDecimal"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantsFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"grantReason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreditOverviewQuery, CreditOverviewQueryVariables>;
export const EditContractCreditDocument = {"__meta__":{"hash":"sha256:756f28267cce014ec83f00d000b60803a9f8bea57853a827abe29ea5a1521ebe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditContractCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditContractCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editContractCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EditContractCreditPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditId"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"accessSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pricingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduleItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startingAt"}},{"kind":"Field","name":{"kind":"Name","value":"endingBefore"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]} as unknown as DocumentNode<EditContractCreditMutation, EditContractCreditMutationVariables>;
export const GrantCreditsToCompanyDocument = {"__meta__":{"hash":"sha256:f72a7d6e2150b37b210d84c08b71532096a1a91d143bef39dedeb68e9dc0097b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantCreditsToCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantCreditsToCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantCreditsToCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantCreditsToCompanyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"grantReason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]} as unknown as DocumentNode<GrantCreditsToCompanyMutation, GrantCreditsToCompanyMutationVariables>;
export const GrantDetailDocument = {"__meta__":{"hash":"sha256:35a1fde974e06fabb646215d08551354e930564a5f45bdc23d8c8e732796683b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUsed"}},{"kind":"Field","name":{"kind":"Name","value":"grantReason"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"zeroedOutDate"}},{"kind":"Field","name":{"kind":"Name","value":"zeroedOutReason"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"planType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grantReason"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"relatedGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GrantDetailQuery, GrantDetailQueryVariables>;
export const GrantsWithLinksDocument = {"__meta__":{"hash":"sha256:f9b4419b980982679f7d3ad3d18589ecd2c56441b73b1df956c829b7cae3b228"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantsWithLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditGrantFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"grantReason"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GrantsWithLinksQuery, GrantsWithLinksQueryVariables>;
export const PlanCreditGrantsDocument = {"__meta__":{"hash":"sha256:b48a7b74aa313b1ab42db31ab779dd07fd8a72ab98e6c420b2802477ff3913d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanCreditGrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanCreditGrantFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planCreditGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditAmount"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planCreditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditAmount"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanCreditGrantsQuery, PlanCreditGrantsQueryVariables>;
export const PlanDetailDocument = {"__meta__":{"hash":"sha256:8339beb376d2438d93ec14343ac084cdc60f0bbba2469e74d9833dd039a881cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"planType"}},{"kind":"Field","name":{"kind":"Name","value":"companyCount"}},{"kind":"Field","name":{"kind":"Name","value":"credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planCreditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditAmount"}},{"kind":"Field","name":{"kind":"Name","value":"resetCadence"}},{"kind":"Field","name":{"kind":"Name","value":"resetStart"}},{"kind":"Field","name":{"kind":"Name","value":"scaling"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanDetailQuery, PlanDetailQueryVariables>;
export const UpdateCreditDocument = {"__meta__":{"hash":"sha256:962278ccdc085b97dfb6af85d50b67264616f76100896857199e32d6ca0c8326"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCreditPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCreditMutation, UpdateCreditMutationVariables>;