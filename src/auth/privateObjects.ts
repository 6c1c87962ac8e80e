/**
 * Private objects: each object of a private type (a company's grants, balances and ledger, a
 * Metronome customer's contracts and credits) is checked as it is returned, whatever field led to
 * it (a root field, a link, a connection's edge, federation's `_entities`, a mutation's payload).
 * One the caller may not read becomes a FORBIDDEN error in its place: the object is null, with one
 * error at its path, and none of its fields resolve.
 *
 * A type is private when its definition says who owns each object, in its extensions:
 * `extensions: { owner: (grant) => ({ company: grant.company_id }) }` (`ownedBy` below).
 *
 * The check wraps the resolvers of the built schema rather than running in `isTypeOf`: an
 * executor calls `isTypeOf` without the request's context when it compiles an operation
 * (graphql-jit, src/execution.ts), and a wrapped resolver behaves the same under either executor.
 */
import {
  defaultFieldResolver,
  getNamedType,
  isAbstractType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLAbstractType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { forbidden } from './errors.ts';
import { hasFullAccess } from './principal.ts';
import { mayReadCompany, mayReadCustomer, type AuthContext } from './tenancy.ts';

/** Who owns an object: a Schematic company or a Metronome customer, by id. */
export type Owner = { company: string | null | undefined } | { customer: string | null | undefined };

/** A private type's `extensions`: who owns each of its objects. */
export function ownedBy<T>(owner: (object: T) => Owner): {
  owner: (object: T) => Owner;
} {
  return { owner };
}

function ownerOf(type: GraphQLObjectType): ((object: unknown) => Owner) | undefined {
  return type.extensions['owner'] as ((object: unknown) => Owner) | undefined;
}

function mayRead(ctx: AuthContext, owner: Owner): boolean | Promise<boolean> {
  return 'company' in owner ? mayReadCompany(ctx, owner.company) : mayReadCustomer(ctx, owner.customer);
}

function isPromise(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/** The object itself, or FORBIDDEN in its place; `typeOf` names its GraphQL type. */
type Check = (object: unknown, ctx: AuthContext, info: GraphQLResolveInfo) => unknown;

function checkWith(
  typeOf: (
    object: unknown,
    ctx: AuthContext,
    info: GraphQLResolveInfo,
  ) => GraphQLObjectType | string | undefined | PromiseLike<string | undefined>,
  schema: GraphQLSchema,
): Check {
  const check: Check = (object, ctx, info) => {
    if (object == null || object instanceof Error) return object;
    if (isPromise(object)) return Promise.resolve(object).then((value) => check(value, ctx, info));
    const type = typeOf(object, ctx, info);
    if (isPromise(type))
      return Promise.resolve(type).then((name) => verdict(object, name === undefined ? undefined : schema.getType(name), ctx));
    return verdict(object, typeof type === 'string' ? schema.getType(type) : type, ctx);
  };
  return check;
}

function verdict(object: unknown, type: unknown, ctx: AuthContext): unknown {
  const owner = isObjectType(type) ? ownerOf(type) : undefined;
  if (!owner) return object;
  const allowed = mayRead(ctx, owner(object));
  if (isPromise(allowed)) return Promise.resolve(allowed).then((yes) => (yes ? object : forbidden()));
  return allowed ? object : forbidden();
}

/** Each object of a value of this type (a list's items, at any depth) checked. */
function eachObject(type: GraphQLOutputType, check: Check): Check {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (!isListType(inner)) return check;
  const item = eachObject(inner.ofType, check);
  const list: Check = (value, ctx, info) => {
    if (value == null || value instanceof Error) return value;
    if (isPromise(value)) return Promise.resolve(value).then((resolved) => list(resolved, ctx, info));
    return Array.from(value as Iterable<unknown>, (element) => item(element, ctx, info));
  };
  return list;
}

/** The check for what a field returns, or none when it can return no private object. */
function checkFor(field: GraphQLField<unknown, unknown>, schema: GraphQLSchema): Check | undefined {
  const named = getNamedType(field.type);
  if (isObjectType(named)) return ownerOf(named) ? eachObject(field.type, checkWith(() => named, schema)) : undefined;
  if (!isAbstractType(named) || !schema.getPossibleTypes(named).some((type) => ownerOf(type))) return undefined;
  // A union or interface: the object's own type decides (federation's `_entities` sets `__typename`).
  const abstract: GraphQLAbstractType = named;
  const typeOf = (object: unknown, ctx: AuthContext, info: GraphQLResolveInfo) =>
    (object as { __typename?: string }).__typename ?? abstract.resolveType?.(object, ctx, info, abstract) ?? undefined;
  return eachObject(field.type, checkWith(typeOf, schema));
}

/**
 * Wraps, in place, every resolver of `schema` that can return a private object. A caller who may
 * read everything (src/auth/principal.ts) is not checked at all.
 */
export function guardPrivateObjects(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const check = checkFor(field, schema);
      if (!check) continue;
      const resolve: GraphQLFieldResolver<unknown, AuthContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx: AuthContext, info) => {
        const value = resolve(source, args, ctx, info);
        return hasFullAccess(ctx.principal) ? value : check(value, ctx, info);
      };
    }
  }
  return schema;
}
