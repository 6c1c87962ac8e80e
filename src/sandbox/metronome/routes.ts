/**
 * The Metronome endpoints the sandbox serves, as a route table. Handlers are synchronous
 * functions of (store, path params, query, JSON body) -> reply; the HTTP plumbing lives in
 * server.ts and ../http.ts. Errors are `{ message }`, plus a `code` where v2 endpoints document one.
 */
import { isLosslessNumber } from 'lossless-json';
import type { Amount, CommitHierarchyConfiguration, CommitSpecifier } from '../../upstream/metronome/types.ts';
import { matchRoute, pathSegments, type Reply } from '../http.ts';
import { MetronomeStore, type CreditEdit } from './store.ts';
import {
  ApiError,
  badRequest,
  Body,
  conflict,
  contractNotFound,
  customerNotFound,
  notFound,
  QueryParams,
} from './validate.ts';

export interface Request {
  method: string;
  pathname: string;
  query: URLSearchParams;
  /** The parsed JSON body; undefined when there was none. */
  body: unknown;
  /** The `Idempotency-Key` header, if any. */
  idempotencyKey?: string;
}

interface RouteContext {
  store: MetronomeStore;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

type Handler = (ctx: RouteContext) => Reply;

interface Route {
  method: 'GET' | 'POST';
  segments: string[];
  /** Writes honour `Idempotency-Key`. */
  write: boolean;
  handler: Handler;
}

const route = (method: Route['method'], path: string, handler: Handler, write = false): Route => ({
  method,
  segments: pathSegments(path),
  write,
  handler,
});

const ok = (body: unknown): Reply => ({ status: 200, body });

// ---- pagination

/** Page caps (reference §1.2). The default for CursorPage lists is UNCONFIRMED: 25, like credits. */
const LIST_MAX = 100;
const LIST_DEFAULT = 25;
const CREDITS_MAX = 25;
const CREDITS_DEFAULT = 25;

/**
 * Keyset pagination over a list in insertion order: the opaque cursor holds the list's name and
 * the position (in the store) of the last item returned, so rows added between two pages never
 * shift what the next page shows. A cursor from another list, or not from us, is a 400.
 */
function paginate<T>(list: string, items: T[], positionOf: (item: T) => number, limit: number, cursor: string | undefined) {
  let after = -1;
  if (cursor !== undefined) {
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      decoded = undefined;
    }
    const { l, a } = (decoded ?? {}) as { l?: unknown; a?: unknown };
    if (l !== list || typeof a !== 'number' || !Number.isInteger(a)) throw badRequest('next_page is not a cursor from this list');
    after = a;
  }
  const rest = items.filter((item) => positionOf(item) > after);
  const data = rest.slice(0, limit);
  const last = data[data.length - 1];
  const next_page =
    rest.length > limit && last !== undefined
      ? Buffer.from(JSON.stringify({ l: list, a: positionOf(last) })).toString('base64url')
      : null;
  return { data, next_page };
}

/** An item's position in the store's list, by id (items are copies), through an index built once per request. */
function positionIn(all: readonly { id?: string }[]): (item: { id?: string }) => number {
  const index = new Map<string | undefined, number>();
  all.forEach((x, i) => {
    if (!index.has(x.id)) index.set(x.id, i);
  });
  return (item) => index.get(item.id) ?? -1;
}

// ---- shared body readers

function scheduleItems(items: Body[]) {
  return items.map((item) => {
    const amount = item.amount('amount', { required: true, min: 0 }) as Amount;
    const starting_at = item.dateTime('starting_at', { required: true }) as string;
    const ending_before = item.dateTime('ending_before', { required: true }) as string;
    if (Date.parse(ending_before) <= Date.parse(starting_at)) throw badRequest(`${item.name('ending_before')} must be after starting_at`);
    return { amount, starting_at, ending_before };
  });
}

function specifiers(items: Body[] | null | undefined): CommitSpecifier[] | null | undefined {
  if (!items) return items;
  return items.map((item) => {
    const spec: CommitSpecifier = {};
    const productId = item.uuid('product_id');
    const tags = item.strings('product_tags');
    const pricing = item.stringMap('pricing_group_values');
    const presentation = item.stringMap('presentation_group_values');
    if (productId !== undefined) spec.product_id = productId;
    if (tags) spec.product_tags = tags;
    if (pricing) spec.pricing_group_values = pricing;
    if (presentation) spec.presentation_group_values = presentation;
    return spec;
  });
}

