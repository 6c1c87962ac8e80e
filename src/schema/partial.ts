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
  // A plain loop: a page of grants builds three Partials per grant.
  const known: Record<string | symbol, unknown> = { [PARTIAL]: true };
  for (const key in fields) {
    const value = fields[key as keyof typeof fields];
    if (value !== null && value !== undefined) known[key] = value;
  }
  known.id = fields.id;
  return known as Partial<T>;
}

/** A Partial when the id is present, else null (an optional link such as a grant's plan). */
export function partialIf<T extends { id: string }>(
  id: string | null | undefined,
  fields: { [K in keyof T]?: T[K] | null },
): Partial<T> | null {
  return id ? partial<T>({ ...fields, id }) : null;
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

/**
 * Field resolvers for a type whose parent may be a Partial: `field('name')` reads the parent
 * when it holds the value, and otherwise the full object from the type's request loader.
 * Both answer synchronously when nothing has to be loaded.
 */
export function knownFields<T extends { id: string }, C>(
  typename: string,
  load: (ctx: C, id: string) => Promise<T | null>,
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
    PARTIAL in value ? load(ctx, value.id).then(found(value.id)) : value;
  const field =
    <K extends keyof T>(key: K) =>
    (value: Known<T>, _args: unknown, ctx: C): MaybePromise<T[K]> => {
      const held = (value as { [P in keyof T]?: T[P] })[key];
      if (held !== undefined) return held as T[K];
      return whenKnown(full(value, ctx), (loaded) => loaded[key]);
    };
  return { field, full };
}
