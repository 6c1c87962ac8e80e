import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import type { Tracer } from '@opentelemetry/api';
import { createYoga, useReadinessCheck, type Plugin } from 'graphql-yoga';
import { DEFAULT_METRONOME_LINK, type MetronomeLink } from './config.ts';
import { createContext, type Upstreams } from './context.ts';
import { createAuthenticator, oncePerRequest, type GatewayAuth } from './auth/authenticate.ts';
import { UpstreamError } from './upstream/errors.ts';
import { DEFAULT_LIMITS, limitPlugins, type QueryLimits } from './limits.ts';
import type { UpstreamHealth } from './upstream/health.ts';
import { schema } from './schema/index.ts';
import { logUpstreamFailuresOnce, maskError } from './schema/errors.ts';
import { useCors, type CorsOrigins } from './frontend/cors.ts';
import { useCsrfPrevention } from './frontend/csrf.ts';
import { DOCUMENT_ID_PARAM, persistedOperationPlugins, type PersistedOperations } from './frontend/persisted.ts';
import { useGraphiQLAssets } from './graphiql/assets.ts';
import { graphiqlExamples } from './graphiql/examples.ts';
import { graphiqlOptions, renderGraphiQLPage } from './graphiql/page.ts';
import { useJsonParameterErrors, useStreamArguments } from './requestChecks.ts';
import { useInlineTraces } from './traces.ts';
import { GatewayMetrics } from './observability/metrics.ts';
import { useTracing } from './observability/tracing.ts';
import { pathOf } from './observability/wrap.ts';
import { apqRegistrations } from './shared/apq.ts';
import { useCacheControl } from './shared/cacheControl.ts';
import { CatalogueCache, useFreshReadsInMutations } from './shared/catalogue.ts';
import { SharedState, type RateLimitSettings } from './shared/index.ts';
import { useRateLimit } from './shared/rateLimit.ts';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface GatewayOptions {
  upstreams: Upstreams;
  /** How a Schematic company finds its Metronome customer; default `key:metronome_customer_id`. */
  metronomeLink?: MetronomeLink;
  logger?: Logger;
  /** Query limits; each one left out takes its default (src/limits.ts). */
  limits?: Partial<QueryLimits>;
  /** How long a readiness answer is reused, so probes do not spend the vendors' rate limits. */
  readinessCacheMs?: number;
  /** How callers are checked (`AUTH_MODE`, src/auth/authenticate.ts); default `{ mode: 'none' }`, no caller auth. */
  auth?: GatewayAuth;
  /** Browser origins allowed cross-origin (`CORS_ORIGINS`); default `[]`, none. */
  corsOrigins?: CorsOrigins;
  /** A persisted-operations manifest, and whether only its operations run; default none (APQ on). */
  persistedOperations?: PersistedOperations;
  /** GraphiQL: the headers its tabs start with (e.g. a development token); default none. */
  graphiql?: { headers?: Record<string, string> };
  /**
   * This gateway's metrics (src/observability/metrics.ts); default a new set. Pass the one the
   * upstream clients' observer records into (src/observability/upstream.ts) to see their calls too.
   */
  metrics?: GatewayMetrics;
  /** Serve `GET /metrics` on this gateway's port; default true (false when `METRICS_PORT` moves it). */
  serveMetrics?: boolean;
  /** Set when tracing is on (src/observability/sdk.ts): requests and operations get spans. Default none. */
  tracer?: Tracer;
  /**
   * What this gateway shares with its other replicas (src/shared/): APQ registrations, the
   * catalogue cache and rate limits, in Redis, or by default in a memory of its own (one replica).
   */
  shared?: SharedState;
  /** Seconds the catalogue cache keeps an entry (`CACHE_TTL_SECONDS`; its default is 60); here default 0: off. */
  cacheTtlSeconds?: number;
  /** Per-caller rate limits (`RATE_LIMIT_*`); default none. */
  rateLimit?: RateLimitSettings;
}

const READINESS_PATH = '/readyz';

/**
 * `plugin`, its `onRequest` only for requests to `path`: yoga's readiness check matches every
 * other request against a URLPattern (Node 20 has none: the polyfill's, 1% of a single credit's CPU).
 */
function onPath(path: string, plugin: Plugin): Plugin {
  const { onRequest } = plugin;
  return { ...plugin, onRequest: onRequest && ((payload) => (pathOf(payload.request.url) === path ? onRequest(payload) : undefined)) };
}