function hierarchy(body: Body | undefined): CommitHierarchyConfiguration | undefined {
  if (!body) return undefined;
  const access = body.object('child_access', { required: true }) as Body;
  const type = access.oneOf('type', ['ALL', 'NONE', 'CONTRACT_IDS'] as const, { required: true, anyCase: true });
  if (type === 'CONTRACT_IDS') {
    const ids = access.strings('contract_ids', { required: true, uuid: true, minItems: 1 }) as string[];
    return { child_access: { type, contract_ids: ids } };
  }
  return { child_access: { type: type as 'ALL' | 'NONE' } };
}

/** The customer a v1 credit endpoint names, or a 404 `{ message }`. */
function v1Customer(store: MetronomeStore, body: Body) {
  const id = body.uuid('customer_id', { required: true }) as string;
  if (!store.customer(id)) throw notFound(`customer not found: ${id}`);
  return id;
}

/** The customer a v2 endpoint names, or a 400 `{ code: 'CustomerNotFound', message }`. */
function v2Customer(store: MetronomeStore, body: Body) {
  const id = body.uuid('customer_id', { required: true }) as string;
  if (!store.customer(id)) throw customerNotFound(id);
  return id;
}

const RATE_TYPES = ['COMMIT_RATE', 'LIST_RATE'] as const;

// ---- the table

