/**
 * What every mutation shares: input rules checked before any upstream call, and the small set
 * of typed results a mutation returns instead of its payload (Pothos errors plugin):
 * ValidationError, NotFoundError, ConflictError and UpstreamError. Infrastructure failures of a
 * write are typed too, because an operator must learn whether the change may have been applied.
 */
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { forgetReads } from '../loaders/cache.ts';
import { UpstreamError as UpstreamFailure, type UpstreamName, type WriteOutcome } from '../upstream/errors.ts';
import { UNKNOWN } from './kit/wireEnum.ts';
import { CODES, UPSTREAM_LABEL } from './errors.ts';

// ---------------------------------------------------------------- input rules

export interface Violation {
  /** Path from the argument down, e.g. ["input", "quantity"]. */
  path: string[];
  /** Short rule name: required, maxLength, min, max, enum, after, exclusive, unique, upstream… */
  rule: string;
  message: string;
}

/** Thrown (and returned as `ValidationError`) when input breaks a rule; nothing was sent. */
export class InputInvalid extends Error {
  constructor(readonly violations: Violation[]) {
    super(
      violations.length === 1
        ? `${violations[0]!.path.join('.')} ${violations[0]!.message}`
        : `${violations.length} input fields break a rule: ${violations.map((v) => v.path.join('.')).join(', ')}`,
    );
    this.name = 'InputInvalid';
  }
}

/**
 * The largest whole number a JSON number carries exactly, 2^53 - 1. A GraphQL Float (or a JSON
 * variable) beyond it has already been rounded to a double before the gateway sees it: the caller
 * asked for 9007199254740993 and 9007199254740992 would be written. Every Float input field is
 * held within ±MAX_EXACT (`Rules.exact`), which also refuses 1e308 and infinities.
 */
export const MAX_EXACT = Number.MAX_SAFE_INTEGER;

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

type Absent = null | undefined;
type RequiredKeys<T> = { [K in keyof T]: [Extract<T[K], Absent>] extends [never] ? K : never }[keyof T];
/** `T` with its nullable fields made optional (and non-null when present). */
export type Given<T> = { [K in RequiredKeys<T>]: T[K] } & { [K in Exclude<keyof T, RequiredKeys<T>>]?: Exclude<T[K], Absent> };

/** A request body without the fields the caller left out (GraphQL gives them as null or undefined). */
export function given<T extends object>(fields: T): Given<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined)) as Given<T>;
}

/**
 * For the description of a payload's object field: nullable so that an answer the gateway cannot
 * serve (an unreadable field of the written object) never turns an applied write into a failure.
 */
export const APPLIED_NULL =
  'Null, with the reason in `errors`, when the change was applied but its answer could not be served: it is made, do not send it again.';

// ---------------------------------------------------------------- expected outcomes

export class NotFound extends Error {
  constructor(
    message: string,
    readonly upstream: UpstreamName,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'NotFound';
  }
}

export class Conflict extends Error {
  constructor(
    message: string,
    readonly upstream: UpstreamName,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'Conflict';
  }
}

/** An upstream failure of a write that is not the caller's fault; says what to assume. */
export class WriteFailed extends Error {
  readonly code: string;
  constructor(override readonly cause: UpstreamFailure) {
    const outcome = cause.writeOutcome ?? 'not_applied';
    const where = `${UPSTREAM_LABEL[cause.upstream]} ${cause.method} ${cause.path}`;
    super(`${where} failed: ${cause.detail ?? cause.kind}. ${OUTCOME_ADVICE[outcome]}`);
    this.name = 'WriteFailed';
    this.code = outcome === 'unknown' ? 'WRITE_OUTCOME_UNKNOWN' : CODES[cause.kind];
  }
}

const OUTCOME_ADVICE: Record<WriteOutcome, string> = {
  not_applied: 'The change was not applied; it is safe to try again.',
  unknown: 'The change may have been applied: check the current state before trying again.',
  applied: 'The change was applied, but its result could not be read.',
};

/**
 * Sends one write and turns the upstream's refusals into typed results: 400 → ValidationError
 * (rule "upstream"), 404 → NotFoundError, 409 → ConflictError, anything else → UpstreamError
 * saying whether the change may have been applied. Never retries. Whatever the outcome, the
 * request forgets what it had read, so later selections see the state after the write; and,
 * unless the write touches only private data (`changes: 'private'`: grants, contract credits),
 * the shared catalogue cache is invalidated on every replica before the mutation answers.
 */
export async function sendWrite<T>(ctx: Context, send: () => Promise<T>, changes: 'catalogue' | 'private' = 'catalogue'): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw writeError(error);
  } finally {
    forgetReads(ctx);
    // Even a failed write may have been applied; invalidate() never rejects.
    if (changes === 'catalogue') await ctx.cache?.invalidate();
  }
}

