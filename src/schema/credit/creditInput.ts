/**
 * What createCredit and updateCredit share: the credit's details as input fields and their vendor
 * rules (reference §3.6); the client builds the wire form.
 */
import type { InputFieldBuilder } from '@pothos/core';
import { builder } from '../../builder.ts';
import { BurnStrategy, ExpiryUnit, RolloverPolicy } from '../enums/enums.ts';
import { type Rules } from '../kit/validate.ts';
import type { CreditDetailsParams } from '../../upstream/schematic/credits.ts';
import { checkCurrencyPrices, CurrencyPriceInput } from './price.ts';

type Types = typeof builder.$inferSchemaTypes;

/**
 * The detail fields both credit inputs take alike. Each input declares the rest itself: name,
 * description (required on create only), currency (create only) and perUnitPrice (whose
 * minimum differs between create and update).
 */
export const creditDetailFields = (t: InputFieldBuilder<Types, 'InputObject'>) => ({
  icon: t.string({ description: 'At most 64 characters.' }),
  singularName: t.string({ description: 'At most 512 characters.' }),
  pluralName: t.string({ description: 'At most 512 characters.' }),
  burnStrategy: t.field({ type: BurnStrategy }),
  defaultExpiryUnit: t.field({ type: ExpiryUnit }),
  defaultExpiryUnitCount: t.int({ description: 'At least 1.' }),
  defaultRolloverPolicy: t.field({ type: RolloverPolicy }),
  perUnitPriceDecimal: t.field({ type: 'Decimal', description: 'Cost basis as a decimal string; give this or perUnitPrice, not both.' }),
  currencyPrices: t.field({ type: [CurrencyPriceInput], description: 'Cost basis per currency; at most 50.' }),
});

/** The credit fields as either input hands them over. */
type CreditDetails = CreditDetailsParams & { name?: string | null; description?: string | null };

/** The vendor's limits on the fields both bodies share, each checked only when given. */
export function checkCreditDetails(rules: Rules, input: CreditDetails): void {
  rules.unsignedDecimal('input.perUnitPriceDecimal', input.perUnitPriceDecimal);
  rules
    .maxLength('input.name', input.name, 255)
    .maxLength('input.description', input.description, 1024)
    .maxLength('input.icon', input.icon, 64)
    .maxLength('input.singularName', input.singularName, 512)
    .maxLength('input.pluralName', input.pluralName, 512)
    .known('input.burnStrategy', input.burnStrategy)
    .known('input.defaultExpiryUnit', input.defaultExpiryUnit)
    .min('input.defaultExpiryUnitCount', input.defaultExpiryUnitCount, 1)
    .known('input.defaultRolloverPolicy', input.defaultRolloverPolicy)
    // Schematic keeps the decimal and drops the other: two prices are refused rather than one silently lost.
    .exclusive({ perUnitPrice: input.perUnitPrice, perUnitPriceDecimal: input.perUnitPriceDecimal }, 'input');
  if (input.name != null) rules.required('input.name', input.name); // not blank
  checkCurrencyPrices(rules, 'input.currencyPrices', input.currencyPrices);
}
