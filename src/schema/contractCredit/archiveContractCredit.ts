/** `archiveContractCredit`: POST /v2/contracts/credits/archive (a customer- or contract-level credit). */
import { builder } from '../../builder.ts';
import { checkMetronomeIds, Rules } from '../kit/validate.ts';
import { sendWrite, writeErrors } from '../kit/write.ts';
import { checkIdempotencyKey, creditPayload, writeOptions } from './creditInput.ts';

const ArchiveContractCreditInput = builder.inputType('ArchiveContractCreditInput', {
  description:
    'The credit to archive, whole schedule included. Metronome refuses a credit applied to a finalized invoice (void it first): ' +
    'a ValidationError with rule `upstream`.',
  fields: (t) => ({
    customerId: t.id({ required: true }),
    creditId: t.id({ required: true }),
    idempotencyKey: t.string({ description: 'Sent as `Idempotency-Key` (at most 255 characters); one is generated when left out.' }),
  }),
});

const ArchiveContractCreditPayload = creditPayload(
  'ArchiveContractCreditPayload',
  'The archived credit: balance 0, ledger null, left out of lists unless includeArchived',
);

builder.mutationField('archiveContractCredit', (t) =>
  t.field({
    type: ArchiveContractCreditPayload,
    description: 'Archives a Metronome credit (POST /v2/contracts/credits/archive). Applied at most once: it carries an Idempotency-Key and is resent under it only when no answer came back.',
    args: { input: t.arg({ type: ArchiveContractCreditInput, required: true }) },
    errors: writeErrors('archiveContractCredit'),
    resolve: async (_root, { input }, ctx, info) => {
      const rules = new Rules().required('input.customerId', input.customerId).required('input.creditId', input.creditId);
      checkIdempotencyKey(rules, input.idempotencyKey);
      checkMetronomeIds(rules, info, input);
      rules.done();
      await sendWrite(ctx, () => ctx.upstreams.metronome.credits.archive(input, writeOptions(ctx, input.idempotencyKey)), 'private');
      return { customerId: input.customerId, creditId: input.creditId };
    },
  }),
);
