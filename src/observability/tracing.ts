/**
 * OpenTelemetry spans, through the OpenTelemetry API only (the SDK is started by sdk.ts, and only
 * when an OTLP endpoint is configured; without it none of this is installed):
 *
 *   POST /graphql                      server span; continues the caller's W3C traceparent/tracestate
 *   └─ query GrantsWithLinks           one per operation (a batched request has several)
 *      ├─ graphql.parse
 *      ├─ graphql.validate
 *      └─ graphql.execute
 *         └─ GET /billing/credits/grants/list   one client span per upstream attempt (upstream.ts),
 *                                                whose traceparent goes to the vendor
 *
 * The GraphQL spans hang on yoga's `instrumentation` wrappers, which run each phase of a request
 * inside the span's context, so what a resolver calls is a child of the operation. Chosen over
 * @envelop/opentelemetry (one execute span only, and the 1.x tracing SDK as a dependency) and
 * @graphql-hive/plugin-opentelemetry (built for Hive Gateway: it loads the gateway runtime).
 */
import {
  context,
  createContextKey,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
  type TextMapGetter,
  type Tracer,
} from '@opentelemetry/api';
import type { GraphQLError, OperationDefinitionNode } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { AttemptStart } from '../upstream/core/observer.ts';
import type { UpstreamError } from '../upstream/errors.ts';
import { parsedOperation, pathOf, settle } from './wrap.ts';

/** Only GraphQL requests are traced: probes and GraphiQL's assets would bury them. */
const TRACED_PATH = '/graphql';

/** The operation's span, kept in the context so hooks below it can name it once it is parsed. */
const OPERATION_SPAN = createContextKey('credits-gateway graphql operation span');

const headerGetter: TextMapGetter<Headers> = {
  get: (headers, key) => headers.get(key) ?? undefined,
  keys: (headers) => [...headers.keys()],
};

/**
 * A GraphQL request's server span, continuing the caller's W3C traceparent/tracestate read from
 * `carrier` (a Fetch request's Headers, or Node's request headers for the fast lane), and the
 * context it continues.
 */
export function startRequestSpan<C>(tracer: Tracer, method: string, carrier: C, getter: TextMapGetter<C>): { span: Span; parent: Context } {
  const parent = propagation.extract(ROOT_CONTEXT, carrier, getter);
  const span = tracer.startSpan(
    `${method} ${TRACED_PATH}`,
    {
      kind: SpanKind.SERVER,
      // No query string: a GET carries the operation's variables there.
      attributes: { 'http.request.method': method, 'http.route': TRACED_PATH, 'url.path': TRACED_PATH },
    },
    parent,
  );
  return { span, parent };
}

/** Names an operation's span after the operation (`query GrantsWithLinks`), with its type and name. */
export function nameOperationSpan(span: Span, operation: OperationDefinitionNode): void {
  const name = operation.name?.value;
  span.updateName(name ? `${operation.operation} ${name}` : operation.operation);
  span.setAttribute('graphql.operation.type', operation.operation);
  if (name) span.setAttribute('graphql.operation.name', name);
}

/** Marks an operation's span failed with its result's error codes, when it has errors. */
export function recordOperationErrors(span: Span, errors: readonly GraphQLError[] | undefined): void {
  if (!errors?.length) return;
  const codes = [...new Set(errors.map((error) => String(error.extensions?.code ?? 'NONE')))];
  span.setAttribute('graphql.error.codes', codes);
  span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(', ') });
}

/** The answer's status on the request's server span (a failure from 500 on). */
export function recordResponseStatus(span: Span, status: number): void {
  span.setAttribute('http.response.status_code', status);
  if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
}

/** Runs `run` inside `span`'s context and ends the span when it settles, marking a failure. */
export function within<T>(span: Span, parent: ReturnType<typeof context.active>, run: () => T): T {
  return settle(
    () => context.with(trace.setSpan(parent, span), run),
    (error) => {
      if (error !== undefined) failed(span, error);
      span.end();
    },
  );
}

function failed(span: Span, error: unknown): void {
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
}

/** Spans for each GraphQL request, operation, and its parse, validate and execute phases. */
export function useTracing(tracer: Tracer): Plugin {
  const serverSpans = new WeakMap<Request, Span>();
  const phase =
    (name: string) =>
    <T>(_payload: unknown, wrapped: () => T): T =>
      within(tracer.startSpan(name), context.active(), wrapped);
  return {
    instrumentation: {
      request: ({ request }, wrapped) => {
        if (pathOf(request.url) !== TRACED_PATH) return wrapped();
        const { span, parent } = startRequestSpan(tracer, request.method, request.headers, headerGetter);
        serverSpans.set(request, span);
        return within(span, parent, wrapped);
      },
      operation: (_payload, wrapped) => {
        const parent = context.active();
        const span = tracer.startSpan('GraphQL Operation', {}, parent);
        return within(span, parent.setValue(OPERATION_SPAN, span), wrapped);
      },
      parse: phase('graphql.parse'),
      validate: phase('graphql.validate'),
      execute: phase('graphql.execute'),
    },
    onParse:
      () =>
      ({ result, context: graphqlContext }) => {
        const span = context.active().getValue(OPERATION_SPAN) as Span | undefined;
        const operation = parsedOperation(result, graphqlContext);
        if (span && operation) nameOperationSpan(span, operation);
      },
    onExecutionResult: ({ result }) => {
      const span = context.active().getValue(OPERATION_SPAN) as Span | undefined;
      if (span && result && !isAsyncIterable(result)) recordOperationErrors(span, result.errors);
    },
    onResponse: ({ request, response }) => {
      const span = serverSpans.get(request);
      if (span) recordResponseStatus(span, response.status);
    },
  };
}

/** Why an attempt is a retry: the previous attempt's failure, e.g. `server 503`, `timeout`. */
function retryReason(error: UpstreamError): string {
  return error.status === undefined ? error.kind : `${error.kind} ${error.status}`;
}

/**
 * A client span for one upstream attempt, child of the active span (the operation's execute
 * phase), and the `traceparent`/`tracestate` headers that carry it to the vendor.
 */
export function startAttemptSpan(tracer: Tracer, start: AttemptStart, route: string): { span: Span; headers: Record<string, string> } {
  const parent = context.active();
  const span = tracer.startSpan(
    `${start.method} ${route}`,
    {
      kind: SpanKind.CLIENT,
      attributes: {
        'http.request.method': start.method,
        'url.template': route,
        'credits_gateway.upstream': start.upstream,
        'credits_gateway.attempt': start.attempt,
        'credits_gateway.breaker_state': start.breaker,
        ...(start.attempt > 1 ? { 'http.request.resend_count': start.attempt - 1 } : {}),
        ...(start.retryOf ? { 'credits_gateway.retry_reason': retryReason(start.retryOf) } : {}),
      },
    },
    parent,
  );
  const headers: Record<string, string> = {};
  propagation.inject(trace.setSpan(parent, span), headers);
  return { span, headers };
}

/** Ends an attempt's span with its status, or its failure's kind (never the vendor's message: it may quote ids). */
export function endAttemptSpan(span: Span, status: number | undefined, error: UpstreamError | undefined): void {
  if (status !== undefined) span.setAttribute('http.response.status_code', status);
  if (error) {
    span.setAttribute('error.type', error.kind);
    span.setStatus({ code: SpanStatusCode.ERROR, message: retryReason(error) });
  }
  span.end();
}
