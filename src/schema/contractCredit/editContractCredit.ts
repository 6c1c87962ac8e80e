/** `editContractCredit`: POST /v2/contracts/credits/edit (a customer- or contract-level credit, in place). */
import { builder } from '../../builder.ts';
import type { CreditRateType, HierarchyParams, SpecifierParams } from '../../upstream/metronome/credits.ts';
import { checkMetronomeIds, Rules } from '../kit/validate.ts';
import { sendWrite, writeErrors } from '../kit/write.ts';
import {
  checkHierarchy,
  checkIdempotencyKey,
  checkScheduleItem,
  checkSpecifiers,
  checkTargeting,
  creditPayload,
  HierarchyConfigurationInput,
  ScheduleItemInput,
  ScheduleItemRemoveInput,
  ScheduleItemUpdateInput,
  SpecifierInput,
  writeOptions,
} from './creditInput.ts';
import { ContractCreditRateType } from './metronomeEnums.ts';

const EditAccessScheduleInput = builder.inputType('EditContractCreditAccessScheduleInput', {
  description: 'Segments to add, change or remove. The pricing unit cannot be changed.',
  fields: (t) => ({
    addScheduleItems: t.field({ type: [ScheduleItemInput] }),
    updateScheduleItems: t.field({ type: [ScheduleItemUpdateInput] }),
    removeScheduleItems: t.field({ type: [ScheduleItemRemoveInput] }),
  }),
});

const EditContractCreditInput = builder.inputType('EditContractCreditInput', {
  description:
    'Changes to one credit; fields left out keep their value. `null` is refused: what Metronome does with a null ' +
    '(clear, or keep) is undocumented.',
  fields: (t) => ({
    customerId: t.id({ required: true }),
    creditId: t.id({ required: true }),
    accessSchedule: t.field({ type: EditAccessScheduleInput }),
    applicableContractIds: t.idList({ description: 'Customer-level credits only (Metronome refuses it on a contract-level credit).' }),
    applicableProductIds: t.idList({ description: 'Not together with specifiers.' }),
    applicableProductTags: t.stringList({ description: 'Not together with specifiers.' }),
    description: t.string(),
    hierarchyConfiguration: t.field({ type: HierarchyConfigurationInput }),
    name: t.string({ description: 'Shown on invoices; not blank.' }),
    priority: t.float({ description: 'Lower is consumed first; within ±9007199254740991 (2^53 - 1).' }),
    productId: t.id({ description: 'The credit’s own product (its invoice line).' }),
    rateType: t.field({ type: ContractCreditRateType, description: 'Affects current and future invoices.' }),
    specifiers: t.field({ type: [SpecifierInput], description: 'Not together with applicableProductIds / applicableProductTags.' }),
    idempotencyKey: t.string({
      description:
        'Sent as `Idempotency-Key`: retrying with the same key and input replays the first answer instead of editing twice. ' +
        'At most 255 characters; one is generated when left out.',
    }),
  }),
});

const EditContractCreditPayload = creditPayload('EditContractCreditPayload', 'The credit as it is after the edit');

/** Optional fields whose `null` has no documented meaning upstream. */
const NOT_NULL = [
  'accessSchedule',
  'applicableContractIds',
  'applicableProductIds',
  'applicableProductTags',
  'description',
  'hierarchyConfiguration',
  'name',
  'priority',
  'productId',
  'rateType',
  'specifiers',
] as const;

builder.mutationField('editContractCredit', (t) =>
  t.field({
    type: EditContractCreditPayload,
    description:
      'Edits a Metronome credit in place (POST /v2/contracts/credits/edit): schedule segments, name, priority, product, ' +
      'targeting, hierarchy. Applied at most once: it carries an Idempotency-Key and is resent under it only when no answer came back.',
    args: { input: t.arg({ type: EditContractCreditInput, required: true }) },
    errors: writeErrors('editContractCredit'),
    resolve: async (_root, { input }, ctx, info) => {
      const rules = new Rules().required('input.customerId', input.customerId).required('input.creditId', input.creditId);
      for (const field of NOT_NULL) rules.notNull(['input', field], input[field]);
      if (input.name != null) rules.required('input.name', input.name);
      rules.known('input.rateType', input.rateType).exact('input.priority', input.priority);
      const schedule = input.accessSchedule;
      const at = ['input', 'accessSchedule'];
      schedule?.addScheduleItems?.forEach((item, i) => checkScheduleItem(rules, [...at, 'addScheduleItems', i], item));
      schedule?.updateScheduleItems?.forEach((item, i) => {
        const path = [...at, 'updateScheduleItems', i];
        rules.required([...path, 'id'], item.id);
        rules.positive([...path, 'amount'], item.amount);
        rules.after([...path, 'endingBefore'], item.endingBefore, [...path, 'startingAt'], item.startingAt);
      });
      schedule?.removeScheduleItems?.forEach((item, i) => rules.required([...at, 'removeScheduleItems', i, 'id'], item.id));
      checkTargeting(rules, input);
      checkSpecifiers(rules, ['input', 'specifiers'], input.specifiers);
      checkHierarchy(rules, ['input', 'hierarchyConfiguration'], input.hierarchyConfiguration);
      checkIdempotencyKey(rules, input.idempotencyKey);
      checkMetronomeIds(rules, info, input);
      rules.done();

      // the rules above refused every null, made the maps string-valued and the enums known ones
      const changes = {
        ...input,
        hierarchyConfiguration: input.hierarchyConfiguration as HierarchyParams | null | undefined,
        rateType: input.rateType as CreditRateType | null | undefined,
        specifiers: input.specifiers as readonly SpecifierParams[] | null | undefined,
      };
      await sendWrite(ctx, () => ctx.upstreams.metronome.credits.edit(changes, writeOptions(ctx, input.idempotencyKey)), 'private');
      // The answer's id may name an edit record rather than the credit (UNCONFIRMED): the credit is the one asked for.
      return { customerId: input.customerId, creditId: input.creditId };
    },
  }),
);
