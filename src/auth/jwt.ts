/**
 * Bearer JWTs (jose): checked against `JWT_SECRET` (HS256) or the keys at `JWKS_URL` (RS256 or
 * ES256; fetched once and cached by jose's remote key set, refetched for an unknown `kid` at most
 * every 30 s), with issuer, audience and expiry checks, then mapped to a Principal.
 */
import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { authUnavailable, unauthenticated } from './errors.ts';
import type { Principal } from './principal.ts';

export interface JwtConfig {
  /**
   * How signatures are checked: `JWT_SECRET` (HS256, at least 32 characters) or `JWKS_URL`
   * (RS256/ES256, keys fetched and cached); `dev` (only on the sandboxes, with neither set) is a
   * secret made at boot, never accepted when a real upstream is configured.
   */
  key: { kind: 'secret'; secret: string } | { kind: 'jwks'; url: string } | { kind: 'dev' };
  /** `JWT_ISSUER` (`iss`); required with JWT_SECRET or JWKS_URL; default `credits-gateway-dev` for dev tokens. */
  issuer: string;
  /** `JWT_AUDIENCE` (`aud`); required with JWT_SECRET or JWKS_URL; default `credits-gateway` for dev tokens. */
  audience: string;
  /** `JWT_COMPANY_CLAIM`, default `company_id`: the claim holding the one company a caller may read. */
  companyClaim: string;
  /** `JWT_SCOPE_CLAIM`, default `scope`: a space-separated string or an array of scopes. */
  scopeClaim: string;
  /** `JWT_ADMIN_SCOPE`, default `credits:admin`: the scope that grants every read and every mutation. */
  adminScope: string;
}

/** The key a gateway checks tokens with: a shared secret (HS256) or a JWKS URL (RS256/ES256). */
type VerifyKey = { kind: 'secret'; secret: string | Uint8Array } | { kind: 'jwks'; url: string };

/** JwtConfig with the key resolved (a development secret is made at boot: src/auth/setup.ts). */
export interface TokenSettings extends Omit<JwtConfig, 'key'> {
  key: VerifyKey;
}

const secretBytes = (secret: string | Uint8Array) => (typeof secret === 'string' ? new TextEncoder().encode(secret) : secret);

/** Seconds of clock skew allowed between the token issuer and this process. */
const CLOCK_TOLERANCE_S = 5;

type VerifyToken = (token: string) => Promise<Principal>;

export function tokenVerifier(settings: TokenSettings): VerifyToken {
  const { key } = settings;
  const options = {
    issuer: settings.issuer,
    audience: settings.audience,
    clockTolerance: CLOCK_TOLERANCE_S,
    // A token without an expiry would be valid forever: refused.
    requiredClaims: ['exp'],
  };
  const verify =
    key.kind === 'secret'
      ? (() => {
          const secret = secretBytes(key.secret);
          const hs256 = { ...options, algorithms: ['HS256'] };
          return (token: string) => jwtVerify(token, secret, hs256);
        })()
      : (() => {
          const jwks = createRemoteJWKSet(new URL(key.url), { timeoutDuration: 3_000 });
          const asymmetric = { ...options, algorithms: ['RS256', 'ES256'] };
          return (token: string) => jwtVerify(token, jwks, asymmetric);
        })();
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await verify(token));
    } catch (error) {
      throw explain(error);
    }
    return principalOf(payload, settings);
  };
}

/** A clear, secret-free reason for a refused token (never the token itself). */
function explain(error: unknown) {
  if (error instanceof errors.JWTExpired) return unauthenticated('The bearer token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'aud':
        return unauthenticated('The bearer token is not meant for this gateway (wrong audience, aud)');
      case 'iss':
        return unauthenticated('The bearer token comes from an issuer this gateway does not trust (wrong issuer, iss)');
      case 'exp':
        return unauthenticated(
          error.reason === 'missing' ? 'The bearer token has no expiry (exp): tokens must expire' : "The bearer token's exp claim is invalid",
        );
      case 'nbf':
        return unauthenticated('The bearer token is not valid yet (nbf)');
      default:
        return unauthenticated(`The bearer token's ${error.claim} claim is invalid`);
    }
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return unauthenticated('The bearer token\'s signature does not verify');
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return unauthenticated('The bearer token is signed with an algorithm this gateway does not accept');
  // Fetching the key set failed (JWKS_URL down, slow, not 200, or answering garbage): not the
  // caller's fault. jose reports a non-200 or unparsable answer as a plain JOSEError, a network
  // failure as a non-JOSE error; token problems always have their own subclass.
  if (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    !(error instanceof errors.JOSEError) ||
    error.constructor === errors.JOSEError
  ) {
    return authUnavailable('The keys to check bearer tokens could not be fetched (JWKS_URL); try again later');
  }
  return unauthenticated('The bearer token is not a valid JWT');
}

/** The claim as a list of scopes: a space-separated string or an array of strings. */
function scopesOf(value: unknown, claim: string): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return value.split(' ').filter(Boolean);
  if (Array.isArray(value) && value.every((s) => typeof s === 'string')) return value;
  throw unauthenticated(`The bearer token's ${claim} claim must be a space-separated string or an array of strings`);
}

/**
 * Admin scope: every read and mutation (even with a company claim too). A company claim: that
 * company only. Neither: the catalogue only (an authenticated caller with no tenant).
 */
function principalOf(payload: JWTPayload, settings: Pick<TokenSettings, 'companyClaim' | 'scopeClaim' | 'adminScope'>): Principal {
  const subject = typeof payload.sub === 'string' ? payload.sub : undefined;
  if (scopesOf(payload[settings.scopeClaim], settings.scopeClaim).includes(settings.adminScope)) return { kind: 'admin', subject };
  const company = payload[settings.companyClaim];
  if (company === undefined) return { kind: 'catalogue', subject };
  if (typeof company !== 'string' || company === '') {
    throw unauthenticated(`The bearer token's ${settings.companyClaim} claim must be a non-empty string`);
  }
  return { kind: 'company', subject, companyId: company };
}

/** Signs an HS256 token (development tokens, tests). */
export function signToken(
  secret: string | Uint8Array,
  settings: Pick<TokenSettings, 'issuer' | 'audience'>,
  claims: JWTPayload,
  expiresIn: string | number = '12h',
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(secretBytes(secret));
}
