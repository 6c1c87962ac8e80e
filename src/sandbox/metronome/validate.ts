/**
 * Request validation with the vendor's rules. Each reader validates one field, throws an
 * `ApiError` naming it (with its path, e.g. `access_schedule.schedule_items[0].amount`) when it
 * is bad, and returns the accepted value. Fields an endpoint does not know are ignored.
 */
import type { Amount } from '../../upstream/metronome/types.ts';
import { big, isAmount } from './amount.ts';

/** An error the sandbox answers with `{ message }` (and `code`, on v2 not-found errors) and this status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new ApiError(400, message);
export const notFound = (message: string) => new ApiError(404, message);
export const conflict = (message: string) => new ApiError(409, message);
/** v2 endpoints answer "not found" as a 400 with a code. */
export const customerNotFound = (id: string) => new ApiError(400, `customer not found: ${id}`, 'CustomerNotFound');
export const contractNotFound = (id: string) => new ApiError(400, `contract not found: ${id}`, 'ContractNotFound');

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isUuid = (value: string) => UUID.test(value);

/** RFC 3339 text -> the same instant as `toISOString()` (UTC, milliseconds), or undefined. */
function normalizeDateTime(value: string): string | undefined {
  const ms = Date.parse(value);
  return RFC3339.test(value) && !Number.isNaN(ms) ? new Date(ms).toISOString() : undefined;
}

type Json = Record<string, unknown>;

interface Required {
  required?: boolean;
}

/** A JSON object read field by field. */
export class Body {
  private constructor(
    private readonly value: Json,
    private readonly at: string,
  ) {}

