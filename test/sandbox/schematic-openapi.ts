/**
 * Validates response and request bodies against the vendor's OpenAPI 3.0 document (read where
 * test/helpers/vendor-specs.ts finds it, never copied). Component schemas are converted to JSON
 * Schema (openapi-schema.ts) and compiled lazily with ajv, so only what a test touches is compiled.
 */
import { readFileSync } from 'node:fs';
import type { Ajv, ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { componentsAjv, toJsonSchema as convert, type Json } from './openapi-schema.ts';

const COMPONENTS_ID = 'schematic-components';

const toJsonSchema = (schema: unknown) => convert(schema, COMPONENTS_ID);

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface Operation {
  responses: Record<string, Json>;
  requestBody?: Json;
}

interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; responses: Record<string, Json>; requestBodies?: Record<string, Json> };
}

/** The JSON schema under `content['application/json']`, following one `$ref` into `refs` (a components section). */
function jsonContent(node: Json, refs: Record<string, Json> | undefined): unknown {
  const ref = node.$ref;
  const target = typeof ref === 'string' ? (refs?.[ref.split('/').pop() ?? ''] ?? {}) : node;
  return (target.content as Record<string, { schema: unknown }> | undefined)?.['application/json']?.schema;
}

export class SpecValidator {
  private readonly doc: OpenApiDoc;
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  /** `specPath`: the document, as `vendorSpecs.schematic` (test/helpers/vendor-specs.ts) gives it. */
  constructor(specPath: string) {
    this.doc = parse(readFileSync(specPath, 'utf8')) as OpenApiDoc;
    this.ajv = componentsAjv(COMPONENTS_ID, this.doc.components.schemas);
  }

  private operation(method: Method, pathTemplate: string): Operation {
    const operation = this.doc.paths[pathTemplate]?.[method.toLowerCase()];
    if (!operation) throw new Error(`spec has no ${method} ${pathTemplate}`);
    return operation;
  }

  /** The JSON schema of `<method> <pathTemplate>`'s response for `status`, following `#/components/responses` refs. */
  private responseSchema(method: Method, pathTemplate: string, status: number): unknown {
    const response = this.operation(method, pathTemplate).responses[String(status)];
    if (!response) throw new Error(`spec declares no ${status} for ${method} ${pathTemplate}`);
    const schema = jsonContent(response, this.doc.components.responses);
    if (!schema) throw new Error(`no JSON schema for ${method} ${pathTemplate} ${status}`);
    return toJsonSchema(schema);
  }

  /** The JSON schema of `<method> <pathTemplate>`'s request body. */
  private requestSchema(method: Method, pathTemplate: string): unknown {
    const body = this.operation(method, pathTemplate).requestBody;
    const schema = body && jsonContent(body, this.doc.components.requestBodies);
    if (!schema) throw new Error(`spec has no JSON request body for ${method} ${pathTemplate}`);
    return toJsonSchema(schema);
  }

  private run(key: string, schema: () => unknown, value: unknown): string | null {
    let validate = this.cache.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema() as Json);
      this.cache.set(key, validate);
    }
    return validate(value) ? null : this.ajv.errorsText(validate.errors, { separator: '\n' });
  }

  /** Returns null when the response `body` is valid, else a readable list of violations. */
  check(pathTemplate: string, status: number, body: unknown, method: Method = 'GET'): string | null {
    return this.run(`${method} ${pathTemplate} ${status}`, () => this.responseSchema(method, pathTemplate, status), body);
  }

  /** Returns null when `body` is a valid request body for `<method> <pathTemplate>`, else the violations. */
  checkRequest(method: Method, pathTemplate: string, body: unknown): string | null {
    return this.run(`${method} ${pathTemplate} request`, () => this.requestSchema(method, pathTemplate), body);
  }

  /** Validates against one component schema by name, e.g. `ApiError` for a status an operation does not declare. */
  checkSchema(name: string, value: unknown): string | null {
    return this.run(`#${name}`, () => ({ $ref: `${COMPONENTS_ID}#/definitions/${name}` }), value);
  }
}
