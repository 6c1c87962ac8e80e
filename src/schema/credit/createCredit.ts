/** `createCredit`: POST /billing/credits. */
import { builder } from '../../builder.ts';
import type { BillingCredit } from '../../upstream/schematic/types.ts';
import { BurnStrategy, ExpiryUnit, RolloverPolicy } from '../enums.ts';
import { given, Rules, sendWrite, writeErrors } from '../mutation.ts';
import { Credit } from './credit.ts';
import { checkCurrencyPrices, CurrencyPriceInput, currencyPricesBody } from './price.ts';

const CreateCreditInput = builder.inputType('CreateCreditInput', {
  description: 'A new credit type: what it is called, what it costs, and how its grants expire by default.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'At most 255 characters.' }),
    description: t.string({ required: true, description: 'At most 1024 characters.' }),
    currency: t.string({ required: true, description: 'ISO 4217 code of the cost basis; at most 3 characters.' }),
    icon: t.string({ description: 'At most 64 characters.' }),
    singularName: t.string({ description: 'At most 512 characters.' }),
    pluralName: t.string({ description: 'At most 512 characters.' }),
    burnStrategy: t.field({ type: BurnStrategy }),
    defaultExpiryUnit: t.field({ type: ExpiryUnit }),
    defaultExpiryUnitCount: t.int({ description: 'At least 1.' }),
    defaultRolloverPolicy: t.field({ type: RolloverPolicy }),
    perUnitPrice: t.field({ type: 'MinorUnits', description: 'Cost basis per credit in minor units; at least 0.' }),
    perUnitPriceDecimal: t.field({ type: 'Decimal', description: 'Cost basis as a decimal string (wins over perUnitPrice).' }),
    currencyPrices: t.field({ type: [CurrencyPriceInput], description: 'Cost basis in other currencies; at most 50.' }),
  }),
});

const CreateCreditPayload = builder.objectRef<{ credit: BillingCredit }>('CreateCreditPayload').implement({
  fields: (t) => ({
    credit: t.field({ type: Credit.ref, description: 'The new credit.', resolve: (p) => p.credit }),
  }),
});

builder.mutationField('createCredit', (t) =>
  t.field({
    type: CreateCreditPayload,
    description: 'Creates a credit type (POST /billing/credits). Sent at most once.',
    args: { input: t.arg({ type: CreateCreditInput, required: true }) },
    errors: writeErrors('createCredit'),
    resolve: async (_root, { input }, ctx) => {
      const rules = new Rules()
        .required('input.name', input.name)
        .maxLength('input.name', input.name, 255)
        .maxLength('input.description', input.description, 1024)
        .required('input.currency', input.currency)
        // UNCONFIRMED: the spec sets no length on this one currency; every other currency is at most 3.
        .maxLength('input.currency', input.currency, 3)
        .maxLength('input.icon', input.icon, 64)
        .maxLength('input.singularName', input.singularName, 512)
        .maxLength('input.pluralName', input.pluralName, 512)
        .known('input.burnStrategy', input.burnStrategy)
        .known('input.defaultExpiryUnit', input.defaultExpiryUnit)
        .min('input.defaultExpiryUnitCount', input.defaultExpiryUnitCount, 1)
        .known('input.defaultRolloverPolicy', input.defaultRolloverPolicy)
        // UNCONFIRMED: the spec sets no minimum on create (update: >= 1); a negative cost is refused.
        .min('input.perUnitPrice', input.perUnitPrice, 0);
      checkCurrencyPrices(rules, 'input.currencyPrices', input.currencyPrices);
      rules.done();
      const body = {
        name: input.name,
        description: input.description,
        currency: input.currency,
        ...given({
          icon: input.icon,
          singular_name: input.singularName,
          plural_name: input.pluralName,
          burn_strategy: input.burnStrategy,
          default_expiry_unit: input.defaultExpiryUnit,
          default_expiry_unit_count: input.defaultExpiryUnitCount,
          default_rollover_policy: input.defaultRolloverPolicy,
          per_unit_price: input.perUnitPrice,
          per_unit_price_decimal: input.perUnitPriceDecimal,
          currency_prices: currencyPricesBody(input.currencyPrices),
        }),
      };
      const credit = await sendWrite(ctx, () => ctx.upstreams.schematic.credits.create(body, ctx));
      return { credit };
    },
  }),
);
