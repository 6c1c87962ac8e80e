/** `createPlanCreditGrant`: POST /billing/credits/plan-grants. */
import { builder } from '../../builder.ts';
import type { BillingPlanCreditGrant } from '../../upstream/schematic/types.ts';
import { ResetCadence, ResetStart } from '../enums/enums.ts';
import { Rules } from '../kit/validate.ts';
import { APPLIED_NULL, sendWrite, writeErrors } from '../kit/write.ts';
import { checkPlanGrantSettings, planGrantSettingFields } from './planGrantInput.ts';
import { PlanCreditGrant } from './planGrant.ts';

const CreatePlanCreditGrantInput = builder.inputType('CreatePlanCreditGrantInput', {
  description: 'Credits a plan hands to each company on it, and how they renew.',
  fields: (t) => ({
    planId: t.id({ required: true }),
    creditId: t.id({ required: true }),
    planVersionId: t.id({ description: 'A version of the plan; left out: Schematic picks it.' }),
    creditAmount: t.float({
      required: true,
      description: 'Credits per grant (per license when scaling is PER_LICENSE): a whole number, 0..9999999999.',
    }),
    resetCadence: t.field({ type: ResetCadence, required: true }),
    resetStart: t.field({ type: ResetStart, required: true }),
    ...planGrantSettingFields(t),
  }),
});

const CreatePlanCreditGrantPayload = builder
  .objectRef<{ planGrant: BillingPlanCreditGrant }>('CreatePlanCreditGrantPayload')
  .implement({
    fields: (t) => ({
      planGrant: t.field({
        type: PlanCreditGrant,
        nullable: true,
        description: `The new plan grant, with its links. ${APPLIED_NULL}`,
        resolve: (p) => p.planGrant,
      }),
    }),
  });

builder.mutationField('createPlanCreditGrant', (t) =>
  t.field({
    type: CreatePlanCreditGrantPayload,
    description: 'Adds a credit grant to a plan (POST /billing/credits/plan-grants). Sent at most once.',
    args: { input: t.arg({ type: CreatePlanCreditGrantInput, required: true }) },
    errors: writeErrors('createPlanCreditGrant'),
    resolve: async (_root, { input }, ctx) => {
      const rules = new Rules().required('input.planId', input.planId).required('input.creditId', input.creditId);
      checkPlanGrantSettings(rules, input, true);
      rules.done();
      const planGrant = await sendWrite(ctx, () => ctx.upstreams.schematic.planGrants.create(input, ctx));
      return { planGrant };
    },
  }),
);
