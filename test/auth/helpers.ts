/**
 * Tokens and tenants for the auth tests. Company A is the sandbox's `comp_acme`, company B its
 * `comp_globex`; both have grants, a ledger and a Metronome customer.
 */
import type { GraphQLFormattedError } from 'graphql';
import { expect } from 'vitest';
import type { GatewayAuth } from '../../src/auth/authenticate.ts';
import { signToken, type TokenSettings } from '../../src/auth/jwt.ts';
import type { TestGateway } from '../helpers/gateway.ts';

export const A = { company: 'comp_acme', customer: '6f1c2a4e-0b7d-4c1e-9a55-3d2f8e7a1b01' };
export const B = { company: 'comp_globex', customer: '0d8e5b7a-4c21-4f3a-8e6d-91b2c3d4e502' };

export const SECRET = 'test-secret-that-is-at-least-32-characters';

export const JWT: TokenSettings = {
  key: { kind: 'secret', secret: SECRET },
  issuer: 'https://idp.test/',
  audience: 'credits-gateway',
  companyClaim: 'company_id',
  scopeClaim: 'scope',
  adminScope: 'credits:admin',
};

export const JWT_AUTH: GatewayAuth = { mode: 'jwt', jwt: JWT };

export const token = (claims: Record<string, unknown>, expiresIn: string | number = '10m') => signToken(SECRET, JWT, claims, expiresIn);

export const bearer = async (claims: Record<string, unknown>) => ({ authorization: `Bearer ${await token(claims)}` });

/** Headers of a company-A caller, a company-B caller, an admin, and a catalogue-only caller. */
export async function callers() {
  return {
    a: await bearer({ sub: 'user-a', company_id: A.company }),
    b: await bearer({ sub: 'user-b', company_id: B.company }),
    admin: await bearer({ sub: 'ops', scope: 'openid credits:admin' }),
    catalogue: await bearer({ sub: 'nobody' }),
  };
}

/** `data` at `path` is null and the only error is FORBIDDEN at that path, with the one generic message. */
export function expectForbidden(result: { data?: unknown; errors?: readonly GraphQLFormattedError[] | undefined }, path: (string | number)[]) {
  let value = result.data;
  for (const key of path) value = (value as Record<string | number, unknown> | null | undefined)?.[key];
  expect(value).toBeNull();
  expect(result.errors).toEqual([
    expect.objectContaining({ path, message: 'Forbidden: not visible to this caller', extensions: { code: 'FORBIDDEN' } }),
  ]);
}

/** Every upstream call of the last run, both vendors, as text (`METHOD /path?query` plus the body). */
export function allCalls(gw: TestGateway): string[] {
  const body = (c: { body?: unknown }) => (c.body === undefined ? '' : ` ${JSON.stringify(c.body)}`);
  return [
    ...gw.schematicSandbox.calls.map((c) => `${c.method} ${c.path}?${c.query} ${body(c)}`),
    ...gw.metronomeSandbox.calls.map((c) => `${c.method} ${c.path}?${c.query} ${body(c)}`),
  ];
}

/** No upstream call of the last run named anything of company B (its company id, customer id or grants). */
export function expectNothingOfB(gw: TestGateway, alsoIds: string[] = []) {
  const named = allCalls(gw).filter((call) => [B.company, B.customer, ...alsoIds].some((id) => call.includes(id)));
  expect(named).toEqual([]);
}

/** `gw.run` of a query written inline; `TData` is what the caller reads of its selection. */
export const run = <TData = unknown>(gw: TestGateway, query: string, headers: Record<string, string> = {}) =>
  gw.run<TData, Record<string, unknown>>(query, undefined, headers);
