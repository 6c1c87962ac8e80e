/**
 * Process lifecycle only: read config, start a sandbox for each upstream without
 * credentials, build the gateway, listen, and shut down cleanly on SIGINT/SIGTERM.
 */
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigError, loadConfig, type Config, type HttpSettings } from './config.ts';
import { createLogger } from './observability/log.ts';
import { createGateway } from './server.ts';
import { describeAuth, gatewayAuth } from './auth/setup.ts';
import { MetronomeClient } from './upstream/metronome/client.ts';
import type { BreakerState } from './upstream/core/breaker.ts';
import { retryPolicy } from './upstream/core/retry.ts';
import { SchematicClient } from './upstream/schematic/client.ts';
import { guardProcess } from './processGuard.ts';
import { GatewayMetrics } from './observability/metrics.ts';
import { upstreamObserver } from './observability/upstream.ts';
import { startMetricsServer } from './observability/server.ts';
import { accountFingerprint } from './shared/catalogue.ts';
import { SharedState } from './shared/index.ts';
import { redactRedisUrl } from './shared/redis.ts';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  createLogger({ format: process.stderr.isTTY ? 'pretty' : 'json', destination: 2 }).fatal(`configuration error: ${error.message}`);
  process.exit(1);
}

// JSON lines for a log shipper; readable lines for a person at a terminal.
const logger = createLogger({ level: config.log.level, format: config.log.format ?? (process.stdout.isTTY ? 'pretty' : 'json') });
const log = (message: string) => logger.info(message);

const closers: (() => Promise<void>)[] = [];

const metrics = new GatewayMetrics();
// Loaded only here: without an OTLP endpoint the tracing SDK is never loaded and no span is made.
const tracing = config.tracing ? (await import('./observability/sdk.ts')).startTracing(logger) : undefined;
if (config.tracing) log(`tracing: spans exported over OTLP/HTTP to ${config.tracing.endpoint}`);
const observer = upstreamObserver({ metrics, tracer: tracing?.tracer });

async function schematicUpstream() {
  if (config.schematic.mode === 'remote') {
    log(`Schematic: ${config.schematic.url} (real API, key from SCHEMATIC_API_KEY)`);
    return { baseUrl: config.schematic.url, apiKey: config.schematic.credential };
  }
  if (config.schematic.mode === 'forwarded') {
    // No key of its own: each request's X-Schematic-Api-Key is sent instead (src/auth/upstreams.ts).
    log(`Schematic: ${config.schematic.url} (real API, each caller's own X-Schematic-Api-Key: AUTH_MODE=forward)`);
    return { baseUrl: config.schematic.url, apiKey: '' };
  }
  // Loaded only here: a gateway on the real APIs never carries the sandbox's code and seed.
  const { startSchematicSandbox } = await import('./sandbox/schematic/server.ts');
  const sandbox = await startSchematicSandbox({ host: '127.0.0.1', port: 0 });
  closers.push(() => sandbox.close());
  log(`Schematic: embedded sandbox at ${sandbox.url} (seeded demo data; set SCHEMATIC_API_KEY for the real API)`);
  return { baseUrl: sandbox.url, apiKey: 'sandbox' };
}

async function metronomeUpstream() {
  if (config.metronome.mode === 'remote') {
    log(`Metronome: ${config.metronome.url} (real API, token from METRONOME_BEARER_TOKEN)`);
    return { baseUrl: config.metronome.url, token: config.metronome.credential };
  }
  if (config.metronome.mode === 'forwarded') {
    log(`Metronome: ${config.metronome.url} (real API, each caller's own Metronome token: AUTH_MODE=forward)`);
    return { baseUrl: config.metronome.url, token: '' };
  }
  const { startMetronomeSandbox } = await import('./sandbox/metronome/server.ts');
  const sandbox = await startMetronomeSandbox({ host: '127.0.0.1', port: 0 });
  closers.push(() => sandbox.close());
  log(`Metronome: embedded sandbox at ${sandbox.url} (seeded demo data; set METRONOME_BEARER_TOKEN for the real API)`);
  return { baseUrl: sandbox.url, token: 'sandbox' };
}

