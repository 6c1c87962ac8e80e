/**
 * Float output fields and numbers a double cannot hold. The HTTP core keeps every upstream number
 * exact (parseJson in src/upstream/core/json.ts): a `number` when a double holds it, else a `bigint`
 * (a whole number) or a `LosslessNumber` (its digits). MinorUnits and Decimal fields serve those
 * exactly; a Float field cannot (GraphQL's Float is a double), so it fails alone, with a coded
 * error carrying the exact digits, instead of rounding them or failing its whole object.
 */
import { defaultFieldResolver, getNamedType, GraphQLError, isObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { isLosslessNumber } from 'lossless-json';

/** For the description of a Float field that is nullable only for this reason. */
export const INEXACT_NULL = 'Null, with an UPSTREAM_BAD_RESPONSE error, when the upstream sends a number a Float cannot hold exactly.';

/** `value`, unless it is a number a Float cannot serve as it is (then a field error naming it). */
function exactFloat(value: unknown, info: GraphQLResolveInfo): unknown {
  if (Array.isArray(value)) return value.map((item) => exactFloat(item, info));
  // null, a string and the rest: GraphQL's own Float serialization decides.
  const served = typeof value === 'number' ? Number.isFinite(value) : typeof value !== 'bigint' && !isLosslessNumber(value);
  if (served) return value;
  const digits = String(value);
  throw new GraphQLError(
    `${info.parentType.name}.${info.fieldName}: the upstream sent ${digits}, which a Float (a double) cannot hold exactly`,
    { extensions: { code: 'UPSTREAM_BAD_RESPONSE', value: digits } },
  );
}

/**
 * Wraps the resolver of every Float field of `schema` (in place) so that a number a double cannot
 * hold fails that field with UPSTREAM_BAD_RESPONSE rather than GraphQL's masked serialization
 * error. Every Float field, including those added later: none is left to remember it.
 */
export function exactFloats(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type).name !== 'Float') continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const value = resolve(source, args, context, info);
        return isPromiseLike(value) ? value.then((settled) => exactFloat(settled, info)) : exactFloat(value, info);
      };
    }
  }
  return schema;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}
