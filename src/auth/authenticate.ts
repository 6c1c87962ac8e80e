/**
 * Who is calling: turns a request's headers into a Principal and, in forward mode, the caller's
 * own vendor credentials. Runs once per request, before any resolver; a refusal is an HTTP 401
 * (`extensions.code: UNAUTHENTICATED`) and nothing is sent upstream.
 */
import { repeatedCredential, unauthenticated } from './errors.ts';
import { tokenVerifier, type TokenSettings } from './jwt.ts';
import type { Principal } from './principal.ts';
import type { RequestHead } from '../request.ts';

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
 * Node's own request (`IncomingMessage`), when the gateway is served by node:http: its
 * `headersDistinct`, the headers as the parser received them, are the only place a second
 * Authorization header still shows. Node builds them when first read, so only a mode that reads a
 * credential pays for them.
 */
export type NodeRequest = { readonly headersDistinct: Record<string, string[] | undefined> };

export type Authenticate = (request: RequestHead, node?: NodeRequest) => Promise<Caller>;

const ANONYMOUS: Caller = { principal: { kind: 'anonymous' } };

/**
 * A credential header's value, trimmed; undefined when absent or blank. Sent more than once, it is
 * refused (400): the copies arrive joined with a comma, which no key, token or JWT contains.
 */
function credential(request: RequestHead, node: NodeRequest | undefined, name: string, shown: string): string | undefined {
  const value = request.headers.get(name)?.trim();
  if ((node?.headersDistinct[name]?.length ?? 0) > 1 || value?.includes(',')) throw repeatedCredential(shown);
  return value ? value : undefined;
}

/**
 * `authenticate`, run once per HTTP request however often it is asked: yoga builds a context for
 * each operation of a batched request, and the rate limiter asks before them. The answer, a
 * refusal included, is shared.
 */
export function oncePerRequest(authenticate: Authenticate): Authenticate {
  const callers = new WeakMap<RequestHead, ReturnType<Authenticate>>();
  return (request, node) => {
    let checked = callers.get(request);
    if (!checked) callers.set(request, (checked = authenticate(request, node)));
    return checked;
  };
}

/** The token of `Authorization: Bearer <token>`; undefined without the header; 401 for another scheme. */
function bearer(request: RequestHead, node: NodeRequest | undefined): string | undefined {
  const header = credential(request, node, 'authorization', 'Authorization');
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
      return async (request, node) => {
        const token = bearer(request, node);
        return token === undefined ? ANONYMOUS : { principal: await verify(token) };
      };
    }
    case 'jwt': {
      const verify = tokenVerifier(auth.jwt);
      return async (request, node) => {
        const token = bearer(request, node);
        if (token === undefined) throw unauthenticated('Missing bearer token: send "Authorization: Bearer <JWT>" (AUTH_MODE=jwt)');
        return { principal: await verify(token) };
      };
    }
    case 'forward':
      return async (request, node) => {
        const schematic = credential(request, node, 'x-schematic-api-key', 'X-Schematic-Api-Key');
        const explicit = credential(request, node, 'x-metronome-token', 'X-Metronome-Token');
        const metronome = explicit ?? bearer(request, node);
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
