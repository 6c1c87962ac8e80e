import { given, Resource, segment, wireQuery, type CallOptions } from '../resource.ts';
import type {
  BillingCreditGrant,
  CreateCompanyCreditGrant,
  ListCompanyGrantsParams,
  ListGrantsParams,
  PageParams,
  ZeroOutGrantRequestBody,
} from './types.ts';

/** Grants by id, or of one credit; null or absent filters are not sent. */
export interface GrantListQuery {
  ids?: readonly string[] | null;
  creditId?: string | null;
}

/** One company's grants, in the order asked (`order`, `dir`: the vendor's sort keys). */
export interface CompanyGrantsQuery {
  companyId: string;
  order?: string;
  dir?: string;
}

/** A grant to one company; null or absent optional fields are not sent. */
export interface GrantToCompanyParams {
  companyId: string;
  creditId: string;
  /** credits to grant, an integer >= 1 */
  quantity: number;
  /** BillingCreditGrantReason */
  reason: string;
  /** at most 3 characters */
  currency?: string | null;
  /** the bundle the credits were bought as */
  creditBundleId?: string | null;
  /** RFC 3339 */
  expiresAt?: string | null;
  expiryType?: string | null;
  expiryUnit?: string | null;
  /** >= 1 */
  expiryUnitCount?: number | null;
  /** >= 1 */
  billingPeriodsCount?: number | null;
  renewalEnabled?: boolean | null;
  renewalPeriod?: string | null;
}

/** A zero-out; without a reason, Schematic picks one. */
export interface ZeroOutParams {
  /** BillingCreditGrantZeroedOutReason */
  reason?: string | null;
}

/**
 * Company credit grants. There is no get-one endpoint: by-id access is `list({ ids })`.
 * Every method throws UpstreamError on failure (`bad_request` with the vendor's message for
 * invalid input, `not_found` for an unknown id); writes are sent once.
 */
export class Grants extends Resource {
  /** `/billing/credits/grants/list`: by grant ids or by one credit. */
  list(query: GrantListQuery & PageParams = {}, options?: CallOptions) {
    return this.get<BillingCreditGrant[]>('/billing/credits/grants/list', listWire(query), options);
  }
  count(query: GrantListQuery = {}, options?: CallOptions) {
    return this.getCount('/billing/credits/grants/count', listWire(query), options);
  }
  /** `/billing/credits/grants/company/list`: one company per call. */
  listForCompany(query: CompanyGrantsQuery & PageParams, options?: CallOptions) {
    return this.get<BillingCreditGrant[]>('/billing/credits/grants/company/list', companyGrantsWire(query), options);
  }
  countForCompany(query: CompanyGrantsQuery, options?: CallOptions) {
    return this.getCount('/billing/credits/grants/company/count', companyGrantsWire(query), options);
  }
  /** POST `/billing/credits/grants/company` (201): the new grant. */
  grantToCompany(params: GrantToCompanyParams, options?: CallOptions) {
    return this.write<BillingCreditGrant>('POST', '/billing/credits/grants/company', grantToCompanyWire(params), options);
  }
  /** PUT `/billing/credits/grants/{id}/zero-out` (body `{}` without a reason): the zeroed-out grant. */
  zeroOut(id: string, params: ZeroOutParams = {}, options?: CallOptions) {
    const body: ZeroOutGrantRequestBody = given({ reason: params.reason });
    return this.write<BillingCreditGrant>('PUT', `/billing/credits/grants/${segment(id)}/zero-out`, body, options);
  }
}

const LIST_NAMES = { ids: 'ids', creditId: 'credit_id', limit: 'limit', offset: 'offset' } as const;
const listWire = (q: GrantListQuery & PageParams) => wireQuery<GrantListQuery & PageParams, ListGrantsParams>(q, LIST_NAMES);

const COMPANY_NAMES = { companyId: 'company_id', order: 'order', dir: 'dir', limit: 'limit', offset: 'offset' } as const;
const companyGrantsWire = (q: CompanyGrantsQuery & PageParams) =>
  wireQuery<CompanyGrantsQuery & PageParams, ListCompanyGrantsParams>(q, COMPANY_NAMES);

function grantToCompanyWire(p: GrantToCompanyParams): CreateCompanyCreditGrant {
  return given({
    company_id: p.companyId,
    credit_id: p.creditId,
    quantity: p.quantity,
    reason: p.reason,
    currency: p.currency,
    credit_bundle_id: p.creditBundleId,
    expires_at: p.expiresAt,
    expiry_type: p.expiryType,
    expiry_unit: p.expiryUnit,
    expiry_unit_count: p.expiryUnitCount,
    billing_periods_count: p.billingPeriodsCount,
    renewal_enabled: p.renewalEnabled,
    renewal_period: p.renewalPeriod,
  });
}