/** Every endpoint the sandbox serves (tests check upstream route templates against them). */
export const ROUTES: Route[] = [
  // customers
  route('GET', '/v1/customers', ({ store, query }) => {
    const q = new QueryParams(query);
    const limit = q.integer('limit', 1, LIST_MAX) ?? LIST_DEFAULT;
    const ids = q.list('customer_ids', 100);
    const salesforce = q.list('salesforce_account_ids', 100);
    const items = store
      .listCustomers({ ids, alias: q.string('ingest_alias'), onlyArchived: q.boolean('only_archived') })
      .filter((c) => !salesforce || salesforce.includes(c.customer_config.salesforce_account_id ?? ''));
    return ok(paginate('customers', items, positionIn(store.customers), limit, q.string('next_page')));
  }),
  route('GET', '/v1/customers/{customer_id}', ({ store, params }) => {
    const id = params.customer_id ?? '';
    const customer = store.customer(id);
    if (!customer) throw notFound(`customer not found: ${id}`);
    return ok({ data: structuredClone(customer) });
  }),

  // credits
  route('POST', '/v1/contracts/customerCredits/list', ({ store, body: raw }) => {
    const body = Body.of(raw ?? {});
    const customerId = v1Customer(store, body);
    const filter = {
      credit_id: body.uuid('credit_id'),
      covering_date: body.dateTime('covering_date'),
      starting_at: body.dateTime('starting_at'),
      effective_before: body.dateTime('effective_before'),
      include_contract_credits: body.boolean('include_contract_credits'),
      include_archived: body.boolean('include_archived'),
    };
    const view = { balance: body.boolean('include_balance'), ledgers: body.boolean('include_ledgers') };
    const limit = body.integer('limit', 1, CREDITS_MAX) ?? CREDITS_DEFAULT;
    const cursor = body.string('next_page');
    const page = paginate('credits', store.listCredits(customerId, filter), positionIn(store.credits), limit, cursor);
    return ok({ data: page.data.map((c) => store.creditV1(c, view)), next_page: page.next_page });
  }),

  route(
    'POST',
    '/v1/contracts/customerCredits/create',
    ({ store, body: raw }) => {
      const body = Body.of(raw ?? {});
      const customerId = v1Customer(store, body);
      const schedule = body.object('access_schedule', { required: true }) as Body;
      const items = scheduleItems(schedule.objects('schedule_items', { required: true, minItems: 1 }) as Body[]);
      const created = store.createCredit({
        customer_id: customerId,
        credit_type_id: schedule.uuid('credit_type_id'),
        schedule: items,
        priority: body.number('priority', { required: true }) as number,
        product_id: body.uuid('product_id', { required: true }) as string,
        name: body.string('name', { minLength: 1 }),
        description: body.string('description'),
        applicable_contract_ids: body.strings('applicable_contract_ids', { uuid: true }) ?? undefined,
        applicable_product_ids: body.strings('applicable_product_ids', { uuid: true }) ?? undefined,
        applicable_product_tags: body.strings('applicable_product_tags') ?? undefined,
        specifiers: specifiers(body.objects('specifiers')) ?? undefined,
        custom_fields: body.stringMap('custom_fields') ?? {},
        rate_type: body.oneOf('rate_type', RATE_TYPES, { anyCase: true }),
        uniqueness_key: body.string('uniqueness_key', { minLength: 1, maxLength: 128 }),
        netsuite_sales_order_id: body.string('netsuite_sales_order_id'),
        salesforce_opportunity_id: body.string('salesforce_opportunity_id'),
      });
      return ok({ data: { id: created.id } });
    },
    true,
  ),

  route(
    'POST',
    '/v1/contracts/customerCredits/updateEndDate',
    ({ store, body: raw }) => {
      const body = Body.of(raw ?? {});
      const customerId = v1Customer(store, body);
      const creditId = body.uuid('credit_id', { required: true }) as string;
      const end = body.dateTime('access_ending_before', { required: true }) as string;
      const credit = store.requireCredit(customerId, creditId);
      store.updateEndDate(credit, end);
      return ok({ data: { id: credit.id } });
    },
    true,
  ),

  route(
    'POST',
    '/v2/contracts/credits/edit',
    ({ store, body: raw }) => {
      const body = Body.of(raw ?? {});
      const customerId = v2Customer(store, body);
      const creditId = body.uuid('credit_id', { required: true }) as string;
      const edit: CreditEdit = {
        name: body.string('name', { minLength: 1 }),
        description: body.string('description'),
        priority: body.isNull('priority') ? null : body.number('priority'),
        product_id: body.uuid('product_id'),
        rate_type: body.oneOf('rate_type', RATE_TYPES, { anyCase: true }),
        applicable_product_ids: body.strings('applicable_product_ids', { nullable: true, uuid: true }),
        applicable_product_tags: body.strings('applicable_product_tags', { nullable: true }),
        applicable_contract_ids: body.strings('applicable_contract_ids', { nullable: true, uuid: true }),
        specifiers: specifiers(body.objects('specifiers', { nullable: true })),
        hierarchy_configuration: hierarchy(body.object('hierarchy_configuration')),
      };
      // Request-level rule, checked before the credit is even looked at (vendor field docs).
      MetronomeStore.checkTargeting({
        specifiers: edit.specifiers ?? undefined,
        applicable_product_ids: edit.applicable_product_ids ?? undefined,
        applicable_product_tags: edit.applicable_product_tags ?? undefined,
      });
      const schedule = body.object('access_schedule');
      if (schedule) {
        edit.access_schedule = {
          add: scheduleItems(schedule.objects('add_schedule_items') ?? []),
          update: (schedule.objects('update_schedule_items') ?? []).map((item) => {
            const update: NonNullable<CreditEdit['access_schedule']>['update'][number] = {
              id: item.uuid('id', { required: true }) as string,
            };
            const amount = item.amount('amount', { min: 0 });
            const start = item.dateTime('starting_at');
            const end = item.dateTime('ending_before');
            if (amount !== undefined) update.amount = amount;
            if (start !== undefined) update.starting_at = start;
            if (end !== undefined) update.ending_before = end;
            return update;
          }),
          remove: (schedule.objects('remove_schedule_items') ?? []).map((item) => ({ id: item.uuid('id', { required: true }) as string })),
        };
      }
      const credit = store.requireCredit(customerId, creditId);
      store.editCredit(credit, edit);
      // The vendor answers an id; the sandbox answers the credit's (UNCONFIRMED that it is not an edit-record id).
      return ok({ data: { id: credit.id } });
    },
    true,
  ),

  route(
    'POST',
    '/v2/contracts/credits/archive',
    ({ store, body: raw }) => {
      const body = Body.of(raw ?? {});
      const customerId = v2Customer(store, body);
      const creditId = body.uuid('credit_id', { required: true }) as string;
      const credit = store.requireCredit(customerId, creditId);
      store.archiveCredit(credit);
      return ok({ data: { id: credit.id } });
    },
    true,
  ),

  // contracts
  route('POST', '/v2/contracts/list', ({ store, body: raw }) => {
    const body = Body.of(raw ?? {});
    const customerId = v2Customer(store, body);
    const covering = body.dateTime('covering_date');
    const starting = body.dateTime('starting_at');
    if (covering !== undefined && starting !== undefined) throw badRequest('covering_date and starting_at cannot be used together');
    const view = { balance: body.boolean('include_balance'), ledgers: body.boolean('include_ledgers') };
    const contracts = store.listContracts(customerId, {
      covering_date: covering,
      starting_at: starting,
      include_archived: body.boolean('include_archived'),
    });
    return ok({ data: contracts.map((c) => store.contractView(c, view)) });
  }),
  route('POST', '/v2/contracts/get', ({ store, body: raw }) => {
    const body = Body.of(raw ?? {});
    const customerId = v2Customer(store, body);
    const contractId = body.uuid('contract_id', { required: true }) as string;
    // Accepted and validated; the sandbox keeps no history, so it answers the present state.
    const asOf = body.dateTime('as_of_date');
    const view = { balance: body.boolean('include_balance'), ledgers: body.boolean('include_ledgers') };
    if (asOf !== undefined && view.ledgers) throw badRequest('as_of_date cannot be used together with include_ledgers');
    const contract = store.contract(customerId, contractId);
    if (!contract) throw contractNotFound(contractId);
    return ok({ data: store.contractView(contract, view) });
  }),

  // products: reads are POSTs; the list takes its page in the query and its filter in the body
  route('POST', '/v1/contract-pricing/products/get', ({ store, body: raw }) => {
    const body = Body.of(raw ?? {});
    const id = body.uuid('id', { required: true }) as string;
    const product = store.product(id);
    if (!product) throw notFound(`product not found: ${id}`);
    return ok({ data: product });
  }),
  route('POST', '/v1/contract-pricing/products/list', ({ store, query, body: raw }) => {
    const q = new QueryParams(query);
    const limit = q.integer('limit', 1, LIST_MAX) ?? LIST_DEFAULT;
    const body = Body.of(raw ?? {});
    const filter = body.oneOf('archive_filter', ['ARCHIVED', 'NOT_ARCHIVED', 'ALL'] as const) ?? 'NOT_ARCHIVED';
    return ok(paginate('products', store.listProducts(filter), positionIn(store.products), limit, q.string('next_page')));
  }),

  // pricing units
  route('GET', '/v1/credit-types/list', ({ store, query }) => {
    const q = new QueryParams(query);
    const limit = q.integer('limit', 1, LIST_MAX) ?? LIST_DEFAULT;
    const units = store.pricingUnits.map((u) => ({ ...u }));
    return ok(paginate('credit-types', units, positionIn(store.pricingUnits), limit, q.string('next_page')));
  }),
];

