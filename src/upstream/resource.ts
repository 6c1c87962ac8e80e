/**
 * The one base of every resource module of both clients. A resource method is one line: a path,
 * its params, and one of the verbs below, which send through the client's dispatch and unwrap the
 * vendors' `{ data }` envelope (and Metronome's `{ data, next_page }` pages).
 */
import { randomUUID } from 'node:crypto';
import type { Transport } from './client.ts';
import type { CallerSignal } from './core/cancellation.ts';
import type { HttpRequest, Query } from './core/types.ts';
import { UpstreamError } from './errors.ts';
import { collect, MAX_PAGES, type CursorPage, type FetchPage } from './page.ts';

/** Options of a client call. */
export interface CallOptions {
  /** The GraphQL request's cancellation (or any AbortSignal): aborting it aborts the upstream call. */
  signal?: CallerSignal;
}

/** Options of an idempotent write (Metronome). */
export interface WriteOptions extends CallOptions {
  /**
   * Sent as `Idempotency-Key`: the same key with the same body replays the first answer instead
   * of applying the write twice. A fresh UUID is sent when absent (or empty).
   */
  idempotencyKey?: string;
}

/** What an idempotent write answers: the id of what it created or changed. */
export interface ID {
  id: string;
}

type Absent = null | undefined;
/** `T` with its nullable fields made optional (and non-null when present). */
type RequiredKeys<T> = { [K in keyof T]: [Extract<T[K], Absent>] extends [never] ? K : never }[keyof T];
type Given<T> = { [K in RequiredKeys<T>]: T[K] } & { [K in Exclude<keyof T, RequiredKeys<T>>]?: Exclude<T[K], Absent> };

/** `fields` without its null and undefined entries: what a body leaves out is the vendor's default. */
export function given<T extends object>(fields: T): Given<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined)) as Given<T>;
}

/**
 * A camelCase query under the wire's names (`names`: camelCase key -> wire key), its keys in the
 * caller's order, which is the order of the query string; null and undefined values are left out.
 */
export function wireQuery<Q extends object, W>(query: Q, names: { readonly [K in keyof Q]-?: keyof W & string }): W {
  const entries = Object.entries(query).filter(([key, value]) => value !== null && value !== undefined && Object.hasOwn(names, key));
  return Object.fromEntries(entries.map(([key, value]) => [names[key as keyof Q], value])) as W;
}

/** A UTF-16 surrogate without its pair: not text, and not something `encodeURIComponent` can encode (it throws). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Path segments are always encoded: ids come from callers. A lone surrogate becomes U+FFFD, as
 * URLSearchParams does for query values: no vendor id holds one, so the id is still not found.
 */
export const segment = (id: string) => encodeURIComponent(id.replace(LONE_SURROGATE, '\uFFFD'));

type Method = HttpRequest['method'];

export abstract class Resource {
  constructor(private readonly client: Transport) {}

  /** GET `path` and return `data`. */
  protected get<T>(path: string, query: Query | undefined, options: CallOptions | undefined): Promise<T> {
    return this.data<T>({ method: 'GET', path, query, signal: options?.signal });
  }

  /** GET a `/count` twin (Schematic) and return the number (0 when the vendor omits it). */
  protected async getCount(path: string, query: Query | undefined, options: CallOptions | undefined): Promise<number> {
    const data = await this.get<{ count?: number } | null>(path, query, options);
    return data?.count ?? 0;
  }

  /** GET a cursor-paged list (Metronome). */
  protected getPage<T>(path: string, query: Query | undefined, options: CallOptions | undefined): Promise<CursorPage<T>> {
    return this.page<T>({ method: 'GET', path, query, signal: options?.signal });
  }

  /** POST a read (`readOnly`: it may be retried like a GET) and return `data`. */
  protected postRead<T>(path: string, body: unknown, options: CallOptions | undefined): Promise<T> {
    return this.data<T>({ method: 'POST', path, body, readOnly: true, signal: options?.signal });
  }

