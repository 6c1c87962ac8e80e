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
import type { BreakerState } from './upstream/breaker.ts';
import { retryPolicy } from './upstream/retry.ts';
import { SchematicClient } from './upstream/schematic/client.ts';

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
    retry: retryPolicy(http.retry),
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

const schematic = new SchematicClient({ ...(await schematicUpstream()), ...callOptions(config.http.schematic, 'Schematic') });
const metronome = new MetronomeClient({ ...(await metronomeUpstream()), ...callOptions(config.http.metronome, 'Metronome') });
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
for (const line of describeAuth(config.auth, devTokens)) {
  if (config.auth.mode === 'none' && !config.auth.dev) logger.warn(line);
  else log(line);
}
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
});
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
  void yoga(req, res);
});

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  log(`GraphiQL at http://${host}:${port}/graphql  (health: /healthz, readiness: /readyz)`);
});

/**
 * SIGTERM (an orchestrator stopping the replica): /readyz fails at once, requests are still served
 * for DRAIN_DELAY_MS so the load balancer sees the failing probe and stops sending, then the
 * server stops accepting connections and exits once in-flight requests are answered. SIGINT (a
 * person's Ctrl-C) skips the delay.
 */
async function shutdown(signal: 'SIGTERM' | 'SIGINT') {
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
  await Promise.all([schematic.close(), metronome.close()]);
  for (const close of closers) await close();
  log('stopped');
  process.exit(0);
}

process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
