/** `updateCredit`: PUT /billing/credits/{credit_id}. */
import { builder } from '../../builder.ts';
import type { BillingCredit } from '../../upstream/schematic/types.ts';
import { NotFound } from '../errors/notFoundError.ts';
import { Rules } from '../kit/validate.ts';
import { APPLIED_NULL, sendWrite, writeErrors } from '../kit/write.ts';
import { Credit } from './credit.ts';
import { checkCreditDetails, creditDetailFields } from './creditInput.ts';

const UpdateCreditInput = builder.inputType('UpdateCreditInput', {
  description:
    'A credit’s new definition. Fields left out keep their value. Schematic’s PUT requires name and description: ' +
    'when one is left out, the gateway reads the current value first (one extra call).',
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ description: 'At most 255 characters.' }),
    description: t.string({ description: 'At most 1024 characters.' }),
    perUnitPrice: t.field({ type: 'MinorUnits', description: 'Cost basis per credit in minor units; at least 1.' }),
    ...creditDetailFields(t),
  }),
});

const UpdateCreditPayload = builder.objectRef<{ credit: BillingCredit }>('UpdateCreditPayload').implement({
  fields: (t) => ({
    credit: t.field({
      type: Credit,
      nullable: true,
      description: `The credit as it is after the update. ${APPLIED_NULL}`,
      resolve: (p) => p.credit,
    }),
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
        .min('input.perUnitPrice', input.perUnitPrice, 1);
      checkCreditDetails(rules, input);
      rules.done();

      let { name, description } = input;
      if (name == null || description == null) {
        const current = await Credit.loadOne(ctx, input.id);
        if (!current) throw new NotFound(`Schematic: credit ${input.id} not found`, 'schematic');
        name ??= current.name;
        description ??= current.description;
      }
      const params = { ...input, name, description };
      const credit = await sendWrite(ctx, () => ctx.upstreams.schematic.credits.update(input.id, params, ctx));
      return { credit };
    },
  }),
);
