import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import type { Tracer } from '@opentelemetry/api';
import { createYoga } from 'graphql-yoga';
import { DEFAULT_METRONOME_LINK, type MetronomeLink } from './config.ts';
import { createContext, type Upstreams } from './context.ts';
import { useCompiledExecution } from './execution.ts';
import { FastLane } from './fastLane.ts';
import { createAuthenticator, oncePerRequest, type GatewayAuth } from './auth/authenticate.ts';
import { DEFAULT_LIMITS, limitPlugins, type QueryLimits } from './limits.ts';
import { schema, tenantLinks } from './schema/index.ts';
import { logUpstreamFailuresOnce, maskError, useFailureRequests } from './schema/errors/toGraphQL.ts';
import { corsPolicy, useCors, type CorsOrigins } from './frontend/cors.ts';
import { useCsrfPrevention } from './frontend/csrf.ts';
import { DOCUMENT_ID_PARAM, lookupIn, persistedOperationPlugins, type PersistedOperations } from './frontend/persisted.ts';
import { useGraphiQLAssets } from './graphiql/assets.ts';
import { graphiqlExamples } from './graphiql/examples.ts';
import { graphiqlOptions, renderGraphiQLPage } from './graphiql/page.ts';
import { useJsonParameterErrors, useStreamArguments } from './requestChecks.ts';
import { useHealthEndpoints } from './observability/health.ts';
import { createLogger, useRequestIds, type Logger } from './observability/log.ts';
import { useInlineTraces } from './traces.ts';
import { GatewayMetrics } from './observability/metrics.ts';
import { useTracing } from './observability/tracing.ts';
import { apqRegistrations } from './shared/apq.ts';
import { useCacheControl } from './shared/cacheControl.ts';
import { CatalogueCache, useFreshReadsInMutations } from './shared/catalogue.ts';
import { SharedState, type RateLimitSettings } from './shared/index.ts';
import { createRateLimit, useRateLimit } from './shared/rateLimit.ts';

export interface GatewayOptions {
  upstreams: Upstreams;
  /** How a Schematic company finds its Metronome customer; default `key:metronome_customer_id`. */
  metronomeLink?: MetronomeLink;
  /** Default: JSON lines on stdout at info level (src/observability/log.ts). */
  logger?: Logger;
  /** Query limits; each one left out takes its default (src/limits.ts). */
  limits?: Partial<QueryLimits>;
  /** Aborted when the process starts draining (SIGTERM): `/readyz` answers 503 from then on. */
  draining?: AbortSignal;
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
  /** Runs an operation has on graphql-js before it is compiled (src/execution.ts); default 1. */
  compileAfterRuns?: number;
}

/**
 * Builds the yoga instance, with the Node request listener to serve it by (`nodeListener`: the
 * fast lane in front of yoga, src/fastLane.ts). It holds no process state, so tests build as many
 * as they like; `yoga.fetch` runs every request through yoga.
 */
export function createGateway({
  upstreams,
  metronomeLink = DEFAULT_METRONOME_LINK,
  logger = createLogger(),
  limits: limitOverrides = {},
  draining,
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
  compileAfterRuns,
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
  const limitRate =
    rateLimit &&
    createRateLimit(rateLimit, {
      store: shared.store,
      namespace: shared.namespace,
      callerOf,
      onRefused: (refusal) => {
        metrics.rateLimited();
        shared.rateLimitRefusals.emit(refusal);
      },
    });

  const context = createContext(upstreams, { metronomeLink, tenantLinks }, callerOf, catalogue);
  const failures = logUpstreamFailuresOnce(logger);
  // No caller auth: every caller gets the same answer, which a shared cache may keep.
  const cacheControl = { maxAgeSeconds: cacheTtlSeconds, scope: auth.mode === 'none' ? ('public' as const) : ('private' as const) };
  // Created below, once there is a yoga to hand requests to; yoga's compiled-execution plugin tells it what it compiles.
  let fastLane: FastLane | undefined;
  const yoga = createYoga({
    schema,
    context,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // GraphiQL from the gateway's own assets (src/graphiql/), opening on the curated examples.
    graphiql: graphiqlOptions({ title: 'credits-gateway', examples: graphiqlExamples, headers: graphiqlSettings.headers }),
    renderGraphiQL: renderGraphiQLPage,
    cors: false, // our own CORS plugin below (src/frontend/cors.ts says why)
    extraParamNames: [DOCUMENT_ID_PARAM],
    maskedErrors: { maskError },
    logging: failures,
    batching: { limit: limits.maxBatch },
    // QUERY_MAX_BODY_BYTES is enforced by limits.ts, without yoga's copy of every body through a stream.
    maxRequestBodySize: false,
    plugins: [
      // First, so requests in flight and spans cover every other plugin's work.
      metrics.plugin({ serve: serveMetrics }),
      ...(tracer ? [useTracing(tracer)] : []),
      useRequestIds(logger),
      // /healthz and /readyz, answered before the CORS and CSRF checks.
      useHealthEndpoints({ upstreams, forward: auth.mode === 'forward', logger, draining }),
      useCors(corsOrigins),
      useCsrfPrevention(),
      useGraphiQLAssets(),
      useJsonParameterErrors(),
      // Counted once the request is parsed (a batch counts each operation), before anything runs.
      ...(limitRate ? [useRateLimit(limitRate)] : []),
      ...persistedOperationPlugins(persistedOperations, apqRegistrations(shared.store)),
      useFreshReadsInMutations,
      useCacheControl(cacheControl),
      useDeferStream(),
      useStreamArguments(),
      ...limitPlugins(limits),
      // Apollo's inline traces (`extensions.ftv1`), only when a router asks with the header
      // `apollo-federation-include-trace: ftv1`; their errors are the response's, already masked.
      useInlineTraces(),
      // After every plugin that may rewrite an operation's errors, before yoga masks and logs them:
      // each failure's line says which request it was written for.
      useFailureRequests,
      // Last: the operation runs compiled once every check above has passed (src/execution.ts).
      // Each compiled query is learned by the fast lane, which answers its next requests.
      useCompiledExecution({ compileAfterRuns, onCompiled: (args, query) => fastLane?.learn(args, query) }),
    ],
  });
  // Known operations skip yoga (src/fastLane.ts), which answers everything else.
  fastLane = new FastLane({
    yoga: (req, res) => void yoga(req, res),
    context,
    callerOf,
    limits,
    metrics,
    logger,
    failures,
    cors: corsPolicy(corsOrigins),
    rateLimit: limitRate,
    persisted: { lookup: lookupIn(persistedOperations?.manifest), only: persistedOperations?.only ?? false },
    cacheControl,
    tracer,
  });
  return Object.assign(yoga, { nodeListener: fastLane.listener, fastLane });
}
