import { Resource, segment, type CallOptions } from '../resource.ts';
import type { Feature, ListFeaturesParams } from './types.ts';

/** Features: `/features`. Every method throws UpstreamError on failure. */
export class Features extends Resource {
  list(params: ListFeaturesParams = {}, options?: CallOptions) {
    return this.get<Feature[]>('/features', params, options);
  }
  count(params: ListFeaturesParams = {}, options?: CallOptions) {
    return this.getCount('/features/count', params, options);
  }
  retrieve(id: string, options?: CallOptions) {
    return this.get<Feature>(`/features/${segment(id)}`, undefined, options);
  }
}
