/** `createCreditBundle`: POST /billing/credits/bundles. */
import { builder } from '../../builder.ts';
import type { BillingCreditBundle } from '../../upstream/schematic/types.ts';
import { BundleType } from '../enums/enums.ts';
import { Rules } from '../kit/validate.ts';
import { APPLIED_NULL, sendWrite, writeErrors } from '../kit/write.ts';
import { CreditBundle } from './bundle.ts';
import { bundleDetailFields, checkBundleDetails } from './bundleInput.ts';

const CreateCreditBundleInput = builder.inputType('CreateCreditBundleInput', {
  description: 'A pack of credits to sell at a price.',
  fields: (t) => ({
    creditId: t.id({ required: true, description: 'The credit the bundle sells.' }),
    bundleName: t.string({ required: true, description: 'Display name; at most 255 characters.' }),
    currency: t.string({ required: true, description: 'ISO 4217 code of pricePerUnit; at most 3 characters.' }),
    pricePerUnit: t.field({
      type: 'MinorUnits',
      required: true,
      description: 'Price per credit in minor units; at least 0. Required even with currencyPrices.',
    }),
    bundleType: t.field({ type: BundleType }),
    compatiblePlanIds: t.idList({ description: 'Plans allowed to buy the bundle; at most 100. Left out or empty: every plan.' }),
    ...bundleDetailFields(t),
  }),
});

const CreateCreditBundlePayload = builder.objectRef<{ bundle: BillingCreditBundle }>('CreateCreditBundlePayload').implement({
  fields: (t) => ({
    bundle: t.field({ type: CreditBundle, nullable: true, description: `The new bundle, with its links. ${APPLIED_NULL}`, resolve: (p) => p.bundle }),
  }),
});

builder.mutationField('createCreditBundle', (t) =>
  t.field({
    type: CreateCreditBundlePayload,
    description: 'Creates a credit bundle (POST /billing/credits/bundles). Sent at most once.',
    args: { input: t.arg({ type: CreateCreditBundleInput, required: true }) },
    errors: writeErrors('createCreditBundle'),
    resolve: async (_root, { input }, ctx) => {
      const rules = new Rules()
        .required('input.creditId', input.creditId)
        .required('input.currency', input.currency)
        .maxLength('input.currency', input.currency, 3)
        .known('input.bundleType', input.bundleType);
      checkBundleDetails(rules, input, true);
      rules.done();
      const bundle = await sendWrite(ctx, () => ctx.upstreams.schematic.bundles.create(input, ctx));
      return { bundle };
    },
  }),
);
