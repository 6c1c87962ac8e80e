/**
 * What the Schematic and Metronome spec validators share: OpenAPI 3.0 schema objects turned into
 * JSON Schema (draft-07) for ajv (`nullable` becomes a `null` type, vendor `x-` keys are dropped,
 * `#/components/schemas/X` points into one registered schema holding every component schema).
 */
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

export type Json = Record<string, unknown>;

/**
 * OpenAPI 3.0 schema object -> JSON Schema, with component refs into `componentsId`. `strict`
 * closes object schemas: one that lists its properties and says nothing about others gets
 * `additionalProperties: false`.
 */
export function toJsonSchema(schema: unknown, componentsId: string, strict = false): unknown {
  if (typeof schema !== 'object' || schema === null) return schema; // e.g. additionalProperties: true
  const convert = (s: unknown, closed = strict) => toJsonSchema(s, componentsId, closed);
  const { nullable, $ref, properties, items, additionalProperties, allOf, anyOf, oneOf, not, example, discriminator, ...rest } = schema as Json;
  void example;
  void discriminator;
  let out: Json = {};
  for (const [key, value] of Object.entries(rest)) if (!key.startsWith('x-')) out[key] = value;
  if (typeof $ref === 'string') out.$ref = $ref.replace(/^#\/components\/schemas\//, `${componentsId}#/definitions/`);
  if (properties) out.properties = Object.fromEntries(Object.entries(properties as Json).map(([k, v]) => [k, convert(v)]));
  if (items !== undefined) out.items = convert(items);
  if (additionalProperties !== undefined) out.additionalProperties = convert(additionalProperties);
  else if (strict && properties && typeof $ref !== 'string') out.additionalProperties = false;
  // the members of an allOf each see only part of the object: they cannot be closed
  if (Array.isArray(allOf)) out.allOf = allOf.map((s) => convert(s, false));
  if (Array.isArray(anyOf)) out.anyOf = anyOf.map((s) => convert(s));
  if (Array.isArray(oneOf)) out.oneOf = oneOf.map((s) => convert(s));
  if (not !== undefined) out.not = convert(not);
  if (nullable === true) {
    if (typeof out.type === 'string' && !out.$ref) {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    } else {
      out = { anyOf: [out, { type: 'null' }] };
    }
  }
  return out;
}

/** An ajv instance (with formats) holding every component schema under `componentsId`. */
export function componentsAjv(componentsId: string, schemas: Record<string, unknown>, strict = false): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // ajv-formats is CommonJS; its default export sits on `.default` under some loaders.
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => void;
  addFormats(ajv);
  const definitions = Object.fromEntries(Object.entries(schemas).map(([name, s]) => [name, toJsonSchema(s, componentsId, strict)]));
  ajv.addSchema({ $id: componentsId, definitions });
  return ajv;
}
