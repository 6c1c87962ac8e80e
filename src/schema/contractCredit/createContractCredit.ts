/** `createContractCredit`: POST /v1/contracts/customerCredits/create (a customer-level credit). */
import { builder } from '../../builder.ts';
import type { CreditRateType, SpecifierParams } from '../../upstream/metronome/credits.ts';
import { checkMetronomeIds, Rules } from '../kit/validate.ts';
import { sendWrite, writeErrors } from '../kit/write.ts';
import {
  checkIdempotencyKey,
  checkScheduleItem,
  checkSpecifiers,
  checkStringMap,
  checkTargeting,
  creditPayload,
  MAX_UNIQUENESS_KEY,
  ScheduleItemInput,
  SpecifierInput,
  writeOptions,
} from './creditInput.ts';
import { ContractCreditRateType } from './metronomeEnums.ts';

const CreateAccessScheduleInput = builder.inputType('CreateContractCreditAccessScheduleInput', {
  description: 'The credit’s pricing unit and segments.',
  fields: (t) => ({
    creditTypeId: t.id({ description: 'The pricing unit (`pricingUnits`); default USD (cents). Fixed once created.' }),
    scheduleItems: t.field({ type: [ScheduleItemInput], required: true, description: 'At least one segment.' }),
  }),
});

const CreateContractCreditInput = builder.inputType('CreateContractCreditInput', {
  description: 'A new customer-level credit. Contract-level credits are created through contract edits, not here.',
  fields: (t) => ({
    customerId: t.id({ required: true }),
    accessSchedule: t.field({ type: CreateAccessScheduleInput, required: true }),
    priority: t.float({ required: true, description: 'Lower is consumed first; within ±9007199254740991 (2^53 - 1).' }),
    productId: t.id({ required: true, description: 'The credit’s own product (its invoice line).' }),
    name: t.string({ description: 'Shown on invoices; not blank.' }),
    description: t.string(),
    applicableContractIds: t.idList({ description: 'Left out: every contract of the customer.' }),
    applicableProductIds: t.idList({ description: 'Not together with specifiers. Left out (with tags): every product.' }),
    applicableProductTags: t.stringList({ description: 'Not together with specifiers.' }),
    specifiers: t.field({ type: [SpecifierInput], description: 'Not together with applicableProductIds / applicableProductTags.' }),
    customFields: t.field({ type: 'JSONObject', description: 'String values (keys must be registered in Metronome).' }),
    rateType: t.field({ type: ContractCreditRateType }),
    uniquenessKey: t.string({
      description: `1 to ${MAX_UNIQUENESS_KEY} characters. A second create with the same key is a ConflictError.`,
    }),
    netsuiteSalesOrderId: t.string(),
    salesforceOpportunityId: t.string(),
    idempotencyKey: t.string({
      description:
        'Sent as `Idempotency-Key`: retrying with the same key and input replays the first answer instead of creating twice. ' +
        'At most 255 characters; one is generated when left out.',
    }),
  }),
});

const CreateContractCreditPayload = creditPayload('CreateContractCreditPayload', 'The new credit');

builder.mutationField('createContractCredit', (t) =>
  t.field({
    type: CreateContractCreditPayload,
    description:
      'Creates a customer-level Metronome credit (POST /v1/contracts/customerCredits/create). Applied at most once: it carries an Idempotency-Key and is resent under it only when no answer came back.',
    args: { input: t.arg({ type: CreateContractCreditInput, required: true }) },
    errors: writeErrors('createContractCredit'),
    resolve: async (_root, { input }, ctx, info) => {
      const schedule = input.accessSchedule;
      const rules = new Rules()
        .required('input.customerId', input.customerId)
        .required('input.productId', input.productId)
        .notNull('input.accessSchedule.creditTypeId', schedule.creditTypeId)
        .known('input.rateType', input.rateType)
        .exact('input.priority', input.priority)
        .maxLength('input.uniquenessKey', input.uniquenessKey, MAX_UNIQUENESS_KEY);
      if (input.name != null) rules.required('input.name', input.name);
      if (input.uniquenessKey != null) rules.required('input.uniquenessKey', input.uniquenessKey);
      if (schedule.scheduleItems.length === 0) {
        rules.add('input.accessSchedule.scheduleItems', 'minItems', 'needs at least one schedule item');
      }
      schedule.scheduleItems.forEach((item, i) => checkScheduleItem(rules, ['input', 'accessSchedule', 'scheduleItems', i], item));
      checkTargeting(rules, input);
      checkSpecifiers(rules, ['input', 'specifiers'], input.specifiers);
      checkStringMap(rules, ['input', 'customFields'], input.customFields);
      checkIdempotencyKey(rules, input.idempotencyKey);
      checkMetronomeIds(rules, info, input);
      rules.done();

      // the rules above made the maps string-valued and the rate type a known one
      const credit = {
        ...input,
        specifiers: input.specifiers as readonly SpecifierParams[] | null | undefined,
        customFields: input.customFields as Record<string, string> | null | undefined,
        rateType: input.rateType as CreditRateType | null | undefined,
      };
      const { id } = await sendWrite(ctx, () => ctx.upstreams.metronome.credits.create(credit, writeOptions(ctx, input.idempotencyKey)), 'private');
      return { customerId: input.customerId, creditId: id };
    },
  }),
);
