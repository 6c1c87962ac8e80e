import type { HttpRequest, Query } from '../http.ts';
import { UpstreamResource, type CallOptions } from '../resource.ts';
import type { CountData } from './types.ts';

export { segment, type CallOptions } from '../resource.ts';

/** Base of every Schematic resource module: unwraps the `{ data, params }` envelope. */
export abstract class Resource extends UpstreamResource {
  /** GET `path` and return `data`. Throws UpstreamError (decode) when the envelope is missing. */
  protected read<T>(path: string, query: Query | undefined, options: CallOptions | undefined): Promise<T> {
    return this.send<T>({ method: 'GET', path, query, signal: options?.signal });
  }

  /** GET a `/count` twin and return the number (0 when the vendor omits it). */
  protected async readCount(path: string, query: Query | undefined, options: CallOptions | undefined): Promise<number> {
    const data = await this.read<CountData>(path, query, options);
    return data?.count ?? 0;
  }

  /**
   * POST, PUT or DELETE `path` with a JSON body and return `data`. Sent once: nothing here
   * retries, and the HTTP core retries only GETs and POSTs carrying an Idempotency-Key (DESIGN
   * practice 5), which Schematic's writes never carry. Throws UpstreamError, whose `writeOutcome`
   * says whether the write may have been applied.
   */
  protected write<T>(
    method: 'POST' | 'PUT' | 'DELETE',
    path: string,
    body: object | undefined,
    options: CallOptions | undefined,
    query?: Query,
  ): Promise<T> {
    return this.send<T>({ method, path, query, body, signal: options?.signal });
  }

  private async send<T>(request: HttpRequest): Promise<T> {
    const body = await this.http.request<unknown>(request);
    return this.data<T>(request.method, request.path, body, request.method !== 'GET');
  }
}
