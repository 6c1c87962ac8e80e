/** `createCredit`: POST /billing/credits. */
import { builder } from '../../builder.ts';
import type { BillingCredit } from '../../upstream/schematic/types.ts';
import { Rules } from '../kit/validate.ts';
import { APPLIED_NULL, sendWrite, writeErrors } from '../kit/write.ts';
import { Credit } from './credit.ts';
import { checkCreditDetails, creditDetailFields } from './creditInput.ts';

const CreateCreditInput = builder.inputType('CreateCreditInput', {
  description: 'A new credit type: what it is called, what it costs, and how its grants expire by default.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'At most 255 characters.' }),
    description: t.string({ required: true, description: 'At most 1024 characters.' }),
    currency: t.string({ required: true, description: 'ISO 4217 code of the cost basis; at most 3 characters.' }),
    perUnitPrice: t.field({ type: 'MinorUnits', description: 'Cost basis per credit in minor units; at least 0.' }),
    ...creditDetailFields(t),
  }),
});

const CreateCreditPayload = builder.objectRef<{ credit: BillingCredit }>('CreateCreditPayload').implement({
  fields: (t) => ({
    credit: t.field({ type: Credit, nullable: true, description: `The new credit. ${APPLIED_NULL}`, resolve: (p) => p.credit }),
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
        .required('input.currency', input.currency)
        // UNCONFIRMED: the spec sets no length on this one currency; every other currency is at most 3.
        .maxLength('input.currency', input.currency, 3)
        // UNCONFIRMED: the spec sets no minimum on create (update: >= 1); a negative cost is refused.
        .min('input.perUnitPrice', input.perUnitPrice, 0);
      checkCreditDetails(rules, input);
      rules.done();
      const credit = await sendWrite(ctx, () => ctx.upstreams.schematic.credits.create(input, ctx));
      return { credit };
    },
  }),
);
