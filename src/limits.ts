/**
 * Query limits: every operation is measured before it runs, so a query deeper, wider or
 * costlier than allowed is refused with an error naming the limit and no upstream call is made.
 * Depth, aliases, directives and tokens use graphql-armor; the cost limit is ours, because it
 * must know that `first: 100` makes everything below it a hundred times dearer.
 */
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { FetchAPI, Plugin } from 'graphql-yoga';
import { DEFAULT_PAGE_SIZE } from './schema/connection.ts';

export interface QueryLimits {
  /** Deepest field nesting (fragments flattened, introspection ignored). */
  maxDepth: number;
  /** Aliases in one operation. */
  maxAliases: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Lexical tokens in one document. */
  maxTokens: number;
  /** Estimated field resolutions (see `operationCost`). */
  maxCost: number;
  /** Operations in one batched HTTP request. */
  maxBatch: number;
  /** Request body size, in bytes. */
  maxBodyBytes: number;
  /** Whether `__schema`/`__type` may be queried (GraphiQL needs it). */
  introspection: boolean;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 5_000,
  maxCost: 10_000,
  maxBatch: 10,
  maxBodyBytes: 1_000_000,
  introspection: true,
};

/** A list without a size argument is assumed to hold this many items. */
const ASSUMED_LIST_SIZE = 10;

function refuse(limit: string, message: string, status = 400): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit, http: { status } } });
}

/**
 * The cost of an operation: each field costs 1, times the number of times it will run. A
 * connection field multiplies what is below it by `first`/`last` (default page size when
 * absent); a list field by the length of its `ids`, `keys` or `representations` (a router's
 * `_entities`) argument, or an assumed 10; `edges` and `nodes` inside a connection add no factor
 * of their own.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const operation = document.definitions.find(
    (def) => def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  // Raw request variables: a variable left out takes its declared default (`$first: Int = 3`).
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) values[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
  }
  Object.assign(values, variables);

  const argValue = (field: FieldNode, name: string): unknown => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    return arg ? valueFromASTUntyped(arg.value, values) : undefined;
  };

  const factor = (field: FieldNode, def: GraphQLField<unknown, unknown>, parent: GraphQLCompositeType): number => {
    const size = argValue(field, 'first') ?? argValue(field, 'last');
    if (typeof size === 'number') return Math.max(size, 1);
    if (getNamedType(def.type).name.endsWith('Connection')) return DEFAULT_PAGE_SIZE;
    if (!isListType(getNullableType(def.type)) || parent.name.endsWith('Connection')) return 1;
    // A router's `_entities(representations: [...])` resolves one entity per representation.
    const ids = argValue(field, 'ids') ?? argValue(field, 'keys') ?? argValue(field, 'representations');
    return Array.isArray(ids) ? Math.max(ids.length, 1) : ASSUMED_LIST_SIZE;
  };

  const visiting = new Set<string>();
  const costOf = (selectionSet: SelectionSetNode, type: GraphQLCompositeType): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const def = isObjectType(type) || 'getFields' in type ? (type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()[selection.name.value] : undefined;
        if (!def) continue;
        const child = getNamedType(def.type);
        const below = selection.selectionSet && isCompositeType(child) ? costOf(selection.selectionSet, child) : 0;
        total += 1 + factor(selection, def, type) * below;
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && visiting.has(selection.name.value))) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        if (!condition || !isCompositeType(condition)) continue;
        if (selection.kind === Kind.FRAGMENT_SPREAD) visiting.add(selection.name.value);
        total += costOf(fragment.selectionSet, condition);
        if (selection.kind === Kind.FRAGMENT_SPREAD) visiting.delete(selection.name.value);
      }
    }
    return total;
  };
  return costOf(operation.selectionSet, root);
}

function useCostLimit(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = operationCost(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown>);
      if (cost > maxCost) {
        setResultAndStopExecution({
          errors: [
            refuse(
              'maxCost',
              `Query cost limit of ${maxCost} exceeded: this operation would resolve about ${cost} fields. Ask for fewer items (first/last) or fewer nested lists.`,
            ),
          ],
        });
      }
    },
  };
}

/**
 * Refuses a body larger than the limit: from its Content-Length, before it is read; and a body
 * sent without one (chunked) while it is read. This stands in for yoga's own limit (turned off in
 * src/server.ts), which copies every body through a stream, although Node's HTTP parser already
 * holds a body to its Content-Length: about a tenth of a small query's CPU (bench/README.md).
 */
function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (request.headers.has('content-length') || !request.body || !requestParser) return;
      setRequestParser((req) => requestParser(limitBody(req, maxBytes, fetchAPI)));
    },
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > maxBytes) {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({ errors: [{ message: `Request body limit of ${maxBytes} bytes exceeded (got ${length}).`, extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxBodyBytes' } }] }),
            { status: 413, headers: { 'content-type': 'application/json' } },
          ),
        );
      }
    },
  };
}

/** `request` whose body stream fails with a 413 once it passes `maxBytes`. */
function limitBody(request: Request, maxBytes: number, fetchAPI: FetchAPI): Request {
  // A native body stream needs the native TransformStream, a ponyfill one the ponyfill's (as yoga does, graphql-yoga#4583).
  const Transform = request.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let read = 0;
  const body = request.body!.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > maxBytes) controller.error(refuse('maxBodyBytes', `Request body limit of ${maxBytes} bytes exceeded.`, 413));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body,
    duplex: 'half',
  } as RequestInit);
}

/** The yoga plugins that enforce `limits`. Batching is yoga's own option (`batching.limit`). */
export function limitPlugins(limits: QueryLimits): Plugin[] {
  const armor = { exposeLimits: true, propagateOnRejection: true };
  return [
    useBodyLimit(limits.maxBodyBytes),
    maxTokensPlugin({ ...armor, n: limits.maxTokens }) as Plugin,
    maxDepthPlugin({ ...armor, n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true }) as Plugin,
    maxAliasesPlugin({ ...armor, n: limits.maxAliases }) as Plugin,
    maxDirectivesPlugin({ ...armor, n: limits.maxDirectives }) as Plugin,
    useCostLimit(limits.maxCost),
    ...(limits.introspection ? [] : [useDisableIntrospection() as Plugin]),
  ];
}
