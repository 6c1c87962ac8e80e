/** `deletePlanCreditGrant`: DELETE /billing/credits/plan-grants/{plan_grant_id}. */
import { builder } from '../../builder.ts';
import { Conflict } from '../errors/conflictError.ts';
import { Rules } from '../kit/validate.ts';
import { sendWrite, writeErrors } from '../kit/write.ts';

const DeletePlanCreditGrantInput = builder.inputType('DeletePlanCreditGrantInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    applyToExisting: t.boolean({ description: 'Also remove the credits from companies already on the plan.' }),
  }),
});

const DeletePlanCreditGrantPayload = builder.objectRef<{ deletedId: string }>('DeletePlanCreditGrantPayload').implement({
  fields: (t) => ({
    deletedId: t.exposeID('deletedId', { description: 'The id of the plan grant that no longer exists.' }),
  }),
});

builder.mutationField('deletePlanCreditGrant', (t) =>
  t.field({
    type: DeletePlanCreditGrantPayload,
    description: 'Removes a credit grant from a plan (DELETE /billing/credits/plan-grants/{id}). Sent at most once.',
    args: { input: t.arg({ type: DeletePlanCreditGrantInput, required: true }) },
    errors: writeErrors('deletePlanCreditGrant'),
    resolve: async (_root, { input }, ctx) => {
      new Rules().required('input.id', input.id).done();
      const { deleted } = await sendWrite(ctx, () => ctx.upstreams.schematic.planGrants.delete(input.id, input, ctx));
      if (deleted === false) throw new Conflict(`Schematic: plan credit grant ${input.id} was not deleted`, 'schematic');
      return { deletedId: input.id };
    },
  }),
);
