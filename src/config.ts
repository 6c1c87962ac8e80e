/**
 * The only reader of process.env, but for the OpenTelemetry SDK: when tracing is on, it reads its
 * own `OTEL_*` variables (endpoint, headers, sampler, batching, resource), as its documentation
 * says; `loadConfig` checks the ones that decide whether and how it starts. `loadConfig`
 * validates everything once, at boot, and throws ConfigError with one line naming the bad variable.
 */
import type { JwtConfig } from './auth/jwt.ts';
import type { AuthConfig } from './auth/setup.ts';
import { DEFAULT_LIMITS, type QueryLimits } from './limits.ts';
import { parseCorsOrigins, type CorsOrigins } from './frontend/cors.ts';
import { readManifest } from './frontend/manifest.ts';
import type { PersistedOperations } from './frontend/persisted.ts';
import type { RateLimitSettings } from './shared/rateLimit.ts';
import { DEFAULT_MAX_BODY_BYTES } from './upstream/core/answer.ts';
import { LOG_LEVELS, type LogFormat, type LogLevel } from './observability/log.ts';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * An upstream is either the embedded sandbox or a real API reached over HTTP, with the gateway's
 * own credential (`remote`) or, in AUTH_MODE=forward, with each caller's (`forwarded`).
 */
export type UpstreamConfig =
  | { mode: 'sandbox' }
  | { mode: 'remote'; url: string; credential: string }
  | { mode: 'forwarded'; url: string };

/**
 * How a Schematic company finds its Metronome customer: the value of one of its company keys is
 * either the Metronome customer id (`key`, batched as `customer_ids`) or an ingest alias of the
 * customer (`alias`, one `ingest_alias` lookup per company).
 */
export type MetronomeLink = { kind: 'key'; key: string } | { kind: 'alias'; key: string };

export interface Config {
  /** `PORT`, default 4000. */
  port: number;
  /** `HOST`, default 0.0.0.0 (every interface, as containers need). */
  host: string;
  /** `SCHEMATIC_API_URL` (default https://api.schematichq.com) with `SCHEMATIC_API_KEY`. */
  schematic: UpstreamConfig;
  /** `METRONOME_API_URL` (default https://api.metronome.com) with `METRONOME_BEARER_TOKEN`. */
  metronome: UpstreamConfig;
  /**
   * `COMPANY_METRONOME_LINK`, default `key:metronome_customer_id` (what Schematic's Metronome
   * import stores): `key:<company key>` when that key holds the Metronome customer id,
   * `alias:<company key>` when it holds one of the customer's ingest aliases.
   */
  metronomeLink: MetronomeLink;
  /** Timeouts, retries and circuit breaker of each upstream's HTTP core. */
  http: { schematic: HttpSettings; metronome: HttpSettings };
  /**
   * Query limits (defaults in src/limits.ts): `QUERY_MAX_DEPTH` (15), `QUERY_MAX_ALIASES` (30),
   * `QUERY_MAX_DIRECTIVES` (20), `QUERY_MAX_TOKENS` (5000), `QUERY_MAX_COST` (10000),
   * `QUERY_MAX_LIST_ITEMS` (1000), `QUERY_MAX_BATCH` (10), `QUERY_MAX_BODY_BYTES` (1000000),
   * `INTROSPECTION` (`on`; `off` refuses `__schema`/`__type`, which also leaves GraphiQL without its
   * docs, and strips "Did you mean …?" from errors), `SERVICE_SDL` (as `INTROSPECTION`: whether
   * federation's `_service { sdl }` answers; `on` keeps it for a router that fetches the SDL).
   */
  limits: QueryLimits;
  /**
   * `CORS_ORIGINS`: browser origins allowed cross-origin, comma-separated (`https://app.example.com`),
   * with credentials; `*` for any origin without credentials. Default `*` when both upstreams are
   * the sandboxes, none otherwise.
   */
  corsOrigins: CorsOrigins;
  /**
   * `PERSISTED_OPERATIONS` (path of a manifest, codegen's persisted-documents.json) and
   * `PERSISTED_OPERATIONS_ONLY` (`1`: only the manifest's operations run). Undefined when unset.
   */
  persistedOperations?: PersistedOperations;
  /** Who may call, and with what: `AUTH_MODE` and the `JWT_*` variables (see AuthConfig). */
  auth: AuthConfig;
  /**
   * `METRICS_PORT`: serve `GET /metrics` on this port (same HOST), and not on the public one.
   * Undefined (the default): `/metrics` is served on the public port.
   */
  metricsPort?: number;
  /** Set when spans are exported (see TracingConfig); undefined when tracing is off (the default). */
  tracing?: TracingConfig;
  /** What replicas share (src/shared/): Redis, the catalogue cache, rate limits (see SharedConfig). */
  shared: SharedConfig;
  /**
   * `COMPILE_AFTER_RUNS`, default 1: how many runs an operation has on graphql-js before it is
   * compiled (src/execution.ts); `0` compiles on the first run, `off` (Infinity) never.
   */
  compileAfterRuns: number;
  log: LogSettings;
  /**
   * `DRAIN_DELAY_MS`, default 0: on SIGTERM, how long the gateway keeps serving, new requests
   * included, with `/readyz` already failing, before it stops accepting connections; set it to
   * the time a load balancer that watches `/readyz` takes to stop sending (probe period times
   * failures to act).
   */
  drainDelayMs: number;
  /**
   * `HTTP_KEEP_ALIVE_TIMEOUT_MS`, default 65000: how long an idle client connection stays open.
   * Longer than the idle timeout of the load balancer in front (AWS ALB: 60 s), which otherwise
   * may send a request on a connection the gateway has just closed and answer it with a 502.
   */
  keepAliveTimeoutMs: number;
}

