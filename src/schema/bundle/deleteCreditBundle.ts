/** `deleteCreditBundle`: DELETE /billing/credits/bundles/{bundle_id}. */
import { builder } from '../../builder.ts';
import { Conflict } from '../errors/conflictError.ts';
import { Rules } from '../kit/validate.ts';
import { sendWrite, writeErrors } from '../kit/write.ts';

const DeleteCreditBundleInput = builder.inputType('DeleteCreditBundleInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
  }),
});

const DeleteCreditBundlePayload = builder.objectRef<{ deletedId: string }>('DeleteCreditBundlePayload').implement({
  fields: (t) => ({
    deletedId: t.exposeID('deletedId', { description: 'The id of the bundle that no longer exists.' }),
  }),
});

builder.mutationField('deleteCreditBundle', (t) =>
  t.field({
    type: DeleteCreditBundlePayload,
    description: 'Deletes a credit bundle (DELETE /billing/credits/bundles/{id}). Sent at most once.',
    args: { input: t.arg({ type: DeleteCreditBundleInput, required: true }) },
    errors: writeErrors('deleteCreditBundle'),
    resolve: async (_root, { input }, ctx) => {
      new Rules().required('input.id', input.id).done();
      const { deleted } = await sendWrite(ctx, () => ctx.upstreams.schematic.bundles.delete(input.id, ctx));
      if (deleted === false) throw new Conflict(`Schematic: credit bundle ${input.id} was not deleted`, 'schematic');
      return { deletedId: input.id };
    },
  }),
);
