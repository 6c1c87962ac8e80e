/**
 * The Schematic endpoints the sandbox serves, as a route table. Handlers are synchronous
 * functions of (store, path params, query, body) -> reply; the HTTP plumbing lives in server.ts
 * and ../http.ts, body validation in requests.ts and the effects of writes in writes.ts.
 */
import type { BillingCreditGrant } from '../../upstream/schematic/types.ts';
import { matchRoute, pathSegments, type Reply } from '../http.ts';
import { Body, type RawBody } from './body.ts';
import { badRequest, found, HttpError, notFound, Query } from './query.ts';
import {
  createBundleRequest,
  createCreditRequest,
  createPlanGrantRequest,
  grantRequest,
  updateBundleRequest,
  updateCreditRequest,
  updatePlanGrantRequest,
  zeroOutRequest,
} from './requests.ts';
import type { SchematicStore } from './store.ts';
import * as writes from './writes.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface RouteContext {
  store: SchematicStore;
  /** decoded path parameters, by the name in the path template */
  params: Record<string, string>;
  query: URLSearchParams;
  /** the JSON object a POST or PUT must carry (checked before the handler runs); empty otherwise */
  body: Body;
}

type Handler = (ctx: RouteContext) => Reply;

interface Route {
  method: Method;
  segments: string[];
  handler: Handler;
}

/** The vendor's envelope: `params` echoes the accepted query (`{}` for gets and writes). */
const ok = (data: unknown, params: Record<string, unknown> = {}): Reply => ({ status: 200, body: { data, params } });
const created = (data: unknown): Reply => ({ status: 201, body: { data, params: {} } });

function route(method: Method, path: string, handler: Handler): Route {
  return { method, segments: pathSegments(path), handler };
}

const get = (path: string, handler: Handler) => route('GET', path, handler);
const post = (path: string, handler: Handler) => route('POST', path, handler);
const put = (path: string, handler: Handler) => route('PUT', path, handler);
const del = (path: string, handler: Handler) => route('DELETE', path, handler);

/** A list endpoint and its count twin: same filters, same validation, same echo. */
function collection(
  path: string,
  filter: (q: Query, store: SchematicStore) => unknown[],
  countPath = `${path}/count`,
): Route[] {
  return [
    get(path, ({ store, query }) => {
      const q = new Query(query);
      const items = filter(q, store);
      const { limit, offset } = q.page();
      return ok(items.slice(offset, offset + limit), q.echo);
    }),
    get(countPath, ({ store, query }) => {
      const q = new Query(query);
      const items = filter(q, store);
      q.page(); // accepted (and validated) like on the list, meaningless for a count
      return ok({ count: items.length }, q.echo);
    }),
  ];
}

/** Keeps the items whose id is listed; unknown ids are silently dropped (UNCONFIRMED vendor behaviour). */
const inIds = (ids: string[] | undefined) => (item: { id: string }) => !ids || ids.includes(item.id);

const contains = (haystack: string | null | undefined, needle: string) =>
  (haystack ?? '').toLowerCase().includes(needle.toLowerCase());

// ---- company grants ordering (the only list with its own sort parameters)

const GRANT_ORDERS = ['created_at', 'expires_at', 'quantity', 'quantity_remaining'] as const;
const DIRECTIONS = ['asc', 'desc'] as const;

function compareGrants(order: (typeof GRANT_ORDERS)[number]): (a: BillingCreditGrant, b: BillingCreditGrant) => number {
  switch (order) {
    case 'quantity':
    case 'quantity_remaining':
      return (a, b) => a[order] - b[order];
    case 'expires_at':
      // a grant without expiry sorts as if it expired last
      return (a, b) => (a.expires_at ?? '9999').localeCompare(b.expires_at ?? '9999');
    case 'created_at':
      return (a, b) => a.created_at.localeCompare(b.created_at);
  }
}

// ---- /companies/lookup

/** `keys` as URL-encoded JSON (what the official SDK sends), or as `keys[name]=value` pairs. */
function lookupKeys(search: URLSearchParams): Record<string, string> {
  const keys: Record<string, string> = {};
  const json = search.get('keys');
  if (json) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      parsed = undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== 'string')) {
      throw badRequest('invalid parameter keys: must be a JSON object of string values');
    }
    Object.assign(keys, parsed);
  }
  for (const [name, value] of search) {
    const key = /^keys\[(.+)\]$/.exec(name)?.[1];
    if (key !== undefined) keys[key] = value;
  }
  if (Object.keys(keys).length === 0) throw badRequest('missing required parameter: keys');
  return keys;
}

// ---- the table

