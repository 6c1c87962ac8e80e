import { builder } from '../../builder.ts';
import type { CurrencyPriceParams } from '../../upstream/schematic/credits.ts';
import type { BillingPrice, BillingProduct as BillingProductWire, CurrencyPrice as CurrencyPriceWire } from '../../upstream/schematic/types.ts';
import { PriceInterval, PriceScheme, ProviderType } from '../enums/enums.ts';
import { type Rules } from '../kit/validate.ts';
import { INEXACT_NULL } from '../kit/numbers.ts';

export const Price = builder.objectRef<BillingPrice>('Price').implement({
  description: 'A price at the billing provider. `price` is in minor units; `priceDecimal` keeps sub-minor precision.',
  fields: (t) => ({
    id: t.exposeID('id'),
    currency: t.exposeString('currency'),
    price: t.expose('price', { type: 'MinorUnits' }),
    priceDecimal: t.field({ type: 'Decimal', nullable: true, resolve: (p) => p.price_decimal }),
    interval: t.field({ type: PriceInterval, resolve: (p) => PriceInterval.wire(p.interval) }),
    intervalCount: t.exposeInt('interval_count'),
    nickname: t.exposeString('nickname', { nullable: true }),
    scheme: t.field({ type: PriceScheme, resolve: (p) => PriceScheme.wire(p.scheme) }),
    providerType: t.field({ type: ProviderType, resolve: (p) => ProviderType.wire(p.provider_type) }),
    externalPriceId: t.exposeString('external_price_id'),
  }),
});

export const CurrencyPrice = builder.objectRef<CurrencyPriceWire>('CurrencyPrice').implement({
  description: 'The price of something in one currency.',
  fields: (t) => ({
    currency: t.exposeString('currency'),
    price: t.expose('price', { type: Price, nullable: true }),
  }),
});

export const BillingProduct = builder.objectRef<BillingProductWire>('BillingProduct').implement({
  description: 'The billing-provider product behind a credit.',
  fields: (t) => ({
    productId: t.exposeString('product_id'),
    name: t.exposeString('name'),
    externalId: t.exposeString('external_id'),
    isActive: t.exposeBoolean('is_active'),
    // A double on the wire; exposed as a Decimal string so clients never do float money maths.
    price: t.expose('price', { type: 'Decimal' }),
    priceDecimal: t.field({ type: 'Decimal', nullable: true, resolve: (p) => p.price_decimal }),
    quantity: t.exposeFloat('quantity', { nullable: true, description: INEXACT_NULL }),
    providerType: t.field({ type: ProviderType, resolve: (p) => ProviderType.wire(p.provider_type) }),
    createdAt: t.field({ type: 'DateTime', resolve: (p) => p.created_at }),
    updatedAt: t.field({ type: 'DateTime', resolve: (p) => p.updated_at }),
  }),
});

/** A price in one currency, as credits and bundles take it in writes. */
export const CurrencyPriceInput = builder.inputType('CurrencyPriceInput', {
  description: 'A price in one currency: minor units, or a decimal string for sub-minor precision (the decimal wins when both are set).',
  fields: (t) => ({
    currency: t.string({ required: true, description: 'ISO 4217 code, at most 3 characters.' }),
    pricePerUnit: t.field({ type: 'MinorUnits', description: 'At least 0.' }),
    pricePerUnitDecimal: t.field({ type: 'Decimal' }),
  }),
});

/**
 * The vendor's rules for a `currency_prices` list (at most 50 items, currency <= 3, price >= 0,
 * each currency once), and one form of each price: the vendor would take the decimal and drop the other.
 */
export function checkCurrencyPrices(rules: Rules, path: string, prices: readonly CurrencyPriceParams[] | null | undefined) {
  rules.maxItems(path, prices, 50);
  const seen = new Set<string>();
  prices?.forEach((price, i) => {
    rules
      .required(`${path}.${i}.currency`, price.currency)
      .maxLength(`${path}.${i}.currency`, price.currency, 3)
      .min(`${path}.${i}.pricePerUnit`, price.pricePerUnit, 0)
      .exclusive({ pricePerUnit: price.pricePerUnit, pricePerUnitDecimal: price.pricePerUnitDecimal }, `${path}.${i}`);
    const currency = price.currency.trim().toLowerCase();
    if (seen.has(currency)) rules.add(`${path}.${i}.currency`, 'unique', `lists ${price.currency} a second time`);
    seen.add(currency);
    rules.unsignedDecimal(`${path}.${i}.pricePerUnitDecimal`, price.pricePerUnitDecimal);
  });
}
