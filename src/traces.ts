/**
 * Apollo inline traces (`extensions.ftv1`): per-field timings and errors, as a base64 protobuf
 * `Trace`, for a router that asks with `apollo-federation-include-trace: ftv1`.
 *
 * yoga's plugin (@graphql-yoga/plugin-apollo-inline-trace) wraps every resolver through
 * @envelop/on-resolve, whose wrapper builds a chain of promise-like objects on every field of every
 * request, traced or not. Here each resolver is wrapped once, and for a request without the
 * header the wrapper is one WeakMap lookup before calling the resolver, so an untraced request
 * pays next to nothing. The trace tree
 * is built the same way (Apollo Server's traceTreeBuilder, which yoga's plugin follows).
 */
import { Trace, google } from '@apollo/usage-reporting-protobuf';
import {
  defaultFieldResolver,
  isIntrospectionType,
  isObjectType,
  type GraphQLFieldResolver,
  type ResponsePath,
} from 'graphql';
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
/** The resolvers already wrapped: the schema is one per process (src/schema/index.ts), shared by every gateway built. */
const wrapped = new WeakSet<GraphQLFieldResolver<unknown, unknown>>();

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
    onSchemaChange({ schema }) {
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || isIntrospectionType(type)) continue;
        for (const field of Object.values(type.getFields())) {
          if (field.resolve && wrapped.has(field.resolve)) continue;
          field.resolve = traced((field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, object>);
          wrapped.add(field.resolve);
        }
      }
    },
    onContextBuilding({ context }) {
      const request = (context as { request?: Request }).request;
      if (request?.headers.get(TRACE_HEADER) === TRACE_VALUE) traces.set(context, new OperationTrace());
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
