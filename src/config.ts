/**
 * The only reader of process.env. `loadConfig` validates everything once, at boot, and
 * throws ConfigError with one line naming the bad variable.
 */

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
  /** `UPSTREAM_TIMEOUT_MS`, default 10000: the longest one upstream call may take. */
  upstreamTimeoutMs: number;
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

export function parsePort(env: Env, name: string, fallback: number): number {
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

function upstream(env: Env, urlName: string, keyName: string, defaultUrl: string): UpstreamConfig {
  const rawUrl = read(env, urlName);
  const url = rawUrl === undefined ? undefined : parseUrl(urlName, rawUrl);
  if (read(env, 'SANDBOX') !== undefined) return { mode: 'sandbox' };
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
  const effective = sandbox === '0' ? { ...env, SANDBOX: undefined } : env;
  return {
    port: parsePort(env, 'PORT', 4000),
    host: read(env, 'HOST') ?? '0.0.0.0',
    schematic: upstream(effective, 'SCHEMATIC_API_URL', 'SCHEMATIC_API_KEY', DEFAULT_SCHEMATIC_URL),
    metronome: upstream(effective, 'METRONOME_API_URL', 'METRONOME_BEARER_TOKEN', DEFAULT_METRONOME_URL),
    metronomeLink: parseMetronomeLink(env),
    upstreamTimeoutMs: parsePositiveInt(env, 'UPSTREAM_TIMEOUT_MS', 10_000),
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
