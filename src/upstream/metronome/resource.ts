import { randomUUID } from 'node:crypto';
import type { HttpCore, HttpRequest, Query } from '../http.ts';
import { UpstreamError } from '../errors.ts';
import { collect, MAX_PAGES, type CursorPage, type FetchPage } from './page.ts';
import type { ID } from './types.ts';

/** Options of a read; the same shape as the Schematic client's. */
export interface CallOptions {
  /** The GraphQL request's signal: aborting it aborts the upstream call. */
  signal?: AbortSignal;
}

/** Options of a write. */
export interface WriteOptions extends CallOptions {
  /**
   * Sent as `Idempotency-Key`: the same key with the same body replays the first answer instead
   * of applying the write twice. A fresh UUID is sent when absent (or empty).
   */
  idempotencyKey?: string;
}

/** Path segments are always encoded: ids come from callers. */
export const segment = (id: string) => encodeURIComponent(id);

type Method = HttpRequest['method'];

/**
 * Base of every Metronome resource module: unwraps the `{ data }` and `{ data, next_page }`
 * envelopes, marks POST reads `readOnly`, and gives every write an `Idempotency-Key`.
 */
export abstract class Resource {
  constructor(protected readonly http: HttpCore) {}

  /** An input the vendor would refuse, caught before sending (so nothing was sent, nothing applied). */
  protected refuse(method: Method, path: string, detail: string, write = false): UpstreamError {
    return new UpstreamError({
      upstream: 'metronome',
      kind: 'bad_request',
      method,
      path,
      detail,
      ...(write ? { writeOutcome: 'not_applied' as const } : {}),
    });
  }

  /** GET `path` and return `data`. */
  protected async getData<T>(path: string, query: Query | undefined, options: CallOptions | undefined): Promise<T> {
    const body = await this.http.request<unknown>({ method: 'GET', path, query, signal: options?.signal });
    return this.data<T>('GET', path, body);
  }

  /** GET a cursor-paged list. */
  protected async getPage<T>(path: string, query: Query | undefined, options: CallOptions | undefined): Promise<CursorPage<T>> {
    const body = await this.http.request<unknown>({ method: 'GET', path, query, signal: options?.signal });
    return this.page<T>('GET', path, body);
  }

  /** POST a read (`readOnly`: it may be retried like a GET) and return `data`. */
  protected async postData<T>(path: string, body: unknown, options: CallOptions | undefined): Promise<T> {
    const answer = await this.http.request<unknown>({ method: 'POST', path, body, readOnly: true, signal: options?.signal });
    return this.data<T>('POST', path, answer);
  }

  /** POST a read of a cursor-paged list; `query` carries the page for the endpoints that want it there. */
  protected async postPage<T>(
    path: string,
    body: unknown,
    options: CallOptions | undefined,
    query?: Query,
  ): Promise<CursorPage<T>> {
    const answer = await this.http.request<unknown>({
      method: 'POST',
      path,
      query,
      body,
      readOnly: true,
      signal: options?.signal,
    });
    return this.page<T>('POST', path, answer);
  }

  /** POST a write with an `Idempotency-Key` (the caller's, else a fresh one) and return `data` (`{ id }`). */
  protected async write(path: string, body: unknown, options: WriteOptions | undefined): Promise<ID> {
    const answer = await this.http.request<unknown>({
      method: 'POST',
      path,
      body,
      headers: { 'idempotency-key': options?.idempotencyKey || randomUUID() },
      signal: options?.signal,
    });
    return this.data<ID>('POST', path, answer, true);
  }

  /**
   * Every item of a paged list (for catalogues). Throws UpstreamError `decode` when the list has
   * not ended after `MAX_PAGES` pages, rather than answering a silently truncated catalogue.
   */
  protected async readAll<T>(method: Method, path: string, fetchPage: FetchPage<T>): Promise<T[]> {
    const { data, next_page } = await collect(fetchPage);
    if (next_page !== null) throw this.decodeAnswer(method, path, `the list did not end after ${MAX_PAGES} pages`, false);
    return data;
  }

  /** A 2xx answer that is not what the endpoint documents. */
  protected decodeAnswer(method: Method, path: string, detail: string, write = false): UpstreamError {
    return new UpstreamError({
      upstream: 'metronome',
      kind: 'decode',
      method,
      path,
      detail,
      // the upstream answered 2xx: the write went through even though its answer is unreadable
      ...(write ? { writeOutcome: 'applied' as const } : {}),
    });
  }

  private data<T>(method: Method, path: string, body: unknown, write = false): T {
    if (!body || typeof body !== 'object' || !('data' in body)) {
      throw this.decodeAnswer(method, path, 'response has no `data` envelope', write);
    }
    return (body as { data: T }).data;
  }

  private page<T>(method: Method, path: string, body: unknown): CursorPage<T> {
    const data = this.data<unknown>(method, path, body);
    if (!Array.isArray(data)) throw this.decodeAnswer(method, path, '`data` of a list is not an array', false);
    const next = (body as { next_page?: unknown }).next_page;
    if (next !== undefined && next !== null && typeof next !== 'string') {
      throw this.decodeAnswer(method, path, '`next_page` is not a string or null', false);
    }
    return { data: data as T[], next_page: typeof next === 'string' && next !== '' ? next : null };
  }
}
