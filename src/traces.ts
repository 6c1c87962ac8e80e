/**
 * Apollo inline traces (`extensions.ftv1`): per-field timings and errors, as a base64 protobuf
 * `Trace`, for a router that asks with `apollo-federation-include-trace: ftv1`.
 *
 * yoga's plugin (@graphql-yoga/plugin-apollo-inline-trace) wraps every resolver through
 * @envelop/on-resolve, whose wrapper builds a chain of promise-like objects on every field of every
 * request, traced or not. Here a traced request runs on a copy of the schema whose every field
 * (a plain property read included) has a timed resolver; every other request runs on the schema
 * as it is, whose property reads the compiled executor inlines (src/execution.ts), so an untraced
 * request pays nothing. The trace tree is built the same way (Apollo Server's traceTreeBuilder,
 * which yoga's plugin follows).
 */
import { Trace, google } from '@apollo/usage-reporting-protobuf';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema, type ResponsePath } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/** The header a router sends to ask for a trace, and the value it sends. */
const TRACE_HEADER = 'apollo-federation-include-trace';
const TRACE_VALUE = 'ftv1';

/** One traced operation: its tree, nodes by response path, and its start on the monotonic clock. */
class OperationTrace {
  readonly started = process.hrtime.bigint();
  readonly root = new Trace.Node();
  readonly trace = new Trace({ root: this.root, fieldExecutionWeight: 1, startTime: now() });
  private readonly nodes = new Map<string, Trace.Node>([['', this.root]]);

  /** Nanoseconds since the operation started. */
  elapsed(): number {
    return Number(process.hrtime.bigint() - this.started);
  }

  /** The node of a field (or list item), creating it and any missing parents. */
  node(path: ResponsePath): Trace.Node {
    const key = pathKey(path);
    const known = this.nodes.get(key);
    if (known) return known;
    const node = new Trace.Node();
    if (typeof path.key === 'number') node.index = path.key;
    else node.responseName = path.key;
    this.nodes.set(key, node);
    (path.prev ? this.node(path.prev) : this.root).child.push(node);
    return node;
  }

  /** The node of an error's path, or of its nearest traced parent (a non-null field's error lands above it). */
  nearest(path: readonly (string | number)[]): Trace.Node {
    for (let i = path.length; i > 0; i--) {
      const node = this.nodes.get(path.slice(0, i).join('.'));
      if (node) return node;
    }
    return this.root;
  }
}

function pathKey(path: ResponsePath | undefined): string {
  if (!path) return '';
  let key = String(path.key);
  while ((path = path.prev)) key = `${path.key}.${key}`;
  return key;
}

function now(): google.protobuf.Timestamp {
  const ms = Date.now();
  return new google.protobuf.Timestamp({ seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 });
}

/** The operations being traced, by their context (the object every resolver of the operation receives). */
const traces = new WeakMap<object, OperationTrace>();
/** The traced copy of each schema (src/schema/index.ts's is one per process, shared by every gateway built). */
const tracedSchemas = new WeakMap<GraphQLSchema, GraphQLSchema>();
const tracedCopies = new WeakSet<GraphQLSchema>();

/** Whether `schema` is a traced copy, which only traced requests run on. */
export const isTracedCopy = (schema: GraphQLSchema): boolean => tracedCopies.has(schema);

/** `schema`'s copy whose every field's resolver (the default one included) times itself in its request's trace. */
function tracedSchema(schema: GraphQLSchema): GraphQLSchema {
  let copy = tracedSchemas.get(schema);
  if (!copy) {
    copy = mapSchema(schema, {
      [MapperKind.OBJECT_FIELD]: (field) => ({ ...field, resolve: traced((field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, object>) }),
    });
    tracedSchemas.set(schema, copy);
    tracedCopies.add(copy);
  }
  return copy;
}

const traced =
  (resolve: GraphQLFieldResolver<unknown, object>): GraphQLFieldResolver<unknown, object> =>
  (source, args, context, info) => {
    const trace = traces.get(context);
    if (!trace) return resolve(source, args, context, info);
    const node = trace.node(info.path);
    node.type = String(info.returnType);
    node.parentType = info.parentType.name;
    if (typeof info.path.key === 'string' && info.path.key !== info.fieldName) node.originalFieldName = info.fieldName;
    node.startTime = trace.elapsed();
    const end = () => {
      node.endTime = trace.elapsed();
    };
    try {
      const result = resolve(source, args, context, info);
      if (result instanceof Promise) return result.finally(end);
      end();
      return result;
    } catch (error) {
      end();
      throw error;
    }
  };

/**
 * The plugin. A trace's errors are the response's: yoga's maskedErrors (src/schema/errors/toGraphQL.ts)
 * has masked them before `onExecutionResult` sees them.
 */
export function useInlineTraces(): Plugin {
  return {
    onContextBuilding({ context }) {
      const request = (context as { request?: Request }).request;
      if (request?.headers.get(TRACE_HEADER) === TRACE_VALUE) traces.set(context, new OperationTrace());
    },
    onExecute({ args }) {
      // The operation runs on the traced copy: the executor (and a compiled operation, which is
      // compiled for the schema it runs on) then calls every field's resolver.
      if (traces.has(args.contextValue as object)) args.schema = tracedSchema(args.schema);
    },
    onExecutionResult({ context, result, setResult }) {
      const trace = traces.get(context);
      // A streamed result (@defer, @stream) has no single place for a trace: none is sent, as with yoga's plugin.
      if (!trace || !result || isAsyncIterable(result)) return;
      traces.delete(context);
      for (const error of result.errors ?? []) {
        const node = error.path ? trace.nearest(error.path) : trace.root;
        node.error.push(
          new Trace.Error({
            message: error.message,
            location: (error.locations ?? []).map(({ line, column }) => new Trace.Location({ line, column })),
            json: JSON.stringify(error),
          }),
        );
      }
      trace.trace.durationNs = trace.elapsed();
      trace.trace.endTime = now();
      const ftv1 = Buffer.from(Trace.encode(trace.trace).finish()).toString('base64');
      setResult({ ...result, extensions: { ...result.extensions, ftv1 } });
    },
  };
}
