/**
 * Query-string parsing with the vendor's validation. Each accessor validates one parameter,
 * throws a 400 naming it when it is bad, and records the accepted value in `echo`, which becomes
 * the response's `params` (arrays as JSON arrays, numbers as numbers, as the vendor echoes them).
 *
 * Parameters the endpoint does not know are ignored, like the vendor. An empty value (`?name=`)
 * counts as absent.
 */

/** An error the sandbox answers with `{ error: message }` and this status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string): HttpError => new HttpError(400, message);
export const notFound = (message: string): HttpError => new HttpError(404, message);
export const conflict = (message: string): HttpError => new HttpError(409, message);

/** `value`, or a 404 with `message` when there is none. */
export function found<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw notFound(message);
  return value;
}

/** The spec declares `maxItems: 100` on every id list. UNCONFIRMED what the server does beyond it: we answer 400. */
const MAX_IDS = 100;
/** Default page size, per the vendor docs. */
const DEFAULT_LIMIT = 100;
/** The spec declares `limit` 0..250. UNCONFIRMED whether the server clamps or refuses: we answer 400. */
const MAX_LIMIT = 250;

export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

export class Query {
  readonly echo: Record<string, unknown> = {};

  constructor(private readonly search: URLSearchParams) {}

  /** A single string (the first one if the key is repeated). */
  string(name: string, opts: { required?: boolean; maxLength?: number } = {}): string | undefined {
    const value = this.search.get(name) ?? '';
    if (value === '') {
      if (opts.required) throw badRequest(`missing required parameter: ${name}`);
      return undefined;
    }
    if (opts.maxLength !== undefined && value.length > opts.maxLength) {
      throw badRequest(`invalid parameter ${name}: must be at most ${opts.maxLength} characters`);
    }
    this.echo[name] = value;
    return value;
  }

  /** A single value out of an enum. */
  oneOf<T extends string>(name: string, values: readonly T[], opts: { required?: boolean } = {}): T | undefined {
    const value = this.search.get(name) ?? '';
    if (value === '') {
      if (opts.required) throw badRequest(`missing required parameter: ${name}`);
      return undefined;
    }
    if (!(values as readonly string[]).includes(value)) {
      throw badRequest(`invalid parameter ${name}: must be one of ${values.join(', ')}`);
    }
    this.echo[name] = value;
    return value as T;
  }

  /** An array sent as repeated keys (`?ids=a&ids=b`), at most 100 items, optionally from an enum. */
  list(name: string, opts: { values?: readonly string[] } = {}): string[] | undefined {
    const values = this.search.getAll(name).filter((v) => v !== '');
    if (values.length === 0) return undefined;
    if (values.length > MAX_IDS) throw badRequest(`invalid parameter ${name}: at most ${MAX_IDS} values are allowed`);
    const allowed = opts.values;
    const bad = allowed && values.find((v) => !allowed.includes(v));
    if (bad !== undefined && allowed) throw badRequest(`invalid parameter ${name}: must be one of ${allowed.join(', ')}`);
    this.echo[name] = values;
    return values;
  }

  /** `true` or `false`, the literals the SDK sends. */
  boolean(name: string): boolean | undefined {
    const value = this.search.get(name) ?? '';
    if (value === '') return undefined;
    if (value !== 'true' && value !== 'false') throw badRequest(`invalid parameter ${name}: must be true or false`);
    this.echo[name] = value === 'true';
    return value === 'true';
  }

  /** An RFC 3339 date-time, returned as epoch milliseconds. */
  dateTime(name: string): number | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    const ms = Date.parse(value);
    if (!RFC3339.test(value) || Number.isNaN(ms)) {
      throw badRequest(`invalid parameter ${name}: must be an RFC 3339 date-time`);
    }
    return ms;
  }

  /** `limit` (0..250, default 100) and `offset` (>= 0, default 0). */
  page(): { limit: number; offset: number } {
    const limit = this.integer('limit', 0, MAX_LIMIT) ?? DEFAULT_LIMIT;
    const offset = this.integer('offset', 0, Number.MAX_SAFE_INTEGER) ?? 0;
    return { limit, offset };
  }

  private integer(name: string, min: number, max: number): number | undefined {
    const raw = this.search.get(name) ?? '';
    if (raw === '') return undefined;
    const value = Number(raw);
    if (!/^-?\d+$/.test(raw) || value < min || value > max) {
      throw badRequest(
        max === Number.MAX_SAFE_INTEGER
          ? `invalid parameter ${name}: must be an integer >= ${min}`
          : `invalid parameter ${name}: must be an integer between ${min} and ${max}`,
      );
    }
    this.echo[name] = value;
    return value;
  }
}
