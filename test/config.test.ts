import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  DEFAULT_METRONOME_URL,
  DEFAULT_SCHEMATIC_URL,
  loadConfig,
  loadSandboxConfig,
} from '../src/config.ts';
import { DEFAULT_LIMITS } from '../src/limits.ts';

const DEFAULT_HTTP = {
  timeoutMs: 10_000,
  connectTimeoutMs: 3_000,
  headersTimeoutMs: 4_000,
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
      limits: DEFAULT_LIMITS,
    });
  });

  it('a key alone means the real Schematic API', () => {
    expect(loadConfig({ SCHEMATIC_API_KEY: 'sch_prod_x' }).schematic).toEqual({
      mode: 'remote',
      url: DEFAULT_SCHEMATIC_URL,
      credential: 'sch_prod_x',
    });
  });

  it('a key with a URL means that server, whatever host it is', () => {
    expect(loadConfig({ SCHEMATIC_API_KEY: 'k', SCHEMATIC_API_URL: 'http://127.0.0.1:4010/' }).schematic).toEqual({
      mode: 'remote',
      url: 'http://127.0.0.1:4010',
      credential: 'k',
    });
  });

  it('SANDBOX=1 forces the sandbox even with a key', () => {
    expect(loadConfig({ SANDBOX: '1', SCHEMATIC_API_KEY: 'k' }).schematic).toEqual({ mode: 'sandbox' });
  });

  it('SANDBOX=0 forces nothing: a key still means the real API', () => {
    expect(loadConfig({ SANDBOX: '0', SCHEMATIC_API_KEY: 'k' }).schematic).toEqual({ mode: 'remote', url: DEFAULT_SCHEMATIC_URL, credential: 'k' });
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
    const config = loadConfig({ METRONOME_BEARER_TOKEN: 'mtr_live_x' });
    expect(config.metronome).toEqual({ mode: 'remote', url: DEFAULT_METRONOME_URL, credential: 'mtr_live_x' });
    expect(config.schematic).toEqual({ mode: 'sandbox' });
    expect(DEFAULT_METRONOME_URL).toBe('https://api.metronome.com');
  });

  it('a Metronome token with a URL means that server, whatever host it is', () => {
    expect(loadConfig({ METRONOME_BEARER_TOKEN: 't', METRONOME_API_URL: 'http://127.0.0.1:4011/' }).metronome).toEqual({
      mode: 'remote',
      url: 'http://127.0.0.1:4011',
      credential: 't',
    });
  });

  it('each upstream is configured on its own', () => {
    const config = loadConfig({ SCHEMATIC_API_KEY: 'k', METRONOME_BEARER_TOKEN: 't' });
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
  ] as [Record<string, string>, string][])('%o fails naming %s, in one line, without echoing credentials', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
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

  it('reads every retry and breaker setting', () => {
    const config = loadConfig({
      UPSTREAM_CONNECT_TIMEOUT_MS: '1000',
      UPSTREAM_RETRY_ATTEMPTS: '1',
      UPSTREAM_RETRY_BUDGET_MS: '3000',
      UPSTREAM_RETRY_BASE_DELAY_MS: '50',
      UPSTREAM_RETRY_MAX_DELAY_MS: '50',
      UPSTREAM_BREAKER_THRESHOLD: '0',
      UPSTREAM_BREAKER_COOLDOWN_MS: '2500',
    });
    expect(config.http.metronome).toEqual({
      timeoutMs: 10_000,
      connectTimeoutMs: 1_000,
      headersTimeoutMs: 4_000,
      retry: { attempts: 1, budgetMs: 3_000, baseDelayMs: 50, maxDelayMs: 50 },
      breaker: { threshold: 0, cooldownMs: 2_500 },
    });
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
    expect(loadSandboxConfig({})).toEqual({ host: '127.0.0.1', schematicPort: 4010, metronomePort: 4011 });
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
    expect(loadConfig({}).limits).toEqual(DEFAULT_LIMITS);
    expect(
      loadConfig({
        QUERY_MAX_DEPTH: '8',
        QUERY_MAX_ALIASES: '0',
        QUERY_MAX_DIRECTIVES: '5',
        QUERY_MAX_TOKENS: '800',
        QUERY_MAX_COST: '2000',
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
      maxBatch: 0,
      maxBodyBytes: 65536,
      introspection: false,
    });
  });
});