/** Timeouts, retry policy and circuit breaker of one upstream's client, from its settings. */
function callOptions(http: HttpSettings, upstream: string) {
  return {
    timeoutMs: http.timeoutMs,
    connectTimeoutMs: http.connectTimeoutMs,
    headersTimeoutMs: http.headersTimeoutMs,
    maxBodyBytes: http.maxBodyBytes,
    retry: retryPolicy(http.retry),
    observer,
    breaker:
      http.breaker.threshold === 0
        ? (false as const)
        : {
            ...http.breaker,
            onChange: (state: BreakerState, failures: number) =>
              logger.warn(
                { upstream: upstream.toLowerCase(), breaker: state, consecutiveFailures: failures },
                `${upstream}: circuit breaker ${state.replace('_', '-')} (${failures} failures in a row)`,
              ),
          },
  };
}

const schematicTarget = await schematicUpstream();
const metronomeTarget = await metronomeUpstream();
const schematic = new SchematicClient({ ...schematicTarget, ...callOptions(config.http.schematic, 'Schematic') });
const metronome = new MetronomeClient({ ...metronomeTarget, ...callOptions(config.http.metronome, 'Metronome') });

/** Redis or memory, and what is shared through it, in one line; Redis's own connection is logged by src/shared/redis.ts. */
function logShared() {
  const { redisUrl, cacheTtlSeconds, rateLimit } = config.shared;
  const where = redisUrl ? `in Redis at ${redactRedisUrl(redisUrl)}` : 'in this process only (REDIS_URL shares them between replicas)';
  const cache = cacheTtlSeconds > 0 ? `catalogue cache ${cacheTtlSeconds} s` : 'catalogue cache off';
  const limit = rateLimit.perMinute > 0 ? `rate limit ${rateLimit.perMinute} a minute per caller` : 'no rate limit';
  log(`APQ, ${cache}, ${limit}: ${where}`);
}
logShared();
const shared = new SharedState({
  ...(config.shared.redisUrl === undefined ? {} : { redisUrl: config.shared.redisUrl }),
  redisCommandTimeoutMs: config.shared.redisCommandTimeoutMs,
  // Gateways on other vendor accounts never share catalogue entries or counters, even on one Redis.
  namespace: accountFingerprint([schematicTarget.baseUrl, schematicTarget.apiKey, metronomeTarget.baseUrl, metronomeTarget.token]),
  logger,
});
/** What browser apps and persisted-operation clients get, in one line each. */
function logFrontend() {
  const { corsOrigins, persistedOperations } = config;
  if (corsOrigins === '*') log('CORS: any origin, without credentials (both upstreams are sandboxes; CORS_ORIGINS restricts it)');
  else if (corsOrigins.length) log(`CORS: ${corsOrigins.join(', ')} (with credentials)`);
  else log('CORS: no cross-origin browser access (CORS_ORIGINS lists the origins of browser apps)');
  if (persistedOperations?.manifest) {
    const count = Object.keys(persistedOperations.manifest).length;
    log(
      persistedOperations.only
        ? `persisted operations: only the ${count} in PERSISTED_OPERATIONS run (PERSISTED_OPERATIONS_ONLY=1)`
        : `persisted operations: ${count} from PERSISTED_OPERATIONS run by id; other operations and APQ are allowed too`,
    );
  }
}
logFrontend();
const { auth, devTokens } = await gatewayAuth(config.auth);
/** Aborted on SIGTERM/SIGINT: /readyz fails from then on. */
const drain = new AbortController();
const yoga = createGateway({
  auth,
  draining: drain.signal,
  upstreams: { schematic, metronome },
  metronomeLink: config.metronomeLink,
  limits: config.limits,
  logger,
  corsOrigins: config.corsOrigins,
  persistedOperations: config.persistedOperations,
  metrics,
  serveMetrics: config.metricsPort === undefined,
  tracer: tracing?.tracer,
  shared,
  cacheTtlSeconds: config.shared.cacheTtlSeconds,
  rateLimit: config.shared.rateLimit,
  compileAfterRuns: config.compileAfterRuns,
});
const metricsServer =
  config.metricsPort === undefined
    ? undefined
    : await startMetricsServer(metrics, { host: config.host, port: config.metricsPort }).catch((error: NodeJS.ErrnoException) => {
        console.error(`[credits-gateway] METRICS_PORT ${config.metricsPort}: cannot listen (${error.code ?? error.message})`);
        process.exit(1);
      });
