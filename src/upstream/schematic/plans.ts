import { Resource, segment, wireQuery, type CallOptions } from '../resource.ts';
import type { ListPlansParams, PageParams, Plan } from './types.ts';

/** Which plans a list reads; null or absent filters are not sent. */
export interface PlanListQuery {
  ids?: readonly string[] | null;
  /** PlanType */
  planType?: string | null;
  /** a search string */
  q?: string | null;
}

const LIST_NAMES = { ids: 'ids', planType: 'plan_type', q: 'q', limit: 'limit', offset: 'offset' } as const;
const listWire = (q: PlanListQuery & PageParams) => wireQuery<PlanListQuery & PageParams, ListPlansParams>(q, LIST_NAMES);

/** Plans: `/plans`. Every method throws UpstreamError on failure. */
export class Plans extends Resource {
  list(query: PlanListQuery & PageParams = {}, options?: CallOptions) {
    return this.get<Plan[]>('/plans', listWire(query), options);
  }
  count(query: PlanListQuery = {}, options?: CallOptions) {
    return this.getCount('/plans/count', listWire(query), options);
  }
  retrieve(id: string, options?: CallOptions) {
    return this.get<Plan>(`/plans/${segment(id)}`, undefined, options);
  }
}
