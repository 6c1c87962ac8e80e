/**
 * JSON request bodies with the vendor's validation, the counterpart of query.ts. Each accessor
 * validates one field and throws a 400 whose message names it (`currency_prices[1].currency`
 * for nested ones). Like the vendor (a Go JSON decoder), unknown fields are ignored, a value of
 * the wrong JSON type is refused, and `null` counts as absent (every optional field is nullable).
 */
import { isInteger, isSafeNumber, parse as parseLossless } from 'lossless-json';
import { badRequest, HttpError, RFC3339 } from './query.ts';

/** Bodies above this size are refused with 413; the vendor's own limit is unknown. */
export const MAX_BODY_BYTES = 1 << 20;

/** What the server read from the request. */
export type RawBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'malformed'; reason: string }
  | { kind: 'too_large' };

/**
 * Numbers as the vendor's Go decoder reads them: every int64 exactly (a `bigint` beyond 2^53, so
 * int64 money keeps its digits), anything else as a double.
 */
export function parseRawBody(text: string): RawBody {
  if (text.trim() === '') return { kind: 'none' };
  try {
    const value = /\d{16}/.test(text)
      ? parseLossless(text, null, (n) => (isInteger(n) && !isSafeNumber(n) ? BigInt(n) : Number.parseFloat(n)))
      : JSON.parse(text);
    return { kind: 'json', value: value as unknown };
  } catch (error) {
    return { kind: 'malformed', reason: (error as Error).message };
  }
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** A non-negative decimal string such as "0.0002" (the `_decimal` money fields). UNCONFIRMED: exact accepted forms. */
const DECIMAL = /^\d+(\.\d+)?$/;

interface StringRules {
  required?: boolean;
  maxLength?: number;
  /** `""` is a value (e.g. an empty description); otherwise a blank string counts as missing */
  allowEmpty?: boolean;
}

interface IntegerRules {
  required?: boolean;
  min?: number;
  max?: number;
}

export class Body {
  private constructor(
    private readonly fields: Record<string, unknown>,
    private readonly prefix = '',
  ) {}

  /** The body of a POST or PUT: it must be present, JSON, and an object. */
  static from(raw: RawBody): Body {
    switch (raw.kind) {
      case 'none':
        throw badRequest('missing request body: a JSON object is required');
      case 'malformed':
        throw badRequest(`malformed JSON body: ${raw.reason}`);
      case 'too_large':
        throw new HttpError(413, `request body is larger than ${MAX_BODY_BYTES} bytes`);
      case 'json':
        if (typeof raw.value !== 'object' || raw.value === null || Array.isArray(raw.value)) {
          throw badRequest('invalid request body: must be a JSON object');
        }
        return new Body(raw.value as Record<string, unknown>);
    }
  }

  /** For routes without a body: every field is absent. */
  static empty(): Body {
    return new Body({});
  }

  private label(name: string): string {
    return `${this.prefix}${name}`;
  }

  private invalid(name: string, rule: string): HttpError {
    return badRequest(`invalid field ${this.label(name)}: ${rule}`);
  }

  private missing(name: string, why = ''): HttpError {
    return badRequest(`missing required field: ${this.label(name)}${why}`);
  }

  /** The raw value; `null` is absent. */
  private value(name: string): unknown {
    const value = Object.hasOwn(this.fields, name) ? this.fields[name] : undefined;
    return value === null ? undefined : value;
  }

  /** Refuses an absent field, with an optional reason (`required when scaling is per_license`). */
  require(name: string, why?: string): void {
    if (this.value(name) === undefined) throw this.missing(name, why ? ` (${why})` : '');
  }

  string(name: string, rules: StringRules & { required: true }): string;
  string(name: string, rules?: StringRules): string | undefined;
  string(name: string, rules: StringRules = {}): string | undefined {
    const value = this.value(name);
    if (value === undefined) {
      if (rules.required) throw this.missing(name);
      return undefined;
    }
    if (typeof value !== 'string') throw this.invalid(name, 'must be a string');
    if (rules.required && !rules.allowEmpty && value.trim() === '') throw this.missing(name);
    if (rules.maxLength !== undefined && value.length > rules.maxLength) {
      throw this.invalid(name, `must be at most ${rules.maxLength} characters`);
    }
    return value;
  }

  integer(name: string, rules: IntegerRules & { required: true }): number;
  integer(name: string, rules?: IntegerRules): number | undefined;
  integer(name: string, rules: IntegerRules = {}): number | undefined {
    const value = this.value(name);
    if (value === undefined) {
      if (rules.required) throw this.missing(name);
      return undefined;
    }
    const { min, max } = rules;
    const rule =
      min !== undefined && max !== undefined
        ? `must be an integer between ${min} and ${max}`
        : min !== undefined
          ? `must be an integer >= ${min}`
          : max !== undefined
            ? `must be an integer <= ${max}`
            : 'must be an integer';
    // Beyond 2^53 the vendor keeps an int64 count but answers it as a double: so does the sandbox.
    const number = typeof value === 'bigint' && value >= INT64_MIN && value <= INT64_MAX ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isInteger(number)) throw this.invalid(name, rule);
    if ((min !== undefined && number < min) || (max !== undefined && number > max)) throw this.invalid(name, rule);
    return number;
  }

  /** An int64 kept exactly (money in minor units): a `bigint` beyond 2^53. */
  int64(name: string, rules: IntegerRules & { required: true }): number | bigint;
  int64(name: string, rules?: IntegerRules): number | bigint | undefined;
  int64(name: string, rules: IntegerRules = {}): number | bigint | undefined {
    const value = this.value(name);
    if (typeof value !== 'bigint') return this.integer(name, rules);
    const { min, max } = rules;
    if (value < INT64_MIN || value > INT64_MAX || (min !== undefined && value < min) || (max !== undefined && value > max)) {
      throw this.invalid(name, `must be a 64-bit integer${min === undefined ? '' : ` >= ${min}`}${max === undefined ? '' : ` <= ${max}`}`);
    }
    return value;
  }

  /** A JSON number (the SDK-only `number` fields, e.g. `overdraft_limit`). */
  number(name: string, rules: { min?: number } = {}): number | undefined {
    const raw = this.value(name);
    const value = typeof raw === 'bigint' ? Number(raw) : raw; // a double to the vendor
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) throw this.invalid(name, 'must be a number');
    if (rules.min !== undefined && value < rules.min) throw this.invalid(name, `must be >= ${rules.min}`);
    return value;
  }

  boolean(name: string): boolean | undefined {
    const value = this.value(name);
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') throw this.invalid(name, 'must be true or false');
    return value;
  }

  oneOf<T extends string>(name: string, values: readonly T[], rules: { required: true }): T;
  oneOf<T extends string>(name: string, values: readonly T[], rules?: { required?: boolean }): T | undefined;
  oneOf<T extends string>(name: string, values: readonly T[], rules: { required?: boolean } = {}): T | undefined {
    const value = this.value(name);
    if (value === undefined) {
      if (rules.required) throw this.missing(name);
      return undefined;
    }
    if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
      throw this.invalid(name, `must be one of ${values.join(', ')}`);
    }
    return value as T;
  }

  /** An RFC 3339 date-time, normalised to `toISOString()` form. */
  dateTime(name: string): string | undefined {
    const value = this.value(name);
    if (value === undefined) return undefined;
    const ms = typeof value === 'string' && RFC3339.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(ms)) throw this.invalid(name, 'must be an RFC 3339 date-time');
    return new Date(ms).toISOString();
  }

  decimal(name: string): string | undefined {
    const value = this.value(name);
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !DECIMAL.test(value)) {
      throw this.invalid(name, 'must be a non-negative decimal string such as "0.0002"');
    }
    return value;
  }

  /** An array of non-empty strings, at most `maxItems`, duplicates dropped. */
  strings(name: string, rules: { maxItems: number }): string[] | undefined {
    const value = this.value(name);
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
      throw this.invalid(name, 'must be an array of non-empty strings');
    }
    if (value.length > rules.maxItems) throw this.invalid(name, `at most ${rules.maxItems} items are allowed`);
    return [...new Set(value as string[])];
  }

  /** An array of objects, at most `maxItems`, each read through its own Body (`name[i].field`). */
  objects(name: string, rules: { maxItems: number }): Body[] | undefined {
    const value = this.value(name);
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) throw this.invalid(name, 'must be an array of objects');
    if (value.length > rules.maxItems) throw this.invalid(name, `at most ${rules.maxItems} items are allowed`);
    return value.map((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        throw badRequest(`invalid field ${this.label(name)}[${i}]: must be an object`);
      }
      return new Body(item as Record<string, unknown>, `${this.label(name)}[${i}].`);
    });
  }

  /** A 400 naming `name` for a rule that spans fields. */
  refuse(name: string, rule: string): HttpError {
    return this.invalid(name, rule);
  }
}
