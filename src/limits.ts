/**
 * Query limits: every operation is measured before it runs, so a request deeper, wider, longer
 * or costlier than allowed is refused with one error, `extensions.code: QUERY_LIMIT_EXCEEDED`
 * and `extensions.limit` naming the limit (HTTP 400; 413 for the body size, refused before it is
 * read), and no upstream call is made. Depth, aliases, directives and tokens are counted by
 * graphql-armor; the cost is ours, because it must know that `first: 100` makes everything below
 * it a hundred times dearer.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import {
  getNamedType,
  getNullableType,
  getOperationAST,
  GraphQLError,
  isAbstractType,
  isCompositeType,
  isListType,
  Kind,
  valueFromASTUntyped,
  visit,
  type DirectiveNode,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type NamedTypeNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { FetchAPI, Plugin } from 'graphql-yoga';

export interface QueryLimits {
  /** Deepest field nesting (fragments flattened, introspection ignored). */
  maxDepth: number;
  /** Aliases in one operation (`__typename` ones too). */
  maxAliases: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Lexical tokens in one document. */
  maxTokens: number;
  /** Estimated work of one operation (see `operationCost`). */
  maxCost: number;
  /** Items in any one list of an operation's arguments or variables (`ids`, a router's `representations`, ...). */
  maxListItems: number;
  /** Operations in one batched HTTP request (0: batching off). */
  maxBatch: number;
  /** Request body size, in bytes. */
  maxBodyBytes: number;
  /** Whether `__schema`/`__type` may be queried (GraphiQL needs it); off also strips "Did you mean …?" from errors. */
  introspection: boolean;
  /** Whether federation's `_service { sdl }` answers; default: as `introspection` (a router composing from the committed SDL needs neither). */
  serviceSdl?: boolean;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 5_000,
  maxCost: 10_000,
  maxListItems: 1_000,
  maxBatch: 10,
  maxBodyBytes: 1_000_000,
  introspection: true,
};

/** Page size of a connection whose `first`/`last` is not given. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest `first`/`last` of a connection. One more row than this is fetched to learn `hasNextPage`; Schematic's own cap is 250. */
export const MAX_PAGE_SIZE = 100;

/** A list whose size the request does not fix is assumed to hold this many items. */
const ASSUMED_LIST_SIZE = 10;

/** The error every limit answers with. */
function limitExceeded(limit: keyof QueryLimits, message: string, status = 400): GraphQLError {
  // yoga answers an `application/json` client 200 for an error marked `spec`, and marks every parse
  // error so (the token limit is one): `spec` stays false here, so the status holds for every client.
  const http = {
    status,
    get spec() {
      return false;
    },
    set spec(_ignored: boolean) {},
  };
  return new GraphQLError(message, { extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit, http } });
}

// ---------------------------------------------------------------- cost

/**
 * What one run of a field may cost when it is more than one upstream call, declared where the
 * field is defined, in its GraphQL `extensions.cost` (or, for a field every type of a kind shares,
 * such as a connection's `totalCount`, in its type's `extensions.fieldCost[field]`):
 * `calls` is counted each time the field runs instead of 1; with `once`, the field counts 1 each
 * time it runs and `calls` once per operation for each `once` key (a catalogue read once per request).
 */
export interface FieldCost {
  calls: number;
  once?: string;
}

const declaredCost = (field: GraphQLField<unknown, unknown>, parent: GraphQLObjectType): FieldCost | undefined =>
  (field.extensions as { cost?: FieldCost }).cost ??
  (parent.extensions as { fieldCost?: Record<string, FieldCost> }).fieldCost?.[field.name];

const isConnection = (type: GraphQLObjectType) => type.name.endsWith('Connection') && 'edges' in type.getFields();