/** JSON with sorted keys: two bodies that differ only in key order are the same request. */
function canonical(value: unknown): string {
  if (typeof value === 'bigint' || isLosslessNumber(value)) return String(value); // an exact amount's digits
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function errorReply(error: unknown): Reply {
  if (error instanceof ApiError) {
    return { status: error.status, body: error.code ? { code: error.code, message: error.message } : { message: error.message } };
  }
  console.error('metronome sandbox: unexpected error', error);
  return { status: 500, body: { message: 'internal error' } };
}

/** Finds the route and runs it; a write under a known `Idempotency-Key` replays the first answer. */
export function dispatch(store: MetronomeStore, request: Request): Reply {
  try {
    const match = matchRoute(ROUTES, request.method, request.pathname, (segment) => badRequest(`malformed path segment: ${segment}`));
    if (!match) throw notFound(`not found: ${request.method} ${request.pathname}`);
    const { route, params } = match;
    const run = (): Reply => {
      try {
        return route.handler({ store, params, query: request.query, body: request.body });
      } catch (error) {
        return errorReply(error);
      }
    };
    const key = request.idempotencyKey;
    if (!route.write || key === undefined || key === '') return run();
    // The same key with the same request replays the stored answer (errors included, as the
    // vendor documents); the same key with another request is a 409.
    const fingerprint = `${request.method} ${request.pathname} ${canonical(request.body)}`;
    const stored = store.idempotency.get(key);
    if (stored) {
      if (stored.fingerprint !== fingerprint) throw conflict('Idempotency-Key has already been used with different request parameters');
      return { status: stored.status, body: structuredClone(stored.body) };
    }
    const reply = run();
    store.idempotency.set(key, { fingerprint, status: reply.status, body: structuredClone(reply.body) });
    return reply;
  } catch (error) {
    return errorReply(error);
  }
}