/**
 * OpenTelemetry tracing: on when `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` or
 * `OTEL_EXPORTER_OTLP_ENDPOINT` is set, unless `OTEL_SDK_DISABLED=true` or
 * `OTEL_TRACES_EXPORTER=none`. Spans go out over OTLP/HTTP (protobuf); the SDK reads the other
 * `OTEL_*` variables itself (`OTEL_SERVICE_NAME`, default `credits-gateway`; `OTEL_TRACES_SAMPLER`,
 * default `parentbased_always_on`; `OTEL_EXPORTER_OTLP_HEADERS`; `OTEL_BSP_*`; ...).
 */
export interface TracingConfig {
  /** Where spans go, for the start-up log: the traces endpoint, or the base endpoint (`/v1/traces` is added). */
  endpoint: string;
}

/**
 * Several replicas behind a load balancer behave as one gateway when they share a Redis; without
 * one, each keeps all of this in its own memory (right for one replica). Losing Redis never fails
 * a request (docs/operations.md, "Several replicas: Redis").
 */
export interface SharedConfig {
  /**
   * `REDIS_URL` (redis:// or rediss://, with credentials if any; optional): where APQ
   * registrations, the catalogue cache and rate-limit counters live. Unset: this process's memory.
   */
  redisUrl?: string;
  /**
   * `REDIS_COMMAND_TIMEOUT_MS`, default 250: the longest one Redis command may wait; a stalled
   * Redis is then left alone for a second. A Redis that is down costs nothing: commands fail at once.
   */
  redisCommandTimeoutMs: number;
  /**
   * `CACHE_TTL_SECONDS`, default 60; 0 turns the catalogue cache off: how long credits, bundles,
   * plans, plan grants, features, products and pricing units read from the vendors are kept and
   * served (writes through the gateway invalidate at once; changes made elsewhere show within
   * this time). Also the `max-age` of answers that read only the catalogue.
   */
  cacheTtlSeconds: number;
  /**
   * `RATE_LIMIT_PER_MINUTE` (default 0: no limit), `RATE_LIMIT_ADMIN_PER_MINUTE` (admin tokens;
   * default the same; 0: no limit) and `RATE_LIMIT_ON_REDIS_LOSS` (`open`, the default: no limit
   * while Redis is unreachable; `local`: each replica counts alone meanwhile).
   */
  rateLimit: RateLimitSettings;
}

export interface LogSettings {
  /** `LOG_LEVEL`, default `info`: fatal, error, warn, info, debug (also one line per answered request), trace or silent. */
  level: LogLevel;
  /** `LOG_FORMAT`: `json` or `pretty`; unset: pretty when stdout is a terminal, JSON lines otherwise. */
  format: LogFormat | undefined;
}

