import { orNull } from '../errors.ts';
import { Resource, segment, type CallOptions } from '../resource.ts';
import type { Company, KeptCompany, ListCompaniesParams } from './types.ts';

/** Companies: `/companies`. Every method throws UpstreamError on failure. */
export class Companies extends Resource {
  list(params: ListCompaniesParams = {}, options?: CallOptions) {
    return this.get<Company[]>('/companies', params, options).then((companies) => companies.map(kept));
  }
  count(params: ListCompaniesParams = {}, options?: CallOptions) {
    return this.getCount('/companies/count', params, options);
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
