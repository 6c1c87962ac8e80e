/**
 * AUTH_MODE=jwt: every refusal is an HTTP 401 with `extensions.code: UNAUTHENTICATED` and a
 * message that says what is wrong, before anything is sent upstream; keys from a JWKS URL
 * (RS256, ES256) are fetched once and cached.
 */
import type { GraphQLFormattedError } from 'graphql';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../src/auth/jwt.ts';
import { useTestGateway, type TestGateway } from '../helpers/gateway.ts';
import { A, allCalls, B, expectForbidden, JWT, JWT_AUTH, SECRET, token } from './helpers.ts';

const QUERY = '{ credits(first: 1) { edges { node { id } } } }';

function expectRefused(gw: TestGateway, result: { status: number; errors?: readonly GraphQLFormattedError[]; data?: unknown }, message: RegExp, status = 401) {
  expect(result.status).toBe(status);
  expect(result.data).toBeUndefined();
  expect(result.errors).toHaveLength(1);
  expect(result.errors?.[0]?.message).toMatch(message);
  expect(result.errors?.[0]?.extensions).toEqual({ code: status === 401 ? 'UNAUTHENTICATED' : 'AUTH_UNAVAILABLE' });
  expect(allCalls(gw)).toEqual([]);
}

describe('HS256 (JWT_SECRET)', () => {
  const gw = useTestGateway({ auth: JWT_AUTH });

  it('a valid token reads', async () => {
    const result = await gw.run(QUERY, undefined, { authorization: `Bearer ${await token({ company_id: A.company })}` });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
  });

  it.each([
    ['a missing token', async () => ({}), /^Missing bearer token: send "Authorization: Bearer <JWT>"/],
    ['another scheme', async () => ({ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }), /Authorization header must be "Bearer <token>"/],
    ['garbage', async () => ({ authorization: 'Bearer not.a.jwt' }), /not a valid JWT/],
    ['an expired token', async () => ({ authorization: `Bearer ${await token({ company_id: A.company }, Math.floor(Date.now() / 1000) - 60)}` }), /has expired/],
    [
      'a wrong signature',
      async () => ({ authorization: `Bearer ${await signToken('another-secret-of-at-least-32-characters!', JWT, { company_id: A.company })}` }),
      /signature does not verify/,
    ],
    [
      'a wrong audience',
      async () => ({ authorization: `Bearer ${await signToken(SECRET, { ...JWT, audience: 'another-api' }, { company_id: A.company })}` }),
      /not meant for this gateway \(wrong audience, aud\)/,
    ],
    [
      'a wrong issuer',
      async () => ({ authorization: `Bearer ${await signToken(SECRET, { ...JWT, issuer: 'https://evil.test/' }, { company_id: A.company })}` }),
      /issuer this gateway does not trust \(wrong issuer, iss\)/,
    ],
    [
      'no expiry',
      async () => ({
        authorization: `Bearer ${await new SignJWT({ company_id: A.company })
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuer(JWT.issuer)
          .setAudience(JWT.audience)
          .sign(new TextEncoder().encode(SECRET))}`,
      }),
      /no expiry \(exp\)/,
    ],
    [
      '"none" algorithm',
      async () => {
        const payload = (await token({ company_id: A.company })).split('.')[1];
        const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
        return { authorization: `Bearer ${none}.${payload}.` };
      },
      /not a valid JWT|algorithm this gateway does not accept/,
    ],
    ['a company claim that is not a string', async () => ({ authorization: `Bearer ${await token({ company_id: 42 })}` }), /company_id claim must be a non-empty string/],
    ['a scope claim of the wrong type', async () => ({ authorization: `Bearer ${await token({ scope: { admin: true } })}` }), /scope claim must be a space-separated string or an array/],
  ])('%s: 401, UNAUTHENTICATED, a clear message, nothing sent', async (_name, headers, message) => {
    const result = await gw.run(QUERY, undefined, (await headers()) as Record<string, string>);
    expectRefused(gw, result, message);
  });

  it('a 401 says which scheme to use', async () => {
    const response = await gw.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('the scope claim may be an array; the admin scope wins over a company claim', async () => {
    const headers = { authorization: `Bearer ${await token({ company_id: A.company, scope: ['read', 'credits:admin'] })}` };
    const result = await gw.run(`{ company(id: "${B.company}") { id } }`, undefined, headers);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ company: { id: B.company } });
  });

  it('no token leaks into an error', async () => {
    const bad = await signToken('another-secret-of-at-least-32-characters!', JWT, { company_id: A.company });
    const result = await gw.run(QUERY, undefined, { authorization: `Bearer ${bad}` });
    expect(JSON.stringify(result)).not.toContain(bad.split('.')[2]);
  });
});

