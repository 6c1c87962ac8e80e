import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  DEFAULT_METRONOME_URL,
  DEFAULT_SCHEMATIC_URL,
  loadConfig,
  loadSandboxConfig,
} from '../src/config.ts';
import { DEFAULT_LIMITS } from '../src/limits.ts';

/** The ConfigError \`loadConfig(env)\` throws (the test fails when it throws nothing or something else). */
function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(Object.keys(env))}`);
}

const DEV_JWT = {
  issuer: 'credits-gateway-dev',
  audience: 'credits-gateway',
  companyClaim: 'company_id',
  scopeClaim: 'scope',
  adminScope: 'credits:admin',
};

const DEFAULT_HTTP = {
  timeoutMs: 10_000,
  connectTimeoutMs: 3_000,
  headersTimeoutMs: 4_000,
  maxBodyBytes: 32 * 1024 * 1024,
  retry: { attempts: 3, budgetMs: 5_000, baseDelayMs: 100, maxDelayMs: 2_000 },
  breaker: { threshold: 5, cooldownMs: 10_000 },
};

describe('loadConfig', () => {
  it('defaults to both sandboxes on port 4000, companies linked by key metronome_customer_id', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '0.0.0.0',
      schematic: { mode: 'sandbox' },
      metronome: { mode: 'sandbox' },
      metronomeLink: { kind: 'key', key: 'metronome_customer_id' },
      http: { schematic: DEFAULT_HTTP, metronome: DEFAULT_HTTP },
      limits: { ...DEFAULT_LIMITS, serviceSdl: true },
      corsOrigins: '*', // any browser origin, without credentials, on the sandboxes
      // no caller auth on the sandboxes, with development tokens (src/auth/setup.ts)
      auth: { mode: 'none', dev: { key: { kind: 'dev' }, ...DEV_JWT } },
      // in memory (one replica), the catalogue cached for a minute, no rate limit
      shared: {
        redisCommandTimeoutMs: 250,
        cacheTtlSeconds: 60,
        rateLimit: { perMinute: 0, adminPerMinute: 0, onRedisLoss: 'open' },
      },
      compileAfterRuns: 1,
      log: { level: 'info', format: undefined }, // format: pretty on a terminal, JSON lines otherwise
      drainDelayMs: 0,
      keepAliveTimeoutMs: 65_000,
    });
  });

  it('a key alone means the real Schematic API', () => {
    expect(loadConfig({ SCHEMATIC_API_KEY: 'sch_prod_x', AUTH_MODE: 'none' }).schematic).toEqual({
      mode: 'remote',
      url: DEFAULT_SCHEMATIC_URL,
      credential: 'sch_prod_x',
    });
  });

  it('a key with a URL means that server, whatever host it is', () => {
    expect(loadConfig({ SCHEMATIC_API_KEY: 'k', SCHEMATIC_API_URL: 'http://127.0.0.1:4010/', AUTH_MODE: 'none' }).schematic).toEqual({
      mode: 'remote',
      url: 'http://127.0.0.1:4010',
      credential: 'k',
    });
  });

  it('SANDBOX=1 forces the sandbox even with a key', () => {
    expect(loadConfig({ SANDBOX: '1', SCHEMATIC_API_KEY: 'k' }).schematic).toEqual({ mode: 'sandbox' });
  });

  it('SANDBOX=0 forces nothing: a key still means the real API', () => {
    expect(loadConfig({ SANDBOX: '0', SCHEMATIC_API_KEY: 'k', AUTH_MODE: 'none' }).schematic).toEqual({ mode: 'remote', url: DEFAULT_SCHEMATIC_URL, credential: 'k' });
  });

  it('empty values count as unset', () => {
    expect(
      loadConfig({ PORT: '', SCHEMATIC_API_KEY: ' ', METRONOME_BEARER_TOKEN: '', COMPANY_METRONOME_LINK: ' ' }),
    ).toMatchObject({
      port: 4000,
      schematic: { mode: 'sandbox' },
      metronome: { mode: 'sandbox' },
      metronomeLink: { kind: 'key', key: 'metronome_customer_id' },
    });
  });

  it('a Metronome token alone means the real Metronome API; Schematic stays on its sandbox', () => {
    const config = loadConfig({ METRONOME_BEARER_TOKEN: 'mtr_live_x', AUTH_MODE: 'none' });
    expect(config.metronome).toEqual({ mode: 'remote', url: DEFAULT_METRONOME_URL, credential: 'mtr_live_x' });
    expect(config.schematic).toEqual({ mode: 'sandbox' });
    expect(DEFAULT_METRONOME_URL).toBe('https://api.metronome.com');
  });

  it('a Metronome token with a URL means that server, whatever host it is', () => {
    expect(loadConfig({ METRONOME_BEARER_TOKEN: 't', METRONOME_API_URL: 'http://127.0.0.1:4011/', AUTH_MODE: 'none' }).metronome).toEqual({
      mode: 'remote',
      url: 'http://127.0.0.1:4011',
      credential: 't',
    });
  });

  it('each upstream is configured on its own', () => {
    const config = loadConfig({ SCHEMATIC_API_KEY: 'k', METRONOME_BEARER_TOKEN: 't', AUTH_MODE: 'none' });
    expect(config.schematic).toMatchObject({ mode: 'remote', credential: 'k' });
    expect(config.metronome).toMatchObject({ mode: 'remote', credential: 't' });
  });

  it('SANDBOX=1 forces the Metronome sandbox too, even with a token and a URL', () => {
    expect(loadConfig({ SANDBOX: '1', METRONOME_BEARER_TOKEN: 't', METRONOME_API_URL: 'https://api.example' }).metronome).toEqual({
      mode: 'sandbox',
    });
  });

  it.each([
    ['key:metronome_customer_id', { kind: 'key', key: 'metronome_customer_id' }],
    ['key:billing_id', { kind: 'key', key: 'billing_id' }],
    ['alias:domain', { kind: 'alias', key: 'domain' }],
    [' alias:metronome_alias ', { kind: 'alias', key: 'metronome_alias' }],
  ])('COMPANY_METRONOME_LINK=%j is %o', (value, link) => {
    expect(loadConfig({ COMPANY_METRONOME_LINK: value }).metronomeLink).toEqual(link);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ SCHEMATIC_API_URL: 'ftp://x', SCHEMATIC_API_KEY: 'k' }, 'SCHEMATIC_API_URL'],
    [{ SCHEMATIC_API_URL: 'not a url', SCHEMATIC_API_KEY: 'k' }, 'SCHEMATIC_API_URL'],
    [{ SCHEMATIC_API_URL: 'https://user:pw@api.example' }, 'SCHEMATIC_API_URL'],
    [{ SCHEMATIC_API_URL: 'https://api.example' }, 'SCHEMATIC_API_KEY'],
    [{ SANDBOX: 'yes' }, 'SANDBOX'],
    [{ UPSTREAM_TIMEOUT_MS: '0' }, 'UPSTREAM_TIMEOUT_MS'],
    [{ SCHEMATIC_TIMEOUT_MS: '1.5' }, 'SCHEMATIC_TIMEOUT_MS'],
    [{ METRONOME_TIMEOUT_MS: '-1' }, 'METRONOME_TIMEOUT_MS'],
    [{ UPSTREAM_CONNECT_TIMEOUT_MS: '0' }, 'UPSTREAM_CONNECT_TIMEOUT_MS'],
    [{ UPSTREAM_HEADERS_TIMEOUT_MS: '5s' }, 'UPSTREAM_HEADERS_TIMEOUT_MS'],
    [{ UPSTREAM_RETRY_ATTEMPTS: '0' }, 'UPSTREAM_RETRY_ATTEMPTS'],
    [{ UPSTREAM_RETRY_ATTEMPTS: '11' }, 'UPSTREAM_RETRY_ATTEMPTS'],
    [{ UPSTREAM_RETRY_BUDGET_MS: 'lots' }, 'UPSTREAM_RETRY_BUDGET_MS'],
    [{ UPSTREAM_RETRY_BASE_DELAY_MS: '0' }, 'UPSTREAM_RETRY_BASE_DELAY_MS'],
    [{ UPSTREAM_RETRY_MAX_DELAY_MS: '50' }, 'UPSTREAM_RETRY_MAX_DELAY_MS'],
    [{ UPSTREAM_RETRY_BASE_DELAY_MS: '500', UPSTREAM_RETRY_MAX_DELAY_MS: '400' }, 'UPSTREAM_RETRY_MAX_DELAY_MS'],
    [{ UPSTREAM_BREAKER_THRESHOLD: '-1' }, 'UPSTREAM_BREAKER_THRESHOLD'],
    [{ UPSTREAM_BREAKER_COOLDOWN_MS: '0' }, 'UPSTREAM_BREAKER_COOLDOWN_MS'],
    [{ METRONOME_API_URL: 'https://api.example' }, 'METRONOME_BEARER_TOKEN'],
    [{ METRONOME_API_URL: 'ftp://x', METRONOME_BEARER_TOKEN: 't' }, 'METRONOME_API_URL'],
    [{ METRONOME_API_URL: 'https://user:pw@api.example', METRONOME_BEARER_TOKEN: 't' }, 'METRONOME_API_URL'],
    [{ COMPANY_METRONOME_LINK: 'metronome_customer_id' }, 'COMPANY_METRONOME_LINK'],
    [{ COMPANY_METRONOME_LINK: 'id:metronome_customer_id' }, 'COMPANY_METRONOME_LINK'],
    [{ COMPANY_METRONOME_LINK: 'key:' }, 'COMPANY_METRONOME_LINK'],
    [{ COMPANY_METRONOME_LINK: 'alias:two words' }, 'COMPANY_METRONOME_LINK'],
    [{ QUERY_MAX_DEPTH: '0' }, 'QUERY_MAX_DEPTH'],
    [{ QUERY_MAX_COST: 'lots' }, 'QUERY_MAX_COST'],
    [{ QUERY_MAX_BODY_BYTES: '-1' }, 'QUERY_MAX_BODY_BYTES'],
    [{ INTROSPECTION: 'false' }, 'INTROSPECTION'],
    [{ QUERY_MAX_LIST_ITEMS: '0' }, 'QUERY_MAX_LIST_ITEMS'],
    [{ SERVICE_SDL: 'yes' }, 'SERVICE_SDL'],
  ] as [Record<string, string>, string][])('%o fails naming %s, in one line, without echoing credentials', (env, variable) => {
    const error = configError(env);
    const message = (error as Error).message;
    expect(message).toContain(variable);
    expect(message).not.toContain('\n');
    expect(message).not.toContain('pw@');
  });
});

describe('upstream timeouts, retries and circuit breaker', () => {
  it('UPSTREAM_TIMEOUT_MS sets both whole-call timeouts; SCHEMATIC_ and METRONOME_TIMEOUT_MS override it', () => {
    expect(loadConfig({ UPSTREAM_TIMEOUT_MS: '20000' }).http.schematic.timeoutMs).toBe(20_000);
    const config = loadConfig({ UPSTREAM_TIMEOUT_MS: '20000', SCHEMATIC_TIMEOUT_MS: '6000', METRONOME_TIMEOUT_MS: '30000' });
    expect(config.http.schematic.timeoutMs).toBe(6_000);
    expect(config.http.metronome.timeoutMs).toBe(30_000);
  });

  it('caps the headers wait and the retry budget at each upstream\'s whole-call timeout', () => {
    const config = loadConfig({ SCHEMATIC_TIMEOUT_MS: '2000', UPSTREAM_HEADERS_TIMEOUT_MS: '4000', UPSTREAM_RETRY_BUDGET_MS: '8000' });
    expect(config.http.schematic).toMatchObject({ timeoutMs: 2_000, headersTimeoutMs: 2_000, retry: { budgetMs: 2_000 } });
    expect(config.http.metronome).toMatchObject({ timeoutMs: 10_000, headersTimeoutMs: 4_000, retry: { budgetMs: 8_000 } });
  });

  it('reads every retry, breaker and body-size setting, and refuses a body limit that is not a positive integer', () => {
    expect(() => loadConfig({ UPSTREAM_MAX_BODY_BYTES: '32MB' })).toThrow(/UPSTREAM_MAX_BODY_BYTES must be a positive integer; got "32MB"/);
    const config = loadConfig({
      UPSTREAM_CONNECT_TIMEOUT_MS: '1000',
      UPSTREAM_RETRY_ATTEMPTS: '1',
      UPSTREAM_RETRY_BUDGET_MS: '3000',
      UPSTREAM_RETRY_BASE_DELAY_MS: '50',
      UPSTREAM_RETRY_MAX_DELAY_MS: '50',
      UPSTREAM_BREAKER_THRESHOLD: '0',
      UPSTREAM_BREAKER_COOLDOWN_MS: '2500',
      UPSTREAM_MAX_BODY_BYTES: '1048576',
    });
    expect(config.http.metronome).toEqual({
      timeoutMs: 10_000,
      connectTimeoutMs: 1_000,
      headersTimeoutMs: 4_000,
      maxBodyBytes: 1_048_576,
      retry: { attempts: 1, budgetMs: 3_000, baseDelayMs: 50, maxDelayMs: 50 },
      breaker: { threshold: 0, cooldownMs: 2_500 },
    });
  });
});

describe('logs and shutdown', () => {
  it('reads COMPILE_AFTER_RUNS: 1 by default, a whole number, or off (never compiled)', () => {
    expect(loadConfig({}).compileAfterRuns).toBe(1);
    expect(loadConfig({ COMPILE_AFTER_RUNS: '0' }).compileAfterRuns).toBe(0);
    expect(loadConfig({ COMPILE_AFTER_RUNS: 'off' }).compileAfterRuns).toBe(Infinity);
    expect(configError({ COMPILE_AFTER_RUNS: 'never' }).message).toBe('COMPILE_AFTER_RUNS must be a whole number (0 or more) or off; got "never"');
  });

  it('reads LOG_LEVEL (any case), LOG_FORMAT, DRAIN_DELAY_MS and HTTP_KEEP_ALIVE_TIMEOUT_MS', () => {
    expect(loadConfig({ LOG_LEVEL: 'DEBUG', LOG_FORMAT: 'pretty', DRAIN_DELAY_MS: '5000', HTTP_KEEP_ALIVE_TIMEOUT_MS: '350000' })).toMatchObject({
      log: { level: 'debug', format: 'pretty' },
      drainDelayMs: 5_000,
      keepAliveTimeoutMs: 350_000,
    });
    // Above AWS ALB's default idle timeout (60 s), so the balancer closes an idle connection first.
    expect(loadConfig({}).keepAliveTimeoutMs).toBe(65_000);
    expect(loadConfig({ LOG_FORMAT: 'json' }).log).toEqual({ level: 'info', format: 'json' });
  });

  it('refuses a bad value, naming the variable and what it accepts', () => {
    expect(configError({ LOG_LEVEL: 'verbose' }).message).toBe('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got "verbose"');
    expect(configError({ LOG_FORMAT: 'text' }).message).toMatch(/^LOG_FORMAT must be json or pretty .*; got "text"$/);
    expect(configError({ DRAIN_DELAY_MS: '5s' }).message).toBe('DRAIN_DELAY_MS must be a whole number (0 or more); got "5s"');
    expect(configError({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '0' }).message).toBe('HTTP_KEEP_ALIVE_TIMEOUT_MS must be a positive integer; got "0"');
  });
});

describe('COMPANY_METRONOME_LINK errors', () => {
  it('name the variable and the accepted forms', () => {
    expect(() => loadConfig({ COMPANY_METRONOME_LINK: 'domain' })).toThrow(
      /COMPANY_METRONOME_LINK must be key:<company key> .* or alias:<company key> .*; got "domain"/,
    );
  });
});

describe('loadSandboxConfig', () => {
  it('defaults to ports 4010 (Schematic) and 4011 (Metronome) on 127.0.0.1', () => {
    expect(loadSandboxConfig({})).toEqual({ host: '127.0.0.1', schematicPort: 4010, metronomePort: 4011, latencyMs: 0 });
  });

  it('reads SANDBOX_LATENCY_MS, and refuses one that is not a whole number of ms, naming it', () => {
    expect(loadSandboxConfig({ SANDBOX_LATENCY_MS: '20' }).latencyMs).toBe(20);
    expect(() => loadSandboxConfig({ SANDBOX_LATENCY_MS: '-5' })).toThrow(/SANDBOX_LATENCY_MS must be a whole number/);
    expect(() => loadSandboxConfig({ SANDBOX_LATENCY_MS: '2.5' })).toThrow(/SANDBOX_LATENCY_MS/);
  });

  it('reads SANDBOX_METRONOME_PORT', () => {
    expect(loadSandboxConfig({ SANDBOX_METRONOME_PORT: '5011' }).metronomePort).toBe(5011);
  });

  it('refuses a bad SANDBOX_METRONOME_PORT, naming it', () => {
    expect(() => loadSandboxConfig({ SANDBOX_METRONOME_PORT: 'x' })).toThrow(/SANDBOX_METRONOME_PORT/);
  });
});

describe('query limits', () => {
  it('default to src/limits.ts and are read from QUERY_MAX_* and INTROSPECTION', () => {
    expect(loadConfig({}).limits).toEqual({ ...DEFAULT_LIMITS, serviceSdl: true });
    expect(
      loadConfig({
        QUERY_MAX_DEPTH: '8',
        QUERY_MAX_ALIASES: '0',
        QUERY_MAX_DIRECTIVES: '5',
        QUERY_MAX_TOKENS: '800',
        QUERY_MAX_COST: '2000',
        QUERY_MAX_LIST_ITEMS: '300',
        QUERY_MAX_BATCH: '0',
        QUERY_MAX_BODY_BYTES: '65536',
        INTROSPECTION: 'off',
      }).limits,
    ).toEqual({
      maxDepth: 8,
      maxAliases: 0,
      maxDirectives: 5,
      maxTokens: 800,
      maxCost: 2000,
      maxListItems: 300,
      maxBatch: 0,
      maxBodyBytes: 65536,
      introspection: false,
      serviceSdl: false,
    });
  });

  it('SERVICE_SDL follows INTROSPECTION unless set: on keeps `_service` for a router when introspection is off', () => {
    expect(loadConfig({ INTROSPECTION: 'off' }).limits).toMatchObject({ introspection: false, serviceSdl: false });
    expect(loadConfig({ INTROSPECTION: 'off', SERVICE_SDL: 'on' }).limits).toMatchObject({ introspection: false, serviceSdl: true });
    expect(loadConfig({ SERVICE_SDL: 'off' }).limits).toMatchObject({ introspection: true, serviceSdl: false });
  });
});

describe('AUTH_MODE', () => {
  const SECRET = 's'.repeat(32);
  const jwtEnv = { AUTH_MODE: 'jwt', JWT_SECRET: SECRET, JWT_ISSUER: 'https://idp.example/', JWT_AUDIENCE: 'credits-gateway' };

  it('is none by default on the sandboxes, with development tokens (their claims configurable)', () => {
    expect(loadConfig({}).auth).toEqual({ mode: 'none', dev: { key: { kind: 'dev' }, ...DEV_JWT } });
    expect(loadConfig({ JWT_COMPANY_CLAIM: 'org', JWT_SCOPE_CLAIM: 'scp', JWT_ADMIN_SCOPE: 'billing:admin' }).auth).toEqual({
      mode: 'none',
      dev: { key: { kind: 'dev' }, ...DEV_JWT, companyClaim: 'org', scopeClaim: 'scp', adminScope: 'billing:admin' },
    });
  });

  it('with a real upstream and no AUTH_MODE, refuses to start, saying why and how to choose, in one line', () => {
    for (const env of [{ SCHEMATIC_API_KEY: 'sch_live_secret' }, { METRONOME_BEARER_TOKEN: 'mtr_live_secret' }]) {
      let message = '';
      try {
        loadConfig(env);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        message = (error as Error).message;
      }
      expect(message).toMatch(/^AUTH_MODE is not set and a real upstream is configured \((SCHEMATIC_API_KEY|METRONOME_BEARER_TOKEN)\): set AUTH_MODE=jwt .*AUTH_MODE=forward .*AUTH_MODE=none/);
      expect(message).not.toContain('\n');
      expect(message).not.toContain('secret');
    }
  });

  it('AUTH_MODE=none set explicitly with a real upstream: no caller auth and no development tokens', () => {
    expect(loadConfig({ SCHEMATIC_API_KEY: 'k', AUTH_MODE: 'none' }).auth).toEqual({ mode: 'none' });
  });

  it('jwt with JWT_SECRET (HS256), issuer and audience', () => {
    expect(loadConfig({ ...jwtEnv, SCHEMATIC_API_KEY: 'k' }).auth).toEqual({
      mode: 'jwt',
      jwt: { ...DEV_JWT, key: { kind: 'secret', secret: SECRET }, issuer: 'https://idp.example/', audience: 'credits-gateway' },
    });
  });

  it('jwt with JWKS_URL (RS256/ES256): https, or http on loopback', () => {
    const env = { AUTH_MODE: 'jwt', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a', SCHEMATIC_API_KEY: 'k' };
    expect(loadConfig({ ...env, JWKS_URL: 'https://idp.example/.well-known/jwks.json' }).auth).toMatchObject({
      mode: 'jwt',
      jwt: { key: { kind: 'jwks', url: 'https://idp.example/.well-known/jwks.json' } },
    });
    expect(loadConfig({ ...env, JWKS_URL: 'http://127.0.0.1:9000/jwks' }).auth).toMatchObject({ jwt: { key: { kind: 'jwks' } } });
  });

  it('jwt on the sandboxes without a secret: a development secret, made at boot', () => {
    expect(loadConfig({ AUTH_MODE: 'jwt' }).auth).toEqual({ mode: 'jwt', jwt: { key: { kind: 'dev' }, ...DEV_JWT } });
  });

  it('forward: the gateway holds no key; each upstream is its URL (default the vendor’s) with the caller’s credential', () => {
    const config = loadConfig({ AUTH_MODE: 'forward', METRONOME_API_URL: 'https://metronome.internal' });
    expect(config.auth).toEqual({ mode: 'forward' });
    expect(config.schematic).toEqual({ mode: 'forwarded', url: DEFAULT_SCHEMATIC_URL });
    expect(config.metronome).toEqual({ mode: 'forwarded', url: 'https://metronome.internal' });
    expect(loadConfig({ AUTH_MODE: 'forward', SANDBOX: '1' }).schematic).toEqual({ mode: 'sandbox' });
  });

  it.each([
    [{ AUTH_MODE: 'oauth' }, 'AUTH_MODE must be none, jwt or forward'],
    [{ AUTH_MODE: 'jwt', SCHEMATIC_API_KEY: 'k' }, 'AUTH_MODE=jwt needs JWT_SECRET (HS256) or JWKS_URL (RS256/ES256)'],
    [{ ...jwtEnv, JWKS_URL: 'https://idp.example/jwks' }, 'JWT_SECRET and JWKS_URL are both set'],
    [{ ...jwtEnv, JWT_SECRET: 'short' }, 'JWT_SECRET must be at least 32 characters'],
    [{ ...jwtEnv, JWT_ISSUER: '' }, 'JWT_ISSUER is required with JWT_SECRET'],
    [{ ...jwtEnv, JWT_AUDIENCE: '' }, 'JWT_AUDIENCE is required with JWT_SECRET'],
    [{ AUTH_MODE: 'jwt', JWKS_URL: 'http://idp.example/jwks', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a' }, 'JWKS_URL must be https'],
    [{ AUTH_MODE: 'jwt', JWKS_URL: 'not a url', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a' }, 'JWKS_URL must be an http(s) URL'],
    [{ JWT_SECRET: SECRET }, 'JWT_SECRET is set but AUTH_MODE is none'],
    [{ AUTH_MODE: 'forward', JWKS_URL: 'https://idp.example/jwks' }, 'JWKS_URL is set but AUTH_MODE is forward'],
    [{ AUTH_MODE: 'forward', SCHEMATIC_API_KEY: 'sch_live_secret' }, "SCHEMATIC_API_KEY is set but AUTH_MODE=forward sends each caller's own credential"],
    [{ AUTH_MODE: 'forward', METRONOME_BEARER_TOKEN: 'mtr_live_secret' }, 'METRONOME_BEARER_TOKEN is set but AUTH_MODE=forward'],
    [{ JWT_COMPANY_CLAIM: 'company id' }, 'JWT_COMPANY_CLAIM must be one name without spaces'],
  ] as [Record<string, string>, string][])('%o fails with "%s", without echoing a secret', (env, message) => {
    const error = configError(env);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain('\n');
    expect((error as Error).message).not.toMatch(/_live_secret|ssss/);
  });
});

describe('CORS_ORIGINS', () => {
  it('defaults to any origin on the sandboxes and to none with a real upstream', () => {
    expect(loadConfig({}).corsOrigins).toBe('*');
    expect(loadConfig({ SCHEMATIC_API_KEY: 'k', AUTH_MODE: 'none' }).corsOrigins).toEqual([]);
  });

  it('reads a comma-separated list of origins, normalised, or `*`', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example.com, http://localhost:5173/' }).corsOrigins).toEqual([
      'https://app.example.com',
      'http://localhost:5173',
    ]);
    expect(loadConfig({ SCHEMATIC_API_KEY: 'k', AUTH_MODE: 'none', CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
  });

  it('refuses an entry that is not an origin, naming the variable and the entry', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://app.example.com/login' })).toThrow(ConfigError);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://app.example.com/login' })).toThrow(
      /^CORS_ORIGINS must be \* or a comma-separated list of origins: "https:\/\/app\.example\.com\/login" has a path/,
    );
    expect(() => loadConfig({ CORS_ORIGINS: 'localhost:5173' })).toThrow(/CORS_ORIGINS .*"localhost:5173"/);
  });
});

describe('PERSISTED_OPERATIONS', () => {
  const manifest = 'schema/generated/persisted-documents.json';

  it('is off by default', () => {
    expect(loadConfig({}).persistedOperations).toBeUndefined();
  });

  it('loads the manifest codegen writes, and PERSISTED_OPERATIONS_ONLY=1 turns on allow-list mode', () => {
    const loose = loadConfig({ PERSISTED_OPERATIONS: manifest }).persistedOperations;
    expect(loose?.only).toBe(false);
    expect(Object.values(loose?.manifest ?? {}).some((document) => document.startsWith('query GrantsWithLinks('))).toBe(true);
    expect(loadConfig({ PERSISTED_OPERATIONS: manifest, PERSISTED_OPERATIONS_ONLY: '1' }).persistedOperations?.only).toBe(true);
  });

  it.each([
    [{ PERSISTED_OPERATIONS: 'no/such/manifest.json' }, /^PERSISTED_OPERATIONS: cannot read "no\/such\/manifest\.json" \(ENOENT\)/],
    [{ PERSISTED_OPERATIONS: 'package.json' }, /^PERSISTED_OPERATIONS: "package\.json": operation "name" is not a GraphQL document/],
    [{ PERSISTED_OPERATIONS_ONLY: '1' }, /PERSISTED_OPERATIONS_ONLY=1 needs PERSISTED_OPERATIONS/],
    [{ PERSISTED_OPERATIONS: manifest, PERSISTED_OPERATIONS_ONLY: 'yes' }, /PERSISTED_OPERATIONS_ONLY must be 1 .* or 0; got "yes"/],
  ])('refuses %o with a clear line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('shared state: REDIS_URL, CACHE_TTL_SECONDS, RATE_LIMIT_*', () => {
  it('reads every setting; the admin limit defaults to the callers\' one', () => {
    expect(
      loadConfig({
        REDIS_URL: 'rediss://gw:s3cret@redis.internal:6380/2',
        REDIS_COMMAND_TIMEOUT_MS: '50',
        CACHE_TTL_SECONDS: '0',
        RATE_LIMIT_PER_MINUTE: '600',
        RATE_LIMIT_ON_REDIS_LOSS: 'local',
      }).shared,
    ).toEqual({
      redisUrl: 'rediss://gw:s3cret@redis.internal:6380/2',
      redisCommandTimeoutMs: 50,
      cacheTtlSeconds: 0,
      rateLimit: { perMinute: 600, adminPerMinute: 600, onRedisLoss: 'local' },
    });
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '60', RATE_LIMIT_ADMIN_PER_MINUTE: '0' }).shared.rateLimit).toEqual({
      perMinute: 60,
      adminPerMinute: 0,
      onRedisLoss: 'open',
    });
  });

  it('refuses a REDIS_URL that is not redis:// or rediss://, without repeating it (it may hold a password)', () => {
    expect(() => loadConfig({ REDIS_URL: 'http://user:pw@cache:6379' })).toThrow(/^REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
    expect(() => loadConfig({ REDIS_URL: 'http://user:pw@cache:6379' })).not.toThrow(/pw/);
    expect(() => loadConfig({ REDIS_URL: 'not a url :pw' })).toThrow(/^REDIS_URL must be a URL/);
    expect(() => loadConfig({ REDIS_URL: 'not a url :pw' })).not.toThrow(/:pw/);
  });

  it('refuses bad numbers and modes, naming the variable', () => {
    expect(() => loadConfig({ CACHE_TTL_SECONDS: '-1' })).toThrow(/^CACHE_TTL_SECONDS must be a whole number/);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '1.5' })).toThrow(/^RATE_LIMIT_PER_MINUTE must be a whole number/);
    expect(() => loadConfig({ REDIS_COMMAND_TIMEOUT_MS: '0' })).toThrow(/^REDIS_COMMAND_TIMEOUT_MS must be a positive integer/);
    expect(() => loadConfig({ RATE_LIMIT_ON_REDIS_LOSS: 'closed' })).toThrow(/^RATE_LIMIT_ON_REDIS_LOSS must be open .* or local/);
  });
});