const DEV_JWT_ISSUER = 'credits-gateway-dev';
const DEV_JWT_AUDIENCE = 'credits-gateway';

/** How one upstream is called (src/upstream/core/: request.ts, retry.ts, breaker.ts). */
export interface HttpSettings {
  /**
   * `SCHEMATIC_TIMEOUT_MS` / `METRONOME_TIMEOUT_MS`, else `UPSTREAM_TIMEOUT_MS`, default 10000:
   * the longest one upstream call may take, every attempt and every wait between them included.
   */
  timeoutMs: number;
  /** `UPSTREAM_CONNECT_TIMEOUT_MS`, default 3000: opening a TCP (and TLS) connection. */
  connectTimeoutMs: number;
  /**
   * `UPSTREAM_HEADERS_TIMEOUT_MS`, default 4000 (capped at the whole-call timeout): one attempt's
   * wait for the response headers, and for each next chunk of its body. A timed-out read can then
   * be retried within the budget.
   */
  headersTimeoutMs: number;
  /**
   * `UPSTREAM_MAX_BODY_BYTES`, default 33554432 (32 MiB; the largest page asked for, 100
   * companies, is about 400 KB in the sandbox): the most read of one answer's body. A longer
   * answer is cut off, its connection closed, and the call fails with UPSTREAM_RESPONSE_TOO_LARGE.
   */
  maxBodyBytes: number;
  retry: RetrySettings;
  breaker: BreakerSettings;
}

/**
 * Retries of idempotent requests only: reads (GET, POST reads), and Metronome writes (which carry
 * an Idempotency-Key) when no answer came back. Schematic writes are always sent once.
 */
export interface RetrySettings {
  /** `UPSTREAM_RETRY_ATTEMPTS`, default 3: sends at most, the first included (1-10; 1 turns retries off). */
  attempts: number;
  /**
   * `UPSTREAM_RETRY_BUDGET_MS`, default 5000 (capped at the whole-call timeout): no retry starts, and
   * no Retry-After is waited, past this time from the first send; a 429 asking for longer fails at once.
   */
  budgetMs: number;
  /** `UPSTREAM_RETRY_BASE_DELAY_MS`, default 100: the first backoff ceiling, doubled each retry (full jitter). */
  baseDelayMs: number;
  /** `UPSTREAM_RETRY_MAX_DELAY_MS`, default 2000 (>= the base delay): the largest backoff ceiling. */
  maxDelayMs: number;
}

/** A circuit breaker per upstream: after so many failures in a row, calls fail fast for a while. */
export interface BreakerSettings {
  /**
   * `UPSTREAM_BREAKER_THRESHOLD`, default 5: unhealthy attempts in a row (5xx, timeouts, connection
   * errors; not 4xx) that open the circuit; 0 turns the breaker off.
   */
  threshold: number;
  /** `UPSTREAM_BREAKER_COOLDOWN_MS`, default 10000: how long an open circuit fails fast before one probe. */
  cooldownMs: number;
}

export const DEFAULT_SCHEMATIC_URL = 'https://api.schematichq.com';
export const DEFAULT_METRONOME_URL = 'https://api.metronome.com';
export const DEFAULT_METRONOME_LINK: MetronomeLink = { kind: 'key', key: 'metronome_customer_id' };

type Env = Record<string, string | undefined>;

/** Empty strings count as unset, so `FOO= npm start` behaves like no FOO. */
function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function parsePort(env: Env, name: string, fallback: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) throw new ConfigError(`${name} must be a port number 0-65535; got "${raw}"`);
  return port;
}

function parsePositiveInt(env: Env, name: string, fallback: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new ConfigError(`${name} must be a positive integer; got "${raw}"`);
  return Number(raw);
}

