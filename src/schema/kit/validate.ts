/**
 * Input rules, checked before any upstream call with the vendor's limits: a query's arguments
 * (each broken rule a BAD_USER_INPUT error naming the argument) and a mutation's input (`Rules`:
 * every broken rule collected into one ValidationError).
 */
import { getNullableType, GraphQLError, isInputObjectType, isListType, isScalarType, type GraphQLInputType, type GraphQLResolveInfo } from 'graphql';
import { MAX_IDS_PER_CALL } from '../../loaders/batch.ts';
import { InputInvalid, type Violation } from '../errors/validationError.ts';
import { isMetronomeId } from '../../upstream/metronome/ids.ts';
import { UNKNOWN } from './wireEnum.ts';

/** A query argument that breaks a rule. */
export function badArgument(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}

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

// ---------------------------------------------------------------- a mutation's input

/**
 * The largest whole number a JSON number carries exactly, 2^53 - 1. A GraphQL Float (or a JSON
 * variable) beyond it has already been rounded to a double before the gateway sees it: the caller
 * asked for 9007199254740993 and 9007199254740992 would be written. Every Float input field is
 * held within ±MAX_EXACT (`Rules.exact`), which also refuses 1e308 and infinities.
 */
const MAX_EXACT = Number.MAX_SAFE_INTEGER;

type Path = string | readonly (string | number)[];
const toPath = (path: Path) => (typeof path === 'string' ? path.split('.') : path.map(String));
const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * Collects every broken rule of one input, then `done()` throws them together. Each check is a
 * no-op for a value that is absent (required() is the rule for presence), so optional fields
 * are checked only when given.
 */
export class Rules {
  private readonly violations: Violation[] = [];

  add(path: Path, rule: string, message: string): this {
    this.violations.push({ path: toPath(path), rule, message });
    return this;
  }

  required(path: Path, value: unknown): this {
    return isBlank(value) ? this.add(path, 'required', 'is required') : this;
  }

  /** GraphQL's `null` for a field the upstream has no way to clear. */
  notNull(path: Path, value: unknown): this {
    return value === null ? this.add(path, 'notNull', 'cannot be null (leave it out to keep the current value)') : this;
  }

  /** An enum's UNKNOWN member only ever comes out of the gateway. */
  known(path: Path, value: string | null | undefined): this {
    return value === UNKNOWN ? this.add(path, 'enum', 'cannot be UNKNOWN (it only describes values the vendor added)') : this;
  }

  maxLength(path: Path, value: string | null | undefined, max: number): this {
    return value != null && value.length > max
      ? this.add(path, 'maxLength', `must be at most ${max} characters; got ${value.length}`)
      : this;
  }

  min(path: Path, value: number | bigint | null | undefined, min: number): this {
    return value != null && value < min ? this.add(path, 'min', `must be at least ${min}; got ${value}`) : this;
  }

  max(path: Path, value: number | bigint | null | undefined, max: number): this {
    return value != null && value > max ? this.add(path, 'max', `must be at most ${max}; got ${value}`) : this;
  }

  /** Within ±MAX_EXACT: a number the wire carries as the caller wrote it (rule `max`, or `min` below). */
  exact(path: Path, value: number | bigint | null | undefined): this {
    if (value == null) return this;
    const bound = `${MAX_EXACT} (2^53 - 1, beyond which a number is no longer exact)`;
    if (value > MAX_EXACT) return this.add(path, 'max', `must be at most ${bound}; got ${value}`);
    if (value < -MAX_EXACT) return this.add(path, 'min', `must be at least -${bound}; got ${value}`);
    return this;
  }

  /** Strictly greater than zero; a string is a `Decimal` (compared as digits, never through a double). */
  positive(path: Path, value: number | bigint | string | null | undefined): this {
    const positive = typeof value === 'string' ? !value.startsWith('-') && /[1-9]/.test(value) : value == null || value > 0;
    return positive ? this : this.add(path, 'positive', `must be greater than 0; got ${value}`);
  }

  /** A decimal string of 0 or more: the vendor refuses any sign on its `_decimal` money fields, "-0" included. */
  unsignedDecimal(path: Path, value: string | null | undefined): this {
    return value != null && value.trim().startsWith('-') ? this.add(path, 'min', `must be at least 0; got ${value}`) : this;
  }

  integer(path: Path, value: number | null | undefined): this {
    return value != null && !Number.isInteger(value) ? this.add(path, 'integer', `must be a whole number; got ${value}`) : this;
  }

  maxItems(path: Path, list: readonly unknown[] | null | undefined, max: number): this {
    return list && list.length > max ? this.add(path, 'maxItems', `takes at most ${max} items; got ${list.length}`) : this;
  }

  /** RFC 3339 instant `later` strictly after `earlier` (both given). */
  after(path: Path, later: string | null | undefined, earlierPath: Path, earlier: string | null | undefined): this {
    if (later == null || earlier == null) return this;
    return Date.parse(later) <= Date.parse(earlier)
      ? this.add(path, 'after', `must be after ${toPath(earlierPath).join('.')} (${earlier}); got ${later}`)
      : this;
  }

  /** At most one of the named fields may be set. */
  exclusive(fields: Record<string, unknown>, prefix: Path = []): this {
    const set = Object.entries(fields).filter(([, value]) => !isBlank(value));
    if (set.length < 2) return this;
    const names = set.map(([name]) => name);
    return this.add([...toPath(prefix), names[1]!], 'exclusive', `cannot be combined with ${names[0]} (${names.join(', ')} are mutually exclusive)`);
  }

  /** Throws InputInvalid when any rule was broken. */
  done(): void {
    if (this.violations.length > 0) throw new InputInvalid(this.violations);
  }
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
