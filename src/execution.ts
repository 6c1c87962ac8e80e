/**
 * Compiled execution: an operation that runs again is compiled once into JavaScript (graphql-jit),
 * and every later request for it runs that code instead of graphql-js interpreting the document
 * field by field. Frontend apps send the same few operations (persisted or not), so nearly every
 * request runs compiled; the grants page's CPU per request falls by about a quarter
 * (bench/README.md).
 *
 * graphql-js still runs what graphql-jit does not do the same way: an operation with `@defer` or
 * `@stream` (incremental delivery, src/requestChecks.ts), and one it cannot compile (a document
 * whose operation cannot be chosen, which graphql-js then refuses in its own words).
 *
 * Not `@envelop/graphql-jit`: it keys its cache on the document alone, so a document of several
 * operations would run the first one it compiled whatever `operationName` asked for.
 */
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import {
  BREAK,
  defaultFieldResolver,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Compiled operations by document, then by operation name (`''`: the document's only one): the
 * runs it has had while not yet compiled, then what compiling it gave (null: not compiled,
 * graphql-js runs it). Per schema: a compiled operation calls the resolvers of the schema it was
 * compiled for (a traced request runs on a copy of its own, src/traces.ts).
 */
type Compiled = WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number | CompiledQuery | null>>>;

function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
  if (deliversIncrementally(document)) return null;
  const result = compileQuery(schema, document, operationName, {
    disablingCapturingStackErrors: true,
  });
  return isCompiledQuery(result) ? result : null;
}

/** Whether the document asks for `@defer` or `@stream` anywhere. */
function deliversIncrementally(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(node) {
      if (node.name.value !== 'defer' && node.name.value !== 'stream') return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * graphql-jit's errors are GraphQLErrors of its own making, without `extensions` when their cause
 * had none: every error leaves here as graphql-js makes it, so masking, logging and metrics read
 * one kind of error whichever executor ran.
 */
function asGraphQLResult(result: ExecutionResult, document: DocumentNode): ExecutionResult {
  if (!result.errors?.length) return result;
  const source = document.loc?.source;
  let lineStarts: number[] | undefined;
  const errors = result.errors.map(
    (error) =>
      new GraphQLError(error.message, {
        path: error.path,
        // graphql-js gives every field error a cause (a non-null field left null, a value its scalar
        // cannot serialize): masking and the upstream-answer checks (src/schema/errors/) read it.
        originalError: error.originalError ?? (error.path ? new Error(error.message) : undefined),
        extensions: error.extensions ?? error.originalError?.['extensions' as never],
        // graphql-js derives locations from AST nodes, which graphql-jit does not keep. Its own
        // locations become positions in the document's source: yoga writes every error again from
        // its nodes or its source and positions, and would leave out locations given as they are.
        ...(source && error.locations?.length
          ? {
              source,
              positions: error.locations.map(({ line, column }) => {
                lineStarts ??= lineStartsOf(source.body);
                return (lineStarts[line - 1] ?? 0) + column - 1;
              }),
            }
          : {}),
      }),
  );
  return { ...result, errors };
}

/** Where each line of `body` starts; a line ends at \r\n, \r or \n, as graphql's getLocation counts them. */
function lineStartsOf(body: string): number[] {
  const starts = [0];
  for (const lineBreak of body.matchAll(/\r\n|[\n\r]/g)) starts.push(lineBreak.index + lineBreak[0].length);
  return starts;
}

/**
 * `compileAfterRuns`: how many runs an operation has on graphql-js before it is compiled (default
 * 1: it is compiled when it runs a second time). Compiling costs several of its runs, and one-off
 * documents (an exploration in GraphiQL, a stream of made-up queries) never repay it.
 */
export function useCompiledExecution({
  compileAfterRuns = 1,
  onCompiled,
}: {
  compileAfterRuns?: number;
  /** Told of each operation once it is compiled, with the request's context (the fast lane learns it: src/fastLane.ts). */
  onCompiled?: (args: ExecutionArgs, query: CompiledQuery) => void;
} = {}): Plugin {
  const compiled: Compiled = new WeakMap();
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      let documents = compiled.get(args.schema);
      if (!documents) compiled.set(args.schema, (documents = new WeakMap()));
      let operations = documents.get(args.document);
      if (!operations) documents.set(args.document, (operations = new Map()));
      const name = args.operationName ?? '';
      let query: number | CompiledQuery | null | undefined = operations.has(name) ? operations.get(name) : 0;
      if (typeof query === 'number') {
        if (query < compileAfterRuns) return void operations.set(name, query + 1);
        operations.set(name, (query = compile(args.schema, args.document, args.operationName ?? undefined)));
        if (query) onCompiled?.(args, query);
      }
      if (query) {
        const run = query;
        setExecuteFn((execution) => executeCompiled(run, execution, executeFn));
      }
    },
  };
}

/** Runs a compiled operation; `fallback` (graphql-js) words what graphql-jit refuses before anything runs. */
export async function executeCompiled<R>(
  query: CompiledQuery,
  execution: ExecutionArgs,
  fallback: (execution: ExecutionArgs) => R,
): Promise<Awaited<R> | ExecutionResult> {
  const result = await query.query(execution.rootValue, execution.contextValue, execution.variableValues);
  // No data at all: graphql-jit refused the variables before anything ran. graphql-js refuses
  // them again in its own words, which callers and yoga's status codes know.
  return result.data === undefined ? await fallback(execution) : asGraphQLResult(result, execution.document);
}

/**
 * Every list field's items settled: an item whose promise rejects becomes its error as a value.
 * graphql-jit puts a rejected item's null at the end of the list rather than at its index (a page
 * of loaded objects where one fails would close up around the gap); an error value it places
 * right, as graphql-js does both. Run on the schema once, after every other resolver wrapper.
 */
export function settleListItems(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => settled(resolve(source, args, ctx, info));
    }
  }
  return schema;
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as Promise<unknown> | null)?.then === 'function';
}

const asError = (reason: unknown) => (reason instanceof Error ? reason : new Error(String(reason)));

function settled(value: unknown): unknown {
  if (isPromise(value)) return value.then(settled);
  if (!Array.isArray(value)) return value;
  let copy: unknown[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (!isPromise(item) && !Array.isArray(item)) continue;
    copy ??= value.slice();
    copy[i] = isPromise(item) ? item.then(settled, asError) : settled(item);
  }
  return copy ?? value;
}
