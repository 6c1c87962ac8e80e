import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_SCHEMATIC_URL, loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('defaults to the sandbox on port 4000', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '0.0.0.0',
      schematic: { mode: 'sandbox' },
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
    expect(loadConfig({ PORT: '', SCHEMATIC_API_KEY: ' ' })).toMatchObject({ port: 4000, schematic: { mode: 'sandbox' } });
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
