import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import { createYoga } from 'graphql-yoga';
import { DEFAULT_METRONOME_LINK, type MetronomeLink } from './config.ts';
import { createContext, type Upstreams } from './context.ts';
import { createAuthenticator, type GatewayAuth } from './auth/authenticate.ts';
import { DEFAULT_LIMITS, limitPlugins, type QueryLimits } from './limits.ts';
import { schema } from './schema/index.ts';
import { logUpstreamFailuresOnce, maskError } from './schema/errors.ts';
import { useCors, type CorsOrigins } from './frontend/cors.ts';
import { useCsrfPrevention } from './frontend/csrf.ts';
import { DOCUMENT_ID_PARAM, persistedOperationPlugins, type PersistedOperations } from './frontend/persisted.ts';
import { useGraphiQLAssets } from './graphiql/assets.ts';
import { graphiqlExamples } from './graphiql/examples.ts';
import { graphiqlOptions, renderGraphiQLPage } from './graphiql/page.ts';
import { useHealthEndpoints } from './observability/health.ts';
import { createLogger, useRequestIds, type Logger } from './observability/log.ts';
import { useInlineTraces } from './traces.ts';

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
}

/** Builds the yoga instance; it holds no process state, so tests build as many as they like. */
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
}: GatewayOptions) {
  const limits = { ...DEFAULT_LIMITS, ...limitOverrides };

  return createYoga({
    schema,
    context: createContext(upstreams, { metronomeLink }, createAuthenticator(auth)),
    graphqlEndpoint: '/graphql',
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
      useRequestIds(logger),
      // /healthz and /readyz, answered before the CORS and CSRF checks.
      useHealthEndpoints({ upstreams, forward: auth.mode === 'forward', logger, draining }),
      useCors(corsOrigins),
      useCsrfPrevention(),
      useGraphiQLAssets(),
      ...persistedOperationPlugins(persistedOperations),
      useDeferStream(),
      ...limitPlugins(limits),
      // Apollo's inline traces (`extensions.ftv1`), only when a router asks with the header
      // `apollo-federation-include-trace: ftv1`; their errors are the response's, already masked.
      useInlineTraces(),
    ],
  });
}
