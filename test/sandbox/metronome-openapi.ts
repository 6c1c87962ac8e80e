/**
 * Validates Metronome bodies (responses and requests) against the vendor's OpenAPI 3.0 document,
 * read from the shared specs folder and never copied. Component schemas become JSON Schema
 * (`nullable` -> a `null` type, `$ref`s into one registered schema) compiled lazily with ajv.
 *
 * Strict: an object schema that lists its properties and says nothing about others gets
 * `additionalProperties: false`, so a field the spec does not know (a typo, a drifted name)
 * fails. Where the copy of the spec is older than SDK 3.10 (reference §0 and §11.10), it is
 * patched below, each patch with its reason; nothing else is relaxed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, unknown>;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const METRONOME_SPEC_PATH = path.resolve(repoRoot, '../shared/specs/metronome-openapi.json');

const COMPONENTS_ID = 'metronome-components';
const rewriteRef = (ref: string) => ref.replace(/^#\/components\/schemas\//, `${COMPONENTS_ID}#/definitions/`);

/** OpenAPI 3.0 schema object -> JSON Schema (draft-07) for ajv; `strict` closes object schemas. */
export function toJsonSchema(schema: unknown, strict: boolean): unknown {
  if (typeof schema !== 'object' || schema === null) return schema;
  const { nullable, $ref, properties, items, additionalProperties, allOf, anyOf, oneOf, not, example, discriminator, ...rest } = schema as Json;
  void example;
  void discriminator;
  let out: Json = {};
  for (const [key, value] of Object.entries(rest)) if (!key.startsWith('x-')) out[key] = value;
  if (typeof $ref === 'string') out.$ref = rewriteRef($ref);
  if (properties) {
    out.properties = Object.fromEntries(Object.entries(properties as Json).map(([k, v]) => [k, toJsonSchema(v, strict)]));
  }
  if (items !== undefined) out.items = toJsonSchema(items, strict);
  if (additionalProperties !== undefined) out.additionalProperties = toJsonSchema(additionalProperties, strict);
  else if (strict && properties && typeof $ref !== 'string') out.additionalProperties = false;
  // the members of an allOf each see only part of the object: they cannot be closed
  if (Array.isArray(allOf)) out.allOf = allOf.map((s) => toJsonSchema(s, false));
  if (Array.isArray(anyOf)) out.anyOf = anyOf.map((s) => toJsonSchema(s, strict));
  if (Array.isArray(oneOf)) out.oneOf = oneOf.map((s) => toJsonSchema(s, strict));
  if (not !== undefined) out.not = toJsonSchema(not, strict);
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

interface Operation {
  parameters?: Json[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses: Record<string, Json>;
}

interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json>; responses: Record<string, Json>; parameters: Record<string, Json> };
}

/**
 * Where the spec copy (about early July 2026) is older than SDK 3.10.0, which the reference
 * treats as the source of truth. Each patch adds only what the SDK documents.
 */
function patchSpecDrift(doc: OpenApiDoc): void {
  const schemas = doc.components.schemas;
  const props = (name: string) => {
    const properties = schemas[name]?.properties as Json | undefined;
    if (!properties) throw new Error(`spec has no schema ${name}: the drift patches are stale`);
    return properties;
  };
  const drift = (name: string, field: string, schema: Json) => {
    const properties = props(name);
    // once the vendor's spec catches up, the patch must go: fail loudly instead of masking it
    if (field in properties) throw new Error(`spec now has ${name}.${field}: remove its drift patch`);
    properties[field] = schema;
  };
  const dateTime = { type: 'string', format: 'date-time' };
  // SDK 3.10 `ContractV2.Credit.archived_at` (reference §3.3, §11.10).
  drift('CreditV2', 'archived_at', dateTime);
  // SDK 3.10 `created_by` on both credit shapes ("omitted for system-generated credits").
  drift('Credit', 'created_by', { type: 'string' });
  drift('CreditV2', 'created_by', { type: 'string' });
  // An archived credit has a null ledger (reference §2.5); the spec types the ledger as an array.
  for (const name of ['Credit', 'CreditV2']) {
    const ledger = props(name).ledger as Json;
    props(name).ledger = { ...ledger, nullable: true };
  }
  // SDK 3.10 `ContractEditCreditParams.applicable_contract_ids` (reference §2.1, §11.10).
  drift('EditCreditPayload', 'applicable_contract_ids', { type: 'array', nullable: true, items: { type: 'string', format: 'uuid' } });
  // `EditCreditPayload.description`, listed as drift in reference §11.10, is already in this copy.
  if (!('description' in props('EditCreditPayload'))) throw new Error('EditCreditPayload.description is missing from the spec');
}