if (metricsServer) log(`metrics at ${metricsServer.url} (METRICS_PORT; not served on the public port)`);
/** Set once the server stops accepting connections (after the drain delay). */
let closing = false;
const server = createServer((req, res) => {
  // While draining, answer every request with `connection: close`, so keep-alive clients open
  // their next connection elsewhere; once closing, also close a connection as soon as its request
  // is answered (else shutdown waits out the client's keep-alive).
  if (drain.signal.aborted) res.setHeader('connection', 'close');
  res.on('finish', () => {
    if (closing) server.closeIdleConnections();
  });
  yoga.nodeListener(req, res);
});
// Node's default of 5 s would close idle connections before a load balancer in front does
// (src/config.ts, HTTP_KEEP_ALIVE_TIMEOUT_MS). Node ≥ 18's headers and request timers only run
// while a request arrives, so an idle connection is closed by this one alone.
server.keepAliveTimeout = config.keepAliveTimeoutMs;

guardProcess({
  log: (line) => logger.error(line),
  secrets: [
    ...[config.schematic, config.metronome].flatMap((upstream) => (upstream.mode === 'remote' ? [upstream.credential] : [])),
    ...(config.auth.mode === 'jwt' && config.auth.jwt.key.kind === 'secret' ? [config.auth.jwt.key.secret] : []),
  ],
  onFatal: () => void shutdown('uncaught exception', 1),
});

/** The one line a failed listen prints, naming the variable to change. */
function listenFailure(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `PORT ${config.port} is already in use (HOST ${config.host}): stop what holds it or set PORT to a free port`;
    case 'EACCES':
      return `PORT ${config.port} needs privileges this process lacks: set PORT to 1024 or above`;
    case 'EADDRNOTAVAIL':
      return `HOST ${config.host} is not an address of this machine: set HOST (0.0.0.0 listens on every interface)`;
    default:
      return `cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}`;
  }
}

// Listening before anything about callers is printed: a busy port ends the start here, with one
// line and exit code 1, and the development tokens of a process that never served are not shown.
try {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
} catch (error) {
  logger.error(listenFailure(error as NodeJS.ErrnoException));
  process.exit(1);
}
for (const line of describeAuth(config.auth, devTokens)) {
  if (config.auth.mode === 'none' && !config.auth.dev) logger.warn(line);
  else log(line);
}
const address = server.address();
const shownPort = typeof address === 'object' && address ? address.port : config.port;
const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
log(`GraphiQL at http://${shownHost}:${shownPort}/graphql  (health: /healthz, readiness: /readyz)`);

/**
 * SIGTERM (an orchestrator stopping the replica): /readyz fails at once, requests are still served
 * for DRAIN_DELAY_MS so the load balancer sees the failing probe and stops sending, then the
 * server stops accepting connections and exits once in-flight requests are answered. SIGINT (a
 * person's Ctrl-C) and an uncaught exception (src/processGuard.ts) skip the delay.
 */
async function shutdown(signal: 'SIGTERM' | 'SIGINT' | 'uncaught exception', exitCode = 0) {
  if (drain.signal.aborted) return;
  drain.abort();
  const delay = signal === 'SIGTERM' ? config.drainDelayMs : 0;
  if (delay > 0) {
    log(`${signal}: draining: /readyz answers 503; still serving for ${delay} ms (DRAIN_DELAY_MS)`);
    await sleep(delay);
  }
  closing = true;
  log(`${signal}: no longer accepting connections; finishing in-flight requests`);
  const force = setTimeout(() => {
    logger.error('in-flight requests did not finish within 10 s; exiting');
    process.exit(1);
  }, 10_000);
  force.unref();
  // close() stops accepting and resolves once every in-flight request has been answered.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await closed;
  await Promise.all([schematic.close(), metronome.close(), shared.close(), metricsServer?.close(), tracing?.shutdown()]);
  for (const close of closers) await close();
  log('stopped');
  process.exit(exitCode);
}

process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
