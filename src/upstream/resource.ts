import { UpstreamError } from './errors.ts';
import type { HttpCore, HttpRequest } from './http.ts';

/** Options of a client call. */
export interface CallOptions {
  /** The GraphQL request's signal: aborting it aborts the upstream call. */
  signal?: AbortSignal;
}

/** A UTF-16 surrogate without its pair: not text, and not something `encodeURIComponent` can encode (it throws). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Path segments are always encoded: ids come from callers. A lone surrogate becomes U+FFFD, as
 * URLSearchParams does for query values: no vendor id holds one, so the id is still not found.
 */
export const segment = (id: string) => encodeURIComponent(id.replace(LONE_SURROGATE, '\uFFFD'));

type Method = HttpRequest['method'];

/** Base of every resource module of both clients: both vendors wrap answers in a `{ data }` envelope. */
export abstract class UpstreamResource {
  constructor(protected readonly http: HttpCore) {}

  /** A 2xx answer that is not what the endpoint documents. */
  protected decodeAnswer(method: Method, path: string, detail: string, write = false): UpstreamError {
    return new UpstreamError({
      upstream: this.http.upstream,
      kind: 'decode',
      method,
      path,
      detail,
      // the upstream answered 2xx: the write went through even though its answer is unreadable
      ...(write ? { writeOutcome: 'applied' as const } : {}),
    });
  }

  /** The envelope's `data`. Throws UpstreamError (decode) when the envelope is missing. */
  protected data<T>(method: Method, path: string, body: unknown, write = false): T {
    if (!body || typeof body !== 'object' || !('data' in body)) {
      throw this.decodeAnswer(method, path, 'response has no `data` envelope', write);
    }
    return (body as { data: T }).data;
  }
}
