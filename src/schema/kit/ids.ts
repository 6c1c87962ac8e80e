/**
 * The one length rule for ids: every `ID` argument and input field, at any depth (a filter's
 * `ids`, a mutation's `input.companyId`, `compatiblePlanIds`), and every key of a router's
 * `_entities` representations (src/schema/federation/federation.ts), is at most MAX_ID_LENGTH characters.
 * A longer one is refused before the resolver runs, so it never reaches an upstream URL or body.
 */
import {
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { wrapErrorIfMatches } from '@pothos/plugin-errors';
import { badArgument } from './validate.ts';
import { InputInvalid } from '../errors/validationError.ts';

/**
 * The vendors' ids are at most 36 characters (Metronome UUIDs; Schematic's `bcrd_…`, `comp_…`
 * are shorter): 64 leaves a margin, and keeps a batch of 100 ids in one `?ids=` query string
 * under 8 KB, which every HTTP server in between accepts.
 */
const MAX_ID_LENGTH = 64;

/** The rule's wording, for errors and for the schema's descriptions. */
export const ID_RULE = `at most ${MAX_ID_LENGTH} printable ASCII characters`;

/**
 * Every vendor id is printable ASCII. Held to it, a percent-encoded id is at most three times its
 * length, so 100 of them still fit one query string; 64 characters of emoji would be 768.
 */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Why `value` is not an acceptable id, or undefined when it is. */
export function idProblem(value: string): string | undefined {
  if (value.length > MAX_ID_LENGTH) return `must be ${ID_RULE} (an id); got ${value.length}`;
  return PRINTABLE_ASCII.test(value) ? undefined : `must be ${ID_RULE} (an id); got another character`;
}

interface Breach {
  path: string[];
  message: string;
}

/** Collects the over-long ids inside one argument value; undefined for a type that holds no ID. */
type Check = (value: unknown, path: string[], found: Breach[]) => void;

function checkFor(type: GraphQLInputType, seen: Map<string, Check | undefined>): Check | undefined {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = checkFor(nullable.ofType, seen);
    if (!item) return undefined;
    return (value, path, found) => {
      if (!Array.isArray(value)) return; // graphql-js hands a coerced list, always an array
      value.forEach((element, i) => item(element, [...path, String(i)], found));
    };
  }
  if (isScalarType(nullable)) {
    if (nullable.name !== 'ID') return undefined;
    return (value, path, found) => {
      const problem = typeof value === 'string' ? idProblem(value) : undefined;
      if (problem) found.push({ path, message: problem });
    };
  }
  if (!isInputObjectType(nullable)) return undefined;
  if (seen.has(nullable.name)) return seen.get(nullable.name) ?? ((value, path, found) => seen.get(nullable.name)?.(value, path, found));
  seen.set(nullable.name, undefined); // a recursive input type refers to itself through the line above
  const fields = Object.values(nullable.getFields()).flatMap((field) => {
    const check = checkFor(field.type, seen);
    return check ? [[field.name, check] as const] : [];
  });
  const check: Check | undefined =
    fields.length === 0
      ? undefined
      : (value, path, found) => {
          if (!value || typeof value !== 'object') return;
          for (const [name, each] of fields) {
            const fieldValue = (value as Record<string, unknown>)[name];
            if (fieldValue != null) each(fieldValue, [...path, name], found);
          }
        };
  seen.set(nullable.name, check);
  return check;
}

function argumentChecks(args: readonly GraphQLArgument[], seen: Map<string, Check | undefined>) {
  return args.flatMap((arg) => {
    const check = checkFor(arg.type, seen);
    return check ? [[arg.name, check] as const] : [];
  });
}

/**
 * Wraps the resolver of every field that takes an ID somewhere in its arguments: an id over the
 * limit answers BAD_USER_INPUT naming the argument (`filter.ids.3`), or, for a mutation whose
 * result can be a ValidationError, that typed result with rule `maxLength`. Returns `schema`.
 */
export function limitIdArguments(schema: GraphQLSchema): GraphQLSchema {
  const seen = new Map<string, Check | undefined>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const checks = argumentChecks(field.args, seen);
      if (checks.length === 0) continue;
      // The errors plugin's types of a mutation (src/schema/kit/write.ts writeErrors): ValidationError among them.
      const errorTypes = (field.extensions as { pothosErrors?: (new (...args: never[]) => Error)[] }).pothosErrors;
      const typed = errorTypes?.includes(InputInvalid) ? errorTypes : undefined;
      const resolve = field.resolve ?? defaultFieldResolver;
      // The built schema's field is the one graphql-js executes: replacing its resolver here is
      // how every field gets the rule without each domain file repeating it.
      field.resolve = (source, args: Record<string, unknown>, ctx, info) => {
        const found: Breach[] = [];
        for (const [name, check] of checks) if (args[name] != null) check(args[name], [name], found);
        if (found.length === 0) return resolve(source, args, ctx, info);
        if (typed) return wrapErrorIfMatches(new InputInvalid(found.map(({ path, message }) => ({ path, rule: 'maxLength', message }))), typed);
        throw badArgument(found[0]!.path.join('.'), found[0]!.message);
      };
    }
  }
  return schema;
}
