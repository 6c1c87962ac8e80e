/** Input checks run before any upstream call, with the vendor's limits; errors name the argument. */
import { MAX_IDS_PER_CALL } from '../../loaders/batch.ts';
import { badArgument } from './connection.ts';
import { UNKNOWN } from './wireEnum.ts';

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
