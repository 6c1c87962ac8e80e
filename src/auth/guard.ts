/**
 * The tenant guard: the last check before a request of a company-scoped (or catalogue-only)
 * caller leaves for an upstream. Whatever path led here (a root field, a nested link, a
 * connection, federation's `_entities`, a field added later), a request for another company's
 * private data is refused before it is sent, with the same FORBIDDEN error as everywhere else.
 *
 * It is an allow-list per upstream, so an endpoint nobody has classified is refused (fail
 * closed): catalogue endpoints pass; private ones pass only when the company or customer they
 * name is the caller's; writes never pass (such callers run no mutation). The schema refuses
 * earlier and per item (src/auth/tenancy.ts, the authScopes); this is the backstop.
 */
import type { HttpRequest } from '../upstream/core/types.ts';
import { forbidden } from './errors.ts';
import { companyOf } from './principal.ts';
import { ownCustomerId, ownLinkValue, type AuthContext } from './tenancy.ts';

type Rule = (ctx: AuthContext, req: HttpRequest, params: string[]) => boolean | Promise<boolean>;

const catalogue: Rule = () => true;

/** A query or body parameter, as a string (undefined when absent or not a string). */
function param(req: HttpRequest, name: string): string | undefined {
  for (const source of [req.query, req.body]) {
    const value = source && typeof source === 'object' ? (source as Record<string, unknown>)[name] : undefined;
    if (typeof value === 'string') return value;
  }
  return undefined;
}

/** An array or repeated query parameter (`?ids=a&ids=b`), or a comma-joined one (`customer_ids=a,b`). */
function list(req: HttpRequest, name: string, commaJoined = false): string[] | undefined {
  const value = req.query && (req.query as Record<string, unknown>)[name];
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return commaJoined ? value.split(',') : [value];
  return undefined;
}

const ownCompany = (ctx: AuthContext, id: string | undefined) => id !== undefined && companyOf(ctx.principal) === id;

const ownCustomer = async (ctx: AuthContext, id: string | undefined) =>
  id !== undefined && companyOf(ctx.principal) !== undefined && (await ownCustomerId(ctx)) === id;

/** The request names exactly the caller's company in `company_id`. */
const companyParam: Rule = (ctx, req) => ownCompany(ctx, param(req, 'company_id'));

/** The request names exactly the caller's Metronome customer in `customer_id` (query or body). */
const customerParam: Rule = (ctx, req) => ownCustomer(ctx, param(req, 'customer_id'));

/** [method, path pattern (`*` is one segment), rule], first match wins. */
type Route = [string, string, Rule];

const SCHEMATIC: Route[] = [
  ['GET', '/billing/credits', catalogue],
  ['GET', '/billing/credits/count', catalogue],
  ['GET', '/billing/credits/bundles', catalogue],
  ['GET', '/billing/credits/bundles/count', catalogue],
  ['GET', '/billing/credits/plan-grants', catalogue],
  ['GET', '/billing/credits/plan-grants/count', catalogue],
  ['GET', '/plans', catalogue],
  ['GET', '/plans/count', catalogue],
  ['GET', '/features', catalogue],
  ['GET', '/features/count', catalogue],
  // Companies by id only, each the caller's: a list without ids spans companies.
  ['GET', '/companies', (ctx, req) => (list(req, 'ids') ?? []).length > 0 && list(req, 'ids')!.every((id) => ownCompany(ctx, id))],
  ['GET', '/companies/*', (ctx, _req, [id]) => ownCompany(ctx, id)],
  ['GET', '/billing/credits/grants/company/list', companyParam],
  ['GET', '/billing/credits/grants/company/count', companyParam],
  // Grants by id: the list has no company filter, so the owner is checked after the read (tenancy.ts
  // denyAfterLoad). Without ids (by credit, or everything) it would span companies: refused.
  ['GET', '/billing/credits/grants/list', (_ctx, req) => (list(req, 'ids') ?? []).length > 0 && param(req, 'credit_id') === undefined],
  ['GET', '/v2/billing/credits/ledger', companyParam],
  ['GET', '/v2/billing/credits/ledger/count', companyParam],
  ['GET', '/billing/credits/balance', companyParam],
];

const METRONOME: Route[] = [
  ['GET', '/v1/credit-types/list', catalogue],
  ['POST', '/v1/contract-pricing/products/get', catalogue],
  ['POST', '/v1/contract-pricing/products/list', catalogue],
  [
    'GET',
    '/v1/customers',
    async (ctx, req) => {
      const ids = list(req, 'customer_ids', true);
      if (ids !== undefined) return ids.length > 0 && (await Promise.all(ids.map(async (id) => ownCustomer(ctx, id)))).every(Boolean);
      // In alias mode a company finds its customer by an ingest alias: only its own alias may be looked up.
      const alias = param(req, 'ingest_alias');
      return alias !== undefined && companyOf(ctx.principal) !== undefined && (await ownLinkValue(ctx)) === alias;
    },
  ],
  ['GET', '/v1/customers/*', (ctx, _req, [id]) => ownCustomer(ctx, id)],
  ['POST', '/v1/contracts/customerCredits/list', customerParam],
  ['POST', '/v2/contracts/list', customerParam],
  ['POST', '/v2/contracts/get', customerParam],
];

function match(routes: Route[], req: HttpRequest): { rule: Rule; params: string[] } | undefined {
  const segments = req.path.split('/');
  for (const [method, pattern, rule] of routes) {
    if (method !== req.method) continue;
    const parts = pattern.split('/');
    if (parts.length !== segments.length) continue;
    const params: string[] = [];
    if (
      parts.every((part, i) => {
        if (part !== '*') return part === segments[i];
        params.push(decodeURIComponent(segments[i] ?? ''));
        return segments[i] !== '';
      })
    ) {
      return { rule, params };
    }
  }
  return undefined;
}

/** The check a scoped caller's clients run before every call (wrapped around their dispatch in upstreams.ts). */
export function tenantGuard(upstream: 'schematic' | 'metronome', ctx: AuthContext): (req: HttpRequest) => Promise<void> {
  const routes = upstream === 'schematic' ? SCHEMATIC : METRONOME;
  return async (req) => {
    const found = match(routes, req);
    if (!found || !(await found.rule(ctx, req, found.params))) throw forbidden();
  };
}