function parseNonNegativeInt(env: Env, name: string, fallback: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number (0 or more); got "${raw}"`);
  return Number(raw);
}

function parseCompileAfterRuns(env: Env): number {
  const raw = read(env, 'COMPILE_AFTER_RUNS');
  if (raw === undefined) return 1;
  if (raw === 'off') return Infinity;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`COMPILE_AFTER_RUNS must be a whole number (0 or more) or off; got "${raw}"`);
  return Number(raw);
}

function parseHttpSettings(env: Env): Config['http'] {
  const timeoutMs = parsePositiveInt(env, 'UPSTREAM_TIMEOUT_MS', 10_000);
  const attempts = parsePositiveInt(env, 'UPSTREAM_RETRY_ATTEMPTS', 3);
  if (attempts > 10) throw new ConfigError(`UPSTREAM_RETRY_ATTEMPTS must be 1-10 (sends, the first included); got "${attempts}"`);
  const baseDelayMs = parsePositiveInt(env, 'UPSTREAM_RETRY_BASE_DELAY_MS', 100);
  const maxDelayMs = parsePositiveInt(env, 'UPSTREAM_RETRY_MAX_DELAY_MS', 2_000);
  if (maxDelayMs < baseDelayMs) {
    throw new ConfigError(
      `UPSTREAM_RETRY_MAX_DELAY_MS must be at least UPSTREAM_RETRY_BASE_DELAY_MS (${baseDelayMs}); got "${maxDelayMs}"`,
    );
  }
  const shared = {
    connectTimeoutMs: parsePositiveInt(env, 'UPSTREAM_CONNECT_TIMEOUT_MS', 3_000),
    headersTimeoutMs: parsePositiveInt(env, 'UPSTREAM_HEADERS_TIMEOUT_MS', 4_000),
    maxBodyBytes: parsePositiveInt(env, 'UPSTREAM_MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES),
    retry: { attempts, budgetMs: parsePositiveInt(env, 'UPSTREAM_RETRY_BUDGET_MS', 5_000), baseDelayMs, maxDelayMs },
    breaker: {
      threshold: parseNonNegativeInt(env, 'UPSTREAM_BREAKER_THRESHOLD', 5),
      cooldownMs: parsePositiveInt(env, 'UPSTREAM_BREAKER_COOLDOWN_MS', 10_000),
    },
  };
  // The whole-call timeout bounds everything else: the headers wait and the retry budget are capped at it.
  const settings = (ownTimeoutMs: number): HttpSettings => ({
    ...shared,
    timeoutMs: ownTimeoutMs,
    headersTimeoutMs: Math.min(shared.headersTimeoutMs, ownTimeoutMs),
    retry: { ...shared.retry, budgetMs: Math.min(shared.retry.budgetMs, ownTimeoutMs) },
  });
  return {
    schematic: settings(parsePositiveInt(env, 'SCHEMATIC_TIMEOUT_MS', timeoutMs)),
    metronome: settings(parsePositiveInt(env, 'METRONOME_TIMEOUT_MS', timeoutMs)),
  };
}

function parseUrl(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL; got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${name} must be an http(s) URL; got "${raw}"`);
  }
  if (url.username || url.password) throw new ConfigError(`${name} must not carry credentials; set the key or token variable instead`);
  return url.toString().replace(/\/+$/, '');
}

/**
 * `forceSandbox` (SANDBOX=1) wins over credentials, though a bad URL still fails. In forward mode
 * the gateway holds no credential: the URL (default the vendor's) is called with each caller's.
 */
function upstream(
  env: Env,
  urlName: string,
  keyName: string,
  defaultUrl: string,
  forceSandbox: boolean,
  forward = false,
): UpstreamConfig {
  const rawUrl = read(env, urlName);
  const url = rawUrl === undefined ? undefined : parseUrl(urlName, rawUrl);
  if (forceSandbox) return { mode: 'sandbox' };
  const credential = read(env, keyName);
  if (forward) {
    if (credential !== undefined) {
      throw new ConfigError(`${keyName} is set but AUTH_MODE=forward sends each caller's own credential: unset ${keyName}`);
    }
    return { mode: 'forwarded', url: url ?? defaultUrl };
  }
  if (credential === undefined) {
    if (url !== undefined) {
      throw new ConfigError(`${urlName} is set but ${keyName} is not: set both to use that API, or neither for the sandbox`);
    }
    return { mode: 'sandbox' };
  }
  return { mode: 'remote', url: url ?? defaultUrl, credential };
}

