/**
 * The real process: on the sandboxes it prints development tokens with their claims, and they
 * work as printed; with a real upstream and no AUTH_MODE it refuses to start, saying why.
 */
import type { GraphQLFormattedError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { startSchematicSandbox } from '../../src/sandbox/schematic/server.ts';
import { logMessages } from '../helpers/log.ts';
import { killProcessesAfterEach, startGatewayProcess as start } from '../helpers/process.ts';
import { A, B } from './helpers.ts';

const cleanups: (() => Promise<void>)[] = [];

killProcessesAfterEach();
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function query(url: string, q: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: q }) });
  return { status: response.status, ...((await response.json()) as { data?: Record<string, unknown>; errors?: GraphQLFormattedError[] }) };
}

/** The token printed under the line whose label starts with `label`, and the claims printed with it. */
function printed(output: string, label: string): { token: string; claims: Record<string, unknown> } {
  const match = new RegExp(`  ${label}[^\\n]*, claims (\\{[^\\n]*\\}):\\n    (\\S+)`).exec(logMessages(output));
  if (!match?.[1] || !match[2]) throw new Error(`no "${label}" token in:\n${output}`);
  return { claims: JSON.parse(match[1]), token: match[2] };
}

describe('npm start on the sandboxes', () => {
  it('prints a company and an admin development token with their claims; they scope requests as printed', async () => {
    const gw = start({});
    const url = await gw.listening;
    expect(gw.output()).toContain('callers: AUTH_MODE=none (the default on the sandboxes): no token needed');
    const company = printed(gw.output(), 'company comp_acme');
    expect(company.claims).toEqual({ sub: 'dev-acme-user', company_id: A.company });
    const admin = printed(gw.output(), 'admin');
    expect(admin.claims).toEqual({ sub: 'dev-admin', scope: 'credits:admin' });

    // No token: no caller auth (the sandbox default).
    expect((await query(url, `{ company(id: "${B.company}") { id } }`)).data).toEqual({ company: { id: B.company } });
    // The company token: its own company only.
    const asA = { authorization: `Bearer ${company.token}` };
    expect((await query(url, `{ company(id: "${A.company}") { id } }`, asA)).data).toEqual({ company: { id: A.company } });
    const denied = await query(url, `{ company(id: "${B.company}") { id } }`, asA);
    expect(denied.data).toEqual({ company: null });
    expect(denied.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
    // The admin token: everything.
    expect((await query(url, `{ company(id: "${B.company}") { id } }`, { authorization: `Bearer ${admin.token}` })).data).toEqual({
      company: { id: B.company },
    });
    // A token the gateway did not sign: refused, even though no token at all would pass.
    const forged = `${company.token.slice(0, company.token.lastIndexOf('.'))}.AAAA`;
    expect((await query(url, '{ pricingUnits { id } }', { authorization: `Bearer ${forged}` })).status).toBe(401);

    gw.child.kill('SIGTERM');
    expect(await gw.exit).toBe(0);
  });

  it('AUTH_MODE=jwt on the sandboxes: a token is required, and the printed ones are accepted', async () => {
    const gw = start({ AUTH_MODE: 'jwt' });
    const url = await gw.listening;
    expect(gw.output()).toContain('HS256 with a development secret made at this start (sandboxes only)');
    expect((await query(url, '{ pricingUnits { id } }')).status).toBe(401);
    const company = printed(gw.output(), 'company comp_acme');
    const result = await query(url, `{ company(id: "${A.company}") { id } }`, { authorization: `Bearer ${company.token}` });
    expect(result.data).toEqual({ company: { id: A.company } });
  });
});

describe('npm start with a real upstream', () => {
  it('without AUTH_MODE: refuses to start, in one line that says why and how to choose, without the key', async () => {
    const gw = start({ SCHEMATIC_API_KEY: 'sch_live_do_not_print' });
    await expect(gw.listening).rejects.toThrow();
    expect(await gw.exit).toBe(1);
    const lines = gw.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/configuration error: AUTH_MODE is not set and a real upstream is configured \(SCHEMATIC_API_KEY\): set AUTH_MODE=jwt/);
    expect(gw.output()).not.toContain('do_not_print');
  });

  it('with AUTH_MODE=none: starts, warns that anyone reaching it uses its keys, and issues no development token', async () => {
    const sandbox = await startSchematicSandbox();
    cleanups.push(() => sandbox.close());
    const gw = start({ SCHEMATIC_API_URL: sandbox.url, SCHEMATIC_API_KEY: 'k', AUTH_MODE: 'none' });
    const url = await gw.listening;
    expect(gw.output()).toContain('callers: AUTH_MODE=none: no caller auth, anyone who reaches this gateway uses its vendor keys');
    expect(gw.output()).not.toContain('development token');
    // A bearer token means nothing here: no development secret exists with a real upstream.
    const result = await query(url, `{ company(id: "${B.company}") { id } }`, { authorization: 'Bearer whatever' });
    expect(result.data).toEqual({ company: { id: B.company } });
  });
});