  /** The request body (or a nested value): must be a JSON object. */
  static of(raw: unknown, at = ''): Body {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw badRequest(at ? `${at} must be an object` : 'request body must be a JSON object');
    }
    return new Body(raw as Json, at);
  }

  /** The field's full name, for messages. */
  name(field: string): string {
    return this.at ? `${this.at}.${field}` : field;
  }

  isNull(field: string): boolean {
    return this.value[field] === null;
  }

  private raw(field: string, opts: Required): unknown {
    const value = this.value[field];
    if (value === undefined || value === null) {
      if (opts.required) throw badRequest(`${this.name(field)} is required`);
      if (value === null) throw badRequest(`${this.name(field)} must not be null`);
    }
    return value;
  }

  string(field: string, opts: Required & { minLength?: number; maxLength?: number } = {}): string | undefined {
    const value = this.raw(field, opts);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw badRequest(`${this.name(field)} must be a string`);
    if (opts.minLength !== undefined && value.length < opts.minLength) {
      throw badRequest(`${this.name(field)} must be at least ${opts.minLength} characters`);
    }
    if (opts.maxLength !== undefined && value.length > opts.maxLength) {
      throw badRequest(`${this.name(field)} must be at most ${opts.maxLength} characters`);
    }
    return value;
  }

  uuid(field: string, opts: Required = {}): string | undefined {
    const value = this.string(field, opts);
    if (value !== undefined && !isUuid(value)) throw badRequest(`${this.name(field)} must be a UUID`);
    return value;
  }

  boolean(field: string): boolean | undefined {
    const value = this.raw(field, {});
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') throw badRequest(`${this.name(field)} must be a boolean`);
    return value;
  }

  /** A number kept as a double (as the vendor keeps `priority`). */
  number(field: string, opts: Required & { min?: number } = {}): number | undefined {
    const value = this.raw(field, opts);
    if (value === undefined) return undefined;
    if (!isAmount(value)) throw badRequest(`${this.name(field)} must be a number`);
    const double = Number(String(value));
    if (opts.min !== undefined && double < opts.min) throw badRequest(`${this.name(field)} must be at least ${opts.min}`);
    return double;
  }

  /** An amount, kept exactly as sent (however many digits: see amount.ts). */
  amount(field: string, opts: Required & { min?: number } = {}): Amount | undefined {
    const value = this.raw(field, opts);
    if (value === undefined) return undefined;
    if (!isAmount(value)) throw badRequest(`${this.name(field)} must be a number`);
    if (opts.min !== undefined && big(value).lt(opts.min)) throw badRequest(`${this.name(field)} must be at least ${opts.min}`);
    return value;
  }

  /** An integer within [min, max] (a JSON number, not a string). */
  integer(field: string, min: number, max: number): number | undefined {
    const value = this.raw(field, {});
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw badRequest(`${this.name(field)} must be an integer between ${min} and ${max}`);
    }
    return value;
  }

  /** An RFC 3339 date-time, returned normalised (`toISOString()`). */
  dateTime(field: string, opts: Required = {}): string | undefined {
    const value = this.string(field, opts);
    if (value === undefined) return undefined;
    const normalized = normalizeDateTime(value);
    if (normalized === undefined) throw badRequest(`${this.name(field)} must be an RFC 3339 date-time`);
    return normalized;
  }

  /** One of `values`; the vendor also accepts the lowercase forms of some enums (returned uppercase). */
  oneOf<T extends string>(field: string, values: readonly T[], opts: Required & { anyCase?: boolean } = {}): T | undefined {
    const value = this.string(field, opts);
    if (value === undefined) return undefined;
    const match = values.find((v) => v === value || (opts.anyCase === true && v.toLowerCase() === value));
    if (match === undefined) throw badRequest(`${this.name(field)} must be one of ${values.join(', ')}`);
    return match;
  }

  /** An array of strings; `null` is returned as null when `nullable`, else refused. */
  strings(field: string, opts: Required & { nullable?: boolean; uuid?: boolean; minItems?: number } = {}): string[] | null | undefined {
    const value = this.value[field];
    if (value === null && opts.nullable) return null;
    const raw = this.raw(field, opts);
    if (raw === undefined) return undefined;
    if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string')) {
      throw badRequest(`${this.name(field)} must be an array of strings`);
    }
    if (opts.uuid && raw.some((item) => !isUuid(item as string))) throw badRequest(`${this.name(field)} must hold UUIDs`);
    if (opts.minItems !== undefined && raw.length < opts.minItems) {
      throw badRequest(`${this.name(field)} must hold at least ${opts.minItems} item(s)`);
    }
    return raw as string[];
  }

  /** A map of string values (custom fields, group values). */
  stringMap(field: string): Record<string, string> | undefined {
    const value = this.raw(field, {});
    if (value === undefined) return undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.values(value).some((v) => typeof v !== 'string')) {
      throw badRequest(`${this.name(field)} must be an object of string values`);
    }
    return { ...(value as Record<string, string>) };
  }

  object(field: string, opts: Required = {}): Body | undefined {
    const value = this.raw(field, opts);
    return value === undefined ? undefined : Body.of(value, this.name(field));
  }

  /** An array of objects; `null` is returned as null when `nullable`, else refused. */
  objects(field: string, opts: Required & { nullable?: boolean; minItems?: number } = {}): Body[] | null | undefined {
    const value = this.value[field];
    if (value === null && opts.nullable) return null;
    const raw = this.raw(field, opts);
    if (raw === undefined) return undefined;
    if (!Array.isArray(raw)) throw badRequest(`${this.name(field)} must be an array`);
    if (opts.minItems !== undefined && raw.length < opts.minItems) {
      throw badRequest(`${this.name(field)} must hold at least ${opts.minItems} item(s)`);
    }
    return raw.map((item, i) => Body.of(item, `${this.name(field)}[${i}]`));
  }
}

/** Query-string parameters of the GET endpoints. An empty value counts as absent. */
export class QueryParams {
  constructor(private readonly search: URLSearchParams) {}

  string(name: string): string | undefined {
    const value = this.search.get(name) ?? '';
    return value === '' ? undefined : value;
  }

  /** `true` or `false`. */
  boolean(name: string): boolean | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (value !== 'true' && value !== 'false') throw badRequest(`${name} must be true or false`);
    return value === 'true';
  }

  integer(name: string, min: number, max: number): number | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!/^-?\d+$/.test(raw) || value < min || value > max) {
      throw badRequest(`${name} must be an integer between ${min} and ${max}`);
    }
    return value;
  }

  /**
   * An array parameter: comma-joined (`a,b`, what every official SDK sends) and/or repeated
   * (`?k=a&k=b`, accepted too: whether the vendor does is UNCONFIRMED).
   */
  list(name: string, max: number): string[] | undefined {
    const values = this.search
      .getAll(name)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (values.length === 0) return undefined;
    if (values.length > max) throw badRequest(`${name}: at most ${max} values are allowed`);
    return values;
  }
}