/** `key:<company key>` or `alias:<company key>`. */
function parseMetronomeLink(env: Env): MetronomeLink {
  const name = 'COMPANY_METRONOME_LINK';
  const raw = read(env, name);
  if (raw === undefined) return { ...DEFAULT_METRONOME_LINK };
  const match = /^(key|alias):(\S+)$/.exec(raw);
  if (!match?.[1] || !match[2]) {
    throw new ConfigError(
      `${name} must be key:<company key> (the key holds the Metronome customer id) or alias:<company key> (the key holds an ingest alias); got "${raw}"`,
    );
  }
  return { kind: match[1] as MetronomeLink['kind'], key: match[2] };
}

export function loadConfig(env: Env = process.env): Config {
  const sandbox = read(env, 'SANDBOX');
  if (sandbox !== undefined && sandbox !== '1' && sandbox !== '0') {
    throw new ConfigError(`SANDBOX must be 1 (force both sandboxes) or unset; got "${sandbox}"`);
  }
  const forceSandbox = sandbox === '1';
  const authMode = parseAuthMode(env);
  const forward = authMode === 'forward';
  const schematic = upstream(env, 'SCHEMATIC_API_URL', 'SCHEMATIC_API_KEY', DEFAULT_SCHEMATIC_URL, forceSandbox, forward);
  const metronome = upstream(env, 'METRONOME_API_URL', 'METRONOME_BEARER_TOKEN', DEFAULT_METRONOME_URL, forceSandbox, forward);
  return {
    port: parsePort(env, 'PORT', 4000),
    host: read(env, 'HOST') ?? '0.0.0.0',
    schematic,
    metronome,
    metronomeLink: parseMetronomeLink(env),
    http: parseHttpSettings(env),
    limits: parseLimits(env),
    corsOrigins: parseCors(env, schematic.mode === 'sandbox' && metronome.mode === 'sandbox'),
    persistedOperations: parsePersistedOperations(env),
    auth: parseAuth(env, authMode, schematic.mode === 'sandbox' && metronome.mode === 'sandbox', [
      ['SCHEMATIC_API_KEY', schematic],
      ['METRONOME_BEARER_TOKEN', metronome],
    ]),
    metricsPort: parseMetricsPort(env),
    tracing: parseTracing(env),
    shared: parseShared(env),
    compileAfterRuns: parseCompileAfterRuns(env),
    log: parseLog(env),
    drainDelayMs: parseNonNegativeInt(env, 'DRAIN_DELAY_MS', 0),
    keepAliveTimeoutMs: parsePositiveInt(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 65_000),
  };
}

/** `METRICS_PORT`, which must not be the public port. */
function parseMetricsPort(env: Env): number | undefined {
  if (read(env, 'METRICS_PORT') === undefined) return undefined;
  const port = parsePort(env, 'METRICS_PORT', 0);
  const publicPort = parsePort(env, 'PORT', 4000);
  if (port !== 0 && port === publicPort) {
    throw new ConfigError(`METRICS_PORT must differ from PORT (${publicPort}): it moves /metrics off the public port; leave it unset to serve /metrics there`);
  }
  return port;
}

/** The samplers the OpenTelemetry SDK reads from `OTEL_TRACES_SAMPLER`. */
const SAMPLERS = ['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio'];

/**
 * Whether spans are exported, and where (see TracingConfig). The SDK would take a bad sampler or
 * protocol silently and fall back to a default; here it stops the boot instead.
 */
