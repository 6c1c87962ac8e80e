import { Resource, segment, type CallOptions } from '../resource.ts';
import type { ListPlansParams, Plan } from './types.ts';

/** Plans: `/plans`. Every method throws UpstreamError on failure. */
export class Plans extends Resource {
  list(params: ListPlansParams = {}, options?: CallOptions) {
    return this.get<Plan[]>('/plans', params, options);
  }
  count(params: ListPlansParams = {}, options?: CallOptions) {
    return this.getCount('/plans/count', params, options);
  }
  retrieve(id: string, options?: CallOptions) {
    return this.get<Plan>(`/plans/${segment(id)}`, undefined, options);
  }
}