export class MetronomeSpec {
  readonly doc: OpenApiDoc;
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(specPath = METRONOME_SPEC_PATH) {
    this.doc = JSON.parse(readFileSync(specPath, 'utf8')) as OpenApiDoc;
    patchSpecDrift(this.doc);
    this.ajv = new Ajv({ strict: false, allErrors: true });
    // ajv-formats is CommonJS; its default export sits on `.default` under some loaders.
    const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => void;
    addFormats(this.ajv);
    const definitions = Object.fromEntries(Object.entries(this.doc.components.schemas).map(([name, s]) => [name, toJsonSchema(s, true)]));
    this.ajv.addSchema({ $id: COMPONENTS_ID, definitions });
  }

  private operation(method: string, template: string): Operation {
    const operation = this.doc.paths[template]?.[method.toLowerCase()];
    if (!operation) throw new Error(`spec has no ${method} ${template}`);
    return operation;
  }

  /** Whether the spec documents `status` for this operation. */
  declares(method: string, template: string, status: number): boolean {
    return String(status) in this.operation(method, template).responses;
  }

  private compile(key: string, schema: () => unknown): ValidateFunction {
    let validate = this.cache.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema(), true) as Json);
      this.cache.set(key, validate);
    }
    return validate;
  }

  private run(validate: ValidateFunction, body: unknown): string | null {
    return validate(body) ? null : this.ajv.errorsText(validate.errors, { separator: '\n' });
  }

  /**
   * Null when `body` is valid for `METHOD template` answered `status`, else the violations.
   * A status the operation does not document is checked against the general `Error` schema
   * (`{ message }`), which the vendor documents for every 4xx (reference §1.4).
   */
  checkResponse(method: string, template: string, status: number, body: unknown): string | null {
    const validate = this.compile(`res ${method} ${template} ${status}`, () => {
      let response = this.operation(method, template).responses[String(status)];
      if (!response) {
        if (status < 400) throw new Error(`spec declares no ${status} for ${method} ${template}`);
        return { $ref: '#/components/schemas/Error' };
      }
      const ref = response.$ref;
      if (typeof ref === 'string') response = this.doc.components.responses[ref.split('/').pop() ?? ''] ?? {};
      const schema = (response.content as Record<string, { schema: unknown }> | undefined)?.['application/json']?.schema;
      if (!schema) throw new Error(`no JSON schema for ${method} ${template} ${status}`);
      return schema;
    });
    return this.run(validate, body);
  }

  /** Null when `body` is a valid JSON request body for `METHOD template`, else the violations. */
  checkRequestBody(method: string, template: string, body: unknown): string | null {
    const validate = this.compile(`req ${method} ${template}`, () => {
      const schema = this.operation(method, template).requestBody?.content?.['application/json']?.schema;
      if (!schema) throw new Error(`no request body schema for ${method} ${template}`);
      return schema;
    });
    return this.run(validate, body);
  }

  /** Null when every query parameter is one the operation declares and fits its schema. */
  checkQuery(method: string, template: string, query: URLSearchParams): string | null {
    const parameters = (this.operation(method, template).parameters ?? []).map((p) => {
      const ref = p.$ref;
      return typeof ref === 'string' ? (this.doc.components.parameters[ref.split('/').pop() ?? ''] as Json) : p;
    });
    const problems: string[] = [];
    for (const [name, value] of query) {
      const parameter = parameters.find((p) => p.name === name && p.in === 'query');
      if (!parameter) {
        problems.push(`unknown query parameter ${name}`);
        continue;
      }
      const schema = parameter.schema as Json;
      // arrays travel comma-joined (reference §1.3): each item is checked on its own
      const values = schema.type === 'array' ? value.split(',') : [value];
      const itemSchema = (schema.type === 'array' ? schema.items : schema) as Json;
      if (schema.type === 'array' && typeof schema.maxItems === 'number' && values.length > schema.maxItems) {
        problems.push(`${name}: more than ${schema.maxItems} items`);
      }
      for (const item of values) {
        const problem = this.run(this.compile(`param ${method} ${template} ${name}`, () => itemSchema), typedQueryValue(itemSchema, item));
        if (problem) problems.push(`${name}=${item}: ${problem}`);
      }
    }
    return problems.length ? problems.join('\n') : null;
  }
}

/** A query value as the JSON type its schema expects (left as text when it does not parse). */
function typedQueryValue(schema: Json, value: string): unknown {
  if (schema.type === 'integer' || schema.type === 'number') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (schema.type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}