  /** POST a read of a cursor-paged list; `query` carries the page for the endpoints that want it there. */
  protected postPage<T>(path: string, body: unknown, options: CallOptions | undefined, query?: Query): Promise<CursorPage<T>> {
    return this.page<T>({ method: 'POST', path, query, body, readOnly: true, signal: options?.signal });
  }

  /**
   * POST, PUT or DELETE `path` with a JSON body and return `data`. Sent once: the core resends a
   * write only when it carries an Idempotency-Key (Schematic's never do). Throws UpstreamError,
   * whose `writeOutcome` says whether the write may have been applied.
   */
  protected write<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body: object | undefined, options: CallOptions | undefined, query?: Query): Promise<T> {
    return this.data<T>({ method, path, query, body, signal: options?.signal });
  }

  /**
   * POST a write with an `Idempotency-Key` (the caller's, else a fresh one) and return `data`
   * (`{ id }`, Metronome). An answer without the id is a `decode` error that says the write was applied.
   */
  protected async writeOnce(path: string, body: unknown, options: WriteOptions | undefined): Promise<ID> {
    const headers = { 'idempotency-key': options?.idempotencyKey || randomUUID() };
    const data = await this.data<Partial<ID> | null>({ method: 'POST', path, body, headers, signal: options?.signal });
    if (typeof data?.id !== 'string') throw this.decodeError('POST', path, 'the answer has no `data.id`', true);
    return data as ID;
  }

  /**
   * Every item of a paged list (for catalogues). Throws UpstreamError `decode` when the list has
   * not ended after `MAX_PAGES` pages, rather than answering a silently truncated catalogue.
   */
  protected async readAll<T>(method: Method, path: string, fetchPage: FetchPage<T>): Promise<T[]> {
    const { data, next_page } = await collect(fetchPage);
    if (next_page !== null) throw this.decodeError(method, path, `the list did not end after ${MAX_PAGES} pages`);
    return data;
  }

  /** Throws `bad_request`, before sending, for a page `limit` outside the vendor's 1..`max`. */
  protected checkLimit(method: Method, path: string, limit: number, max: number): void {
    if (!Number.isInteger(limit) || limit < 1 || limit > max) {
      throw this.refuse(method, path, `limit must be an integer between 1 and ${max}; got ${limit}`);
    }
  }

  /** An input the vendor would refuse, caught before sending. */
  protected refuse(method: Method, path: string, detail: string): UpstreamError {
    return new UpstreamError({ upstream: this.client.upstream, kind: 'bad_request', method, path, detail });
  }

  /** A 2xx answer that is not what the endpoint documents. */
  protected decodeError(method: Method, path: string, detail: string, write = false): UpstreamError {
    return new UpstreamError({
      upstream: this.client.upstream,
      kind: 'decode',
      method,
      path,
      detail,
      // the upstream answered 2xx: the write went through even though its answer is unreadable
      ...(write ? { writeOutcome: 'applied' as const } : {}),
    });
  }

  /** Sends `req` and returns the envelope's `data`. Throws UpstreamError (decode) when the envelope is missing. */
  private async data<T>(req: HttpRequest): Promise<T> {
    const body = await this.client.dispatch(req);
    if (!body || typeof body !== 'object' || !('data' in body)) {
      throw this.decodeError(req.method, req.path, 'response has no `data` envelope', req.method !== 'GET' && !req.readOnly);
    }
    return (body as { data: T }).data;
  }

  /** Sends `req` and returns its page: `data` an array, `next_page` a cursor or null. */
  private async page<T>(req: HttpRequest): Promise<CursorPage<T>> {
    const { method, path } = req;
    const body = await this.client.dispatch(req);
    if (!body || typeof body !== 'object' || !('data' in body)) throw this.decodeError(method, path, 'response has no `data` envelope');
    const { data, next_page: next } = body as { data: unknown; next_page?: unknown };
    if (!Array.isArray(data)) throw this.decodeError(method, path, '`data` of a list is not an array');
    if (next !== undefined && next !== null && typeof next !== 'string') {
      throw this.decodeError(method, path, '`next_page` is not a string or null');
    }
    return { data: data as T[], next_page: typeof next === 'string' && next !== '' ? next : null };
  }
}
