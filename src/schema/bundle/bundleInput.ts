/**
 * What createCreditBundle and updateCreditBundle share: the bundle's details as input fields and
 * their vendor rules (reference §4.6); the client builds the wire form.
 */
import type { InputFieldBuilder } from '@pothos/core';
import { builder } from '../../builder.ts';
import type { BundleDetailsParams } from '../../upstream/schematic/bundles.ts';
import { checkCurrencyPrices, CurrencyPriceInput } from '../credit/price.ts';
import { BundleStatus, ExpiryType, ExpiryUnit } from '../enums/enums.ts';
import { type Rules } from '../kit/validate.ts';

type Types = typeof builder.$inferSchemaTypes;

/**
 * The detail fields both bundle inputs take alike. Each input declares the rest itself: the name
 * and the price (required on create only) and compatiblePlanIds (whose omission means different things).
 */
export const bundleDetailFields = (t: InputFieldBuilder<Types, 'InputObject'>) => ({
  pricePerUnitDecimal: t.field({
    type: 'Decimal',
    // Not refused beside pricePerUnit, unlike the other decimal prices: Schematic requires price_per_unit on every bundle write.
    description: 'The price per credit as a decimal string, for sub-minor-unit prices. Schematic requires pricePerUnit beside it and keeps this one.',
  }),
  currencyPrices: t.field({ type: [CurrencyPriceInput], description: 'Price per credit in other currencies; at most 50.' }),
  expiryType: t.field({ type: ExpiryType, description: 'How granted credits expire; DURATION needs expiryUnit and expiryUnitCount.' }),
  expiryUnit: t.field({ type: ExpiryUnit }),
  expiryUnitCount: t.int({ description: 'At least 1.' }),
  quantity: t.float({ description: 'Credits per bundle: a whole number, 1..9007199254740991 (2^53 - 1).' }),
  status: t.field({ type: BundleStatus }),
});

/** The bundle fields as either input hands them over. */
type BundleDetails = BundleDetailsParams & { bundleName?: string | null; pricePerUnit?: bigint | null };

/**
 * The vendor's limits on the fields both bodies share, each checked only when given. A duration's
 * length is checked on create only: on update, a length left out is the stored one.
 */
export function checkBundleDetails(rules: Rules, input: BundleDetails, creating: boolean): void {
  rules.unsignedDecimal('input.pricePerUnitDecimal', input.pricePerUnitDecimal);
  rules
    .maxLength('input.bundleName', input.bundleName, 255)
    .min('input.pricePerUnit', input.pricePerUnit, 0)
    .maxItems('input.compatiblePlanIds', input.compatiblePlanIds, 100)
    .known('input.expiryType', input.expiryType)
    .known('input.expiryUnit', input.expiryUnit)
    .min('input.expiryUnitCount', input.expiryUnitCount, 1)
    .integer('input.quantity', input.quantity)
    .min('input.quantity', input.quantity, 1)
    .exact('input.quantity', input.quantity)
    .known('input.status', input.status);
  if (input.bundleName != null) rules.required('input.bundleName', input.bundleName); // not blank
  if (creating && input.expiryType === 'duration') {
    // UNCONFIRMED whether Schematic refuses a duration without its length; such a bundle would
    // have no defined expiry, so it is refused here.
    rules.required('input.expiryUnit', input.expiryUnit).required('input.expiryUnitCount', input.expiryUnitCount);
  }
  checkCurrencyPrices(rules, 'input.currencyPrices', input.currencyPrices);
}
