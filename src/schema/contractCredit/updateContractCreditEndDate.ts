/** `updateContractCreditEndDate`: POST /v1/contracts/customerCredits/updateEndDate (shortens a customer-level credit). */
import { builder } from '../../builder.ts';
import { checkMetronomeIds, Rules } from '../kit/validate.ts';
import { sendWrite, writeErrors } from '../kit/write.ts';
import { checkIdempotencyKey, creditPayload, writeOptions } from './creditInput.ts';

const UpdateContractCreditEndDateInput = builder.inputType('UpdateContractCreditEndDateInput', {
  description:
    'A new, earlier end for a customer-level credit: segments starting at or after it are dropped, the one spanning it is cut. ' +
    'Metronome refuses a later end (extend with editContractCredit) and contract-level credits: that refusal comes back as a ' +
    'ValidationError with rule `upstream` (the gateway cannot know either without a read).',
  fields: (t) => ({
    customerId: t.id({ required: true }),
    creditId: t.id({ required: true }),
    accessEndingBefore: t.field({ type: 'DateTime', required: true, description: 'Exclusive.' }),
    idempotencyKey: t.string({ description: 'Sent as `Idempotency-Key` (at most 255 characters); one is generated when left out.' }),
  }),
});

const UpdateContractCreditEndDatePayload = creditPayload('UpdateContractCreditEndDatePayload', 'The credit with its new end');

builder.mutationField('updateContractCreditEndDate', (t) =>
  t.field({
    type: UpdateContractCreditEndDatePayload,
    description:
      'Moves a customer-level credit’s end earlier (POST /v1/contracts/customerCredits/updateEndDate). Applied at most once: it carries an Idempotency-Key and is resent under it only when no answer came back.',
    args: { input: t.arg({ type: UpdateContractCreditEndDateInput, required: true }) },
    errors: writeErrors('updateContractCreditEndDate'),
    resolve: async (_root, { input }, ctx, info) => {
      const rules = new Rules().required('input.customerId', input.customerId).required('input.creditId', input.creditId);
      checkIdempotencyKey(rules, input.idempotencyKey);
      checkMetronomeIds(rules, info, input);
      rules.done();
      await sendWrite(ctx, () => ctx.upstreams.metronome.credits.updateEndDate(input, writeOptions(ctx, input.idempotencyKey)), 'private');
      return { customerId: input.customerId, creditId: input.creditId };
    },
  }),
);
