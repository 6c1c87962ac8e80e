/**
 * HTTP caching between the gateway and its callers, both ways:
 * - a caller's `Cache-Control: no-cache` (or `no-store`, `max-age=0`) makes the request read the
 *   vendors instead of the catalogue cache, and refresh it (`bypassesCache`);
 * - each answer says what it may be cached for (`useCacheControl`): a query that selects only
 *   catalogue types and answers without errors gets `max-age=<CACHE_TTL_SECONDS>`, `public` when
 *   the gateway has no caller auth, `private` otherwise; anything else (a mutation, a private
 *   type anywhere in the selection, an error, a streamed answer, the cache off) gets `no-store`.
 *   Apollo Router reads a subgraph's `Cache-Control` for its entity cache and for the header it
 *   sends its own clients; no router reads `@cacheControl` from a subgraph's SDL, so the schema
 *   carries none.
 */
import {
  BREAK,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RequestHead } from '../request.ts';

/**
 * The object types every caller may read and the catalogue cache holds. Anything not listed is
 * private (fail closed): a new type must be added here to become cacheable.
 */
export const CATALOGUE_TYPES: ReadonlySet<string> = new Set([
  'Query',
  '_Service',
  'BillingProduct',
  'Credit',
  'CreditConnection',
  'CreditEdge',
  'CreditBundle',
  'CreditBundleConnection',
  'CreditBundleEdge',
  'CurrencyPrice',
  'Feature',
  'PageInfo',
  'Plan',
  'PlanCreditGrant',
  'PlanCreditGrantConnection',
  'PlanCreditGrantEdge',
  'PlanCreditGrantPriceTier',
  'Price',
  'PricingUnit',
  'Product',
  'ProductConnection',
  'ProductEdge',
  'QuantityConversion',
  'QuantityRounding',
]);

/** Whether the caller asked for a fresh answer: `Cache-Control: no-cache`, `no-store` or `max-age=0`. */
export function bypassesCache(request: RequestHead): boolean {
  const header = request.headers.get('cache-control');
  return header !== null && /(?:^|,)\s*(?:no-cache|no-store|max-age\s*=\s*0+)\s*(?:,|$)/i.test(header);
}

/** The parent of a selected field: a listed object type, or an interface all of whose implementations are listed. */
function isCatalogueParent(schema: GraphQLSchema, type: GraphQLNamedType): boolean {
  if (isAbstractType(type)) return schema.getPossibleTypes(type).every((possible) => CATALOGUE_TYPES.has(possible.name));
  return CATALOGUE_TYPES.has(type.name);
}

/**
 * What a field returns: a listed object type, a scalar or enum; an interface or union is judged by
 * the fields selected in it (as parents, above), so `_entities { ... on Credit { name } }` counts.
 */
function isCatalogueResult(type: GraphQLNamedType): boolean {
  return !isObjectType(type) || CATALOGUE_TYPES.has(type.name);
}

/**
 * Whether an operation is a query that reads only catalogue types: every field's parent type and
 * return type (introspection aside). Unknown operation or fields: not cacheable.
 */
export function readsOnlyCatalogue(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): boolean {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation || operation.operation !== 'query') return false;
  const typeInfo = new TypeInfo(schema);
  let catalogue = true;
  // Fragments are visited where they are spread only through their definitions: every definition
  // is walked, so a private type in any fragment of the document counts.
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Field(node) {
        if (node.name.value.startsWith('__')) return false; // introspection: the schema is public
        const parent = typeInfo.getParentType();
        const returned = typeInfo.getType();
        if (!parent || !returned || !isCatalogueParent(schema, parent) || !isCatalogueResult(getNamedType(returned))) {
          catalogue = false;
          return BREAK;
        }
        return undefined;
      },
    }),
  );
  return catalogue;
}

export interface CacheControlSettings {
  /** CACHE_TTL_SECONDS; 0: every answer is `no-store`. */
  maxAgeSeconds: number;
  /** `public` only when callers are not told apart (no caller auth); `private` otherwise. */
  scope: 'public' | 'private';
}

/** The `Cache-Control` of a GraphQL answer: whether it may be cached, and for how long by whom. */
export function cacheControlValue({ maxAgeSeconds, scope }: CacheControlSettings, cacheable: boolean): string {
  return cacheable ? `${scope}, max-age=${maxAgeSeconds}` : 'no-store';
}

/** Sets `Cache-Control` on every GraphQL answer that has none yet. */
export function useCacheControl(settings: CacheControlSettings): Plugin {
  const { maxAgeSeconds } = settings;
  /** Per HTTP request: whether every operation of it may be cached (a batch is as cacheable as its least). */
  const cacheable = new WeakMap<Request, boolean>();
  /** The verdict per parsed document (yoga reuses parsed documents) and operation name. */
  const verdicts = new WeakMap<DocumentNode, Map<string, boolean>>();
  const verdict = (schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined) => {
    let byName = verdicts.get(document);
    if (!byName) verdicts.set(document, (byName = new Map()));
    let answer = byName.get(operationName ?? '');
    if (answer === undefined) byName.set(operationName ?? '', (answer = readsOnlyCatalogue(schema, document, operationName)));
    return answer;
  };
  const note = (request: Request, ok: boolean) => cacheable.set(request, (cacheable.get(request) ?? true) && ok);

  return {
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (!request) return undefined;
      note(request, maxAgeSeconds > 0 && verdict(args.schema, args.document, args.operationName));
      return {
        onExecuteDone({ result }) {
          const single = !(Symbol.asyncIterator in (result as object));
          note(request, single && !(result as { errors?: unknown[] }).errors?.length);
        },
      };
    },
    onResponse({ request, response }) {
      if (response.headers.has('cache-control')) return;
      // Only GraphQL answers: GraphiQL's assets set their own, a preflight needs none.
      const type = response.headers.get('content-type') ?? '';
      if (!/json|multipart|event-stream/i.test(type)) return;
      response.headers.set('cache-control', cacheControlValue(settings, cacheable.get(request) === true));
    },
  };
}
