/**
 * Which browser origins may call the gateway cross-origin (`CORS_ORIGINS`).
 *
 * Our own plugin rather than yoga's `cors` option, whose helper (@whatwg-node/server useCORS)
 * answers a refused origin with `Access-Control-Allow-Origin: null` when several are listed,
 * sends a lone listed origin to every caller, cannot answer a literal `*`, and leaves out
 * `Vary: Origin` when it echoes a single origin (so a shared cache could serve one origin's
 * answer to another).
 */
import type { Plugin } from 'graphql-yoga';
import type { RequestHead } from '../request.ts';

/**
 * `'*'`: any origin, without credentials (cookies, HTTP auth); a list: exactly those origins
 * (`scheme://host[:port]`), with credentials; `[]`: no cross-origin access at all.
 */
export type CorsOrigins = '*' | readonly string[];

/** Why an origin is malformed, or undefined when it is a bare `http(s)://host[:port]`. */
function originProblem(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'is not http(s)';
  if (url.username || url.password) return 'carries credentials';
  if (url.pathname !== '/' || url.search || url.hash || /[?#]/.test(raw)) return 'has a path, query or fragment (an origin is scheme://host[:port] only)';
  return undefined;
}

/**
 * Parses `CORS_ORIGINS`: `*`, or origins separated by commas, each normalised as browsers send
 * them (lower-case host, default port left out). Throws an Error naming the bad entry.
 */
export function parseCorsOrigins(raw: string): CorsOrigins {
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 1 && entries[0] === '*') return '*';
  if (entries.includes('*')) throw new Error('`*` (any origin) cannot be combined with listed origins');
  return [
    ...new Set(
      entries.map((entry) => {
        const problem = originProblem(entry);
        if (problem) throw new Error(`"${entry}" ${problem}; expected e.g. https://app.example.com or http://localhost:5173`);
        return new URL(entry).origin;
      }),
    ),
  ];
}

/** Methods a cross-origin caller may use (mutations are POST only; yoga refuses them over GET). */
const ALLOWED_METHODS = 'GET, POST, OPTIONS';
/** How long a browser may reuse a preflight answer (Chromium caps it at 2 hours). */
const PREFLIGHT_MAX_AGE_SECONDS = '600';

function addVary(headers: Headers, value: string) {
  const current = headers.get('vary');
  if (!current) headers.set('vary', value);
  else if (!current.toLowerCase().split(/\s*,\s*/).includes(value.toLowerCase())) headers.set('vary', `${current}, ${value}`);
}

/** The CORS headers of one answer: those to set, and the request headers it varies by. */
export interface CorsAnswer {
  set: [name: string, value: string][];
  vary: string[];
}

/** What an answer to `request` carries for these origins (a refused or absent origin: no `Access-Control-Allow-*` at all). */
export function corsPolicy(origins: CorsOrigins): (request: Pick<RequestHead, 'method' | 'headers'>) => CorsAnswer {
  const any = origins === '*';
  const listed = new Set(any ? [] : origins);
  return (request) => {
    const set: CorsAnswer['set'] = [];
    const vary: string[] = [];
    const origin = request.headers.get('origin');
    if (origin && (any || listed.has(origin))) {
      // `*` never goes with credentials: browsers refuse a credentialed answer to `*`.
      if (any) set.push(['access-control-allow-origin', '*']);
      else set.push(['access-control-allow-origin', origin], ['access-control-allow-credentials', 'true']);
      if (request.method === 'OPTIONS') {
        set.push(['access-control-allow-methods', ALLOWED_METHODS]);
        // The origin is trusted (listed, or `*` without credentials): whatever headers it means to
        // send are allowed, so an Authorization or vendor-key header needs no change here.
        const requested = request.headers.get('access-control-request-headers');
        if (requested) set.push(['access-control-allow-headers', requested]);
        set.push(['access-control-max-age', PREFLIGHT_MAX_AGE_SECONDS]);
      } else {
        // A browser app reads Retry-After only when told it may (a 429 from the rate limit, src/shared/rateLimit.ts).
        set.push(['access-control-expose-headers', 'Retry-After']);
      }
    }
    // The answer depends on the origin (and, for a preflight, on the requested headers) unless
    // it is the same `*` for everyone.
    if (!any && listed.size > 0) vary.push('Origin');
    if (request.method === 'OPTIONS' && request.headers.has('access-control-request-headers')) vary.push('Access-Control-Request-Headers');
    return { set, vary };
  };
}

/**
 * Answers preflights (OPTIONS, 204) and adds the CORS headers to every answer. A refused origin
 * gets no `Access-Control-Allow-*` header at all, so the browser keeps the answer from the page.
 */
export function useCors(origins: CorsOrigins): Plugin {
  const answerTo = corsPolicy(origins);
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      if (request.method !== 'OPTIONS') return;
      // Safari waits for a body on a 204 without content-length.
      const response = new fetchAPI.Response(null, { status: 204, headers: { 'content-length': '0' } });
      endResponse(response);
    },
    onResponse({ request, response }) {
      const { set, vary } = answerTo(request);
      for (const [name, value] of set) response.headers.set(name, value);
      for (const value of vary) addVary(response.headers, value);
    },
  };
}
