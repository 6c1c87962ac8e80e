import { readFileSync } from 'node:fs';
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import { DEFAULT_METRONOME_LINK, type MetronomeLink } from './config.ts';
import { createContext, type Upstreams } from './context.ts';
import { DEFAULT_LIMITS, limitPlugins, type QueryLimits } from './limits.ts';
import type { UpstreamHealth } from './upstream/health.ts';
import { schema } from './schema/index.ts';
import { maskError } from './schema/errors.ts';

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
}

/** The operation GraphiQL opens with: a walk from credits to grants, companies and balances. */
const defaultQuery = readFileSync(new URL('../schema/operations/CreditOverview.graphql', import.meta.url), 'utf8');

/** Builds the yoga instance; it holds no process state, so tests build as many as they like. */
export function createGateway({
  upstreams,
  metronomeLink = DEFAULT_METRONOME_LINK,
  logger = console,
  limits: limitOverrides = {},
  readinessCacheMs = 5_000,
}: GatewayOptions) {
  const limits = { ...DEFAULT_LIMITS, ...limitOverrides };
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
    context: createContext(upstreams, { metronomeLink }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    graphiql: { title: 'credits-gateway', defaultQuery },
    maskedErrors: { maskError },
    logging: logger,
    batching: { limit: limits.maxBatch },
    plugins: [
      ...limitPlugins(limits),
      useReadinessCheck({
        endpoint: '/readyz',
        check: () => {
          if (!readiness || Date.now() - readiness.at > readinessCacheMs) {
            readiness = { at: Date.now(), ok: checkUpstreams() };
          }
          return readiness.ok;
        },
      }),
    ],
  });
}
