/**
 * What the Metronome credit mutations share: input types for schedules, specifiers and the
 * hierarchy, their rules (checked before any call, each violation named by its field path), the
 * write options (Idempotency-Key) and the payload that re-reads the credit. The client builds the
 * wire form.
 *
 * Amounts come in as `Decimal` strings and go to the client as they are: it sends them as JSON
 * numbers written with exactly those digits, so the gateway never rounds one. They are in the
 * credit's pricing unit (USD: cents).
 */
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import type { WriteOptions } from '../../upstream/resource.ts';
import type { ScheduleItemParams } from '../../upstream/metronome/credits.ts';
import { type Rules } from '../kit/validate.ts';
import { ContractCredit, readCredit } from './contractCredit.ts';
import { HierarchyChildAccessType } from './metronomeEnums.ts';

/**
 * Longest `idempotencyKey` accepted. Metronome documents no limit (UNCONFIRMED); 255 is what
 * comparable APIs (Stripe) allow, and far more than a UUID needs.
 */
const MAX_IDEMPOTENCY_KEY = 255;
/** Vendor limit of `uniqueness_key` (OpenAPI `UniquenessKeyForCommitsAndCredits`: 1..128). */
export const MAX_UNIQUENESS_KEY = 128;

type Path = (string | number)[];

// ---------------------------------------------------------------- input types

export const ScheduleItemInput = builder.inputType('ContractCreditScheduleItemInput', {
  description: 'A schedule segment: `amount` usable from `startingAt` (inclusive) until `endingBefore` (exclusive).',
  fields: (t) => ({
    amount: t.field({ type: 'Decimal', required: true, description: 'Greater than 0, in the pricing unit (USD: cents).' }),
    startingAt: t.field({ type: 'DateTime', required: true }),
    endingBefore: t.field({ type: 'DateTime', required: true, description: 'After startingAt.' }),
  }),
});

export const ScheduleItemUpdateInput = builder.inputType('ContractCreditScheduleItemUpdateInput', {
  description: 'Changes to one existing segment (`accessSchedule.scheduleItems[].id`); fields left out keep their value.',
  fields: (t) => ({
    id: t.id({ required: true }),
    amount: t.field({ type: 'Decimal', description: 'Greater than 0, in the pricing unit (USD: cents).' }),
    startingAt: t.field({ type: 'DateTime' }),
    endingBefore: t.field({ type: 'DateTime', description: 'After startingAt when both are given.' }),
  }),
});

export const ScheduleItemRemoveInput = builder.inputType('ContractCreditScheduleItemRemoveInput', {
  description: 'A segment to remove (refused by Metronome once applied to a finalized invoice).',
  fields: (t) => ({ id: t.id({ required: true }) }),
});

export const SpecifierInput = builder.inputType('ContractCreditSpecifierInput', {
  description: 'A usage filter: usage matching at least one specifier draws the credit down.',
  fields: (t) => ({
    productId: t.id({ description: 'Only this product.' }),
    productTags: t.stringList({ description: 'Products carrying all of these tags.' }),
    pricingGroupValues: t.field({ type: 'JSONObject', description: 'Pricing-group values to match (string values).' }),
    presentationGroupValues: t.field({ type: 'JSONObject', description: 'Presentation-group values to match (string values).' }),
  }),
});

const ChildAccessInput = builder.inputType('HierarchyChildAccessInput', {
  fields: (t) => ({
    type: t.field({ type: HierarchyChildAccessType, required: true }),
    contractIds: t.idList({ description: 'With type CONTRACT_IDS (at least one); not allowed otherwise.' }),
  }),
});

export const HierarchyConfigurationInput = builder.inputType('ContractCreditHierarchyConfigurationInput', {
  description: 'Which child contracts may draw the credit down.',
  fields: (t) => ({ childAccess: t.field({ type: ChildAccessInput, required: true }) }),
});

// ---------------------------------------------------------------- shapes of the parsed inputs

interface SpecifierArgs {
  productId?: string | null;
  productTags?: readonly string[] | null;
  pricingGroupValues?: Record<string, unknown> | null;
  presentationGroupValues?: Record<string, unknown> | null;
}

interface HierarchyArgs {
  childAccess: { type: string; contractIds?: readonly string[] | null };
}

// ---------------------------------------------------------------- rules

