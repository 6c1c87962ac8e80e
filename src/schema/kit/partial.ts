import { GraphQLError } from 'graphql';

const PARTIAL = Symbol('partial');

/**
 * What a parent payload already says about a linked object: its id and a few denormalised
 * fields (a grant carries `credit_name`, `company_name`, `plan_name`). Resolving a link to a
 * Partial costs no upstream call; a field the Partial lacks loads the full object, batched.
 */
export type Partial<T extends { id: string }> = { readonly [PARTIAL]: true; id: string } & { [K in keyof T]?: T[K] };

/** A full upstream object, or a Partial of it. */
export type Known<T extends { id: string }> = T | Partial<T>;

/** Builds a Partial, leaving out null and undefined so they are loaded, not trusted. */
export function partial<T extends { id: string }>(fields: { id: string } & { [K in keyof T]?: T[K] | null }): Partial<T> {
  return build<T>(fields.id, fields);
}

/** A Partial when the id is present, else null (an optional link such as a grant's plan). */
export function partialIf<T extends { id: string }>(
  id: string | null | undefined,
  fields: { [K in keyof T]?: T[K] | null },
): Partial<T> | null {
  return id ? build<T>(id, fields) : null;
}

/** `fields` without null and undefined, with `id` (over any id of theirs). */
function build<T extends { id: string }>(id: string, fields: object): Partial<T> {
  // A plain loop, and no copy of `fields` first: a page of grants builds three Partials per grant.
  const known: Record<string | symbol, unknown> = { [PARTIAL]: true };
  for (const key in fields) {
    const value = fields[key as keyof typeof fields];
    if (value !== null && value !== undefined) known[key] = value;
  }
  known.id = id;
  return known as Partial<T>;
}

export type MaybePromise<T> = T | Promise<T>;

/**
 * `fn(value)`: at once when the value is at hand, else when it arrives. A resolver built on it
 * returns a plain value for what the parent already holds, so the executor allocates no promise
 * (and no continuation) for that field.
 */
export function whenKnown<T, R>(value: MaybePromise<T>, fn: (value: T) => MaybePromise<R>): MaybePromise<R> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

/** The wire key behind each resolver `field(key)` built: what a selection of that field needs loaded (lookahead.ts). */
const wireKeys = new WeakMap<object, PropertyKey>();

/** Marks `resolve` as reading `key` of the full object (a resolver derived from `field(key)`). */
export function readsWireKey<F extends object>(resolve: F, key: PropertyKey): F {
  wireKeys.set(resolve, key);
  return resolve;
}

/** The wire key a field's resolver reads, if it was built by `field(key)`. */
export function wireKeyOf(resolve: unknown): PropertyKey | undefined {
  return typeof resolve === 'function' ? wireKeys.get(resolve) : undefined;
}

/** Whether a Partial lacks one of these keys, so that reading them means loading the full object. */
export function lacksAny<T extends { id: string }>(value: Known<T>, keys: ReadonlySet<PropertyKey>): boolean {
  if (!(PARTIAL in value)) return false;
  for (const key of keys) if ((value as Record<PropertyKey, unknown>)[key] === undefined) return true;
  return false;
}

/**
 * Field resolvers for a type whose parent may be a Partial: `field('name')` reads the parent
 * when it holds the value, and otherwise the full object: at once when this request already
 * holds it (`settled`, filled by a prefetch), else from the type's request loader.
 * Both answer synchronously when nothing has to be loaded.
 */
export function knownFields<T extends { id: string }, C>(
  typename: string,
  load: (ctx: C, id: string) => Promise<T | null>,
  settled: (ctx: C, id: string) => T | undefined = () => undefined,
) {
  const found = (id: string) => (loaded: T | null): T => {
    if (!loaded) {
      throw new GraphQLError(`${typename} "${id}" was not found upstream`, {
        extensions: { code: 'NOT_FOUND', typename, id },
      });
    }
    return loaded;
  };
  const full = (value: Known<T>, ctx: C): MaybePromise<T> =>
    PARTIAL in value ? (settled(ctx, value.id) ?? load(ctx, value.id).then(found(value.id))) : value;
  type Resolve<K extends keyof T> = (value: Known<T>, _args: unknown, ctx: C) => MaybePromise<T[K]>;
  // One resolver per key, however often `field(key)` is asked for it.
  const resolvers = new Map<keyof T, Resolve<keyof T>>();
  const field = <K extends keyof T>(key: K): Resolve<K> => {
    let resolve = resolvers.get(key);
    if (!resolve) {
      resolve = readsWireKey((value: Known<T>, _args: unknown, ctx: C) => {
        const held = (value as { [P in keyof T]?: T[P] })[key];
        if (held !== undefined) return held;
        return whenKnown(full(value, ctx), (loaded) => loaded[key]);
      }, key);
      resolvers.set(key, resolve);
    }
    return resolve as Resolve<K>;
  };
  return { field, full };
}
