/**
 * Who is calling: turns a request's headers into a Principal and, in forward mode, the caller's
 * own vendor credentials. Runs once per request, before any resolver; a refusal is an HTTP 401
 * (`extensions.code: UNAUTHENTICATED`) and nothing is sent upstream.
 */
import { repeatedCredential, unauthenticated } from './errors.ts';
import { tokenVerifier, type TokenSettings } from './jwt.ts';
import type { Principal } from './principal.ts';

/**
 * How a gateway checks its callers (createGateway's `auth`; from AUTH_MODE in main.ts):
 * - `none`: no caller auth. With `dev` (sandboxes only), a bearer token signed with the
 *   development secret is accepted and scopes the request; without one, everything is open.
 * - `jwt`: a bearer JWT on every request.
 * - `forward`: each request carries its own vendor credentials; the gateway's are never used.
 */
export type GatewayAuth = { mode: 'none'; dev?: TokenSettings } | { mode: 'jwt'; jwt: TokenSettings } | { mode: 'forward' };

/** A caller's own vendor credentials (forward mode); an absent one fails that upstream's fields. */
export interface ForwardedCredentials {
  /** From `X-Schematic-Api-Key`. */
  schematic: string | undefined;
  /** From `X-Metronome-Token`, else `Authorization: Bearer`. */
  metronome: string | undefined;
}

export interface Caller {
  principal: Principal;
  /** Set in forward mode only. */
  forwarded?: ForwardedCredentials;
}

/**
 * The request's headers as Node's parser received them (`IncomingMessage.headersDistinct`), when
 * the gateway is served by node:http: the only place a second Authorization header still shows.
 */
export type DistinctHeaders = Record<string, string[] | undefined>;

export type Authenticate = (request: Request, distinct?: DistinctHeaders) => Promise<Caller>;

const ANONYMOUS: Caller = { principal: { kind: 'anonymous' } };

/**
 * A credential header's value, trimmed; undefined when absent or blank. Sent more than once, it is
 * refused (400): the copies arrive joined with a comma, which no key, token or JWT contains.
 */
function credential(request: Request, distinct: DistinctHeaders | undefined, name: string, shown: string): string | undefined {
  const value = request.headers.get(name)?.trim();
  if ((distinct?.[name]?.length ?? 0) > 1 || value?.includes(',')) throw repeatedCredential(shown);
  return value ? value : undefined;
}

/**
 * `authenticate`, run once per HTTP request however often it is asked: yoga builds a context for
 * each operation of a batched request, and the rate limiter asks before them. The answer, a
 * refusal included, is shared.
 */
export function oncePerRequest(authenticate: Authenticate): Authenticate {
  const callers = new WeakMap<Request, ReturnType<Authenticate>>();
  return (request, distinct) => {
    let checked = callers.get(request);
    if (!checked) callers.set(request, (checked = authenticate(request, distinct)));
    return checked;
  };
}

/** The token of `Authorization: Bearer <token>`; undefined without the header; 401 for another scheme. */
function bearer(request: Request, distinct: DistinctHeaders | undefined): string | undefined {
  const header = credential(request, distinct, 'authorization', 'Authorization');
  if (header === undefined) return undefined;
  const match = /^Bearer[ \t]+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <token>"');
  return match[1];
}

export function createAuthenticator(auth: GatewayAuth): Authenticate {
  switch (auth.mode) {
    case 'none': {
      if (!auth.dev) return () => Promise.resolve(ANONYMOUS);
      const verify = tokenVerifier(auth.dev);
      return async (request, distinct) => {
        const token = bearer(request, distinct);
        return token === undefined ? ANONYMOUS : { principal: await verify(token) };
      };
    }
    case 'jwt': {
      const verify = tokenVerifier(auth.jwt);
      return async (request, distinct) => {
        const token = bearer(request, distinct);
        if (token === undefined) throw unauthenticated('Missing bearer token: send "Authorization: Bearer <JWT>" (AUTH_MODE=jwt)');
        return { principal: await verify(token) };
      };
    }
    case 'forward':
      return async (request, distinct) => {
        const schematic = credential(request, distinct, 'x-schematic-api-key', 'X-Schematic-Api-Key');
        const explicit = credential(request, distinct, 'x-metronome-token', 'X-Metronome-Token');
        const metronome = explicit ?? bearer(request, distinct);
        if (schematic === undefined && metronome === undefined) {
          throw unauthenticated(
            'AUTH_MODE=forward: send your own vendor credentials: X-Schematic-Api-Key for Schematic, ' +
              '"Authorization: Bearer <token>" or X-Metronome-Token for Metronome',
          );
        }
        return { principal: { kind: 'forward' }, forwarded: { schematic, metronome } };
      };
  }
}
