/** `deleteCredit`: DELETE /billing/credits/{credit_id}. */
import { builder } from '../../builder.ts';
import { Conflict } from '../errors/conflictError.ts';
import { Rules } from '../kit/validate.ts';
import { sendWrite, writeErrors } from '../kit/write.ts';

const DeleteCreditInput = builder.inputType('DeleteCreditInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
  }),
});

const DeleteCreditPayload = builder.objectRef<{ deletedId: string }>('DeleteCreditPayload').implement({
  fields: (t) => ({
    deletedId: t.exposeID('deletedId', { description: 'The id of the credit that no longer exists.' }),
  }),
});

builder.mutationField('deleteCredit', (t) =>
  t.field({
    type: DeleteCreditPayload,
    description: 'Deletes a credit type (DELETE /billing/credits/{id}; Schematic soft-deletes it). Sent at most once.',
    args: { input: t.arg({ type: DeleteCreditInput, required: true }) },
    errors: writeErrors('deleteCredit'),
    resolve: async (_root, { input }, ctx) => {
      new Rules().required('input.id', input.id).done();
      const { deleted } = await sendWrite(ctx, () => ctx.upstreams.schematic.credits.delete(input.id, ctx));
      if (deleted === false) throw new Conflict(`Schematic: credit ${input.id} was not deleted`, 'schematic');
      return { deletedId: input.id };
    },
  }),
);
