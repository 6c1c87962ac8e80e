import { randomUUID } from 'node:crypto';
import { UpstreamError } from '../errors.ts';
import type { HttpRequest, Query } from '../http.ts';
import { UpstreamResource, type CallOptions } from '../resource.ts';
import { collect, MAX_PAGES, type CursorPage, type FetchPage } from './page.ts';
import type { ID } from './types.ts';

export { segment, type CallOptions } from '../resource.ts';

/** Options of a write. */
export interface WriteOptions extends CallOptions {
  /**
   * Sent as `Idempotency-Key`: the same key with the same body replays the first answer instead
   * of applying the write twice. A fresh UUID is sent when absent (or empty).
   */
  idempotencyKey?: string;
}

type Method = HttpRequest['method'];

/**
 * Base of every Metronome resource module: unwraps the `{ data }` and `{ data, next_page }`
 * envelopes, marks POST reads `readOnly`, and gives every write an `Idempotency-Key`.
 */
export abstract class Resource extends UpstreamResource {
  /** A read's input the vendor would refuse, caught before sending. */
  protected refuse(method: Method, path: string, detail: string): UpstreamError {
    return new UpstreamError({ upstream: this.http.upstream, kind: 'bad_request', method, path, detail });
  }

  /** Throws `refuse` for a page `limit` outside the vendor's 1..`max`. */
  protected checkLimit(method: Method, path: string, limit: number, max: number): void {
    if (!Number.isInteger(limit) || limit < 1 || limit > max) {
      throw this.refuse(method, path, `limit must be an integer between 1 and ${max}; got ${limit}`);
    }
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

  /**
   * POST a write with an `Idempotency-Key` (the caller's, else a fresh one) and return `data`
   * (`{ id }`). An answer without the id is a `decode` error that says the write was applied.
   */
  protected async write(path: string, body: unknown, options: WriteOptions | undefined): Promise<ID> {
    const answer = await this.http.request<unknown>({
      method: 'POST',
      path,
      body,
      headers: { 'idempotency-key': options?.idempotencyKey || randomUUID() },
      signal: options?.signal,
    });
    const data = this.data<Partial<ID> | null>('POST', path, answer, true);
    if (typeof data?.id !== 'string') throw this.decodeAnswer('POST', path, 'the answer has no `data.id`', true);
    return data as ID;
  }

  /**
   * Every item of a paged list (for catalogues). Throws UpstreamError `decode` when the list has
   * not ended after `MAX_PAGES` pages, rather than answering a silently truncated catalogue.
   */
  protected async readAll<T>(method: Method, path: string, fetchPage: FetchPage<T>): Promise<T[]> {
    const { data, next_page } = await collect(fetchPage);
    if (next_page !== null) throw this.decodeAnswer(method, path, `the list did not end after ${MAX_PAGES} pages`);
    return data;
  }

  private page<T>(method: Method, path: string, body: unknown): CursorPage<T> {
    const data = this.data<unknown>(method, path, body);
    if (!Array.isArray(data)) throw this.decodeAnswer(method, path, '`data` of a list is not an array');
    const next = (body as { next_page?: unknown }).next_page;
    if (next !== undefined && next !== null && typeof next !== 'string') {
      throw this.decodeAnswer(method, path, '`next_page` is not a string or null');
    }
    return { data: data as T[], next_page: typeof next === 'string' && next !== '' ? next : null };
  }
}