/**
 * The cost of an operation: an upper bound of its work, and of the upstream calls it makes
 * (retries aside). Every field counts 1 each time it runs (`__typename` too; `__schema` and
 * `__type` nothing), or what it declares (`FieldCost`), and every object a field returns counts 1,
 * whatever is selected on it. What is selected below a field runs once per object it returns: a
 * list returns as many as the length of its `ids`, `keys` or `representations` argument (a
 * router's `_entities`; a single value is a list of one), else an assumed 10; a connection
 * returns its `first`/`last` items (the default page size when absent, at most the largest page),
 * counted whatever is selected, and its `edges`/`nodes` run their selection once per item.
 * Variables count as literals do (a variable left out takes its declared default). `@skip` and
 * `@include` are honoured; on an interface or a union, the costliest member counts. Aliases and
 * repeated fragments each count, even where GraphQL merges them.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): number {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return 0;
  const values = variableValues(operation.variableDefinitions ?? [], variables);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

  const argument = (field: FieldNode, name: string): unknown => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    return arg ? valueFromASTUntyped(arg.value, values) : undefined;
  };
  const included = (directives: readonly DirectiveNode[] | undefined): boolean =>
    (directives ?? []).every((directive) => {
      const name = directive.name.value;
      if (name !== 'skip' && name !== 'include') return true;
      const condition = directive.arguments?.find((a) => a.name.value === 'if');
      const value = condition ? valueFromASTUntyped(condition.value, values) : undefined;
      // An `if` that is not a boolean fails execution before any resolver: counting the field is the safe side.
      return typeof value !== 'boolean' || value === (name === 'include');
    });
  const applies = (condition: NamedTypeNode | undefined, type: GraphQLObjectType): boolean => {
    if (!condition) return true;
    const named = schema.getType(condition.name.value);
    return named === type || (named !== undefined && isAbstractType(named) && schema.isSubType(named, type));
  };
  /** Items a connection reads: `first`/`last` as given (the larger when both), within 0 and the largest page. */
  const pageSize = (field: FieldNode): number => {
    const sizes = [argument(field, 'first'), argument(field, 'last')].filter((size): size is number => Number.isFinite(size));
    if (sizes.length === 0) return DEFAULT_PAGE_SIZE;
    return Math.min(Math.max(0, ...sizes.map(Math.ceil)), MAX_PAGE_SIZE);
  };
  /** Items a plain list returns. */
  const listSize = (field: FieldNode): number => {
    const ids = argument(field, 'ids') ?? argument(field, 'keys') ?? argument(field, 'representations');
    if (ids === undefined || ids === null) return ASSUMED_LIST_SIZE;
    return Array.isArray(ids) ? ids.length : 1; // input coercion makes a single value a list of one
  };

  const once = new Map<string, number>();
  const fragmentCosts = new Map<string, number>();

  /** What running `selectionSet` once on an object of `type` costs; `page`: the items of the connection `type` is. */
  const selectionCost = (selectionSet: SelectionSetNode, type: GraphQLObjectType, page?: number): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (!included(selection.directives)) continue;
      if (selection.kind === Kind.FIELD) total += fieldCost(selection, type, page);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition, type)) total += selectionCost(selection.selectionSet, type, page);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || !applies(fragment.typeCondition, type)) continue;
        // Memoized per fragment and type: a fragment spread twice in each of twenty nested fragments is measured once, not 2^20 times.
        const key = `${fragment.name.value}\u0000${type.name}\u0000${page ?? ''}`;
        let cost = fragmentCosts.get(key);
        if (cost === undefined) {
          fragmentCosts.set(key, 0); // a cycle (refused by validation anyway) ends here
          cost = selectionCost(fragment.selectionSet, type, page);
          fragmentCosts.set(key, cost);
        }
        total += cost;
      }
    }
    return total;
  };

  /** The costliest of `type`'s possible object types, for one object. */
  const objectCost = (selectionSet: SelectionSetNode, type: GraphQLNamedType, page?: number): number => {
    if (!isCompositeType(type)) return 0;
    const objects = isAbstractType(type) ? schema.getPossibleTypes(type) : [type];
    return Math.max(0, ...objects.map((object) => selectionCost(selectionSet, object, page)));
  };

  const fieldCost = (field: FieldNode, parent: GraphQLObjectType, page: number | undefined): number => {
    const name = field.name.value;
    if (name === '__typename') return 1;
    const def = parent.getFields()[name];
    if (!def) return 0; // `__schema`, `__type`: introspection reads the schema, not an upstream
    const declared = declaredCost(def, parent);
    let own = declared?.calls ?? 1;
    if (declared?.once !== undefined) {
      once.set(declared.once, Math.max(once.get(declared.once) ?? 0, declared.calls));
      own = 1;
    }
    const type = getNamedType(def.type);
    if (!field.selectionSet || !isCompositeType(type)) return own;
    // `edges`/`nodes` of a connection, and an edge's `node`, are the connection's items, counted by it.
    const items = page !== undefined && (name === 'edges' || name === 'nodes');
    if (items) return own + page * objectCost(field.selectionSet, type);
    if (parent.name.endsWith('Edge') && name === 'node') return own + objectCost(field.selectionSet, type);
    if (!isAbstractType(type) && isConnection(type as GraphQLObjectType)) {
      const size = pageSize(field);
      return own + 1 + size + objectCost(field.selectionSet, type, size);
    }
    const count = isListType(getNullableType(def.type)) ? listSize(field) : 1;
    return own + count * (1 + objectCost(field.selectionSet, type));
  };

  let total = selectionCost(operation.selectionSet, root);
  for (const calls of once.values()) total += calls;
  return total;
}

