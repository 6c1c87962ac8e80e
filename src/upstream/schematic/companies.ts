import { Resource, segment, type CallOptions } from './resource.ts';
import type { Company, ListCompaniesParams } from './types.ts';

/** Companies: `/companies`. Every method throws UpstreamError on failure. */
export class Companies extends Resource {
  list(params: ListCompaniesParams = {}, options?: CallOptions) {
    return this.read<Company[]>('/companies', params, options);
  }
  count(params: ListCompaniesParams = {}, options?: CallOptions) {
    return this.readCount('/companies/count', params, options);
  }
  retrieve(id: string, options?: CallOptions) {
    return this.read<Company>(`/companies/${segment(id)}`, undefined, options);
  }
  /** One company matching every key; `keys` goes as URL-encoded JSON, as the official SDK sends it. */
  lookup(keys: Record<string, string>, options?: CallOptions) {
    return this.read<Company>('/companies/lookup', { keys: JSON.stringify(keys) }, options);
  }
}
