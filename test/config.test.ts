import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  DEFAULT_METRONOME_URL,
  DEFAULT_SCHEMATIC_URL,
  loadConfig,
  loadSandboxConfig,
} from '../src/config.ts';

describe('loadConfig', () => {
  it('defaults to both sandboxes on port 4000, companies linked by key metronome_customer_id', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '0.0.0.0',
      schematic: { mode: 'sandbox' },
      metronome: { mode: 'sandbox' },
      metronomeLink: { kind: 'key', key: 'metronome_customer_id' },
      upstreamTimeoutMs: 10_000,
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
    [{ METRONOME_API_URL: 'https://api.example' }, 'METRONOME_BEARER_TOKEN'],
    [{ METRONOME_API_URL: 'ftp://x', METRONOME_BEARER_TOKEN: 't' }, 'METRONOME_API_URL'],
    [{ METRONOME_API_URL: 'https://user:pw@api.example', METRONOME_BEARER_TOKEN: 't' }, 'METRONOME_API_URL'],
    [{ COMPANY_METRONOME_LINK: 'metronome_customer_id' }, 'COMPANY_METRONOME_LINK'],
    [{ COMPANY_METRONOME_LINK: 'id:metronome_customer_id' }, 'COMPANY_METRONOME_LINK'],
    [{ COMPANY_METRONOME_LINK: 'key:' }, 'COMPANY_METRONOME_LINK'],
    [{ COMPANY_METRONOME_LINK: 'alias:two words' }, 'COMPANY_METRONOME_LINK'],
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
