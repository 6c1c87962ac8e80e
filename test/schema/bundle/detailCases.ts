/** Rule cases both bundle inputs share (src/schema/bundle/bundleInput.ts): [name, change, field, rule]. */
export const bundleDetailCases: [string, Record<string, unknown>, string, string][] = [
  ['a blank bundle name', { bundleName: ' ' }, 'input.bundleName', 'required'],
  ['a 256-character bundle name', { bundleName: 'x'.repeat(256) }, 'input.bundleName', 'maxLength'],
  ['a negative pricePerUnit', { pricePerUnit: '-1' }, 'input.pricePerUnit', 'min'],
  ['101 compatible plans', { compatiblePlanIds: Array.from({ length: 101 }, (_, i) => `plan_${i}`) }, 'input.compatiblePlanIds', 'maxItems'],
  ['51 currency prices', { currencyPrices: Array.from({ length: 51 }, () => ({ currency: 'eur' })) }, 'input.currencyPrices', 'maxItems'],
  ['a blank currency price currency', { currencyPrices: [{ currency: '' }] }, 'input.currencyPrices.0.currency', 'required'],
  ['a 4-letter currency price currency', { currencyPrices: [{ currency: 'euro' }] }, 'input.currencyPrices.0.currency', 'maxLength'],
  ['a negative currency price', { currencyPrices: [{ currency: 'eur', pricePerUnit: '-1' }] }, 'input.currencyPrices.0.pricePerUnit', 'min'],
  ['UNKNOWN as the expiry type', { expiryType: 'UNKNOWN' }, 'input.expiryType', 'enum'],
  ['UNKNOWN as the expiry unit', { expiryUnit: 'UNKNOWN' }, 'input.expiryUnit', 'enum'],
  ['expiryUnitCount 0', { expiryUnitCount: 0 }, 'input.expiryUnitCount', 'min'],
  ['quantity 0', { quantity: 0 }, 'input.quantity', 'min'],
  ['a fractional quantity', { quantity: 2.5 }, 'input.quantity', 'integer'],
  ['UNKNOWN as the status', { status: 'UNKNOWN' }, 'input.status', 'enum'],
];
