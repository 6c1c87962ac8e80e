/**
 * Metronome's enums (reference §7), built like Schematic's (src/schema/enums/enums.ts): the vendor's
 * values in SCREAMING_CASE plus UNKNOWN, so a value Metronome adds tomorrow resolves to UNKNOWN
 * instead of failing the query. Request enums refuse UNKNOWN (`Rules.known`).
 */
import { builder } from '../../builder.ts';
import { wireEnum } from '../kit/wireEnum.ts';

export const ContractCreditType = wireEnum('ContractCreditType', 'Tells a credit from a commit (credits are always CREDIT).', [
  'CREDIT',
]);

export const ContractCreditRateType = wireEnum(
  'ContractCreditRateType',
  'Which rate usage is charged at when it draws the credit down.',
  ['COMMIT_RATE', 'LIST_RATE'],
);

export const ContractCreditLedgerEntryType = wireEnum('ContractCreditLedgerEntryType', 'The kind of a credit ledger entry.', [
  'CREDIT_SEGMENT_START',
  'CREDIT_AUTOMATED_INVOICE_DEDUCTION',
  'CREDIT_EXPIRATION',
  'CREDIT_CANCELED',
  'CREDIT_CREDITED',
  'CREDIT_MANUAL',
  'CREDIT_SEAT_BASED_ADJUSTMENT',
  'CREDIT_ROLLOVER',
]);

export const HierarchyChildAccessType = wireEnum(
  'HierarchyChildAccessType',
  'Which child contracts may draw a credit down: all, none, or the listed ones.',
  ['ALL', 'NONE', 'CONTRACT_IDS'],
);

export const ProductType = wireEnum('ProductType', 'The kind of a Metronome contract-pricing product.', [
  'USAGE',
  'SUBSCRIPTION',
  'COMPOSITE',
  'FIXED',
  'PRO_SERVICE',
]);

export const QuantityConversionOperation = wireEnum('QuantityConversionOperation', 'How a product converts usage quantities.', [
  'MULTIPLY',
  'DIVIDE',
]);

export const QuantityRoundingMethod = wireEnum('QuantityRoundingMethod', 'How a product rounds usage quantities.', [
  'ROUND_UP',
  'ROUND_DOWN',
  'ROUND_HALF_UP',
]);

/** Input only (a list filter), so it has no UNKNOWN member. */
export const ProductArchiveFilter = builder.enumType('ProductArchiveFilter', {
  description: 'Which products a catalogue read lists.',
  values: {
    NOT_ARCHIVED: { value: 'NOT_ARCHIVED', description: 'Only products in use (the default).' },
    ARCHIVED: { value: 'ARCHIVED', description: 'Only archived products.' },
    ALL: { value: 'ALL', description: 'Both.' },
  } as const,
});
