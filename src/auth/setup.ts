/**
 * From AUTH_MODE (config) to the gateway's `auth` option, and the development tokens the
 * sandboxes come with. A development secret is made here, at boot, from random bytes: it lives
 * only in this process, so tokens signed with it are worthless after a restart, and config only
 * asks for one when both upstreams are the embedded sandboxes (never with real data).
 */
import { randomBytes } from 'node:crypto';
import type { GatewayAuth } from './authenticate.ts';
import { signToken, type JwtConfig, type TokenSettings } from './jwt.ts';

/**
 * `AUTH_MODE`: how callers are checked.
 * - `none` (the default only when both upstreams are sandboxes): no caller auth. On the sandboxes
 *   `dev` is set: a bearer token signed with the development secret (printed at boot) is accepted
 *   and scopes the request, so the company view can be tried; without a token everything is open.
 * - `jwt`: every request needs a bearer JWT (see JwtConfig).
 * - `forward`: trusted servers send their own vendor credentials per request; the gateway holds none.
 */
export type AuthConfig = { mode: 'none'; dev?: JwtConfig } | { mode: 'jwt'; jwt: JwtConfig } | { mode: 'forward' };

/** A token printed at boot, with the claims it carries. */
export interface DevToken {
  label: string;
  claims: Record<string, unknown>;
  token: string;
}

/** The seeded sandbox company development tokens are scoped to (it has grants, a ledger and a Metronome customer). */
const DEV_COMPANY_ID = 'comp_acme';
/** How long a development token is valid. */
const DEV_TOKEN_TTL = '12h';

async function devTokens(secret: Uint8Array, settings: TokenSettings): Promise<DevToken[]> {
  const tokens: Omit<DevToken, 'token'>[] = [
    { label: `company ${DEV_COMPANY_ID} (reads only Acme Robotics and the catalogue, no mutation)`, claims: { sub: 'dev-acme-user', [settings.companyClaim]: DEV_COMPANY_ID } },
    { label: 'admin (every read and every mutation)', claims: { sub: 'dev-admin', [settings.scopeClaim]: settings.adminScope } },
  ];
  return Promise.all(tokens.map(async (t) => ({ ...t, token: await signToken(secret, settings, t.claims, DEV_TOKEN_TTL) })));
}

function withKey(jwt: JwtConfig, secret: Uint8Array | undefined): TokenSettings {
  const { key, ...rest } = jwt;
  if (key.kind === 'dev') return { ...rest, key: { kind: 'secret', secret: secret! } };
  return { ...rest, key };
}

export async function gatewayAuth(config: AuthConfig): Promise<{ auth: GatewayAuth; devTokens: DevToken[] }> {
  if (config.mode === 'forward') return { auth: { mode: 'forward' }, devTokens: [] };
  const jwt = config.mode === 'none' ? config.dev : config.jwt;
  if (!jwt) return { auth: { mode: 'none' }, devTokens: [] };
  const secret = jwt.key.kind === 'dev' ? new Uint8Array(randomBytes(32)) : undefined;
  const settings = withKey(jwt, secret);
  const tokens = secret ? await devTokens(secret, settings) : [];
  return { auth: config.mode === 'none' ? { mode: 'none', dev: settings } : { mode: 'jwt', jwt: settings }, devTokens: tokens };
}

/** The start-up lines that say how callers are checked (never a secret; development tokens are sandbox-only). */
export function describeAuth(config: AuthConfig, tokens: DevToken[]): string[] {
  const lines: string[] = [];
  switch (config.mode) {
    case 'forward':
      lines.push(
        'callers: AUTH_MODE=forward: each request sends its own X-Schematic-Api-Key and Authorization: Bearer (or X-Metronome-Token) for Metronome; the gateway holds no vendor key',
      );
      break;
    case 'none':
      lines.push(
        config.dev
          ? 'callers: AUTH_MODE=none (the default on the sandboxes): no token needed; a development token below scopes a request'
          : 'callers: AUTH_MODE=none: no caller auth, anyone who reaches this gateway uses its vendor keys',
      );
      break;
    case 'jwt': {
      const { key, issuer, audience, companyClaim, adminScope } = config.jwt;
      const how = key.kind === 'secret' ? 'HS256 (JWT_SECRET)' : key.kind === 'jwks' ? `RS256/ES256 (JWKS_URL ${key.url})` : 'HS256 with a development secret made at this start (sandboxes only)';
      lines.push(`callers: AUTH_MODE=jwt: bearer tokens ${how}, issuer ${issuer}, audience ${audience}; claim ${companyClaim} scopes a caller to one company, scope ${adminScope} grants everything`);
      break;
    }
  }
  const dev = config.mode === 'none' ? config.dev : config.mode === 'jwt' ? config.jwt : undefined;
  if (tokens.length > 0 && dev) {
    lines.push(
      `development tokens (HS256, iss ${dev.issuer}, aud ${dev.audience}, valid ${DEV_TOKEN_TTL} and only until this process stops; ` +
        'paste one into GraphiQL\'s Headers as {"Authorization": "Bearer <token>"}):',
    );
    for (const t of tokens) lines.push(`  ${t.label}, claims ${JSON.stringify(t.claims)}:`, `    ${t.token}`);
  }
  return lines;
}
