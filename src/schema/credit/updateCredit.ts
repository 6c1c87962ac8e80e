/** `updateCredit`: PUT /billing/credits/{credit_id}. */
import { builder } from '../../builder.ts';
import type { BillingCredit } from '../../upstream/schematic/types.ts';
import { BurnStrategy, ExpiryUnit, RolloverPolicy } from '../enums.ts';
import { given, NotFound, Rules, sendWrite, writeErrors } from '../mutation.ts';
import { Credit } from './credit.ts';
import { checkCurrencyPrices, CurrencyPriceInput, currencyPricesBody } from './price.ts';

const UpdateCreditInput = builder.inputType('UpdateCreditInput', {
  description:
    'A credit’s new definition. Fields left out keep their value. Schematic’s PUT requires name and description: ' +
    'when one is left out, the gateway reads the current value first (one extra call).',
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ description: 'At most 255 characters.' }),
    description: t.string({ description: 'At most 1024 characters.' }),
    icon: t.string({ description: 'At most 64 characters.' }),
    singularName: t.string({ description: 'At most 512 characters.' }),
    pluralName: t.string({ description: 'At most 512 characters.' }),
    burnStrategy: t.field({ type: BurnStrategy }),
    defaultExpiryUnit: t.field({ type: ExpiryUnit }),
    defaultExpiryUnitCount: t.int({ description: 'At least 1.' }),
    defaultRolloverPolicy: t.field({ type: RolloverPolicy }),
    perUnitPrice: t.field({ type: 'MinorUnits', description: 'Cost basis per credit in minor units; at least 1.' }),
    perUnitPriceDecimal: t.field({ type: 'Decimal', description: 'Cost basis as a decimal string (wins over perUnitPrice).' }),
    currencyPrices: t.field({ type: [CurrencyPriceInput], description: 'Cost basis per currency; at most 50.' }),
  }),
});

const UpdateCreditPayload = builder.objectRef<{ credit: BillingCredit }>('UpdateCreditPayload').implement({
  fields: (t) => ({
    credit: t.field({ type: Credit.ref, description: 'The credit as it is after the update.', resolve: (p) => p.credit }),
  }),
});

builder.mutationField('updateCredit', (t) =>
  t.field({
    type: UpdateCreditPayload,
    description: 'Changes a credit’s definition (PUT /billing/credits/{id}). Sent at most once.',
    args: { input: t.arg({ type: UpdateCreditInput, required: true }) },
    errors: writeErrors('updateCredit'),
    resolve: async (_root, { input }, ctx) => {
      const rules = new Rules()
        .required('input.id', input.id)
        .notNull('input.name', input.name)
        .notNull('input.description', input.description)
        .maxLength('input.name', input.name, 255)
        .maxLength('input.description', input.description, 1024)
        .maxLength('input.icon', input.icon, 64)
        .maxLength('input.singularName', input.singularName, 512)
        .maxLength('input.pluralName', input.pluralName, 512)
        .known('input.burnStrategy', input.burnStrategy)
        .known('input.defaultExpiryUnit', input.defaultExpiryUnit)
        .min('input.defaultExpiryUnitCount', input.defaultExpiryUnitCount, 1)
        .known('input.defaultRolloverPolicy', input.defaultRolloverPolicy)
        .min('input.perUnitPrice', input.perUnitPrice, 1);
      if (input.name != null) rules.required('input.name', input.name);
      checkCurrencyPrices(rules, 'input.currencyPrices', input.currencyPrices);
      rules.done();

      let { name, description } = input;
      if (name == null || description == null) {
        const current = await Credit.loadOne(ctx, input.id);
        if (!current) throw new NotFound(`Schematic: credit ${input.id} not found`, 'schematic');
        name ??= current.name;
        description ??= current.description;
      }
      const body = {
        name,
        description,
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
      const credit = await sendWrite(ctx, () => ctx.upstreams.schematic.credits.update(input.id, body, ctx));
      return { credit };
    },
  }),
);
