/**
 * What both sandboxes' HTTP servers share: listening on loopback, reading each request's body,
 * recording every call, answering JSON, matching a route table, and closing every socket on
 * close (tests start and stop many sandboxes).
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isLosslessNumber, stringify as stringifyLossless } from 'lossless-json';

export interface Reply {
  status: number;
  body: unknown;
}

/**
 * JSON text of an answer: JSON.stringify, or, for an answer holding a `bigint` (int64 money beyond
 * 2^53), which JSON.stringify refuses, lossless-json's stringify, which writes it as its digits.
 */
function stringifyJson(body: unknown): string {
  try {
    return JSON.stringify(body);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return stringifyLossless(body) ?? 'null';
  }
}

/**
 * JSON text of an answer that may hold a `LosslessNumber` (which JSON.stringify would write as an
 * object) or a `bigint`: JSON.stringify when it holds neither (the usual case, several times
 * faster), else lossless-json's stringify, which writes each as its digits.
 */
export function stringifyExact(body: unknown): string {
  let exact = false;
  const text = JSON.stringify(body, (_key, value: unknown) => {
    if (typeof value !== 'bigint' && !isLosslessNumber(value)) return value;
    exact = true;
    return null;
  });
  return exact ? (stringifyLossless(body) ?? 'null') : text;
}

/** `stringify`: how the body is written (default `stringifyJson`). */
function sendJson(res: ServerResponse, reply: Reply, stringify: (body: unknown) => string = stringifyJson): void {
  const body = stringify(reply.body);
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** Starts a server for `listener`; resolves with its base URL (no trailing slash) and a close function. */
export async function listen(
  listener: RequestListener,
  opts: { port?: number; host?: string },
): Promise<{ url: string; close(): Promise<void> }> {
  const host = opts.host ?? '127.0.0.1';
  const server = createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** One request as a sandbox records it; each sandbox adds what it reads (its body, a header). */
export interface SandboxCall {
  method: string;
  path: string;
  query: URLSearchParams;
  /** As received, credentials included: tests check whose key reached the upstream (the log is never printed). */
  headers: IncomingHttpHeaders;
  /** The body as received (undefined when over the sandbox's limit): the exact digits sent, before any parsing. */
  text: string | undefined;
  /** What the sandbox answered: tests check that nothing the sandbox refuses as malformed was sent. */
  reply: Reply;
}

/** A running sandbox: its URL, its store, and the log of the calls it received. */
export interface Sandbox<Store, Call extends SandboxCall> {
  /** e.g. http://127.0.0.1:54321 (no trailing slash) */
  url: string;
  /** every request received (including 401s), in order */
  calls: Call[];
  resetCalls(): void;
  store: Store;
  /** closes the server and all its sockets */
  close(): Promise<void>;
}

/** A request whose body has been read. */
export interface ReadRequest {
  req: IncomingMessage;
  method: string;
  url: URL;
  /** the body as UTF-8 text; undefined when it was larger than `maxBodyBytes` */
  text: string | undefined;
}

/** Options every sandbox takes. */
export interface SandboxOptions {
  /** default 0: a free port */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  /**
   * Added to every answer, in ms (default 0). Models the network and processing time of the real
   * API, for benchmarks: the request is read, then held this long, then handled and answered, so
   * the answer reflects the store as it is when it is sent. A whole number of ms, 0 or more.
   */
  latencyMs?: number;
}

/** What one sandbox's server sets up beyond the options every sandbox takes. */
interface ServerOptions {
  /** Longest request body kept (default: no limit). */
  maxBodyBytes?: number;
  /** How answers are written (default: JSON.stringify, exact for a `bigint` too). */
  stringify?: (body: unknown) => string;
}

/** Checks `latencyMs`, naming the option and the rule. */
function checkLatency(latencyMs: number | undefined): number {
  if (latencyMs === undefined) return 0;
  if (!Number.isInteger(latencyMs) || latencyMs < 0) {
    throw new RangeError(`latencyMs must be a whole number of milliseconds, 0 or more; got ${String(latencyMs)}`);
  }
  return latencyMs;
}

/**
 * Serves `store` over HTTP: reads each request's whole body (keeping at most `maxBodyBytes`;
 * draining the rest keeps keep-alive connections usable), waits `latencyMs` if set, then asks
 * `handle` for the reply and for the fields the call log records beyond method, path and query.
 */
export async function startSandbox<Store, Call extends SandboxCall>(
  store: Store,
  opts: SandboxOptions & ServerOptions,
  handle: (request: ReadRequest) => { call: Omit<Call, keyof SandboxCall>; reply: Reply },
): Promise<Sandbox<Store, Call>> {
  const maxBodyBytes = opts.maxBodyBytes ?? Number.POSITIVE_INFINITY;
  const latencyMs = checkLatency(opts.latencyMs);
  const calls: Call[] = [];
  const server = await listen((req, res) => {
    // Concatenated, not resolved: a path starting with `//` must stay a path.
    const url = new URL(`http://sandbox${req.url ?? '/'}`);
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    req.on('end', () => {
      const text = size > maxBodyBytes ? undefined : Buffer.concat(chunks).toString('utf8');
      const answer = () => {
        const { call, reply } = handle({ req, method, url, text });
        calls.push({ method, path: url.pathname, query: url.searchParams, headers: req.headers, text, reply, ...call } as Call);
        // Held for latencyMs, the client may have gone (or the sandbox closed): the write above still happened, as upstream.
        if (!res.destroyed) sendJson(res, reply, opts.stringify);
      };
      if (latencyMs === 0) answer();
      else setTimeout(answer, latencyMs);
    });
  }, opts);
  return {
    url: server.url,
    calls,
    resetCalls: () => {
      calls.length = 0;
    },
    store,
    close: server.close,
  };
}

/** A route of a sandbox's table: its method and its path template split on `/`. */
export interface RoutePattern {
  method: string;
  segments: string[];
}

/** `/a/{id}/b` -> `['a', '{id}', 'b']`. */
export const pathSegments = (path: string): string[] => path.split('/').slice(1);

/**
 * The first route of `routes` that `method pathname` matches, with its decoded path parameters
 * (`{name}` matches any non-empty segment). A segment that is not valid percent-encoding, in a
 * place a parameter would take it, throws `malformed(segment)`.
 */
export function matchRoute<R extends RoutePattern>(
  routes: readonly R[],
  method: string,
  pathname: string,
  malformed: (segment: string) => Error,
): { route: R; params: Record<string, string> } | undefined {
  const segments = pathSegments(pathname);
  for (const route of routes) {
    if (route.method !== method || route.segments.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = route.segments.every((pattern, i) => {
      const segment = segments[i] ?? '';
      if (!pattern.startsWith('{')) return pattern === segment;
      params[pattern.slice(1, -1)] = decodeSegment(segment, malformed);
      return segment !== '';
    });
    if (matches) return { route, params };
  }
  return undefined;
}

function decodeSegment(segment: string, malformed: (segment: string) => Error): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw malformed(segment);
  }
}