/** A JWKS endpoint on loopback, counting how often it is fetched. */
async function jwksServer(keys: JWK[]) {
  let fetches = 0;
  let up = true;
  const server: Server = createServer((_req, res) => {
    fetches += 1;
    if (!up) {
      res.writeHead(500).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`,
    fetches: () => fetches,
    down: () => {
      up = false;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(['RS256', 'ES256'] as const)('%s keys from JWKS_URL', (alg) => {
  let jwks: Awaited<ReturnType<typeof jwksServer>>;
  let privateKey: CryptoKey;
  let strangerKey: CryptoKey;
  let gw: TestGateway;
  const settings = { issuer: 'https://idp.test/', audience: 'credits-gateway', companyClaim: 'company_id', scopeClaim: 'scope', adminScope: 'credits:admin' };
  const sign = (key: CryptoKey, claims: Record<string, unknown>, kid = 'k1') =>
    new SignJWT(claims).setProtectedHeader({ alg, kid }).setIssuer(settings.issuer).setAudience(settings.audience).setExpirationTime('5m').sign(key);

  beforeAll(async () => {
    const pair = await generateKeyPair(alg);
    privateKey = pair.privateKey;
    strangerKey = (await generateKeyPair(alg)).privateKey;
    jwks = await jwksServer([{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg, use: 'sig' }]);
    const { startTestGateway } = await import('../helpers/gateway.ts');
    gw = await startTestGateway({ auth: { mode: 'jwt', jwt: { ...settings, key: { kind: 'jwks', url: jwks.url } } } });
  });
  afterAll(async () => {
    await gw.close();
    await jwks.close();
  });

  it('a signed token scopes the caller; the key set is fetched once for many requests', async () => {
    const headers = { authorization: `Bearer ${await sign(privateKey, { company_id: A.company })}` };
    for (let i = 0; i < 5; i += 1) {
      const own = await gw.run(`{ company(id: "${A.company}") { id } }`, undefined, headers);
      expect(own.data).toEqual({ company: { id: A.company } });
    }
    const other = await gw.run(`{ company(id: "${B.company}") { id } }`, undefined, headers);
    expectForbidden(other, ['company']);
    expect(jwks.fetches()).toBe(1);
  });

  it('a token signed by a key the set does not hold is refused', async () => {
    const result = await gw.run(QUERY, undefined, { authorization: `Bearer ${await sign(strangerKey, { company_id: A.company })}` });
    expectRefused(gw, result, /signature does not verify/);
  });

  it('an HS256 token is refused, even one signed with the public key’s bytes', async () => {
    const result = await gw.run(QUERY, undefined, { authorization: `Bearer ${await signToken(SECRET, settings, { company_id: A.company })}` });
    expectRefused(gw, result, /algorithm this gateway does not accept|signature does not verify/);
  });

  it('when the key set cannot be fetched: 503 AUTH_UNAVAILABLE, not the caller’s fault', async () => {
    const down = await jwksServer([]);
    down.down();
    const { startTestGateway } = await import('../helpers/gateway.ts');
    const other = await startTestGateway({ auth: { mode: 'jwt', jwt: { ...settings, key: { kind: 'jwks', url: down.url } } } });
    try {
      const result = await other.run(QUERY, undefined, { authorization: `Bearer ${await sign(privateKey, { company_id: A.company })}` });
      expectRefused(other, result, /could not be fetched \(JWKS_URL\)/, 503);
    } finally {
      await other.close();
      await down.close();
    }
  });
});
