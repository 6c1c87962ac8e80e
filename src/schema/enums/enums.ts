/**
 * Schematic's enums (reference §9). Each GraphQL enum carries the vendor's values in
 * SCREAMING_CASE plus UNKNOWN: a value the vendor adds tomorrow resolves to UNKNOWN instead
 * of failing the query (`wire` does the mapping, src/schema/kit/wireEnum.ts).
 */
import { wireEnum } from '../kit/wireEnum.ts';

export const BurnStrategy = wireEnum('BurnStrategy', 'Which grants a credit draws from first.', [
  'expiration_priority',
  'first_in_first_out',
  'last_in_first_out',
  'plan_first_then_credit_bundles_first_in_first_out',
]);
export const ExpiryUnit = wireEnum('ExpiryUnit', 'The unit of an expiry duration.', ['billing_periods', 'days']);
export const ExpiryType = wireEnum('ExpiryType', 'How a grant expires.', [
  'duration',
  'end_of_billing_period',
  'end_of_next_billing_period',
  'end_of_trial',
  'no_expiry',
]);
export const RolloverPolicy = wireEnum('RolloverPolicy', 'What happens to unused credits at period end.', [
  'expire',
  'none',
  'rollover',
]);
export const GrantReason = wireEnum('CreditGrantReason', 'Why credits were granted.', [
  'adjustment',
  'billing_credit_auto_topup',
  'free',
  'plan',
  'purchased',
  'rollover',
  'postpaid_forgiven',
  'postpaid_overdraft',
  'postpaid_settlement',
]);
export const ZeroedOutReason = wireEnum('CreditGrantZeroedOutReason', 'Why a grant was zeroed out.', [
  'customer_archived',
  'expired',
  'integration_uninstalled',
  'license_retired',
  'manual',
  'plan_change',
  'plan_period_reset',
  'reconciled',
]);
export const ResetCadence = wireEnum('ResetCadence', 'How often plan credits renew.', [
  'daily',
  'every_6_months',
  'monthly',
  'quarterly',
  'weekly',
  'yearly',
]);
export const ResetStart = wireEnum('ResetStart', 'When a renewal period starts.', ['billing_period', 'first_of_month']);
export const ResetType = wireEnum('ResetType', 'Whether plan credits reset each period.', ['no_reset', 'plan_period']);
export const Scaling = wireEnum('PlanCreditGrantScaling', 'Fixed credits, or credits per license.', [
  'fixed',
  'per_license',
]);
export const AutoTopupAvailability = wireEnum('AutoTopupAvailability', 'Whether auto top-up is offered.', [
  'off',
  'automatic',
  'user_controlled',
]);
export const PlanGrantBillingMode = wireEnum('PlanCreditGrantBillingMode', 'Granted free, or billed.', [
  'granted',
  'billed',
]);
export const BundleType = wireEnum('CreditBundleType', 'The kind of credit bundle.', ['fixed']);
export const BundleStatus = wireEnum('CreditBundleStatus', 'Whether a bundle can be bought.', ['active', 'inactive']);
export const CreditEventType = wireEnum('CreditEventType', 'The kind of a ledger event.', [
  'grant',
  'transfer',
  'usage',
  'zero_out',
]);
export const UsageReason = wireEnum('CreditUsageReason', 'Why credits were drawn.', [
  'lease_hold',
  'lease_release',
  'manual_adjustment',
  'reconciliation',
  'track',
  'reservation_hold',
  'reservation_release',
]);
export const TransferReason = wireEnum('CreditTransferReason', 'Why credits moved between grants.', [
  'overdraft_recovery',
  'postpaid_debt_moved',
  'postpaid_forgiven',
  'postpaid_paid',
]);
export const LedgerAuthority = wireEnum('CreditLedgerAuthority', 'Which system is authoritative for usage.', [
  'schematic_authoritative',
  'external_mirror',
  'external_rated',
]);
export const TiersMode = wireEnum('TiersMode', 'How tiered prices apply.', ['graduated', 'volume']);
export const PriceInterval = wireEnum('PriceInterval', 'A price’s billing interval.', ['day', 'month', 'one-time', 'year']);
export const PriceScheme = wireEnum('PriceScheme', 'Per-unit or tiered pricing.', ['per_unit', 'tiered']);
export const ProviderType = wireEnum('BillingProviderType', 'A billing system.', [
  'metronome',
  'orb',
  'schematic',
  'stripe',
]);
export const GrantSortOrder = wireEnum('CreditGrantSortOrder', 'Sort column for a company’s grants.', [
  'created_at',
  'expires_at',
  'quantity',
  'quantity_remaining',
]);
export const SortDirection = wireEnum('SortDirection', 'Sort direction.', ['asc', 'desc']);
export const PlanType = wireEnum('PlanType', 'A base plan or an add-on.', ['plan', 'add_on']);
export const FeatureType = wireEnum('FeatureType', 'How a feature is metered.', ['boolean', 'event', 'license', 'trait']);
