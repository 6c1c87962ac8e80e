/**
 * What createPlanCreditGrant and updatePlanCreditGrant share: the plan grant's settings as input
 * fields and their vendor rules (reference §6.2, §6.4, §9); the client builds the wire form. Fields the
 * reference marks SDK-only (‡) are taken as SDK 1.6.2 sends them.
 */
import type { InputFieldBuilder } from '@pothos/core';
import { builder } from '../../builder.ts';
import {
  AutoTopupAvailability,
  ExpiryType,
  ExpiryUnit,
  PlanGrantBillingMode,
  ResetType,
  Scaling,
  TiersMode,
} from '../enums/enums.ts';
import type { PlanGrantSettings } from '../../upstream/schematic/planGrants.ts';
import { type Rules } from '../kit/validate.ts';

type Types = typeof builder.$inferSchemaTypes;

/** `credit_amount` and `company_credit_amount`: 0..9,999,999,999 (beyond GraphQL's Int, hence Float). */
const MAX_CREDIT_AMOUNT = 9_999_999_999;

// Input-only enums (no UNKNOWN member: nothing reads them back).
const ArrearsAnchor = builder.enumType('ArrearsAnchor', {
  description: 'Where a monthly arrears period is anchored (SDK-only field).',
  values: { BILLING_PERIOD_START: { value: 'billing_period_start' }, MONTH_END: { value: 'month_end' } },
});
const ArrearsCadence = builder.enumType('ArrearsCadence', {
  description: 'How often arrears are billed (SDK-only field).',
  values: {
    END_OF_BILLING_PERIOD: { value: 'end_of_billing_period' },
    MONTHLY: { value: 'monthly' },
    QUARTERLY: { value: 'quarterly' },
  },
});
const AutoTopupAmountType = builder.enumType('AutoTopupAmountType', {
  description: 'What an auto top-up amount counts.',
  values: { CREDIT: { value: 'credit' } },
});

const PlanCreditGrantPriceTierInput = builder.inputType('PlanCreditGrantPriceTierInput', {
  description: 'One price tier of a billed plan grant (SDK-only field; needs tierMode).',
  fields: (t) => ({
    upTo: t.float({ description: 'Upper bound of the tier in credits: a whole number, 1..9007199254740991 (2^53 - 1). Left out: no bound.' }),
    perUnitPrice: t.field({ type: 'MinorUnits', description: 'Price per credit in minor units; at least 0.' }),
    perUnitPriceDecimal: t.field({ type: 'Decimal', description: 'Price per credit as a decimal string; give this or perUnitPrice, not both.' }),
  }),
});