/** Every endpoint the sandbox serves (tests check upstream route templates against them). */
export const ROUTES: Route[] = [
  // credits
  ...collection('/billing/credits', (q, store) => {
    const ids = q.list('ids');
    const name = q.string('name', { maxLength: 255 });
    // name match semantics are UNCONFIRMED: case-insensitive substring
    return store.listCredits().filter((c) => inIds(ids)(c) && (name === undefined || contains(c.name, name)));
  }),
  post('/billing/credits', ({ store, body }) => created(writes.createCredit(store, createCreditRequest(body)))),
  put('/billing/credits/{credit_id}', ({ store, params, body }) =>
    ok(writes.updateCredit(store, params.credit_id ?? '', updateCreditRequest(body))),
  ),
  del('/billing/credits/{credit_id}', ({ store, params }) => ok(writes.deleteCredit(store, params.credit_id ?? ''))),

  // bundles
  ...collection('/billing/credits/bundles', (q, store) => {
    const ids = q.list('ids');
    const creditId = q.string('credit_id');
    const status = q.oneOf('status', ['active', 'inactive']);
    const bundleType = q.oneOf('bundle_type', ['fixed']);
    return store
      .listBundles()
      .filter(
        (b) =>
          inIds(ids)(b) &&
          (creditId === undefined || b.credit_id === creditId) &&
          (status === undefined || b.status === status) &&
          (bundleType === undefined || b.bundle_type === bundleType),
      );
  }),
  get('/billing/credits/bundles/{bundle_id}', ({ store, params }) => {
    const id = params.bundle_id ?? '';
    return ok(found(store.getBundle(id), `credit bundle not found: ${id}`));
  }),
  post('/billing/credits/bundles', ({ store, body }) => created(writes.createBundle(store, createBundleRequest(body)))),
  put('/billing/credits/bundles/{bundle_id}', ({ store, params, body }) =>
    ok(writes.updateBundle(store, params.bundle_id ?? '', updateBundleRequest(body))),
  ),
  del('/billing/credits/bundles/{bundle_id}', ({ store, params }) => ok(writes.deleteBundle(store, params.bundle_id ?? ''))),

  // grants by id or credit (any company)
  ...collection(
    '/billing/credits/grants/list',
    (q, store) => {
      const ids = q.list('ids');
      const creditId = q.string('credit_id');
      return store.listGrants().filter((g) => inIds(ids)(g) && (creditId === undefined || g.credit_id === creditId));
    },
    '/billing/credits/grants/count',
  ),

  // grants of one company; default order created_at desc (the vendor's default is UNCONFIRMED)
  ...collection(
    '/billing/credits/grants/company/list',
    (q, store) => {
      const companyId = q.string('company_id', { required: true });
      const order = q.oneOf('order', GRANT_ORDERS) ?? 'created_at';
      const dir = q.oneOf('dir', DIRECTIONS) ?? 'desc';
      const compare = compareGrants(order);
      const sign = dir === 'asc' ? 1 : -1;
      return store
        .listGrants()
        .filter((g) => g.company_id === companyId)
        .sort((a, b) => sign * compare(a, b) || a.id.localeCompare(b.id));
    },
    '/billing/credits/grants/company/count',
  ),
  post('/billing/credits/grants/company', ({ store, body }) => created(writes.grantToCompany(store, grantRequest(body)))),
  put('/billing/credits/grants/{grant_id}/zero-out', ({ store, params, body }) =>
    ok(writes.zeroOutGrant(store, params.grant_id ?? '', zeroOutRequest(body))),
  ),

  // plan credit grants; a single and a list form of the same filter are combined (UNCONFIRMED)
  ...collection('/billing/credits/plan-grants', (q, store) => {
    const ids = q.list('ids');
    const creditId = q.string('credit_id');
    const planId = q.string('plan_id');
    const planIds = q.list('plan_ids');
    const versionId = q.string('plan_version_id');
    const versionIds = q.list('plan_version_ids');
    const plans = planId || planIds ? [...(planIds ?? []), ...(planId ? [planId] : [])] : undefined;
    const versions = versionId || versionIds ? [...(versionIds ?? []), ...(versionId ? [versionId] : [])] : undefined;
    return store
      .listPlanGrants()
      .filter(
        (g) =>
          inIds(ids)(g) &&
          (creditId === undefined || g.credit_id === creditId) &&
          (plans === undefined || plans.includes(g.plan_id)) &&
          (versions === undefined || versions.includes(g.plan_version_id ?? '')),
      );
  }),
  get('/billing/credits/plan-grants/{plan_grant_id}', ({ store, params }) => {
    const id = params.plan_grant_id ?? '';
    return ok(found(store.getPlanGrant(id), `plan credit grant not found: ${id}`));
  }),
  post('/billing/credits/plan-grants', ({ store, body }) => created(writes.createPlanGrant(store, createPlanGrantRequest(body)))),
  put('/billing/credits/plan-grants/{plan_grant_id}', ({ store, params, body }) =>
    ok(writes.updatePlanGrant(store, params.plan_grant_id ?? '', updatePlanGrantRequest(body))),
  ),
  del('/billing/credits/plan-grants/{plan_grant_id}', ({ store, params, query }) => {
    const q = new Query(query);
    q.boolean('apply_to_existing'); // validated and echoed; see deletePlanGrant
    return ok(writes.deletePlanGrant(store, params.plan_grant_id ?? ''), q.echo);
  }),

  // ledger of one company, newest first; start_time inclusive, end_time exclusive (UNCONFIRMED)
  ...collection('/v2/billing/credits/ledger', (q, store) => {
    const companyId = q.string('company_id', { required: true }) ?? '';
    const creditId = q.string('billing_credit_id');
    const featureId = q.string('feature_id');
    const eventType = q.oneOf('event_type', ['grant', 'transfer', 'usage', 'zero_out']);
    const start = q.dateTime('start_time');
    const end = q.dateTime('end_time');
    return store.listLedger(companyId).filter((e) => {
      const at = Date.parse(e.event_at);
      return (
        (creditId === undefined || e.billing_credit_id === creditId) &&
        (featureId === undefined || e.feature_id === featureId) &&
        (eventType === undefined || e.event_type === eventType) &&
        (start === undefined || at >= start) &&
        (end === undefined || at < end)
      );
    });
  }),

  // balances of one company (no pagination); an unknown company has no balances
  get('/billing/credits/balance', ({ store, query }) => {
    const q = new Query(query);
    const companyId = q.string('company_id', { required: true }) ?? '';
    return ok(store.balances(companyId), q.echo);
  }),

  get('/billing/credits/{credit_id}', ({ store, params }) => {
    const id = params.credit_id ?? '';
    return ok(found(store.getCredit(id), `billing credit not found: ${id}`));
  }),

  // companies
  ...collection('/companies', (q, store) => {
    const ids = q.list('ids');
    const creditTypeIds = q.list('credit_type_ids');
    const planId = q.string('plan_id');
    const search = q.string('q', { maxLength: 512 });
    return store.listCompanies().filter((c) => {
      const held = creditTypeIds && store.creditIdsOf(c.id);
      return (
        inIds(ids)(c) &&
        (!creditTypeIds || creditTypeIds.some((id) => held?.has(id))) &&
        (planId === undefined || c.plan?.id === planId) &&
        (search === undefined ||
          contains(c.name, search) ||
          c.keys.some((k) => contains(k.value, search)) ||
          Object.values(c.traits ?? {}).some((v) => typeof v === 'string' && contains(v, search)))
      );
    });
  }),
  get('/companies/lookup', ({ store, query }) => {
    const keys = lookupKeys(query);
    const company = store
      .listCompanies()
      .find((c) => Object.entries(keys).every(([key, value]) => c.keys.some((k) => k.key === key && k.value === value)));
    return ok(found(company, 'company not found for the given keys'), { keys });
  }),
  get('/companies/{company_id}', ({ store, params }) => {
    const id = params.company_id ?? '';
    return ok(found(store.getCompany(id), `company not found: ${id}`));
  }),

  // plans
  ...collection('/plans', (q, store) => {
    const ids = q.list('ids');
    const search = q.string('q', { maxLength: 512 });
    const planType = q.oneOf('plan_type', ['plan', 'add_on']);
    return store
      .listPlans()
      .filter(
        (p) =>
          inIds(ids)(p) &&
          (search === undefined || contains(p.name, search) || contains(p.id, search)) &&
          (planType === undefined || p.plan_type === planType),
      );
  }),
  get('/plans/{plan_id}', ({ store, params, query }) => {
    const q = new Query(query);
    q.string('plan_version_id'); // accepted and echoed; the sandbox keeps one billing setup per plan
    const id = params.plan_id ?? '';
    return ok(found(store.getPlan(id), `plan not found: ${id}`), q.echo);
  }),

  // features
  ...collection('/features', (q, store) => {
    const ids = q.list('ids');
    const search = q.string('q', { maxLength: 512 });
    const types = q.list('feature_type', { values: ['boolean', 'event', 'license', 'trait'] });
    return store
      .listFeatures()
      .filter(
        (f) =>
          inIds(ids)(f) &&
          (search === undefined || contains(f.name, search) || contains(f.id, search)) &&
          (types === undefined || types.includes(f.feature_type)),
      );
  }),
  get('/features/{feature_id}', ({ store, params }) => {
    const id = params.feature_id ?? '';
    return ok(found(store.getFeature(id), `feature not found: ${id}`));
  }),
];

/** Static paths win over templates (`/companies/count` is not a company id). */
const ORDERED = [...ROUTES].sort(
  (a, b) => a.segments.filter((s) => s.startsWith('{')).length - b.segments.filter((s) => s.startsWith('{')).length,
);

/**
 * Finds the route for a request and runs it; every failure becomes a reply with an `{ error }`
 * body. A POST or PUT must carry a JSON object (400 otherwise, before any field is looked at).
 */
export function dispatch(
  store: SchematicStore,
  method: string,
  pathname: string,
  query: URLSearchParams,
  raw: RawBody = { kind: 'none' },
): Reply {
  try {
    const match = matchRoute(ORDERED, method, pathname, (segment) => badRequest(`malformed path segment: ${segment}`));
    if (!match) throw notFound(`not found: ${method} ${pathname}`);
    const { route, params } = match;
    const body = route.method === 'POST' || route.method === 'PUT' ? Body.from(raw) : Body.empty();
    return route.handler({ store, params, query, body });
  } catch (error) {
    if (error instanceof HttpError) return { status: error.status, body: { error: error.message } };
    console.error('schematic sandbox: unexpected error', error);
    return { status: 500, body: { error: 'internal error' } };
  }
}
