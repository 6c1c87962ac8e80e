/**
 * The only reader of process.env. `loadConfig` validates everything once, at boot, and
 * throws ConfigError with one line naming the bad variable.
 */
import { DEFAULT_LIMITS, type QueryLimits } from './limits.ts';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** An upstream is either the embedded sandbox or a real API reached over HTTP. */
export type UpstreamConfig = { mode: 'sandbox' } | { mode: 'remote'; url: string; credential: string };

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
   * `QUERY_MAX_BATCH` (10), `QUERY_MAX_BODY_BYTES` (1000000), `INTROSPECTION` (`on`; `off` refuses
   * `__schema`/`__type`, which also leaves GraphiQL without its docs).
   */
  limits: QueryLimits;
}

/** How one upstream is called (src/upstream/http.ts, retry.ts, breaker.ts). */
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

/** `forceSandbox` (SANDBOX=1) wins over credentials, though a bad URL still fails. */
function upstream(env: Env, urlName: string, keyName: string, defaultUrl: string, forceSandbox: boolean): UpstreamConfig {
  const rawUrl = read(env, urlName);
  const url = rawUrl === undefined ? undefined : parseUrl(urlName, rawUrl);
  if (forceSandbox) return { mode: 'sandbox' };
  const credential = read(env, keyName);
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
  return {
    port: parsePort(env, 'PORT', 4000),
    host: read(env, 'HOST') ?? '0.0.0.0',
    schematic: upstream(env, 'SCHEMATIC_API_URL', 'SCHEMATIC_API_KEY', DEFAULT_SCHEMATIC_URL, forceSandbox),
    metronome: upstream(env, 'METRONOME_API_URL', 'METRONOME_BEARER_TOKEN', DEFAULT_METRONOME_URL, forceSandbox),
    metronomeLink: parseMetronomeLink(env),
    http: parseHttpSettings(env),
    limits: parseLimits(env),
  };
}

function parseLimits(env: Env): QueryLimits {
  const introspection = read(env, 'INTROSPECTION') ?? 'on';
  if (introspection !== 'on' && introspection !== 'off') {
    throw new ConfigError(`INTROSPECTION must be on or off; got "${introspection}"`);
  }
  return {
    maxDepth: parsePositiveInt(env, 'QUERY_MAX_DEPTH', DEFAULT_LIMITS.maxDepth),
    maxAliases: parseNonNegativeInt(env, 'QUERY_MAX_ALIASES', DEFAULT_LIMITS.maxAliases),
    maxDirectives: parseNonNegativeInt(env, 'QUERY_MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives),
    maxTokens: parsePositiveInt(env, 'QUERY_MAX_TOKENS', DEFAULT_LIMITS.maxTokens),
    maxCost: parsePositiveInt(env, 'QUERY_MAX_COST', DEFAULT_LIMITS.maxCost),
    maxBatch: parseNonNegativeInt(env, 'QUERY_MAX_BATCH', DEFAULT_LIMITS.maxBatch),
    maxBodyBytes: parsePositiveInt(env, 'QUERY_MAX_BODY_BYTES', DEFAULT_LIMITS.maxBodyBytes),
    introspection: introspection === 'on',
  };
}

export interface SandboxConfig {
  /** `HOST`, default 127.0.0.1: the standalone sandboxes are for this machine's developers. */
  host: string;
  /** `SANDBOX_SCHEMATIC_PORT`, default 4010. */
  schematicPort: number;
  /** `SANDBOX_METRONOME_PORT`, default 4011. */
  metronomePort: number;
}

/** Config of `npm run sandbox` (the sandboxes alone, on fixed ports). */
export function loadSandboxConfig(env: Env = process.env): SandboxConfig {
  return {
    host: read(env, 'HOST') ?? '127.0.0.1',
    schematicPort: parsePort(env, 'SANDBOX_SCHEMATIC_PORT', 4010),
    metronomePort: parsePort(env, 'SANDBOX_METRONOME_PORT', 4011),
  };
}
