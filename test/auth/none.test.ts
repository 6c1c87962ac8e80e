/**
 * AUTH_MODE=none. Plain (a real upstream with AUTH_MODE=none set): no caller auth at all, a bearer
 * token means nothing. On the sandboxes: no token still opens everything, and a development token
 * (src/auth/setup.ts) scopes the request, so the company view can be tried in GraphiQL.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { GatewayAuth } from '../../src/auth/authenticate.ts';
import { gatewayAuth, type DevToken } from '../../src/auth/setup.ts';
import { loadConfig } from '../../src/config.ts';
import { useTestGateway } from '../helpers/gateway.ts';
import { A, B, expectForbidden, run } from './helpers.ts';

const READ_B = `{ company(id: "${B.company}") { id } }`;

describe('AUTH_MODE=none without development tokens', () => {
  const gw = useTestGateway({ auth: { mode: 'none' } });

  it('every caller reads everything; an Authorization header is ignored', async () => {
    expect((await run(gw, READ_B)).data).toEqual({ company: { id: B.company } });
    expect((await run(gw, READ_B, { authorization: 'Bearer not-even-a-jwt' })).data).toEqual({ company: { id: B.company } });
  });
});

describe('AUTH_MODE=none on the sandboxes, with development tokens', () => {
  let dev: { auth: GatewayAuth; devTokens: DevToken[] };
  const gw = {} as ReturnType<typeof useTestGateway>;
  beforeAll(async () => {
    dev = await gatewayAuth(loadConfig({}).auth);
    const { startTestGateway } = await import('../helpers/gateway.ts');
    Object.assign(gw, await startTestGateway({ auth: dev.auth }));
    return () => gw.close();
  });

  it('issues a company token and an admin token, with the claims they carry', () => {
    expect(dev.devTokens.map((t) => t.claims)).toEqual([
      { sub: 'dev-acme-user', company_id: A.company },
      { sub: 'dev-admin', scope: 'credits:admin' },
    ]);
  });

  it('no token: everything, as before', async () => {
    expect((await run(gw, READ_B)).data).toEqual({ company: { id: B.company } });
  });

  it('the company token: its company only; the admin token: everything', async () => {
    const [company, admin] = dev.devTokens;
    expectForbidden(await run(gw, READ_B, { authorization: `Bearer ${company!.token}` }), ['company']);
    expect((await run(gw, READ_B, { authorization: `Bearer ${admin!.token}` })).data).toEqual({ company: { id: B.company } });
  });

  it('a token signed with another development secret (another start) is refused', async () => {
    const other = await gatewayAuth(loadConfig({}).auth);
    const result = await run(gw, READ_B, { authorization: `Bearer ${other.devTokens[0]!.token}` });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.message).toMatch(/signature does not verify/);
  });

  it('never with a real upstream: AUTH_MODE=none then makes no development secret', async () => {
    expect(await gatewayAuth(loadConfig({ SCHEMATIC_API_KEY: 'k', AUTH_MODE: 'none' }).auth)).toEqual({ auth: { mode: 'none' }, devTokens: [] });
  });
});
