/**
 * Validates Metronome bodies (responses and requests) against the vendor's OpenAPI 3.0 document,
 * read where test/helpers/vendor-specs.ts finds it and never copied. Component schemas become
 * JSON Schema (openapi-schema.ts) compiled lazily with ajv.
 *
 * Strict: an object schema that lists its properties and says nothing about others gets
 * `additionalProperties: false`, so a field the spec does not know (a typo, a drifted name)
 * fails. Where the copy of the spec is older than SDK 3.10 (reference §0 and §11.10), it is
 * patched below, each patch with its reason; nothing else is relaxed.
 */
import { readFileSync } from 'node:fs';
import type { Ajv, ValidateFunction } from 'ajv';
import { componentsAjv, toJsonSchema, type Json } from './openapi-schema.ts';

const COMPONENTS_ID = 'metronome-components';

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

  /** `specPath`: the document, as `vendorSpecs.metronome` (test/helpers/vendor-specs.ts) gives it. */
  constructor(specPath: string) {
    this.doc = JSON.parse(readFileSync(specPath, 'utf8')) as OpenApiDoc;
    patchSpecDrift(this.doc);
    this.ajv = componentsAjv(COMPONENTS_ID, this.doc.components.schemas, true);
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
      validate = this.ajv.compile(toJsonSchema(schema(), COMPONENTS_ID, true) as Json);
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
