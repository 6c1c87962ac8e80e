/** `zeroOutCreditGrant`: PUT /billing/credits/grants/{grant_id}/zero-out. */
import { builder } from '../../builder.ts';
import type { BillingCreditGrant } from '../../upstream/schematic/types.ts';
import { ZeroedOutReason } from '../enums/enums.ts';
import { Rules } from '../kit/validate.ts';
import { APPLIED_NULL, sendWrite, writeErrors } from '../kit/write.ts';
import { CreditGrant } from './grant.ts';

const ZeroOutCreditGrantInput = builder.inputType('ZeroOutCreditGrantInput', {
  description: 'The grant whose remaining credits go to zero, and why.',
  fields: (t) => ({
    id: t.id({ required: true }),
    reason: t.field({ type: ZeroedOutReason, description: 'Left out: Schematic picks one (probably MANUAL).' }),
  }),
});

const ZeroOutCreditGrantPayload = builder.objectRef<{ grant: BillingCreditGrant }>('ZeroOutCreditGrantPayload').implement({
  fields: (t) => ({
    grant: t.field({
      type: CreditGrant,
      nullable: true,
      description: `The grant after the zero-out, with its links. ${APPLIED_NULL}`,
      resolve: (p) => p.grant,
    }),
  }),
});

builder.mutationField('zeroOutCreditGrant', (t) =>
  t.field({
    type: ZeroOutCreditGrantPayload,
    description:
      'Zeroes out what remains of a company grant (PUT /billing/credits/grants/{id}/zero-out): the company’s balance ' +
      'drops by it. Sent at most once.',
    args: { input: t.arg({ type: ZeroOutCreditGrantInput, required: true }) },
    errors: writeErrors('zeroOutCreditGrant'),
    resolve: async (_root, { input }, ctx) => {
      new Rules().required('input.id', input.id).known('input.reason', input.reason).done();
      const grant = await sendWrite(ctx, () => ctx.upstreams.schematic.grants.zeroOut(input.id, input, ctx), 'private');
      return { grant };
    },
  }),
);