/** Amount > 0 and endingBefore after startingAt, for a segment to add (or to create with). */
export function checkScheduleItem(rules: Rules, path: Path, item: ScheduleItemParams): void {
  rules.positive([...path, 'amount'], item.amount);
  rules.after([...path, 'endingBefore'], item.endingBefore, [...path, 'startingAt'], item.startingAt);
}

/** Every value of a string map must be a string (Metronome's group values and custom fields). */
export function checkStringMap(rules: Rules, path: Path, map: Record<string, unknown> | null | undefined): void {
  const bad = map ? Object.entries(map).find(([, value]) => typeof value !== 'string') : undefined;
  if (bad) rules.add([...path, bad[0]], 'string', 'must be a string value');
}

export function checkSpecifiers(rules: Rules, path: Path, specifiers: readonly SpecifierArgs[] | null | undefined): void {
  specifiers?.forEach((s, i) => {
    checkStringMap(rules, [...path, i, 'pricingGroupValues'], s.pricingGroupValues);
    checkStringMap(rules, [...path, i, 'presentationGroupValues'], s.presentationGroupValues);
  });
}

/** Specifiers replace product targeting: they cannot come with applicableProductIds / applicableProductTags (vendor rule). */
export function checkTargeting(
  rules: Rules,
  input: {
    specifiers?: readonly unknown[] | null;
    applicableProductIds?: readonly unknown[] | null;
    applicableProductTags?: readonly unknown[] | null;
  },
): void {
  const nonEmpty = (list: readonly unknown[] | null | undefined) => (list && list.length > 0 ? list : undefined);
  const specifiers = nonEmpty(input.specifiers);
  rules.exclusive({ applicableProductIds: nonEmpty(input.applicableProductIds), specifiers }, ['input']);
  rules.exclusive({ applicableProductTags: nonEmpty(input.applicableProductTags), specifiers }, ['input']);
}

export function checkHierarchy(rules: Rules, path: Path, hierarchy: HierarchyArgs | null | undefined): void {
  if (!hierarchy) return;
  const access = hierarchy.childAccess;
  const at = [...path, 'childAccess'];
  rules.known([...at, 'type'], access.type);
  if (access.type === 'CONTRACT_IDS' && !access.contractIds?.length) {
    rules.add([...at, 'contractIds'], 'minItems', 'needs at least one contract id with type CONTRACT_IDS');
  }
  if (access.type !== 'CONTRACT_IDS' && access.contractIds != null) {
    rules.add([...at, 'contractIds'], 'exclusive', 'only goes with type CONTRACT_IDS');
  }
}

export function checkIdempotencyKey(rules: Rules, key: string | null | undefined): void {
  if (key != null && key.trim() === '') rules.add('input.idempotencyKey', 'required', 'cannot be blank (leave it out to have one generated)');
  rules.maxLength('input.idempotencyKey', key, MAX_IDEMPOTENCY_KEY);
}

// ---------------------------------------------------------------- write options

/**
 * Options of a Metronome write: the request's signal, and the client's `idempotencyKey` as the
 * `Idempotency-Key` header (a retry with the same key and body replays the first answer instead
 * of writing twice); without one, the Metronome client sends a fresh UUID.
 */
export const writeOptions = (ctx: Context, idempotencyKey: string | null | undefined): WriteOptions => ({
  signal: ctx.signal,
  ...(idempotencyKey ? { idempotencyKey } : {}),
});

// ---------------------------------------------------------------- payloads

export interface CreditWritten {
  customerId: string;
  creditId: string;
}

/**
 * `<Mutation>Payload { creditId credit }`. Metronome answers a credit write with an id only, so
 * `credit` re-reads it (through the request's loader, which `sendWrite` emptied): it is nullable,
 * so a re-read that fails after a successful write is a field error, never a reported write failure.
 */
export function creditPayload(name: string, creditDescription: string) {
  return builder.objectRef<CreditWritten>(name).implement({
    fields: (t) => ({
      creditId: t.id({ description: 'The credit written.', resolve: (p) => p.creditId }),
      credit: t.field({
        type: ContractCredit,
        nullable: true,
        description: `${creditDescription} (read again after the write: one credits-list call).`,
        resolve: (p, _args, ctx, info) => readCredit(ctx, p.customerId, p.creditId, info),
      }),
    }),
  });
}