/** Request variables over the operation's declared defaults. */
function variableValues(
  definitions: NonNullable<ReturnType<typeof getOperationAST>>['variableDefinitions'] & object,
  variables: Record<string, unknown> | null | undefined,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    if (variables && Object.hasOwn(variables, name)) values[name] = variables[name];
    else if (definition.defaultValue) values[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return values;
}

/**
 * Costs measured, by schema, document (yoga and the fast lane hand the same parsed document to
 * every request that repeats it) and operation, then by what the variables are to `operationCost`.
 */
const costs = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Map<string, number>>>>();
/** Costs kept per operation: one per distinct page size, say; a client may send any. */
const COSTS_KEPT = 32;

/**
 * What a variable's value is to `operationCost`, which reads a number (`first`), a boolean (`if`),
 * a list's length (`ids`), or whether it is null or absent; anything else counts as a single value.
 */
function costShape(value: unknown): string {
  if (value === undefined) return 'u';
  if (value === null) return 'n';
  if (Array.isArray(value)) return `l${value.length}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value}${value}`;
  return 'o';
}

/** `operationCost`, measured once per operation and shape of its variables. */
function knownCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): number {
  let byDocument = costs.get(schema);
  if (!byDocument) costs.set(schema, (byDocument = new WeakMap()));
  let byOperation = byDocument.get(document);
  if (!byOperation) byDocument.set(document, (byOperation = new Map()));
  let byShape = byOperation.get(operationName ?? '');
  if (!byShape) byOperation.set(operationName ?? '', (byShape = new Map()));
  let shape = '';
  for (const definition of getOperationAST(document, operationName)?.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    shape += `${costShape(variables && Object.hasOwn(variables, name) ? variables[name] : undefined)},`;
  }
  let cost = byShape.get(shape);
  if (cost === undefined) {
    cost = operationCost(schema, document, operationName, variables);
    if (byShape.size >= COSTS_KEPT) byShape.clear();
    byShape.set(shape, cost);
  }
  return cost;
}

/** The longest list literal of each document (yoga hands the same parsed document to every request that repeats it). */
const longestLiteral = new WeakMap<DocumentNode, number>();

/** The longest list in the document's literals and in the values of the operation's declared variables. */
function longestList(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): number {
  let longest = longestLiteral.get(document);
  if (longest === undefined) {
    let found = 0;
    visit(document, {
      ListValue(node) {
        found = Math.max(found, node.values.length);
      },
    });
    longestLiteral.set(document, found);
    longest = found;
  }
  const operation = getOperationAST(document, operationName);
  const stack: unknown[] = Object.values(variableValues(operation?.variableDefinitions ?? [], variables));
  // Iterative: a variable nested a million arrays deep must not overflow the stack here.
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      longest = Math.max(longest, value.length);
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
    } else if (typeof value === 'object' && value !== null) {
      for (const item of Object.values(value)) if (typeof item === 'object' && item !== null) stack.push(item);
    }
  }
  return longest;
}

/**
 * The refusal of an operation whose arguments or variables hold too long a list, or whose cost is
 * too high (each depends on the variables, so it is checked for every request); undefined when
 * it may run.
 */
export function costRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  { maxCost, maxListItems }: Pick<QueryLimits, 'maxCost' | 'maxListItems'>,
): GraphQLError | undefined {
  const longest = longestList(document, operationName, variables);
  if (longest > maxListItems) {
    return limitExceeded('maxListItems', `List limit of ${maxListItems} items exceeded: a list in this operation's arguments or variables holds ${longest}.`);
  }
  const cost = knownCost(schema, document, operationName, variables);
  if (cost <= maxCost) return undefined;
  return limitExceeded(
    'maxCost',
    `Query cost limit of ${maxCost} exceeded: this operation would cost about ${cost} (fields and objects it would resolve). Ask for fewer items (first/last, ids) or fewer nested lists.`,
  );
}

