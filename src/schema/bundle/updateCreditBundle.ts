/** `updateCreditBundle`: PUT /billing/credits/bundles/{bundle_id}. */
import { builder } from '../../builder.ts';
import type { BillingCreditBundle } from '../../upstream/schematic/types.ts';
import { NotFound } from '../errors/notFoundError.ts';
import { InputInvalid } from '../errors/validationError.ts';
import { Rules } from '../kit/validate.ts';
import { APPLIED_NULL, sendWrite, writeErrors } from '../kit/write.ts';
import { CreditBundle } from './bundle.ts';
import { bundleDetailFields, checkBundleDetails } from './bundleInput.ts';

const UpdateCreditBundleInput = builder.inputType('UpdateCreditBundleInput', {
  description:
    'A bundle’s new details. Fields left out keep their value. Schematic’s PUT requires the name and the price: ' +
    'when one is left out, the gateway reads the current value first (one extra call).',
  fields: (t) => ({
    id: t.id({ required: true }),
    bundleName: t.string({ description: 'Display name; at most 255 characters.' }),
    pricePerUnit: t.field({
      type: 'MinorUnits',
      description: 'Price per credit in minor units (the bundle’s own currency); at least 0. Left out: unchanged.',
    }),
    compatiblePlanIds: t.idList({
      description: 'Plans allowed to buy the bundle; at most 100. Left out: unchanged. An empty list opens it to every plan.',
    }),
    ...bundleDetailFields(t),
  }),
});

const UpdateCreditBundlePayload = builder.objectRef<{ bundle: BillingCreditBundle }>('UpdateCreditBundlePayload').implement({
  fields: (t) => ({
    bundle: t.field({
      type: CreditBundle,
      nullable: true,
      description: `The bundle as it is after the update. ${APPLIED_NULL}`,
      resolve: (p) => p.bundle,
    }),
  }),
});

builder.mutationField('updateCreditBundle', (t) =>
  t.field({
    type: UpdateCreditBundlePayload,
    description: 'Changes a credit bundle (PUT /billing/credits/bundles/{id}). Sent at most once.',
    args: { input: t.arg({ type: UpdateCreditBundleInput, required: true }) },
    errors: writeErrors('updateCreditBundle'),
    resolve: async (_root, { input }, ctx) => {
      const rules = new Rules()
        .required('input.id', input.id)
        .notNull('input.bundleName', input.bundleName)
        .notNull('input.pricePerUnit', input.pricePerUnit);
      checkBundleDetails(rules, input, false);
      rules.done();

      let bundleName = input.bundleName;
      let pricePerUnit: number | bigint | null | undefined = input.pricePerUnit;
      let keptDecimal: string | undefined;
      if (bundleName == null || pricePerUnit == null) {
        const current = (await CreditBundle.getDataloader(ctx).load(input.id)) as BillingCreditBundle | null;
        if (!current) throw new NotFound(`Schematic: credit bundle ${input.id} not found`, 'schematic');
        bundleName ??= current.name;
        // A price left out keeps the current unit price with its decimal form (a sub-cent price
        // must not be rounded to whole minor units); a decimal given alone goes beside the
        // current minor units, and the decimal wins upstream.
        if (pricePerUnit == null && input.pricePerUnitDecimal == null) keptDecimal = current.unit_price?.price_decimal ?? undefined;
        pricePerUnit ??= current.unit_price?.price;
        if (pricePerUnit == null) {
          throw new InputInvalid([{ path: ['input', 'pricePerUnit'], rule: 'required', message: 'is required: the bundle has no unit price to keep' }]);
        }
      }
      const params = { ...input, bundleName, pricePerUnit, pricePerUnitDecimal: input.pricePerUnitDecimal ?? keptDecimal };
      const bundle = await sendWrite(ctx, () => ctx.upstreams.schematic.bundles.update(input.id, params, ctx));
      return { bundle };
    },
  }),
);
