/** `updatePlanCreditGrant`: PUT /billing/credits/plan-grants/{plan_grant_id}. */
import { builder } from '../../builder.ts';
import type { BillingPlanCreditGrant } from '../../upstream/schematic/types.ts';
import { ResetCadence, ResetStart } from '../enums/enums.ts';
import { NotFound } from '../errors/notFoundError.ts';
import { InputInvalid, type Violation } from '../errors/validationError.ts';
import { Rules } from '../kit/validate.ts';
import { APPLIED_NULL, sendWrite, writeErrors } from '../kit/write.ts';
import { checkPlanGrantSettings, planGrantSettingFields } from './planGrantInput.ts';
import { PlanCreditGrant } from './planGrant.ts';

const UpdatePlanCreditGrantInput = builder.inputType('UpdatePlanCreditGrantInput', {
  description:
    'A plan grant’s new settings. Fields left out keep their value. Schematic’s PUT requires resetCadence and ' +
    'resetStart: when one is left out, the gateway reads the current value first (one extra call). ' +
    'Changing scaling re-issues the credits of companies already on the plan.',
  fields: (t) => ({
    id: t.id({ required: true }),
    creditAmount: t.float({
      description: 'Credits per grant (per license when scaling is PER_LICENSE): a whole number, 0..9999999999.',
    }),
    resetCadence: t.field({ type: ResetCadence }),
    resetStart: t.field({ type: ResetStart }),
    ...planGrantSettingFields(t),
  }),
});

const UpdatePlanCreditGrantPayload = builder
  .objectRef<{ planGrant: BillingPlanCreditGrant }>('UpdatePlanCreditGrantPayload')
  .implement({
    fields: (t) => ({
      planGrant: t.field({
        type: PlanCreditGrant,
        nullable: true,
        description: `The plan grant as it is after the update. ${APPLIED_NULL}`,
        resolve: (p) => p.planGrant,
      }),
    }),
  });

builder.mutationField('updatePlanCreditGrant', (t) =>
  t.field({
    type: UpdatePlanCreditGrantPayload,
    description: 'Changes a plan credit grant (PUT /billing/credits/plan-grants/{id}). Sent at most once.',
    args: { input: t.arg({ type: UpdatePlanCreditGrantInput, required: true }) },
    errors: writeErrors('updatePlanCreditGrant'),
    resolve: async (_root, { input }, ctx) => {
      const rules = new Rules()
        .required('input.id', input.id)
        .notNull('input.resetCadence', input.resetCadence)
        .notNull('input.resetStart', input.resetStart);
      checkPlanGrantSettings(rules, input, false);
      rules.done();

      let { resetCadence, resetStart } = input;
      if (resetCadence == null || resetStart == null) {
        const current = (await PlanCreditGrant.getDataloader(ctx).load(input.id)) as BillingPlanCreditGrant | null;
        if (!current) throw new NotFound(`Schematic: plan credit grant ${input.id} not found`, 'schematic');
        resetCadence ??= current.reset_cadence;
        resetStart ??= current.reset_start;
      }
      if (resetCadence == null || resetStart == null) {
        // The stored grant has none to keep (the response marks both optional): the caller must choose.
        const missing: Violation[] = [];
        if (resetCadence == null) missing.push({ path: ['input', 'resetCadence'], rule: 'required', message: 'is required: the plan grant has none to keep' });
        if (resetStart == null) missing.push({ path: ['input', 'resetStart'], rule: 'required', message: 'is required: the plan grant has none to keep' });
        throw new InputInvalid(missing);
      }
      const params = { ...input, resetCadence, resetStart };
      const planGrant = await sendWrite(ctx, () => ctx.upstreams.schematic.planGrants.update(input.id, params, ctx));
      return { planGrant };
    },
  }),
);