function parseTracing(env: Env): TracingConfig | undefined {
  const disabled = read(env, 'OTEL_SDK_DISABLED');
  if (disabled !== undefined && disabled.toLowerCase() === 'true') return undefined;
  const exporter = read(env, 'OTEL_TRACES_EXPORTER');
  if (exporter === 'none') return undefined;
  if (exporter !== undefined && exporter !== 'otlp') {
    throw new ConfigError(`OTEL_TRACES_EXPORTER must be otlp or none (spans are exported over OTLP only); got "${exporter}"`);
  }
  const tracesEndpoint = read(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  const endpointName = tracesEndpoint === undefined ? 'OTEL_EXPORTER_OTLP_ENDPOINT' : 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT';
  const raw = tracesEndpoint ?? read(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
  if (raw === undefined) return undefined;
  const endpoint = parseUrl(endpointName, raw);
  const protocolName = read(env, 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL') === undefined ? 'OTEL_EXPORTER_OTLP_PROTOCOL' : 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL';
  const protocol = read(env, protocolName);
  if (protocol !== undefined && protocol !== 'http/protobuf') {
    throw new ConfigError(`${protocolName} must be http/protobuf (the gateway exports spans over OTLP/HTTP with protobuf); got "${protocol}"`);
  }
  const sampler = read(env, 'OTEL_TRACES_SAMPLER');
  if (sampler !== undefined && !SAMPLERS.includes(sampler)) {
    throw new ConfigError(`OTEL_TRACES_SAMPLER must be one of ${SAMPLERS.join(', ')}; got "${sampler}"`);
  }
  const ratio = read(env, 'OTEL_TRACES_SAMPLER_ARG');
  if (ratio !== undefined && sampler?.endsWith('traceidratio') && !(/^\d*\.?\d+$/.test(ratio) && Number(ratio) <= 1)) {
    throw new ConfigError(`OTEL_TRACES_SAMPLER_ARG must be a ratio from 0 to 1 for ${sampler}; got "${ratio}"`);
  }
  return { endpoint: tracesEndpoint === undefined ? `${endpoint}/v1/traces` : endpoint };
}

const DEFAULT_CACHE_TTL_SECONDS = 60;

function parseShared(env: Env): SharedConfig {
  const perMinute = parseNonNegativeInt(env, 'RATE_LIMIT_PER_MINUTE', 0);
  const onRedisLoss = read(env, 'RATE_LIMIT_ON_REDIS_LOSS') ?? 'open';
  if (onRedisLoss !== 'open' && onRedisLoss !== 'local') {
    throw new ConfigError(
      `RATE_LIMIT_ON_REDIS_LOSS must be open (no limit while Redis is unreachable) or local (each replica counts alone meanwhile); got "${onRedisLoss}"`,
    );
  }
  const redisUrl = read(env, 'REDIS_URL');
  return {
    ...(redisUrl === undefined ? {} : { redisUrl: parseRedisUrl(redisUrl) }),
    redisCommandTimeoutMs: parsePositiveInt(env, 'REDIS_COMMAND_TIMEOUT_MS', 250),
    cacheTtlSeconds: parseNonNegativeInt(env, 'CACHE_TTL_SECONDS', DEFAULT_CACHE_TTL_SECONDS),
    rateLimit: {
      perMinute,
      adminPerMinute: parseNonNegativeInt(env, 'RATE_LIMIT_ADMIN_PER_MINUTE', perMinute),
      onRedisLoss,
    },
  };
}

/** redis:// or rediss:// with a host. The message never repeats the URL: it may hold a password. */
function parseRedisUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('REDIS_URL must be a URL such as redis://host:6379 or rediss://user:password@host:6380/0');
  }
  if ((url.protocol !== 'redis:' && url.protocol !== 'rediss:') || !url.hostname) {
    throw new ConfigError(`REDIS_URL must be a redis:// or rediss:// URL with a host; got a ${url.protocol} URL`);
  }
  return raw;
}

function parseLog(env: Env): LogSettings {
  const level = read(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${read(env, 'LOG_LEVEL')}"`);
  }
  const format = read(env, 'LOG_FORMAT');
  if (format !== undefined && format !== 'json' && format !== 'pretty') {
    throw new ConfigError(`LOG_FORMAT must be json or pretty (unset: pretty on a terminal, json otherwise); got "${format}"`);
  }
  return { level: level as LogLevel, format };
}

const AUTH_MODES = ['none', 'jwt', 'forward'] as const;
type AuthMode = (typeof AUTH_MODES)[number];

function parseAuthMode(env: Env): AuthMode | undefined {
  const raw = read(env, 'AUTH_MODE');
  if (raw === undefined) return undefined;
  if (!(AUTH_MODES as readonly string[]).includes(raw)) {
    throw new ConfigError(`AUTH_MODE must be none, jwt or forward; got "${raw}"`);
  }
  return raw as AuthMode;
}

/** A claim or scope name: no spaces, so it cannot be confused with a list. */
function parseName(env: Env, name: string, fallback: string): string {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (/\s/.test(raw)) throw new ConfigError(`${name} must be one name without spaces; got "${raw}"`);
  return raw;
}

/**
 * AUTH_MODE and its JWT settings. `onSandboxes`: both upstreams are the embedded sandboxes, the
 * only case where no caller auth is the default and where a development secret may be used.
 */
function parseAuth(
  env: Env,
  mode: AuthMode | undefined,
  onSandboxes: boolean,
  upstreams: [string, UpstreamConfig][],
): AuthConfig {
  const secret = read(env, 'JWT_SECRET');
  const jwksUrl = read(env, 'JWKS_URL');
  if (mode === undefined && !onSandboxes) {
    const real = upstreams.filter(([, u]) => u.mode === 'remote').map(([name]) => name).join(' and ');
    throw new ConfigError(
      `AUTH_MODE is not set and a real upstream is configured (${real}): set AUTH_MODE=jwt (callers send a bearer JWT; ` +
        'set JWT_SECRET or JWKS_URL), AUTH_MODE=forward (callers send their own vendor keys) or AUTH_MODE=none (no caller auth: ' +
        "anyone who reaches the gateway uses its keys)",
    );
  }
  const effective = mode ?? 'none';
  if (effective !== 'jwt' && (secret !== undefined || jwksUrl !== undefined)) {
    const name = secret !== undefined ? 'JWT_SECRET' : 'JWKS_URL';
    throw new ConfigError(`${name} is set but AUTH_MODE is ${effective}: set AUTH_MODE=jwt to check bearer tokens, or unset ${name}`);
  }
  const claims = {
    companyClaim: parseName(env, 'JWT_COMPANY_CLAIM', 'company_id'),
    scopeClaim: parseName(env, 'JWT_SCOPE_CLAIM', 'scope'),
    adminScope: parseName(env, 'JWT_ADMIN_SCOPE', 'credits:admin'),
  };
  const dev = (): JwtConfig => ({
    key: { kind: 'dev' },
    issuer: read(env, 'JWT_ISSUER') ?? DEV_JWT_ISSUER,
    audience: read(env, 'JWT_AUDIENCE') ?? DEV_JWT_AUDIENCE,
    ...claims,
  });
  if (effective === 'forward') return { mode: 'forward' };
  // Development tokens only ever go with the sandboxes: a secret made at boot must never guard real data.
  if (effective === 'none') return onSandboxes ? { mode: 'none', dev: dev() } : { mode: 'none' };
  if (secret !== undefined && jwksUrl !== undefined) {
    throw new ConfigError('JWT_SECRET and JWKS_URL are both set: set JWT_SECRET for HS256 tokens or JWKS_URL for RS256/ES256 tokens, not both');
  }
  if (secret === undefined && jwksUrl === undefined) {
    if (onSandboxes) return { mode: 'jwt', jwt: dev() };
    throw new ConfigError(
      'AUTH_MODE=jwt needs JWT_SECRET (HS256) or JWKS_URL (RS256/ES256) with a real upstream; a development secret is only made on the sandboxes',
    );
  }
  if (secret !== undefined && secret.length < 32) {
    throw new ConfigError(`JWT_SECRET must be at least 32 characters (HS256 needs 256 bits); got ${secret.length}`);
  }
  for (const name of ['JWT_ISSUER', 'JWT_AUDIENCE']) {
    if (read(env, name) === undefined) {
      throw new ConfigError(`${name} is required with ${secret !== undefined ? 'JWT_SECRET' : 'JWKS_URL'}: tokens are checked against it`);
    }
  }
  return {
    mode: 'jwt',
    jwt: {
      key: secret !== undefined ? { kind: 'secret', secret } : { kind: 'jwks', url: parseJwksUrl(jwksUrl!) },
      issuer: read(env, 'JWT_ISSUER')!,
      audience: read(env, 'JWT_AUDIENCE')!,
      ...claims,
    },
  };
}

/** https, or http on loopback only (a test or a local identity provider): keys must not travel in the clear. */
function parseJwksUrl(raw: string): string {
  const text = parseUrl('JWKS_URL', raw);
  const url = new URL(text);
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !loopback) throw new ConfigError(`JWKS_URL must be https (http only on loopback); got "${raw}"`);
  return text;
}