/** The settings both plan-grant inputs take (the links, the amount and the reset differ per input). */
export const planGrantSettingFields = (t: InputFieldBuilder<Types, 'InputObject'>) => ({
  applyToExisting: t.boolean({ description: 'Also apply the change to companies already on the plan.' }),
  resetType: t.field({ type: ResetType }),
  rolloverPercentage: t.int({ description: 'Share of unused credits carried over at reset, 0..100; needs resetType PLAN_PERIOD.' }),
  scaling: t.field({ type: Scaling, description: 'Default FIXED. PER_LICENSE needs licenseId.' }),
  licenseId: t.id({ description: 'The license credits scale with; required when scaling is PER_LICENSE.' }),
  companyCreditAmount: t.float({
    description: 'Extra credits once per company, a whole number 0..9999999999; only with scaling PER_LICENSE.',
  }),
  expiryType: t.field({ type: ExpiryType, description: 'DURATION needs expiryUnit and expiryUnitCount.' }),
  expiryUnit: t.field({ type: ExpiryUnit }),
  expiryUnitCount: t.int({ description: 'At least 1.' }),
  autoTopupAvailability: t.field({ type: AutoTopupAvailability, description: 'Supersedes autoTopupEnabled and autoTopupSelfService.' }),
  autoTopupEnabled: t.boolean({ description: 'Legacy flag; autoTopupAvailability supersedes it.' }),
  autoTopupSelfService: t.boolean({ description: 'Legacy flag; autoTopupAvailability supersedes it.' }),
  autoTopupAmount: t.float({ description: 'Credits per top-up: a whole number, 1..9007199254740991 (2^53 - 1).' }),
  autoTopupAmountType: t.field({ type: AutoTopupAmountType }),
  autoTopupThresholdCredits: t.float({
    description: 'Balance (credits) that triggers a top-up: a whole number, 0..9007199254740991 (2^53 - 1).',
  }),
  autoTopupThresholdPercent: t.int({ description: 'Balance (percent of the grant) that triggers a top-up, 1..100.' }),
  autoTopupExpiryType: t.field({ type: ExpiryType, description: 'DURATION needs autoTopupExpiryUnit and autoTopupExpiryUnitCount.' }),
  autoTopupExpiryUnit: t.field({ type: ExpiryUnit }),
  autoTopupExpiryUnitCount: t.int({ description: 'At least 1.' }),
  billingMode: t.field({
    type: PlanGrantBillingMode,
    description: 'Default GRANTED; BILLED (custom plans only) needs unitPrice, unitPriceDecimal or priceTiers. SDK-only field.',
  }),
  unitPrice: t.field({
    type: 'MinorUnits',
    description: 'Price per credit when billed, in minor units, 0..9007199254740991 (2^53 - 1: a JSON number, a double to the SDK). SDK-only field.',
  }),
  unitPriceDecimal: t.field({ type: 'Decimal', description: 'Price per credit as a decimal string; give this or unitPrice, not both. SDK-only field.' }),
  priceTiers: t.field({ type: [PlanCreditGrantPriceTierInput], description: 'Tiered price when billed; needs tierMode. SDK-only field.' }),
  tierMode: t.field({ type: TiersMode, description: 'Required with priceTiers. SDK-only field.' }),
  arrearsCadence: t.field({ type: ArrearsCadence, description: 'Default END_OF_BILLING_PERIOD. SDK-only field.' }),
  arrearsAnchor: t.field({ type: ArrearsAnchor, description: 'Only with arrearsCadence MONTHLY. SDK-only field.' }),
  postpaidEnabled: t.boolean({ description: 'Allow consumption past a zero balance; default false. SDK-only field.' }),
  postpaidRatePerUnit: t.field({
    type: 'MinorUnits',
    description: 'Minor units per credit used past zero, 0..9007199254740991 (2^53 - 1: a JSON number, a double to the SDK). SDK-only field.',
  }),
  postpaidRatePerUnitDecimal: t.field({ type: 'Decimal', description: 'Decimal form of postpaidRatePerUnit; give this or postpaidRatePerUnit, not both. SDK-only field.' }),
  overdraftLimit: t.float({
    description: 'How far (in credits, 0..9007199254740991) the balance may go below zero; left out: no limit. SDK-only field.',
  }),
  canBuyBundles: t.boolean({ deprecationReason: 'Deprecated upstream; it writes through to bundle compatibility (updateCreditBundle).' }),
});

/** The plan-grant fields as either input hands them over. */
type PlanGrantInput = PlanGrantSettings & { resetCadence?: string | null; resetStart?: string | null };

/** A whole number of credits in `min..max` (by default, as far as a number stays exact). */
function credits(rules: Rules, path: string, value: number | null | undefined, min: number, max?: number): void {
  rules.integer(path, value).min(path, value, min);
  if (max === undefined) rules.exact(path, value);
  else rules.max(path, value, max);
}

/**
 * The vendor's rules, each checked only on what is given. A rule that ties two fields together
 * is checked against the value the other field takes when left out: on create, the vendor's
 * documented default (scaling FIXED, arrearsCadence END_OF_BILLING_PERIOD) or, without one,
 * nothing (the input must carry it); on update, the stored value, which only Schematic knows,
 * so there it is checked only when the input sets both fields.
 */