export function writeError(error: unknown): unknown {
  if (!(error instanceof UpstreamFailure)) return error;
  const message = `${UPSTREAM_LABEL[error.upstream]}: ${error.detail ?? error.kind}`;
  switch (error.kind) {
    case 'bad_request':
      return error.status === undefined
        ? new WriteFailed(error) // refused by the HTTP core before sending
        : new InputInvalid([{ path: ['input'], rule: 'upstream', message: `was refused by ${message}` }]);
    case 'not_found':
      return new NotFound(message, error.upstream, error.requestId);
    case 'conflict':
      return new Conflict(message, error.upstream, error.requestId);
    default:
      return new WriteFailed(error);
  }
}

// ---------------------------------------------------------------- GraphQL types

const WriteOutcomeEnum = builder.enumType('WriteOutcome', {
  description: 'What a failed write left behind upstream.',
  values: {
    NOT_APPLIED: { value: 'not_applied', description: 'Refused or never sent: safe to try again.' },
    UNKNOWN: { value: 'unknown', description: 'It may have been applied: check before trying again.' },
    APPLIED: { value: 'applied', description: 'Applied, but the answer could not be read.' },
  },
});

const UpstreamEnum = builder.enumType('Upstream', {
  values: { SCHEMATIC: { value: 'schematic' }, METRONOME: { value: 'metronome' } },
});

const MutationError = builder.interfaceRef<Error & { code?: string }>('MutationError').implement({
  description: 'An expected reason a mutation did not return its payload.',
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.string({ description: 'Stable machine-readable code.', resolve: (e) => e.code ?? 'ERROR' }),
  }),
});

const FieldViolationRef = builder.objectRef<Violation>('FieldViolation').implement({
  description: 'One input field that breaks one rule.',
  fields: (t) => ({
    field: t.string({ description: 'Dotted path, e.g. `input.quantity`.', resolve: (v) => v.path.join('.') }),
    path: t.exposeStringList('path'),
    rule: t.exposeString('rule', { description: 'required, maxLength, min, max, positive, enum, after, exclusive, upstream, …' }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(InputInvalid, {
  name: 'ValidationError',
  description: 'The input breaks a rule; nothing was sent upstream (unless the rule is "upstream": the vendor refused it).',
  interfaces: [MutationError],
  isTypeOf: (value) => value instanceof InputInvalid,
  fields: (t) => ({
    code: t.string({ resolve: () => 'VALIDATION_FAILED' }),
    violations: t.field({ type: [FieldViolationRef], resolve: (e) => e.violations }),
  }),
});

builder.objectType(NotFound, {
  name: 'NotFoundError',
  description: 'An id in the input does not exist upstream. Nothing was changed.',
  interfaces: [MutationError],
  isTypeOf: (value) => value instanceof NotFound,
  fields: (t) => ({
    code: t.string({ resolve: () => 'NOT_FOUND' }),
    upstream: t.field({ type: UpstreamEnum, resolve: (e) => e.upstream }),
    requestId: t.exposeString('requestId', { nullable: true }),
  }),
});

builder.objectType(Conflict, {
  name: 'ConflictError',
  description: 'The change conflicts with the current state (for example a key already used). Nothing was changed.',
  interfaces: [MutationError],
  isTypeOf: (value) => value instanceof Conflict,
  fields: (t) => ({
    code: t.string({ resolve: () => 'CONFLICT' }),
    upstream: t.field({ type: UpstreamEnum, resolve: (e) => e.upstream }),
    requestId: t.exposeString('requestId', { nullable: true }),
  }),
});

builder.objectType(WriteFailed, {
  name: 'UpstreamError',
  description:
    'The upstream failed the write. `outcome` says what to assume; code WRITE_OUTCOME_UNKNOWN means the change may have been applied.',
  interfaces: [MutationError],
  isTypeOf: (value) => value instanceof WriteFailed,
  fields: (t) => ({
    code: t.exposeString('code'),
    reason: t.string({
      description: 'The failure itself: UPSTREAM_TIMEOUT, UPSTREAM_UNAVAILABLE, UPSTREAM_RATE_LIMITED, …',
      resolve: (e) => CODES[e.cause.kind],
    }),
    outcome: t.field({ type: WriteOutcomeEnum, resolve: (e) => e.cause.writeOutcome ?? 'not_applied' }),
    upstream: t.field({ type: UpstreamEnum, resolve: (e) => e.cause.upstream }),
    status: t.int({ nullable: true, resolve: (e) => e.cause.status }),
    requestId: t.string({ nullable: true, resolve: (e) => e.cause.requestId }),
    retryAfter: t.int({ nullable: true, description: 'Seconds to wait, from Retry-After.', resolve: (e) => e.cause.retryAfter }),
    attempts: t.int({ nullable: true, description: 'How many times the request was sent (keyed writes may be resent).', resolve: (e) => e.cause.attempts }),
  }),
});

/**
 * Errors-plugin options for a mutation field: the payload itself is the success member of
 * `<Mutation>Result`, beside the shared error types.
 */
export function writeErrors(mutation: string) {
  return {
    types: [InputInvalid, NotFound, Conflict, WriteFailed],
    directResult: true as const,
    union: { name: `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Result` },
  };
}
