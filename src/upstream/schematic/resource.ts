import type { HttpCore, Query } from '../http.ts';
import { UpstreamError } from '../errors.ts';
import type { CountData, Envelope } from './types.ts';

export interface CallOptions {
  /** The GraphQL request's signal: aborting it aborts the upstream call. */
  signal?: AbortSignal;
}

/** Path segments are always encoded: ids come from callers. */
export const segment = (id: string) => encodeURIComponent(id);

/** Base of every Schematic resource module: unwraps the `{ data, params }` envelope. */
export abstract class Resource {
  constructor(protected readonly http: HttpCore) {}

  /** GET `path` and return `data`. Throws UpstreamError (decode) when the envelope is missing. */
  protected async read<T>(path: string, query: Query | undefined, options: CallOptions | undefined): Promise<T> {
    const body = await this.http.request<Envelope<T>>({ method: 'GET', path, query, signal: options?.signal });
    if (!body || typeof body !== 'object' || !('data' in body)) {
      throw new UpstreamError({
        upstream: 'schematic',
        kind: 'decode',
        method: 'GET',
        path,
        detail: 'response has no `data` envelope',
      });
    }
    return body.data;
  }

  /** GET a `/count` twin and return the number (0 when the vendor omits it). */
  protected async readCount(path: string, query: Query | undefined, options: CallOptions | undefined): Promise<number> {
    const data = await this.read<CountData>(path, query, options);
    return data?.count ?? 0;
  }
}
