/**
 * Validates response bodies against the vendor's OpenAPI 3.0 document (read from the shared
 * specs folder, never copied). Component schemas are converted to JSON Schema (OpenAPI's
 * `nullable` becomes a `null` type, `$ref`s point into one registered schema) and compiled
 * lazily with ajv, so only what a test touches is compiled.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

type Json = Record<string, unknown>;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SPEC_PATH = path.resolve(repoRoot, '../shared/specs/schematic-openapi.yaml');

const COMPONENTS_ID = 'schematic-components';

const rewriteRef = (ref: string) => ref.replace(/^#\/components\/schemas\//, `${COMPONENTS_ID}#/definitions/`);

/** OpenAPI 3.0 schema object -> JSON Schema (draft-07) for ajv. */
export function toJsonSchema(schema: unknown): unknown {
  if (typeof schema !== 'object' || schema === null) return schema; // e.g. additionalProperties: true
  const { nullable, $ref, properties, items, additionalProperties, allOf, anyOf, oneOf, not, example, discriminator, ...rest } =
    schema as Json;
  void example;
  void discriminator;
  let out: Json = { ...rest };
  if (typeof $ref === 'string') out.$ref = rewriteRef($ref);
  if (properties) out.properties = Object.fromEntries(Object.entries(properties as Json).map(([k, v]) => [k, toJsonSchema(v)]));
  if (items !== undefined) out.items = toJsonSchema(items);
  if (additionalProperties !== undefined) out.additionalProperties = toJsonSchema(additionalProperties);
  if (Array.isArray(allOf)) out.allOf = allOf.map(toJsonSchema);
  if (Array.isArray(anyOf)) out.anyOf = anyOf.map(toJsonSchema);
  if (Array.isArray(oneOf)) out.oneOf = oneOf.map(toJsonSchema);
  if (not !== undefined) out.not = toJsonSchema(not);
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

interface OpenApiDoc {
  paths: Record<string, Record<string, { responses: Record<string, Json> }>>;
  components: { schemas: Record<string, unknown>; responses: Record<string, Json> };
}

export class SpecValidator {
  private readonly doc: OpenApiDoc;
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(specPath = SPEC_PATH) {
    this.doc = parse(readFileSync(specPath, 'utf8')) as OpenApiDoc;
    this.ajv = new Ajv({ strict: false, allErrors: true });
    // ajv-formats is CommonJS; its default export sits on `.default` under some loaders.
    const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => void;
    addFormats(this.ajv);
    const definitions = Object.fromEntries(Object.entries(this.doc.components.schemas).map(([name, s]) => [name, toJsonSchema(s)]));
    this.ajv.addSchema({ $id: COMPONENTS_ID, definitions });
  }

  /** The JSON schema of `GET <pathTemplate>`'s response for `status`, following `#/components/responses` refs. */
  private responseSchema(pathTemplate: string, status: number): unknown {
    const operation = this.doc.paths[pathTemplate]?.get;
    if (!operation) throw new Error(`spec has no GET ${pathTemplate}`);
    let response = operation.responses[String(status)];
    if (!response) throw new Error(`spec declares no ${status} for GET ${pathTemplate}`);
    const ref = response.$ref;
    if (typeof ref === 'string') response = this.doc.components.responses[ref.split('/').pop() ?? ''] ?? {};
    const schema = (response.content as Record<string, { schema: unknown }> | undefined)?.['application/json']?.schema;
    if (!schema) throw new Error(`no JSON schema for GET ${pathTemplate} ${status}`);
    return toJsonSchema(schema);
  }

  /** Returns null when `body` is valid, else a readable list of violations. */
  check(pathTemplate: string, status: number, body: unknown): string | null {
    const key = `${pathTemplate} ${status}`;
    let validate = this.cache.get(key);
    if (!validate) {
      validate = this.ajv.compile(this.responseSchema(pathTemplate, status) as Json);
      this.cache.set(key, validate);
    }
    return validate(body) ? null : this.ajv.errorsText(validate.errors, { separator: '\n' });
  }
}
