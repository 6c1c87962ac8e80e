/**
 * Prometheus metrics (prom-client): GraphQL operations, errors, requests in flight, upstream
 * attempts, circuit breakers, rate-limit refusals, and Node's process metrics.
 *
 * Each gateway owns its registry (tests build many gateways in one process); Node's process
 * metrics describe the process, so they live in one registry shared by all and are merged in
 * when scraped. No label ever holds an id, a company, a token or a key: operation names are
 * capped, upstream paths are route templates (route.ts), and every other label comes from a
 * fixed set.
 */
import { parse, type DocumentNode, type ExecutionResult } from 'graphql';
import { isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { BreakerState } from '../upstream/core/breaker.ts';
import type { UpstreamError } from '../upstream/errors.ts';
import type { UpstreamHealth } from '../upstream/health.ts';
import { parsedOperation, pathOf, settle } from './wrap.ts';

/** Where the metrics are served (on the public port, or on METRICS_PORT's own server). */
export const METRICS_PATH = '/metrics';

/**
 * Distinct operation names a gateway labels its durations with, besides those of the persisted
 * operations; later names are counted as `other`. A client chooses its operation names, so
 * without a cap a hostile one could grow the series without end.
 */
export const MAX_OPERATION_NAMES = 100;

/** Seconds: from a cached one-call query to a slow page of writes. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const BREAKER_STATES: readonly BreakerState[] = ['closed', 'open', 'half_open'];

/** `extensions.code` values are ours (SCREAMING_CASE); anything else is one label, not many. */
const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/** One upstream attempt as the HTTP core's observer saw it (src/observability/upstream.ts). */
export interface UpstreamAttempt {
  upstream: string;
  method: string;
  /** A route template, never a raw path. */
  route: string;
  attempt: number;
  status: number | undefined;
  error: UpstreamError | undefined;
  seconds: number;
}

let processRegistry: Registry | undefined;

/** Node's process metrics (CPU, memory, heap, event loop lag, GC), collected once per process. */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

export class GatewayMetrics {
  readonly registry = new Registry();
  /** Operation names that get their own label: the persisted operations', then the first ones seen. */
  private readonly named = new Set<string>();
  private readonly persistedNames = new Set<string>();
  /** The operation each operation's context turned out to run (set once it is parsed). */
  private readonly operations = new WeakMap<object, { name: string; type: string }>();

  private readonly operationDuration = new Histogram({
    name: 'gateway_graphql_operation_duration_seconds',
    help: 'GraphQL operations from receipt to result, by operation name (capped; `anonymous` without one, `other` beyond the cap) and type',
    labelNames: ['operation', 'type'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'gateway_graphql_errors_total',
    help: 'GraphQL errors sent to callers, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly inFlight = new Gauge({
    name: 'gateway_http_requests_in_flight',
    help: 'HTTP requests being handled (metrics scrapes left out)',
    registers: [this.registry],
  });
  private readonly upstreamDuration = new Histogram({
    name: 'gateway_upstream_request_duration_seconds',
    help: 'Upstream attempts (each retry is one), by vendor, method, route template and status class (2xx..5xx, or the failure: timeout, connection, aborted)',
    labelNames: ['vendor', 'method', 'route', 'status_class'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  private readonly retries = new Counter({
    name: 'gateway_upstream_retries_total',
    help: 'Upstream attempts that were retries of a failed one, by vendor',
    labelNames: ['vendor'] as const,
    registers: [this.registry],
  });
  private readonly rateLimitedUpstream = new Counter({
    name: 'gateway_upstream_rate_limited_total',
    help: 'Upstream answers with status 429, by vendor',
    labelNames: ['vendor'] as const,
    registers: [this.registry],
  });
  private readBreakers: () => UpstreamHealth[] = () => [];
  private readonly refusals = new Counter({
    name: 'gateway_rate_limit_refusals_total',
    help: "Requests refused by the gateway's own rate limiter",
    registers: [this.registry],
  });

  constructor() {
    const breakers = new Gauge({
      name: 'gateway_upstream_circuit_breaker_state',
      help: 'Circuit breaker state per vendor: 1 for the current state (closed, open, half_open), 0 for the others',
      labelNames: ['vendor', 'state'] as const,
      registers: [this.registry],
      collect: () => {
        for (const health of this.readBreakers()) {
          for (const state of BREAKER_STATES) breakers.set({ vendor: health.upstream, state }, health.state === state ? 1 : 0);
        }
      },
    });
  }

  /** Counts one request refused by the gateway's rate limiter. */
  rateLimited(): void {
    this.refusals.inc();
  }

  /** Records one upstream attempt; one refused by an open circuit breaker was never sent, and is left out. */
  upstreamAttempt({ upstream, method, route, attempt, status, error, seconds }: UpstreamAttempt): void {
    if (error?.kind === 'circuit_open') return;
    const statusClass = status !== undefined ? `${Math.floor(status / 100)}xx` : (error?.kind ?? 'unknown');
    this.upstreamDuration.observe({ vendor: upstream, method, route, status_class: statusClass }, seconds);
    if (attempt > 1) this.retries.inc({ vendor: upstream });
    if (status === 429) this.rateLimitedUpstream.inc({ vendor: upstream });
  }

  /** Where each upstream's circuit breaker state is read at each scrape (the last call wins). */
  watchBreakers(read: () => UpstreamHealth[]): void {
    this.readBreakers = read;
  }

  /** The persisted operations' documents: their operation names always get their own label, beyond the cap. */
  allowOperations(documents: Iterable<string>): void {
    for (const text of documents) {
      let document: DocumentNode;
      try {
        document = parse(text);
      } catch {
        continue; // never runs either: its requests fail at parse, labelled `anonymous`
      }
      for (const definition of document.definitions) {
        if (definition.kind === 'OperationDefinition' && definition.name) this.persistedNames.add(definition.name.value);
      }
    }
  }

  /** The Prometheus text of this gateway's metrics and the process's. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    const both = Registry.merge([this.registry, processMetrics()]);
    return { contentType: both.contentType, body: await both.metrics() };
  }

  /** An operation name as a label: its own while under the cap, `other` beyond it, `anonymous` without one. */
  private operationLabel(name: string | undefined): string {
    if (!name) return 'anonymous';
    if (this.persistedNames.has(name) || this.named.has(name)) return name;
    if (this.named.size >= MAX_OPERATION_NAMES) return 'other';
    this.named.add(name);
    return name;
  }

  /** One HTTP request is being handled (metrics scrapes left out), until `requestEnded`. */
  requestStarted(): void {
    this.inFlight.inc();
  }

  requestEnded(): void {
    this.inFlight.dec();
  }

  /** One operation ran: its name (`''` for none; undefined when it never parsed), type and duration. */
  operationDone(name: string | undefined, type: string | undefined, seconds: number): void {
    this.operationDuration.observe({ operation: this.operationLabel(name), type: type ?? 'unknown' }, seconds);
  }

  /** Counts the errors sent to a caller (of a result, a batch's results, or one part of a stream), by code. */
  countErrors(result: unknown): void {
    for (const one of Array.isArray(result) ? result : [result]) {
      const { errors, incremental } = (one ?? {}) as ExecutionResult & { incremental?: { errors?: ExecutionResult['errors'] }[] };
      for (const error of [...(errors ?? []), ...(incremental ?? []).flatMap((part) => part.errors ?? [])]) {
        const code = error.extensions?.code;
        this.errors.inc({ code: typeof code === 'string' ? (CODE.test(code) ? code : 'OTHER') : 'NONE' });
      }
    }
  }

  /**
   * The yoga plugin: requests in flight, operation durations, errors by code, and, with
   * `serve`, `GET /metrics` on the gateway's own port.
   */
  plugin({ serve }: { serve: boolean }): Plugin {
    return {
      onRequest: serve
        ? ({ request, endResponse, fetchAPI }) => {
            // Synchronous for every other request: an async hook is a promise yoga waits for.
            if (request.method !== 'GET' || pathOf(request.url) !== METRICS_PATH) return;
            return this.scrape().then(({ contentType, body }) => endResponse(new fetchAPI.Response(body, { headers: { 'content-type': contentType } })));
          }
        : undefined,
      instrumentation: {
        request: ({ request }, wrapped) => {
          if (pathOf(request.url) === METRICS_PATH) return wrapped();
          this.requestStarted();
          return settle(wrapped, () => this.requestEnded());
        },
        operation: ({ context }, wrapped) => {
          const started = performance.now();
          return settle(wrapped, () => {
            const operation = this.operations.get(context);
            this.operationDone(operation?.name, operation?.type, (performance.now() - started) / 1000);
          });
        },
      },
      onParse:
        () =>
        ({ result, context }) => {
          const operation = parsedOperation(result, context);
          if (operation) this.operations.set(context, { name: operation.name?.value ?? '', type: operation.operation });
        },
      onResultProcess: ({ result, setResult }) => {
        if (isAsyncIterable(result)) {
          setResult(
            mapAsyncIterator(result, (part) => {
              this.countErrors(part);
              return part;
            }),
          );
        } else {
          this.countErrors(result);
        }
      },
    };
  }
}
