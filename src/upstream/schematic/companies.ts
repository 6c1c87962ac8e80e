import { orNull } from '../errors.ts';
import { Resource, segment, wireQuery, type CallOptions } from '../resource.ts';
import type { Company, KeptCompany, ListCompaniesParams, PageParams } from './types.ts';

/** Which companies a list reads; null or absent filters are not sent. */
export interface CompanyListQuery {
  ids?: readonly string[] | null;
  /** companies holding any of these credit types */
  creditTypeIds?: readonly string[] | null;
  planId?: string | null;
  /** a search string */
  q?: string | null;
}

const LIST_NAMES = { ids: 'ids', creditTypeIds: 'credit_type_ids', planId: 'plan_id', q: 'q', limit: 'limit', offset: 'offset' } as const;
const listWire = (q: CompanyListQuery & PageParams) => wireQuery<CompanyListQuery & PageParams, ListCompaniesParams>(q, LIST_NAMES);

/** Companies: `/companies`. Every method throws UpstreamError on failure. */
export class Companies extends Resource {
  list(query: CompanyListQuery & PageParams = {}, options?: CallOptions) {
    return this.get<Company[]>('/companies', listWire(query), options).then((companies) => companies.map(kept));
  }
  count(query: CompanyListQuery = {}, options?: CallOptions) {
    return this.getCount('/companies/count', listWire(query), options);
  }
  retrieve(id: string, options?: CallOptions) {
    return this.get<Company>(`/companies/${segment(id)}`, undefined, options).then(kept);
  }
  /** The company matching every key, null when none does; `keys` goes as URL-encoded JSON, as the official SDK sends it. */
  async lookup(keys: Record<string, string>, options?: CallOptions): Promise<KeptCompany | null> {
    const company = await orNull(this.get<Company>('/companies/lookup', { keys: JSON.stringify(keys) }, options));
    return company && kept(company);
  }
}

/** The fields of a company payload the gateway reads; the rest is left to the garbage collector at once (see `KeptCompany`). */
function kept(company: Company): KeptCompany {
  const { plan } = company;
  return {
    id: company.id,
    name: company.name,
    created_at: company.created_at,
    updated_at: company.updated_at,
    last_seen_at: company.last_seen_at,
    logo_url: company.logo_url,
    user_count: company.user_count,
    keys: company.keys && company.keys.map(({ key, value }) => ({ key, value })), // a company without keys keeps none (not an empty list)
    billing_credit_balances: company.billing_credit_balances,
    plan: plan && { id: plan.id, name: plan.name, description: plan.description },
    traits: company.traits,
  };
}
