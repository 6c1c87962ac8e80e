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
  const known = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined));
  return { ...known, id: fields.id, [PARTIAL]: true } as Partial<T>;
}

/** A Partial when the id is present, else null (an optional link such as a grant's plan). */
export function partialIf<T extends { id: string }>(
  id: string | null | undefined,
  fields: { [K in keyof T]?: T[K] | null },
): Partial<T> | null {
  return id ? partial<T>({ ...fields, id }) : null;
}

/**
 * Field resolvers for a type whose parent may be a Partial: `field('name')` reads the parent
 * when it holds the value, and otherwise the full object from the type's request loader.
 */
export function knownFields<T extends { id: string }, C>(
  typename: string,
  load: (ctx: C, id: string) => Promise<T | null>,
) {
  const full = async (value: Known<T>, ctx: C): Promise<T> => {
    if (!(PARTIAL in value)) return value;
    const loaded = await load(ctx, value.id);
    if (!loaded) {
      throw new GraphQLError(`${typename} "${value.id}" was not found upstream`, {
        extensions: { code: 'NOT_FOUND', typename, id: value.id },
      });
    }
    return loaded;
  };
  const field =
    <K extends keyof T>(key: K) =>
    async (value: Known<T>, _args: unknown, ctx: C): Promise<T[K]> => {
      const held = (value as { [P in keyof T]?: T[P] })[key];
      if (held !== undefined) return held as T[K];
      return (await full(value, ctx))[key];
    };
  return { field, full };
}
