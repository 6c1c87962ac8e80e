/** Input checks run before any upstream call, with the vendor's limits; errors name the argument. */
import { getNullableType, isInputObjectType, isListType, isScalarType, type GraphQLInputType, type GraphQLResolveInfo } from 'graphql';
import { MAX_IDS_PER_CALL } from '../loaders/batch.ts';
import { isMetronomeId } from '../upstream/metronome/ids.ts';
import { badArgument } from './connection.ts';
import { UNKNOWN } from './enums.ts';
import type { Rules } from './mutation.ts';

export function maxItems<T>(argument: string, list: readonly T[] | null | undefined, max = MAX_IDS_PER_CALL) {
  if (list && list.length > max) throw badArgument(argument, `takes at most ${max} items; got ${list.length}`);
  return list ?? undefined;
}

export function maxLength(argument: string, value: string | null | undefined, max: number) {
  if (value != null && value.length > max) {
    throw badArgument(argument, `must be at most ${max} characters; got ${value.length}`);
  }
  return value ?? undefined;
}

/** An enum's UNKNOWN member is output-only: refuse it rather than send it upstream. */
export function knownEnum(argument: string, value: string | null | undefined) {
  if (value === UNKNOWN) throw badArgument(argument, 'cannot be UNKNOWN (it only describes values the vendor added)');
  return value ?? undefined;
}

/**
 * Every ID in a Metronome write's `input`, at any depth, is a UUID: Metronome refuses anything
 * else. Read from the input type itself, so an id field added later is checked too.
 */
export function checkMetronomeIds(rules: Rules, info: GraphQLResolveInfo, input: unknown): void {
  const visit = (type: GraphQLInputType, value: unknown, path: (string | number)[]): void => {
    if (value == null) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (Array.isArray(value)) value.forEach((item, i) => visit(nullable.ofType, item, [...path, i]));
    } else if (isInputObjectType(nullable)) {
      for (const field of Object.values(nullable.getFields())) visit(field.type, (value as Record<string, unknown>)[field.name], [...path, field.name]);
    } else if (isScalarType(nullable) && nullable.name === 'ID' && typeof value === 'string' && value.trim() !== '' && !isMetronomeId(value)) {
      rules.add(path, 'uuid', 'must be a Metronome id (a UUID)');
    }
  };
  const argument = info.parentType.getFields()[info.fieldName]?.args.find((arg) => arg.name === 'input');
  if (argument) visit(argument.type, input, ['input']);
}