export function checkPlanGrantSettings(rules: Rules, input: PlanGrantInput, creating: boolean): void {
  rules
    .unsignedDecimal('input.unitPriceDecimal', input.unitPriceDecimal)
    .unsignedDecimal('input.postpaidRatePerUnitDecimal', input.postpaidRatePerUnitDecimal);
  input.priceTiers?.forEach((tier, i) => rules.unsignedDecimal(`input.priceTiers.${i}.perUnitPriceDecimal`, tier.perUnitPriceDecimal));
  credits(rules, 'input.creditAmount', input.creditAmount, 0, MAX_CREDIT_AMOUNT);
  credits(rules, 'input.companyCreditAmount', input.companyCreditAmount, 0, MAX_CREDIT_AMOUNT);
  credits(rules, 'input.autoTopupAmount', input.autoTopupAmount, 1);
  credits(rules, 'input.autoTopupThresholdCredits', input.autoTopupThresholdCredits, 0);
  rules
    .known('input.resetCadence', input.resetCadence)
    .known('input.resetStart', input.resetStart)
    .known('input.resetType', input.resetType)
    .min('input.rolloverPercentage', input.rolloverPercentage, 0)
    .known('input.scaling', input.scaling)
    .known('input.expiryType', input.expiryType)
    .known('input.expiryUnit', input.expiryUnit)
    .min('input.expiryUnitCount', input.expiryUnitCount, 1)
    .known('input.autoTopupAvailability', input.autoTopupAvailability)
    .min('input.autoTopupThresholdPercent', input.autoTopupThresholdPercent, 1)
    .known('input.autoTopupExpiryType', input.autoTopupExpiryType)
    .known('input.autoTopupExpiryUnit', input.autoTopupExpiryUnit)
    .min('input.autoTopupExpiryUnitCount', input.autoTopupExpiryUnitCount, 1)
    .known('input.billingMode', input.billingMode)
    .known('input.tierMode', input.tierMode)
    // UNCONFIRMED limits of SDK-only fields: a negative price, rate or overdraft floor is refused.
    .min('input.unitPrice', input.unitPrice, 0)
    .exact('input.unitPrice', input.unitPrice)
    .min('input.postpaidRatePerUnit', input.postpaidRatePerUnit, 0)
    .exact('input.postpaidRatePerUnit', input.postpaidRatePerUnit)
    .min('input.overdraftLimit', input.overdraftLimit, 0)
    .exact('input.overdraftLimit', input.overdraftLimit)
    // Each price in one form: the vendor keeps the decimal and drops the other, so two are refused.
    .exclusive({ unitPrice: input.unitPrice, unitPriceDecimal: input.unitPriceDecimal }, 'input')
    .exclusive({ postpaidRatePerUnit: input.postpaidRatePerUnit, postpaidRatePerUnitDecimal: input.postpaidRatePerUnitDecimal }, 'input')
    .max('input.rolloverPercentage', input.rolloverPercentage, 100)
    .max('input.autoTopupThresholdPercent', input.autoTopupThresholdPercent, 100)
    // Each price in one form: the vendor keeps the decimal and drops the other, so two are refused.
    .exclusive({ unitPrice: input.unitPrice, unitPriceDecimal: input.unitPriceDecimal }, 'input')
    .exclusive({ postpaidRatePerUnit: input.postpaidRatePerUnit, postpaidRatePerUnitDecimal: input.postpaidRatePerUnitDecimal }, 'input');
  input.priceTiers?.forEach((tier, i) => {
    // UNCONFIRMED (SDK-only, no limits known): a tier ends at 1 credit or more and costs 0 or more.
    credits(rules, `input.priceTiers.${i}.upTo`, tier.upTo, 1);
    rules
      .min(`input.priceTiers.${i}.perUnitPrice`, tier.perUnitPrice, 0)
      .exclusive({ perUnitPrice: tier.perUnitPrice, perUnitPriceDecimal: tier.perUnitPriceDecimal }, `input.priceTiers.${i}`);
  });

  const scaling = input.scaling ?? (creating ? 'fixed' : undefined);
  if (creating && input.scaling === 'per_license') rules.required('input.licenseId', input.licenseId);
  if ((input.companyCreditAmount ?? 0) > 0 && scaling !== undefined && scaling !== 'per_license') {
    rules.add('input.companyCreditAmount', 'requires', 'is only valid with scaling PER_LICENSE');
  }
  if ((input.rolloverPercentage ?? 0) > 0 && (creating ? input.resetType !== 'plan_period' : input.resetType === 'no_reset')) {
    // reset_type has no documented default: on create the input names PLAN_PERIOD itself.
    rules.add('input.rolloverPercentage', 'requires', 'is only valid with resetType PLAN_PERIOD');
  }
  const arrearsCadence = input.arrearsCadence ?? (creating ? 'end_of_billing_period' : undefined);
  if (input.arrearsAnchor != null && arrearsCadence !== undefined && arrearsCadence !== 'monthly') {
    rules.add('input.arrearsAnchor', 'requires', 'is only valid with arrearsCadence MONTHLY');
  }
  if (creating) {
    // UNCONFIRMED whether Schematic refuses a duration without its length; such credits would
    // have no defined expiry, so they are refused here.
    if (input.expiryType === 'duration') {
      rules.required('input.expiryUnit', input.expiryUnit).required('input.expiryUnitCount', input.expiryUnitCount);
    }
    if (input.autoTopupExpiryType === 'duration') {
      rules
        .required('input.autoTopupExpiryUnit', input.autoTopupExpiryUnit)
        .required('input.autoTopupExpiryUnitCount', input.autoTopupExpiryUnitCount);
    }
    // UNCONFIRMED (SDK-only): tier_mode is required with price_tiers; a billed grant needs a price.
    if (input.priceTiers?.length) rules.required('input.tierMode', input.tierMode);
    if (input.billingMode === 'billed' && input.unitPrice == null && input.unitPriceDecimal == null && !input.priceTiers?.length) {
      rules.add('input.unitPrice', 'required', 'is required with billingMode BILLED (or unitPriceDecimal, or priceTiers)');
    }
  }
}