/** Refuses, before it runs, an operation with too long a list or too high a cost. */
function useCostLimit(limits: QueryLimits): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refused = costRefusal(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown> | undefined, limits);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
  };
}

// ---------------------------------------------------------------- document limits

/** graphql-armor's message without its misleading "Syntax Error: " prefix. */
const armorMessage = (error: Error) => error.message.replace(/^Syntax Error: /, '');

/** Depth, aliases and directives: graphql-armor's counting, reported as our limit error. */
function useDocumentLimits({ maxDepth, maxAliases, maxDirectives }: QueryLimits): Plugin {
  const reporting = (limit: keyof QueryLimits) => ({
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: Error) => context?.reportError(limitExceeded(limit, armorMessage(error)))],
  });
  const rules: ValidationRule[] = [
    maxDepthRule({ n: maxDepth, ignoreIntrospection: true, flattenFragments: true, ...reporting('maxDepth') }) as ValidationRule,
    // `__typename` aliases count too: each is a field of the answer (armor leaves them out by default).
    maxAliasesRule({ n: maxAliases, allowList: [], ...reporting('maxAliases') }) as ValidationRule,
    maxDirectivesRule({ n: maxDirectives, ...reporting('maxDirectives') }) as ValidationRule,
  ];
  return {
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
    },
  };
}

function useTokenLimit(maxTokens: number): Plugin {
  return maxTokensPlugin({
    n: maxTokens,
    exposeLimits: true,
    onReject: [
      (_context: unknown, error: Error) => {
        throw limitExceeded('maxTokens', armorMessage(error));
      },
    ],
  }) as Plugin;
}

/**
 * Refuses a batch longer than the limit with our error. It runs before yoga's own batching
 * limit (configured to the same number in src/server.ts), which answers 413 BAD_REQUEST.
 */
function useBatchLimit(maxBatch: number): Plugin {
  return {
    onRequestParse() {
      return {
        onRequestParseDone({ requestParserResult }) {
          if (Array.isArray(requestParserResult) && requestParserResult.length > maxBatch) {
            throw limitExceeded(
              'maxBatch',
              maxBatch === 0
                ? 'Batching is off: send one operation per request.'
                : `Batch limit of ${maxBatch} operations exceeded (got ${requestParserResult.length}).`,
            );
          }
        },
      };
    },
  };
}

// ---------------------------------------------------------------- body size

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
        if (read > maxBytes) controller.error(limitExceeded('maxBodyBytes', `Request body limit of ${maxBytes} bytes exceeded.`, 413));
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

// ---------------------------------------------------------------- introspection

/** Refuses federation's `_service` (the whole SDL), as introspection is refused. */
const NoServiceSdlRule: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '_service' && context.getParentType() === context.getSchema().getQueryType()) {
      context.reportError(
        new GraphQLError('GraphQL introspection has been disabled, but the requested query contained the field "_service".', { nodes: node }),
      );
    }
  },
});

function useNoServiceSdl(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoServiceSdlRule);
    },
  };
}

/** graphql-js's suggestions ("Did you mean "company"?"), which name the schema's fields, types and enum values. */
const SUGGESTION = / ?Did you mean [^]*\?$/;

export function withoutSuggestion<E extends Error>(error: E): E | GraphQLError {
  if (!(error instanceof GraphQLError) || !SUGGESTION.test(error.message)) return error;
  return new GraphQLError(error.message.replace(SUGGESTION, ''), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

/** Strips suggestions from validation errors and from variable errors (found when execution starts). */
function useNoSuggestions(): Plugin {
  return {
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map(withoutSuggestion));
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          const single = result as ExecutionResult;
          if (Array.isArray(single.errors) && single.errors.length > 0) setResult({ ...single, errors: single.errors.map(withoutSuggestion) });
        },
      };
    },
  };
}

/** The yoga plugins that enforce `limits` (yoga's own `batching.limit` stays as a backstop). */
export function limitPlugins(limits: QueryLimits): Plugin[] {
  const serviceSdl = limits.serviceSdl ?? limits.introspection;
  return [
    useBodyLimit(limits.maxBodyBytes),
    useBatchLimit(limits.maxBatch),
    useTokenLimit(limits.maxTokens),
    useDocumentLimits(limits),
    useCostLimit(limits),
    ...(limits.introspection ? [] : [useDisableIntrospection() as Plugin, useNoSuggestions()]),
    ...(serviceSdl ? [] : [useNoServiceSdl()]),
  ];
}