function parseLimits(env: Env): QueryLimits {
  const introspection = onOff(env, 'INTROSPECTION', 'on');
  return {
    maxDepth: parsePositiveInt(env, 'QUERY_MAX_DEPTH', DEFAULT_LIMITS.maxDepth),
    maxAliases: parseNonNegativeInt(env, 'QUERY_MAX_ALIASES', DEFAULT_LIMITS.maxAliases),
    maxDirectives: parseNonNegativeInt(env, 'QUERY_MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives),
    maxTokens: parsePositiveInt(env, 'QUERY_MAX_TOKENS', DEFAULT_LIMITS.maxTokens),
    maxCost: parsePositiveInt(env, 'QUERY_MAX_COST', DEFAULT_LIMITS.maxCost),
    maxListItems: parsePositiveInt(env, 'QUERY_MAX_LIST_ITEMS', DEFAULT_LIMITS.maxListItems),
    maxBatch: parseNonNegativeInt(env, 'QUERY_MAX_BATCH', DEFAULT_LIMITS.maxBatch),
    maxBodyBytes: parsePositiveInt(env, 'QUERY_MAX_BODY_BYTES', DEFAULT_LIMITS.maxBodyBytes),
    introspection: introspection === 'on',
    serviceSdl: onOff(env, 'SERVICE_SDL', introspection) === 'on',
  };
}

function onOff(env: Env, name: string, fallback: 'on' | 'off'): 'on' | 'off' {
  const value = read(env, name) ?? fallback;
  if (value !== 'on' && value !== 'off') throw new ConfigError(`${name} must be on or off; got "${value}"`);
  return value;
}

/** `CORS_ORIGINS`; unset: open (`*`) on the sandboxes, closed with any real upstream. */
function parseCors(env: Env, onSandboxes: boolean): CorsOrigins {
  const raw = read(env, 'CORS_ORIGINS');
  if (raw === undefined) return onSandboxes ? '*' : [];
  try {
    return parseCorsOrigins(raw);
  } catch (error) {
    throw new ConfigError(`CORS_ORIGINS must be * or a comma-separated list of origins: ${(error as Error).message}`);
  }
}

/** `PERSISTED_OPERATIONS` (the manifest, read and checked now) and `PERSISTED_OPERATIONS_ONLY`. */
function parsePersistedOperations(env: Env): PersistedOperations | undefined {
  const path = read(env, 'PERSISTED_OPERATIONS');
  const only = read(env, 'PERSISTED_OPERATIONS_ONLY');
  if (only !== undefined && only !== '1' && only !== '0') {
    throw new ConfigError(`PERSISTED_OPERATIONS_ONLY must be 1 (only the manifest's operations run) or 0; got "${only}"`);
  }
  if (path === undefined) {
    if (only === '1') {
      throw new ConfigError('PERSISTED_OPERATIONS_ONLY=1 needs PERSISTED_OPERATIONS, the path of the manifest of allowed operations');
    }
    return undefined;
  }
  try {
    return { manifest: readManifest(path), only: only === '1' };
  } catch (error) {
    throw new ConfigError(`PERSISTED_OPERATIONS: ${(error as Error).message}`);
  }
}

export interface SandboxConfig {
  /** `HOST`, default 127.0.0.1: the standalone sandboxes are for this machine's developers. */
  host: string;
  /** `SANDBOX_SCHEMATIC_PORT`, default 4010. */
  schematicPort: number;
  /** `SANDBOX_METRONOME_PORT`, default 4011. */
  metronomePort: number;
  /** `SANDBOX_LATENCY_MS`, default 0: added to every answer of both sandboxes (to feel a real API's latency). */
  latencyMs: number;
}

/** Config of `npm run sandbox` (the sandboxes alone, on fixed ports). */
export function loadSandboxConfig(env: Env = process.env): SandboxConfig {
  return {
    host: read(env, 'HOST') ?? '127.0.0.1',
    schematicPort: parsePort(env, 'SANDBOX_SCHEMATIC_PORT', 4010),
    metronomePort: parsePort(env, 'SANDBOX_METRONOME_PORT', 4011),
    latencyMs: parseNonNegativeInt(env, 'SANDBOX_LATENCY_MS', 0),
  };
}