/** Builds the yoga instance; it holds no process state, so tests build as many as they like. */
export function createGateway({
  upstreams,
  metronomeLink = DEFAULT_METRONOME_LINK,
  logger = console,
  limits: limitOverrides = {},
  readinessCacheMs = 5_000,
  auth = { mode: 'none' },
  corsOrigins = [],
  persistedOperations,
  graphiql: graphiqlSettings = {},
  metrics = new GatewayMetrics(),
  serveMetrics = true,
  tracer,
  shared = new SharedState(),
  cacheTtlSeconds = 0,
  rateLimit,
}: GatewayOptions) {
  const limits = { ...DEFAULT_LIMITS, ...limitOverrides };
  metrics.watchBreakers(() => [upstreams.schematic.health(), upstreams.metronome.health()]);
  if (persistedOperations?.manifest) metrics.allowOperations(Object.values(persistedOperations.manifest));
  const callerOf = oncePerRequest(createAuthenticator(auth));
  const catalogue =
    cacheTtlSeconds > 0
      ? new CatalogueCache({
          store: shared.store,
          ttlSeconds: cacheTtlSeconds,
          namespace: shared.namespace,
          logger,
          onLookup: (lookup) => shared.cacheLookups.emit(lookup),
        })
      : undefined;
  const rateLimiter =
    rateLimit &&
    useRateLimit(rateLimit, {
      store: shared.store,
      namespace: shared.namespace,
      callerOf,
      onRefused: (refusal) => {
        metrics.rateLimited();
        shared.rateLimitRefusals.emit(refusal);
      },
    });
  let readiness: { at: number; ok: Promise<boolean> } | undefined;
  /** One cheap read; false (and a warning naming the upstream) when it fails or its circuit breaker is open. */
  const probe = (health: UpstreamHealth, read: (signal: AbortSignal) => Promise<unknown>) => {
    if (health.state === 'open') {
      logger.warn(`readiness: ${health.upstream} circuit breaker open (${health.consecutiveFailures} failures in a row)`);
      return Promise.resolve(false);
    }
    return Promise.resolve()
      .then(() => read(AbortSignal.timeout(3_000)))
      .then(() => true)
      .catch((error: unknown) => {
        // In forward mode the gateway holds no credential: an upstream that answers 401 is reachable.
        if (auth.mode === 'forward' && error instanceof UpstreamError && error.kind === 'unauthorized') return true;
        logger.warn(`readiness: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      });
  };
  // Both upstreams, in parallel: ready only when each answers.
  const checkUpstreams = () =>
    Promise.all([
      probe(upstreams.schematic.health(), (signal) => upstreams.schematic.credits.count({}, { signal })),
      probe(upstreams.metronome.health(), (signal) => upstreams.metronome.pricingUnits.list({ limit: 1 }, { signal })),
    ]).then((results) => results.every(Boolean));

  return createYoga({
    schema,
    context: createContext(upstreams, { metronomeLink }, callerOf, catalogue),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    // GraphiQL from the gateway's own assets (src/graphiql/), opening on the curated examples.
    graphiql: graphiqlOptions({ title: 'credits-gateway', examples: graphiqlExamples, headers: graphiqlSettings.headers }),
    renderGraphiQL: renderGraphiQLPage,
    cors: false, // our own CORS plugin below (src/frontend/cors.ts says why)
    extraParamNames: [DOCUMENT_ID_PARAM],
    maskedErrors: { maskError },
    logging: logUpstreamFailuresOnce(logger),
    batching: { limit: limits.maxBatch },
    // QUERY_MAX_BODY_BYTES is enforced by limits.ts, without yoga's copy of every body through a stream.
    maxRequestBodySize: false,
    plugins: [
      // First, so requests in flight and spans cover every other plugin's work.
      metrics.plugin({ serve: serveMetrics }),
      ...(tracer ? [useTracing(tracer)] : []),
      useCors(corsOrigins),
      useCsrfPrevention(),
      useGraphiQLAssets(),
      useJsonParameterErrors(),
      // Counted once the request is parsed (a batch counts each operation), before anything runs.
      ...(rateLimiter ? [rateLimiter] : []),
      ...persistedOperationPlugins(persistedOperations, apqRegistrations(shared.store)),
      useFreshReadsInMutations,
      // No caller auth: every caller gets the same answer, which a shared cache may keep.
      useCacheControl({ maxAgeSeconds: cacheTtlSeconds, scope: auth.mode === 'none' ? 'public' : 'private' }),
      useDeferStream(),
      useStreamArguments(),
      ...limitPlugins(limits),
      // Apollo's inline traces (`extensions.ftv1`), only when a router asks with the header
      // `apollo-federation-include-trace: ftv1`; their errors are the response's, already masked.
      useInlineTraces(),
      onPath(
        READINESS_PATH,
        useReadinessCheck({
          endpoint: READINESS_PATH,
          check: () => {
            if (!readiness || Date.now() - readiness.at > readinessCacheMs) {
              readiness = { at: Date.now(), ok: checkUpstreams() };
            }
            return readiness.ok;
          },
        }),
      ),
    ],
  });
}
