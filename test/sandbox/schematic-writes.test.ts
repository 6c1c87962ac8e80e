/**
 * The sandbox's write endpoints over real loopback HTTP: each write's effect as the following
 * reads see it (lists, counts, balances, ledger, 404 after a delete), every validation rule (a 400
 * naming the field), unknown ids (404) and refused deletes (409). Every request body a test means
 * to be valid is checked against the vendor's request schema, and every response against the
 * vendor's response schema, so the sandbox, the client and the vendor agree on the wire. Those
 * spec assertions need the vendor's document (test/helpers/vendor-specs.ts): without it the
 * writes are still tested, and the run ends saying the spec checks did not run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSchematicSandbox, type SchematicSandbox } from '../../src/sandbox/schematic/server.ts';
import { WORLD_NOW } from '../../src/sandbox/world.ts';
import { vendorSpecs } from '../helpers/vendor-specs.ts';
import type { ApiErrorBody, BillingCredit, BillingCreditBundle, BillingCreditGrant, BillingPlanCreditGrant, Company, CompanyCreditBalance, CreditLedgerEvent, DeleteData, Plan } from '../../src/upstream/schematic/types.ts';
import { data, get, send, type Method } from './schematic-helpers.ts';
import { SpecValidator } from './schematic-openapi.ts';

let sandbox: SchematicSandbox;
const spec = vendorSpecs && new SpecValidator(vendorSpecs.schematic);

/** Asserts that the vendor's document accepts what `check` validates (when the document is there). */
function conforms(check: (spec: SpecValidator) => string | null, label?: string): void {
  if (spec) expect(check(spec), label).toBeNull();
}

beforeAll(async () => {
  sandbox = await startSchematicSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

/** The gateway's types leave out the plan's included grants (it does not read them); these tests do. */
type PlanWithGrants = Plan & { included_credit_grants: BillingPlanCreditGrant[] };
type CompanyOnPlan = Company & { plan: { included_credit_grants: BillingPlanCreditGrant[] } };

const DAY_MS = 86_400_000;
const NOW = Date.parse(WORLD_NOW);
const all = { limit: 250 };

const T = {
  credits: '/billing/credits',
  credit: '/billing/credits/{credit_id}',
  bundles: '/billing/credits/bundles',
  bundle: '/billing/credits/bundles/{bundle_id}',
  grant: '/billing/credits/grants/company',
  zeroOut: '/billing/credits/grants/{grant_id}/zero-out',
  planGrants: '/billing/credits/plan-grants',
  planGrant: '/billing/credits/plan-grants/{plan_grant_id}',
} as const;

/**
 * Sends a write meant to succeed: its body must satisfy the spec's request schema, the status
 * must be `status` (201 for a create) and the response must satisfy the spec's response schema.
 */
async function write<TData = DeleteData>(
  method: Method,
  template: string,
  path: string,
  body?: object,
  status = method === 'POST' ? 201 : 200,
): Promise<{ data: TData; params: Record<string, unknown> }> {
  if (body !== undefined) conforms((s) => s.checkRequest(method, template, body), 'request body vs spec');
  const res = await send<{ data: TData; params: Record<string, unknown> }>(sandbox, method, path, body);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.contentType).toMatch(/^application\/json/);
  conforms((s) => s.check(template, status, res.body, method), 'response body vs spec');
  return res.body;
}

/** Sends a write that must be refused with `status` and an `{ error }` body the spec accepts; returns the message. */
async function refused(method: Method, template: string, path: string, body: unknown, status: number): Promise<string> {
  const res = await send<ApiErrorBody>(sandbox, method, path, body);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body).toEqual({ error: expect.any(String) });
  // 409 is not declared on these operations: the body is still the vendor's ApiError
  conforms((s) => (status === 409 ? s.checkSchema('ApiError', res.body) : s.check(template, status, res.body, method)));
  return res.body.error;
}

const count = async (path: string, query: Record<string, string | number | readonly string[]> = {}): Promise<number> =>
  (await data<{ count: number }>(sandbox, path, query)).count;

async function remaining(companyId: string, creditId: string): Promise<CompanyCreditBalance | undefined> {
  const rows = await data<CompanyCreditBalance[]>(sandbox, '/billing/credits/balance', { company_id: companyId });
  return rows.find((r) => r.credit_id === creditId);
}

const ledger = (companyId: string): Promise<CreditLedgerEvent[]> => data(sandbox, '/v2/billing/credits/ledger', { company_id: companyId, ...all });

/** Everything a refused write must leave as it was. */
async function snapshot(): Promise<unknown> {
  return Promise.all([
    count('/billing/credits/count'),
    count('/billing/credits/bundles/count'),
    count('/billing/credits/grants/count'),
    count('/billing/credits/plan-grants/count'),
    data(sandbox, '/billing/credits/balance', { company_id: 'comp_globex' }),
    count('/v2/billing/credits/ledger/count', { company_id: 'comp_globex' }),
    data(sandbox, '/billing/credits/bcrd_support_hours'),
    data(sandbox, '/billing/credits/bundles/bcb_compute_1k'),
    data(sandbox, '/billing/credits/plan-grants/bpcg_growth_tokens'),
  ]);
}

const newCredit = async (name = 'Scratch Credit'): Promise<BillingCredit> =>
  (await write<BillingCredit>('POST', T.credits, '/billing/credits', { name, description: 'for a test', currency: 'usd' })).data;

// ---------------------------------------------------------------- credits

describe('credits', () => {
  it('create: 201 with the vendor shape, readable by id, first in the list, counted', async () => {
    const before = await count('/billing/credits/count');
    const { data: credit, params } = await write<BillingCredit>('POST', T.credits, '/billing/credits', {
      name: 'Image Generations',
      description: 'Images rendered by the diffusion models.',
      currency: 'usd',
      per_unit_price: 4,
      per_unit_price_decimal: '4.5',
      currency_prices: [{ currency: 'eur', price_per_unit: 4 }],
      singular_name: 'image',
      plural_name: 'images',
      burn_strategy: 'last_in_first_out',
      default_expiry_unit: 'days',
      default_expiry_unit_count: 30,
    });
    expect(params).toEqual({});
    expect(credit).toMatchObject({
      name: 'Image Generations',
      singular_name: 'image',
      burn_strategy: 'last_in_first_out',
      default_expiry_unit_count: 30,
      cost_editable: true,
    });
    expect(credit.id).toMatch(/^bcrd_/);
    expect(credit.created_at).toBe(credit.updated_at);
    expect(Date.parse(credit.created_at)).toBeGreaterThan(NOW);
    // the decimal string wins over the integer
    expect(credit.price).toMatchObject({ currency: 'usd', price: 5, price_decimal: '4.5' });
    expect(credit.currency_prices.map((p) => [p.currency, p.price?.price_decimal])).toEqual([
      ['usd', '4.5'],
      ['eur', '4'],
    ]);

    expect(await data(sandbox, `/billing/credits/${credit.id}`)).toEqual(credit);
    expect((await data<BillingCredit[]>(sandbox, '/billing/credits'))[0]).toEqual(credit);
    expect(await count('/billing/credits/count')).toBe(before + 1);
    expect(await count('/billing/credits/count', { name: 'image gen' })).toBe(1);
  });

  it('create without a cost basis lists its currency without a price, and ids are unique', async () => {
    const [a, b] = [await newCredit('A'), await newCredit('B')];
    expect(a.id).not.toBe(b.id);
    expect(a.price).toBeUndefined();
    expect(a.currency_prices).toEqual([{ currency: 'usd' }]);
  });

  it('update: sent fields and updated_at change, the rest is kept, and every denormalised copy follows', async () => {
    const before = await data<BillingCredit>(sandbox, '/billing/credits/bcrd_compute_minutes');
    const { data: credit } = await write<BillingCredit>('PUT', T.credit, '/billing/credits/bcrd_compute_minutes', {
      name: 'GPU Minutes',
      description: before.description,
    });
    expect(credit).toEqual({ ...before, name: 'GPU Minutes', updated_at: credit.updated_at });
    expect(Date.parse(credit.updated_at)).toBeGreaterThan(Date.parse(before.updated_at));
    expect(await data(sandbox, '/billing/credits/bcrd_compute_minutes')).toEqual(credit);

    const id = { credit_id: 'bcrd_compute_minutes', ...all };
    const grants = await data<BillingCreditGrant[]>(sandbox, '/billing/credits/grants/list', id);
    const bundles = await data<BillingCreditBundle[]>(sandbox, '/billing/credits/bundles', id);
    const planGrants = await data<BillingPlanCreditGrant[]>(sandbox, '/billing/credits/plan-grants', id);
    const events = await data<CreditLedgerEvent[]>(sandbox, '/v2/billing/credits/ledger', { company_id: 'comp_acme', billing_credit_id: 'bcrd_compute_minutes', ...all });
    for (const list of [grants, bundles, planGrants, events]) expect(list.length).toBeGreaterThan(0);
    expect(grants.every((g) => g.credit_name === 'GPU Minutes')).toBe(true);
    expect(bundles.every((b) => b.credit_name === 'GPU Minutes')).toBe(true);
    expect(planGrants.every((g) => g.credit_name === 'GPU Minutes' && g.credit?.name === 'GPU Minutes')).toBe(true);
    expect(events.every((e) => e.credit_name === 'GPU Minutes' && e.credit?.name === 'GPU Minutes')).toBe(true);
    const plan = await data<PlanWithGrants>(sandbox, '/plans/plan_scale');
    expect(plan.credits.find((c) => c.id === 'bcrd_compute_minutes')?.name).toBe('GPU Minutes');
  });

  it('update reprices an editable credit, and refuses a cost basis that is fixed (cost_editable false)', async () => {
    const before = await data<BillingCredit>(sandbox, '/billing/credits/bcrd_support_hours');
    const { data: credit } = await write<BillingCredit>('PUT', T.credit, '/billing/credits/bcrd_support_hours', {
      name: before.name,
      description: before.description,
      per_unit_price: 16000,
    });
    expect(credit.price).toMatchObject({ currency: 'usd', price: 16000, price_decimal: '16000' });
    expect(credit.currency_prices.find((p) => p.currency === 'eur')).toEqual(before.currency_prices.find((p) => p.currency === 'eur'));

    const tokens = await data<BillingCredit>(sandbox, '/billing/credits/bcrd_ai_tokens');
    expect(tokens.cost_editable).toBe(false);
    const error = await refused('PUT', T.credit, '/billing/credits/bcrd_ai_tokens', { name: 'x', description: 'y', per_unit_price_decimal: '0.0003' }, 400);
    expect(error).toMatch(/^invalid field per_unit_price_decimal: .*cost_editable/);
    expect(await data(sandbox, '/billing/credits/bcrd_ai_tokens')).toEqual(tokens);
  });

  it('delete: { deleted: true }, then 404 on get, gone from the list and the count; a second delete is 404', async () => {
    const credit = await newCredit();
    const before = await count('/billing/credits/count');
    const res = await write('DELETE', T.credit, `/billing/credits/${credit.id}`);
    expect(res).toEqual({ data: { deleted: true }, params: {} });
    expect((await get(sandbox, `/billing/credits/${credit.id}`)).status).toBe(404);
    expect(await count('/billing/credits/count')).toBe(before - 1);
    expect(await data(sandbox, '/billing/credits', { ids: [credit.id] })).toEqual([]);
    expect(await refused('DELETE', T.credit, `/billing/credits/${credit.id}`, undefined, 404)).toContain(credit.id);
  });

  it('delete of a credit that grants, bundles or plan grants still use is 409 and changes nothing', async () => {
    const used = await data(sandbox, '/billing/credits/bcrd_ai_tokens');
    expect(await refused('DELETE', T.credit, '/billing/credits/bcrd_ai_tokens', undefined, 409)).toMatch(/still used by \d+ grants/);
    expect(await data(sandbox, '/billing/credits/bcrd_ai_tokens')).toEqual(used);

    const credit = await newCredit();
    const { data: bundle } = await write<BillingCreditBundle>('POST', T.bundles, '/billing/credits/bundles', { bundle_name: 'Pack', credit_id: credit.id, currency: 'usd', price_per_unit: 1, quantity: 10 });
    expect(await refused('DELETE', T.credit, `/billing/credits/${credit.id}`, undefined, 409)).toContain('1 bundle');
    await write('DELETE', T.bundle, `/billing/credits/bundles/${bundle.id}`);
    await write('DELETE', T.credit, `/billing/credits/${credit.id}`);
  });
});

// ---------------------------------------------------------------- bundles

describe('bundles', () => {
  let bundle: BillingCreditBundle;

  it('create: prices a bundle from its per-credit price, exactly, and lists and counts it', async () => {
    const active = await count('/billing/credits/bundles/count', { status: 'active' });
    ({ data: bundle } = await write<BillingCreditBundle>('POST', T.bundles, '/billing/credits/bundles', {
      bundle_name: '5M Token Pack',
      credit_id: 'bcrd_ai_tokens',
      currency: 'usd',
      price_per_unit: 0,
      price_per_unit_decimal: '0.0002',
      quantity: 5_000_000,
      compatible_plan_ids: ['plan_growth'],
      currency_prices: [{ currency: 'eur', price_per_unit: 0, price_per_unit_decimal: '0.00018' }],
      expiry_type: 'duration',
      expiry_unit: 'days',
      expiry_unit_count: 90,
    }));
    expect(bundle.id).toMatch(/^bcb_/);
    expect(bundle).toMatchObject({
      name: '5M Token Pack',
      credit_id: 'bcrd_ai_tokens',
      credit_name: 'AI Tokens',
      singular_name: 'token',
      bundle_type: 'fixed',
      status: 'active',
      has_grants: false,
      quantity: 5_000_000,
      compatible_plan_ids: ['plan_growth'],
      expiry_type: 'duration',
      expiry_unit: 'days',
      expiry_unit_count: 90,
      price: { currency: 'usd', price: 1000, price_decimal: '1000' },
      unit_price: { currency: 'usd', price: 0, price_decimal: '0.0002' },
    });
    expect(bundle.currency_prices.map((p) => [p.currency, p.price?.price_decimal])).toEqual([
      ['usd', '1000'],
      ['eur', '900'],
    ]);
    expect(await data(sandbox, `/billing/credits/bundles/${bundle.id}`)).toEqual(bundle);
    expect((await data<BillingCreditBundle[]>(sandbox, '/billing/credits/bundles', { credit_id: 'bcrd_ai_tokens' })).map((b) => b.id)).toContain(bundle.id);
    expect(await count('/billing/credits/bundles/count', { status: 'active' })).toBe(active + 1);
  });

  it('update: a full PUT of name and price; omitted plans and currencies are kept, [] opens it to every plan', async () => {
    const { data: updated } = await write<BillingCreditBundle>('PUT', T.bundle, `/billing/credits/bundles/${bundle.id}`, {
      bundle_name: '6M Token Pack',
      price_per_unit: 0,
      price_per_unit_decimal: '0.0002',
      quantity: 6_000_000,
    });
    expect(updated).toMatchObject({ name: '6M Token Pack', quantity: 6_000_000, compatible_plan_ids: ['plan_growth'], created_at: bundle.created_at });
    expect(updated.currency_prices.map((p) => [p.currency, p.price?.price_decimal])).toEqual([
      ['usd', '1200'],
      ['eur', '1080'],
    ]);
    expect(Date.parse(updated.updated_at)).toBeGreaterThan(Date.parse(bundle.updated_at));

    const { data: open } = await write<BillingCreditBundle>('PUT', T.bundle, `/billing/credits/bundles/${bundle.id}`, {
      bundle_name: '6M Token Pack',
      price_per_unit: 0,
      price_per_unit_decimal: '0.0002',
      compatible_plan_ids: [],
      status: 'inactive',
    });
    expect(open).toMatchObject({ compatible_plan_ids: [], status: 'inactive', quantity: 6_000_000 });
    expect(await data(sandbox, `/billing/credits/bundles/${bundle.id}`)).toEqual(open);
  });

  it('a grant bought from it sets has_grants and carries the price paid; the bundle then cannot be deleted', async () => {
    const { data: grant } = await write<BillingCreditGrant>('POST', T.grant, '/billing/credits/grants/company', {
      company_id: 'comp_initech',
      credit_id: 'bcrd_ai_tokens',
      quantity: 6_000_000,
      reason: 'purchased',
      currency: 'eur',
      credit_bundle_id: bundle.id,
    });
    expect(grant).toMatchObject({ credit_bundle_id: bundle.id, source_label: 'Bundle: 6M Token Pack', currency: 'eur' });
    expect(grant.price).toMatchObject({ currency: 'eur', price_decimal: '1080' });
    expect((await data<BillingCreditBundle>(sandbox, `/billing/credits/bundles/${bundle.id}`)).has_grants).toBe(true);
    const [event] = await ledger('comp_initech');
    expect(event).toMatchObject({ event_type: 'grant', grant_id: grant.id, billing_credit_bundle_id: bundle.id });
    expect(await refused('DELETE', T.bundle, `/billing/credits/bundles/${bundle.id}`, undefined, 409)).toContain('1 grant');
    expect((await get(sandbox, `/billing/credits/bundles/${bundle.id}`)).status).toBe(200);
  });

  it('delete: an unused bundle is gone from reads; one with seeded grants is 409', async () => {
    const { data: spare } = await write<BillingCreditBundle>('POST', T.bundles, '/billing/credits/bundles', { bundle_name: 'Spare', credit_id: 'bcrd_support_hours', currency: 'usd', price_per_unit: 15000 });
    expect(spare).toMatchObject({ quantity: null, expiry_type: 'duration', expiry_unit: 'days', expiry_unit_count: 90 }); // the credit's default expiry
    const before = await count('/billing/credits/bundles/count');
    expect(await write('DELETE', T.bundle, `/billing/credits/bundles/${spare.id}`)).toEqual({ data: { deleted: true }, params: {} });
    expect((await get(sandbox, `/billing/credits/bundles/${spare.id}`)).status).toBe(404);
    expect(await count('/billing/credits/bundles/count')).toBe(before - 1);
    expect(await refused('DELETE', T.bundle, '/billing/credits/bundles/bcb_tokens_10m', undefined, 409)).toContain('bcb_tokens_10m');
  });

  it('refers only to known credits and plans (404 naming the id)', async () => {
    const base = { bundle_name: 'X', currency: 'usd', price_per_unit: 1 };
    expect(await refused('POST', T.bundles, '/billing/credits/bundles', { ...base, credit_id: 'bcrd_nope' }, 404)).toContain('bcrd_nope');
    expect(await refused('POST', T.bundles, '/billing/credits/bundles', { ...base, credit_id: 'bcrd_ai_tokens', compatible_plan_ids: ['plan_nope'] }, 404)).toContain('plan_nope');
  });
});

// ---------------------------------------------------------------- company grants

describe('company grants', () => {
  it('grant: listed, counted, in the balance at once despite the frozen clock, and in the ledger', async () => {
    const company = 'comp_tyrell';
    const credit = 'bcrd_compute_minutes';
    const before = {
      balance: await remaining(company, credit),
      company: await count('/billing/credits/grants/company/count', { company_id: company }),
      credit: await count('/billing/credits/grants/count', { credit_id: credit }),
      events: await count('/v2/billing/credits/ledger/count', { company_id: company }),
      grantEvents: await count('/v2/billing/credits/ledger/count', { company_id: company, event_type: 'grant' }),
    };
    expect(before.balance).toBeUndefined(); // Tyrell never held compute minutes

    const { data: grant, params } = await write<BillingCreditGrant>('POST', T.grant, '/billing/credits/grants/company', { company_id: company, credit_id: credit, quantity: 250, reason: 'adjustment' });
    expect(params).toEqual({});
    expect(grant.id).toMatch(/^bcgr_/);
    expect(grant).toMatchObject({
      company_id: company,
      company_name: 'Tyrell Systems',
      credit_id: credit,
      credit_name: (await data<BillingCredit>(sandbox, `/billing/credits/${credit}`)).name,
      grant_reason: 'adjustment',
      quantity: 250,
      quantity_remaining: 250,
      quantity_used: 0,
      zeroed_out_date: null,
      renewal_enabled: false,
    });
    expect(grant.valid_from).toBe(grant.created_at);
    expect(Date.parse(grant.valid_from!)).toBeGreaterThan(NOW);
    // compute minutes expire after one billing period by default: when the company's plan grant does
    const planGrants = (await data<BillingCreditGrant[]>(sandbox, '/billing/credits/grants/company/list', { company_id: company, ...all }))
      .filter((g) => g.grant_reason === 'plan' && Date.parse(g.expires_at!) > Date.parse(grant.valid_from!));
    expect(grant.expires_at).toBe(planGrants.map((g) => g.expires_at).sort()[0]);

    expect(await data(sandbox, '/billing/credits/grants/list', { ids: [grant.id] })).toEqual([grant]);
    expect((await data<BillingCreditGrant[]>(sandbox, '/billing/credits/grants/company/list', { company_id: company }))[0]).toEqual(grant);
    expect(await count('/billing/credits/grants/company/count', { company_id: company })).toBe(before.company + 1);
    expect(await count('/billing/credits/grants/count', { credit_id: credit })).toBe(before.credit + 1);

    expect(await remaining(company, credit)).toMatchObject({ remaining: 250, reserved: 0, settled: 250, total: 250 });
    expect((await data<CompanyOnPlan>(sandbox, `/companies/${company}`)).billing_credit_balances?.[credit]).toBe(250);
    expect((await data<CompanyOnPlan[]>(sandbox, '/companies', { ids: [company], credit_type_ids: [credit] })).map((c) => c.id)).toEqual([company]);

    const [event] = await ledger(company);
    expect(event).toMatchObject({
      event_type: 'grant',
      amount: 250,
      grant_id: grant.id,
      event_at: grant.valid_from,
      grant_quantity: 250,
      grant_quantity_remaining: 250,
      grant_reason: 'adjustment',
      grant_valid_from: grant.valid_from,
      grant_expires_at: grant.expires_at,
      billing_credit_id: credit,
      company: { id: company, name: 'Tyrell Systems' },
    });
    expect(await count('/v2/billing/credits/ledger/count', { company_id: company })).toBe(before.events + 1);
    expect(await count('/v2/billing/credits/ledger/count', { company_id: company, event_type: 'grant' })).toBe(before.grantEvents + 1);
    const ids = (await ledger(company)).map((e) => e.event_id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('adds to an existing balance, and a second grant sorts first', async () => {
    const before = await remaining('comp_hooli', 'bcrd_ai_tokens');
    const first = (await write<BillingCreditGrant>('POST', T.grant, '/billing/credits/grants/company', { company_id: 'comp_hooli', credit_id: 'bcrd_ai_tokens', quantity: 10, reason: 'free' })).data;
    const second = (await write<BillingCreditGrant>('POST', T.grant, '/billing/credits/grants/company', { company_id: 'comp_hooli', credit_id: 'bcrd_ai_tokens', quantity: 5, reason: 'free' })).data;
    expect(await remaining('comp_hooli', 'bcrd_ai_tokens')).toMatchObject({ remaining: before!.remaining + 15, total: before!.total! + 15 });
    const list = await data<BillingCreditGrant[]>(sandbox, '/billing/credits/grants/company/list', { company_id: 'comp_hooli', limit: 2 });
    expect(list.map((g) => g.id)).toEqual([second.id, first.id]);
  });

  it('expiry: an explicit expires_at, a duration in days, no expiry, and renewal', async () => {
    const base = { company_id: 'comp_wonka', credit_id: 'bcrd_ai_tokens', quantity: 1, reason: 'adjustment' };
    const at = (await write<BillingCreditGrant>('POST', T.grant, '/billing/credits/grants/company', { ...base, expires_at: '2027-01-01T00:00:00Z' })).data;
    expect(at.expires_at).toBe('2027-01-01T00:00:00.000Z');
    const days = (await write<BillingCreditGrant>('POST', T.grant, '/billing/credits/grants/company', { ...base, expiry_type: 'duration', expiry_unit: 'days', expiry_unit_count: 30 })).data;
    expect(Date.parse(days.expires_at!) - Date.parse(days.valid_from!)).toBe(30 * DAY_MS);
    const never = (await write<BillingCreditGrant>('POST', T.grant, '/billing/credits/grants/company', { ...base, expiry_type: 'no_expiry' })).data;
    expect(never.expires_at).toBeNull();
    const renewing = (await write<BillingCreditGrant>('POST', T.grant, '/billing/credits/grants/company', { ...base, renewal_enabled: true, renewal_period: 'billing_period' })).data;
    expect(renewing).toMatchObject({ renewal_enabled: true, renewal_period: 'monthly' });
  });

  it('refers only to known companies, credits and bundles (404 naming the id), and changes nothing then', async () => {
    const base = { company_id: 'comp_globex', credit_id: 'bcrd_ai_tokens', quantity: 1, reason: 'adjustment' };
    const before = await snapshot();
    expect(await refused('POST', T.grant, '/billing/credits/grants/company', { ...base, company_id: 'comp_nope' }, 404)).toContain('comp_nope');
    expect(await refused('POST', T.grant, '/billing/credits/grants/company', { ...base, credit_id: 'bcrd_nope' }, 404)).toContain('bcrd_nope');
    expect(await refused('POST', T.grant, '/billing/credits/grants/company', { ...base, credit_bundle_id: 'bcb_nope' }, 404)).toContain('bcb_nope');
    expect(await snapshot()).toEqual(before);
  });

  it('zero-out: what is left goes to 0 and out of the balance, with a zero_out ledger event', async () => {
    const { data: grant } = await write<BillingCreditGrant>('POST', T.grant, '/billing/credits/grants/company', { company_id: 'comp_vandelay', credit_id: 'bcrd_ai_tokens', quantity: 1000, reason: 'adjustment' });
    const before = await remaining('comp_vandelay', 'bcrd_ai_tokens');
    const { data: zeroed, params } = await write<BillingCreditGrant>('PUT', T.zeroOut, `/billing/credits/grants/${grant.id}/zero-out`, {});
    expect(params).toEqual({});
    expect(zeroed).toMatchObject({ id: grant.id, quantity: 1000, quantity_remaining: 0, zeroed_out_reason: 'manual' });
    expect(zeroed.zeroed_out_date).toBe(zeroed.updated_at);
    expect(Date.parse(zeroed.zeroed_out_date!)).toBeGreaterThan(Date.parse(grant.created_at));
    expect(await data(sandbox, '/billing/credits/grants/list', { ids: [grant.id] })).toEqual([zeroed]);
    expect((await remaining('comp_vandelay', 'bcrd_ai_tokens'))?.remaining).toBe(before!.remaining - 1000);

    const events = await ledger('comp_vandelay');
    expect(events[0]).toMatchObject({ event_type: 'zero_out', amount: -1000, quantity_remaining_at_zero_out: 1000, zeroed_out_reason: 'manual', grant_id: grant.id, event_at: zeroed.zeroed_out_date });
    expect(events.find((e) => e.event_type === 'grant' && e.grant_id === grant.id)).toMatchObject({ grant_quantity: 1000, grant_quantity_remaining: 0 });
  });

  it('zero-out of a partly used seeded grant removes what it had left, with the reason given', async () => {
    const seeded = (await data<BillingCreditGrant[]>(sandbox, '/billing/credits/grants/list', { ids: ['bcgr_umbrella_adj1'] }))[0]!;
    expect(seeded.quantity_used).toBeGreaterThan(0);
    expect(seeded.quantity_remaining).toBeGreaterThan(0);
    const before = await remaining('comp_umbrella', 'bcrd_ai_tokens');
    const { data: zeroed } = await write<BillingCreditGrant>('PUT', T.zeroOut, '/billing/credits/grants/bcgr_umbrella_adj1/zero-out', { reason: 'plan_change' });
    expect(zeroed).toMatchObject({ quantity_remaining: 0, quantity_used: seeded.quantity_used, zeroed_out_reason: 'plan_change' });
    expect((await remaining('comp_umbrella', 'bcrd_ai_tokens'))?.remaining).toBeCloseTo(before!.remaining - seeded.quantity_remaining, 6);
    expect((await ledger('comp_umbrella'))[0]).toMatchObject({ event_type: 'zero_out', amount: -seeded.quantity_remaining, zeroed_out_reason: 'plan_change' });
  });

  it('zeroing out a zeroed-out grant again is a no-op: 200, unchanged, no second ledger event', async () => {
    const [first] = await data<BillingCreditGrant[]>(sandbox, '/billing/credits/grants/list', { ids: ['bcgr_umbrella_adj1'] });
    const events = await count('/v2/billing/credits/ledger/count', { company_id: 'comp_umbrella' });
    const { data: again } = await write<BillingCreditGrant>('PUT', T.zeroOut, '/billing/credits/grants/bcgr_umbrella_adj1/zero-out', { reason: 'expired' });
    expect(again).toEqual(first);
    expect(await count('/v2/billing/credits/ledger/count', { company_id: 'comp_umbrella' })).toBe(events);
  });

  it('zero-out of an unknown grant is 404', async () => {
    expect(await refused('PUT', T.zeroOut, '/billing/credits/grants/bcgr_nope/zero-out', {}, 404)).toContain('bcgr_nope');
  });
});

// ---------------------------------------------------------------- plan credit grants

describe('plan credit grants', () => {
  let planGrant: BillingPlanCreditGrant;

  it('create: readable, listed by plan, counted, and part of the plan and of its companies', async () => {
    const before = await count('/billing/credits/plan-grants/count', { plan_id: 'plan_starter' });
    ({ data: planGrant } = await write<BillingPlanCreditGrant>('POST', T.planGrants, '/billing/credits/plan-grants', {
      plan_id: 'plan_starter',
      credit_id: 'bcrd_support_hours',
      credit_amount: 2,
      reset_cadence: 'quarterly',
      reset_start: 'billing_period',
      reset_type: 'plan_period',
      rollover_percentage: 50,
      auto_topup_enabled: true,
      auto_topup_self_service: true,
    }));
    expect(planGrant.id).toMatch(/^bpcg_/);
    expect(planGrant).toMatchObject({
      plan_id: 'plan_starter',
      plan_name: 'Starter',
      plan: { id: 'plan_starter', name: 'Starter' },
      plan_version_id: 'plvr_starter_v1',
      credit_id: 'bcrd_support_hours',
      credit: { id: 'bcrd_support_hours' },
      credit_amount: 2,
      company_credit_amount: 0,
      scaling: 'fixed',
      rollover_percentage: 50,
      auto_topup_availability: 'user_controlled',
      auto_topup_enabled: true,
      auto_topup_self_service: true,
    });
    expect(await data(sandbox, `/billing/credits/plan-grants/${planGrant.id}`)).toEqual(planGrant);
    expect((await data<BillingPlanCreditGrant[]>(sandbox, '/billing/credits/plan-grants', { plan_ids: ['plan_starter'] })).map((g) => g.id)).toContain(planGrant.id);
    expect(await count('/billing/credits/plan-grants/count', { plan_id: 'plan_starter' })).toBe(before + 1);

    const plan = await data<PlanWithGrants>(sandbox, '/plans/plan_starter');
    expect(plan.credits.map((c) => c.id)).toContain('bcrd_support_hours');
    expect(plan.included_credit_grants.map((g) => g.id)).toContain(planGrant.id);
    const company = await data<CompanyOnPlan>(sandbox, '/companies/comp_hooli');
    expect(company.plan.included_credit_grants.map((g) => g.id)).toContain(planGrant.id);
  });

  it('update: sent fields and updated_at change, left-out ones are kept; leaving per-license scaling clears the license', async () => {
    const { data: updated } = await write<BillingPlanCreditGrant>('PUT', T.planGrant, `/billing/credits/plan-grants/${planGrant.id}`, {
      reset_cadence: 'monthly',
      reset_start: 'first_of_month',
      credit_amount: 3,
    });
    expect(updated).toEqual({ ...planGrant, reset_cadence: 'monthly', reset_start: 'first_of_month', credit_amount: 3, updated_at: updated.updated_at });
    expect(Date.parse(updated.updated_at)).toBeGreaterThan(Date.parse(planGrant.updated_at));

    const base = { reset_cadence: 'monthly', reset_start: 'first_of_month' };
    const perLicense = (await write<BillingPlanCreditGrant>('PUT', T.planGrant, `/billing/credits/plan-grants/${planGrant.id}`, { ...base, scaling: 'per_license', license_id: 'lic_seats', company_credit_amount: 1 })).data;
    expect(perLicense).toMatchObject({ scaling: 'per_license', license_id: 'lic_seats', company_credit_amount: 1 });
    const fixed = (await write<BillingPlanCreditGrant>('PUT', T.planGrant, `/billing/credits/plan-grants/${planGrant.id}`, { ...base, scaling: 'fixed', auto_topup_availability: 'off' })).data;
    expect(fixed).toMatchObject({ scaling: 'fixed', license_id: null, company_credit_amount: 0, auto_topup_enabled: false, credit_amount: 3 });
  });

  it('delete: { deleted: true } echoing apply_to_existing, then 404, gone from the plan', async () => {
    const before = await count('/billing/credits/plan-grants/count');
    const res = await write('DELETE', T.planGrant, `/billing/credits/plan-grants/${planGrant.id}?apply_to_existing=true`);
    expect(res).toEqual({ data: { deleted: true }, params: { apply_to_existing: true } });
    expect((await get(sandbox, `/billing/credits/plan-grants/${planGrant.id}`)).status).toBe(404);
    expect(await count('/billing/credits/plan-grants/count')).toBe(before - 1);
    const plan = await data<PlanWithGrants>(sandbox, '/plans/plan_starter');
    expect(plan.included_credit_grants.map((g) => g.id)).not.toContain(planGrant.id);
    expect(plan.credits.map((c) => c.id)).not.toContain('bcrd_support_hours');
    expect(await refused('DELETE', T.planGrant, `/billing/credits/plan-grants/${planGrant.id}`, undefined, 404)).toContain(planGrant.id);
  });

  it('refers only to known plans, plan versions and credits (404 naming the id)', async () => {
    const base = { plan_id: 'plan_growth', credit_id: 'bcrd_support_hours', credit_amount: 1, reset_cadence: 'monthly', reset_start: 'billing_period' };
    expect(await refused('POST', T.planGrants, '/billing/credits/plan-grants', { ...base, plan_id: 'plan_nope' }, 404)).toContain('plan_nope');
    expect(await refused('POST', T.planGrants, '/billing/credits/plan-grants', { ...base, credit_id: 'bcrd_nope' }, 404)).toContain('bcrd_nope');
    expect(await refused('POST', T.planGrants, '/billing/credits/plan-grants', { ...base, plan_version_id: 'plvr_scale_v1' }, 404)).toContain('plvr_scale_v1');
    const { data: old } = await write<BillingPlanCreditGrant>('POST', T.planGrants, '/billing/credits/plan-grants', { ...base, plan_version_id: 'plvr_growth_v1' });
    expect(old.plan_version_id).toBe('plvr_growth_v1');
  });
});

// ---------------------------------------------------------------- validation

type Case = [label: string, method: Method, template: string, path: string, body: Record<string, unknown>, field: string, bySpec: boolean];

const credit = { name: 'N', description: 'D', currency: 'usd' };
const creditPut = { name: 'N', description: 'D' };
const bundle = { bundle_name: 'B', credit_id: 'bcrd_ai_tokens', currency: 'usd', price_per_unit: 1 };
const bundlePut = { bundle_name: 'B', price_per_unit: 1 };
const grant = { company_id: 'comp_globex', credit_id: 'bcrd_ai_tokens', quantity: 5, reason: 'free' };
const planGrant = { plan_id: 'plan_growth', credit_id: 'bcrd_support_hours', credit_amount: 1, reset_cadence: 'monthly', reset_start: 'billing_period' };
const planGrantPut = { reset_cadence: 'monthly', reset_start: 'billing_period' };

const without = (body: Record<string, unknown>, field: string) => Object.fromEntries(Object.entries(body).filter(([k]) => k !== field));
const long = (n: number) => 'x'.repeat(n);

const P = {
  credits: ['POST', T.credits, '/billing/credits'],
  credit: ['PUT', T.credit, '/billing/credits/bcrd_support_hours'],
  bundles: ['POST', T.bundles, '/billing/credits/bundles'],
  bundle: ['PUT', T.bundle, '/billing/credits/bundles/bcb_compute_1k'],
  grant: ['POST', T.grant, '/billing/credits/grants/company'],
  zeroOut: ['PUT', T.zeroOut, '/billing/credits/grants/bcgr_globex_adj1/zero-out'],
  planGrants: ['POST', T.planGrants, '/billing/credits/plan-grants'],
  planGrant: ['PUT', T.planGrant, '/billing/credits/plan-grants/bpcg_growth_tokens'],
} as const;

/** [label, endpoint, body, the field the error must name, whether the spec's own schema refuses the body too] */
const rules: [string, keyof typeof P, Record<string, unknown>, string, boolean][] = [
  // credits
  ['credit without name', 'credits', without(credit, 'name'), 'name', true],
  ['credit with a blank name', 'credits', { ...credit, name: ' ' }, 'name', false],
  ['credit name of 256 characters', 'credits', { ...credit, name: long(256) }, 'name', true],
  ['credit name that is a number', 'credits', { ...credit, name: 42 }, 'name', true],
  ['credit without description', 'credits', without(credit, 'description'), 'description', true],
  ['credit description of 1025 characters', 'credits', { ...credit, description: long(1025) }, 'description', true],
  ['credit without currency', 'credits', without(credit, 'currency'), 'currency', true],
  ['credit currency of 4 characters (no spec limit here; 3 everywhere else)', 'credits', { ...credit, currency: 'usdx' }, 'currency', false],
  ['credit burn strategy outside the enum', 'credits', { ...credit, burn_strategy: 'random' }, 'burn_strategy', true],
  ['credit expiry unit outside the enum', 'credits', { ...credit, default_expiry_unit: 'weeks' }, 'default_expiry_unit', true],
  ['credit expiry unit count 0', 'credits', { ...credit, default_expiry_unit_count: 0 }, 'default_expiry_unit_count', true],
  ['credit rollover policy outside the enum', 'credits', { ...credit, default_rollover_policy: 'keep' }, 'default_rollover_policy', true],
  ['credit icon of 65 characters', 'credits', { ...credit, icon: long(65) }, 'icon', true],
  ['credit singular name of 513 characters', 'credits', { ...credit, singular_name: long(513) }, 'singular_name', true],
  ['credit plural name of 513 characters', 'credits', { ...credit, plural_name: long(513) }, 'plural_name', true],
  ['credit negative price (no spec minimum on create)', 'credits', { ...credit, per_unit_price: -1 }, 'per_unit_price', false],
  ['credit fractional price', 'credits', { ...credit, per_unit_price: 1.5 }, 'per_unit_price', true],
  ['credit decimal price that is not a decimal', 'credits', { ...credit, per_unit_price_decimal: '1,5' }, 'per_unit_price_decimal', false],
  ['credit with 51 currency prices', 'credits', { ...credit, currency_prices: Array.from({ length: 51 }, (_, i) => ({ currency: `c${i}` })) }, 'currency_prices', true],
  ['credit currency price of 4 letters', 'credits', { ...credit, currency_prices: [{ currency: 'euro' }] }, 'currency_prices[0].currency', true],
  ['credit currency price below 0', 'credits', { ...credit, currency_prices: [{ currency: 'eur' }, { currency: 'gbp', price_per_unit: -1 }] }, 'currency_prices[1].price_per_unit', true],
  ['credit currency listed twice', 'credits', { ...credit, currency_prices: [{ currency: 'eur' }, { currency: 'eur' }] }, 'currency_prices', false],
  ['credit update without name', 'credit', without(creditPut, 'name'), 'name', true],
  ['credit update without description', 'credit', without(creditPut, 'description'), 'description', true],
  ['credit update name of 256 characters', 'credit', { ...creditPut, name: long(256) }, 'name', true],
  ['credit update price 0 (minimum 1 on update)', 'credit', { ...creditPut, per_unit_price: 0 }, 'per_unit_price', true],
  // bundles
  ['bundle without name', 'bundles', without(bundle, 'bundle_name'), 'bundle_name', true],
  ['bundle name of 256 characters', 'bundles', { ...bundle, bundle_name: long(256) }, 'bundle_name', true],
  ['bundle without credit', 'bundles', without(bundle, 'credit_id'), 'credit_id', true],
  ['bundle without currency', 'bundles', without(bundle, 'currency'), 'currency', true],
  ['bundle currency of 4 characters', 'bundles', { ...bundle, currency: 'usdx' }, 'currency', true],
  ['bundle without price', 'bundles', without(bundle, 'price_per_unit'), 'price_per_unit', true],
  ['bundle price below 0', 'bundles', { ...bundle, price_per_unit: -1 }, 'price_per_unit', true],
  ['bundle decimal price that is not a decimal', 'bundles', { ...bundle, price_per_unit_decimal: 'cheap' }, 'price_per_unit_decimal', false],
  ['bundle quantity 0', 'bundles', { ...bundle, quantity: 0 }, 'quantity', true],
  ['bundle status outside the enum', 'bundles', { ...bundle, status: 'archived' }, 'status', true],
  ['bundle type outside the enum', 'bundles', { ...bundle, bundle_type: 'variable' }, 'bundle_type', true],
  ['bundle expiry unit count 0', 'bundles', { ...bundle, expiry_unit_count: 0 }, 'expiry_unit_count', true],
  ['bundle duration without its unit', 'bundles', { ...bundle, expiry_type: 'duration', expiry_unit_count: 3 }, 'expiry_unit', false],
  ['bundle limited to 101 plans', 'bundles', { ...bundle, compatible_plan_ids: Array.from({ length: 101 }, (_, i) => `plan_${i}`) }, 'compatible_plan_ids', true],
  ['bundle currency price of 4 letters', 'bundles', { ...bundle, currency_prices: [{ currency: 'abcd', price_per_unit: 1 }] }, 'currency_prices[0].currency', true],
  ['bundle update without name', 'bundle', without(bundlePut, 'bundle_name'), 'bundle_name', true],
  ['bundle update without price', 'bundle', without(bundlePut, 'price_per_unit'), 'price_per_unit', true],
  ['bundle update quantity 0', 'bundle', { ...bundlePut, quantity: 0 }, 'quantity', true],
  ['bundle update expiry type outside the enum', 'bundle', { ...bundlePut, expiry_type: 'sometimes' }, 'expiry_type', true],
  // company grants
  ['grant without company', 'grant', without(grant, 'company_id'), 'company_id', true],
  ['grant with an empty company id', 'grant', { ...grant, company_id: '' }, 'company_id', false],
  ['grant without credit', 'grant', without(grant, 'credit_id'), 'credit_id', true],
  ['grant without quantity', 'grant', without(grant, 'quantity'), 'quantity', true],
  ['grant quantity 0', 'grant', { ...grant, quantity: 0 }, 'quantity', true],
  ['grant fractional quantity', 'grant', { ...grant, quantity: 2.5 }, 'quantity', true],
  ['grant quantity as a string', 'grant', { ...grant, quantity: '10' }, 'quantity', true],
  ['grant without reason', 'grant', without(grant, 'reason'), 'reason', true],
  ['grant reason outside the enum', 'grant', { ...grant, reason: 'gift' }, 'reason', true],
  ['grant currency of 4 characters', 'grant', { ...grant, currency: 'euro' }, 'currency', true],
  ['grant expires_at that is not a date-time', 'grant', { ...grant, expires_at: 'next week' }, 'expires_at', true],
  ['grant expiring before it starts', 'grant', { ...grant, expires_at: new Date(NOW - DAY_MS).toISOString() }, 'expires_at', false],
  ['grant expiring at once (at the frozen clock)', 'grant', { ...grant, expires_at: WORLD_NOW }, 'expires_at', false],
  ['grant with expires_at and no expiry', 'grant', { ...grant, expires_at: '2030-01-01T00:00:00Z', expiry_type: 'no_expiry' }, 'expires_at', false],
  ['grant expiry type outside the enum', 'grant', { ...grant, expiry_type: 'forever' }, 'expiry_type', true],
  ['grant expiry unit outside the enum', 'grant', { ...grant, expiry_unit: 'weeks' }, 'expiry_unit', true],
  ['grant expiry unit count 0', 'grant', { ...grant, expiry_unit_count: 0 }, 'expiry_unit_count', true],
  ['grant billing periods count 0', 'grant', { ...grant, billing_periods_count: 0 }, 'billing_periods_count', true],
  ['grant renewal flag that is not a boolean', 'grant', { ...grant, renewal_enabled: 'yes' }, 'renewal_enabled', true],
  ['grant renewal period outside ResetStart', 'grant', { ...grant, renewal_period: 'monthly' }, 'renewal_period', true],
  ['grant duration without its unit', 'grant', { ...grant, expiry_type: 'duration', expiry_unit_count: 3 }, 'expiry_unit', false],
  ['grant duration without its length', 'grant', { ...grant, expiry_type: 'duration', expiry_unit: 'days' }, 'expiry_unit_count', false],
  ['grant expiring at the end of a trial nobody has', 'grant', { ...grant, expiry_type: 'end_of_trial' }, 'expiry_type', false],
  ['grant from a bundle of another credit', 'grant', { ...grant, credit_bundle_id: 'bcb_compute_1k' }, 'credit_bundle_id', false],
  // zero-out
  ['zero-out reason outside the enum', 'zeroOut', { reason: 'oops' }, 'reason', true],
  // plan credit grants
  ['plan grant without plan', 'planGrants', without(planGrant, 'plan_id'), 'plan_id', true],
  ['plan grant without credit', 'planGrants', without(planGrant, 'credit_id'), 'credit_id', true],
  ['plan grant without amount', 'planGrants', without(planGrant, 'credit_amount'), 'credit_amount', true],
  ['plan grant amount below 0', 'planGrants', { ...planGrant, credit_amount: -1 }, 'credit_amount', true],
  ['plan grant amount above 9,999,999,999', 'planGrants', { ...planGrant, credit_amount: 10_000_000_000 }, 'credit_amount', true],
  ['plan grant without reset cadence', 'planGrants', without(planGrant, 'reset_cadence'), 'reset_cadence', true],
  ['plan grant reset cadence outside the enum', 'planGrants', { ...planGrant, reset_cadence: 'hourly' }, 'reset_cadence', true],
  ['plan grant without reset start', 'planGrants', without(planGrant, 'reset_start'), 'reset_start', true],
  ['plan grant reset type outside the enum', 'planGrants', { ...planGrant, reset_type: 'sometimes' }, 'reset_type', true],
  ['plan grant rollover of 101 %', 'planGrants', { ...planGrant, rollover_percentage: 101 }, 'rollover_percentage', true],
  ['plan grant scaling outside the enum', 'planGrants', { ...planGrant, scaling: 'per_seat' }, 'scaling', true],
  ['plan grant top-up amount 0', 'planGrants', { ...planGrant, auto_topup_amount: 0 }, 'auto_topup_amount', true],
  ['plan grant top-up threshold of 0 %', 'planGrants', { ...planGrant, auto_topup_threshold_percent: 0 }, 'auto_topup_threshold_percent', true],
  ['plan grant top-up threshold of 101 %', 'planGrants', { ...planGrant, auto_topup_threshold_percent: 101 }, 'auto_topup_threshold_percent', true],
  ['plan grant top-up threshold below 0 credits', 'planGrants', { ...planGrant, auto_topup_threshold_credits: -1 }, 'auto_topup_threshold_credits', true],
  ['plan grant top-up availability outside the enum', 'planGrants', { ...planGrant, auto_topup_availability: 'maybe' }, 'auto_topup_availability', true],
  ['plan grant company credits with fixed scaling', 'planGrants', { ...planGrant, company_credit_amount: 5 }, 'company_credit_amount', false],
  ['plan grant per license without a license', 'planGrants', { ...planGrant, scaling: 'per_license' }, 'license_id', false],
  ['plan grant duration without its unit', 'planGrants', { ...planGrant, expiry_type: 'duration', expiry_unit_count: 1 }, 'expiry_unit', false],
  ['plan grant top-up duration without its unit', 'planGrants', { ...planGrant, auto_topup_expiry_type: 'duration' }, 'auto_topup_expiry_unit', false],
  ['plan grant price tiers without a tier mode', 'planGrants', { ...planGrant, price_tiers: [{ up_to: 10, per_unit_price: 1 }] }, 'tier_mode', false],
  ['plan grant billed on a plan that is not custom', 'planGrants', { ...planGrant, billing_mode: 'billed', unit_price: 1 }, 'billing_mode', false],
  ['plan grant update without reset cadence', 'planGrant', without(planGrantPut, 'reset_cadence'), 'reset_cadence', true],
  ['plan grant update without reset start', 'planGrant', without(planGrantPut, 'reset_start'), 'reset_start', true],
  ['plan grant update amount below 0', 'planGrant', { ...planGrantPut, credit_amount: -1 }, 'credit_amount', true],
  ['plan grant update to per license without a license', 'planGrant', { ...planGrantPut, scaling: 'per_license' }, 'license_id', false],
];

const cases: Case[] = rules.map(([label, endpoint, body, field, bySpec]) => [label, ...P[endpoint], body, field, bySpec]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('validation: each vendor rule is a 400 naming the field, and changes nothing', () => {
  it.runIf(spec)('starts from bodies the spec and the sandbox accept', () => {
    for (const [template, body] of [
      [T.credits, credit],
      [T.bundles, bundle],
      [T.grant, grant],
      [T.planGrants, planGrant],
    ] as const) {
      conforms((s) => s.checkRequest('POST', template, body));
    }
    for (const [template, body] of [
      [T.credit, creditPut],
      [T.bundle, bundlePut],
      [T.planGrant, planGrantPut],
    ] as const) {
      conforms((s) => s.checkRequest('PUT', template, body));
    }
  });

  it.each(cases)('%s', async (_label, method, template, path, body, field, bySpec) => {
    // where the spec's schema encodes the rule it refuses the body too; the others are the sandbox's own
    if (spec) expect(spec.checkRequest(method, template, body) !== null, 'the spec refuses it too').toBe(bySpec);
    const before = await snapshot();
    const error = await refused(method, template, path, body, 400);
    expect(error).toMatch(new RegExp(`^(missing required field: |invalid field )${escape(field)}([: ]|$)`));
    expect(await snapshot()).toEqual(before);
  });
});

// ---------------------------------------------------------------- the request itself

const writeRoutes: [Method, string, string][] = [
  ['POST', T.credits, '/billing/credits'],
  ['PUT', T.credit, '/billing/credits/bcrd_support_hours'],
  ['POST', T.bundles, '/billing/credits/bundles'],
  ['PUT', T.bundle, '/billing/credits/bundles/bcb_compute_1k'],
  ['POST', T.grant, '/billing/credits/grants/company'],
  ['PUT', T.zeroOut, '/billing/credits/grants/bcgr_globex_adj1/zero-out'],
  ['POST', T.planGrants, '/billing/credits/plan-grants'],
  ['PUT', T.planGrant, '/billing/credits/plan-grants/bpcg_growth_tokens'],
];

describe('request bodies', () => {
  it.each(writeRoutes)('%s %s: a malformed, missing or non-object body is a 400', async (method, template, path) => {
    const before = await snapshot();
    expect(await refused(method, template, path, '{"name": "x",', 400)).toMatch(/^malformed JSON body/);
    expect(await refused(method, template, path, undefined, 400)).toMatch(/^missing request body/);
    expect(await refused(method, template, path, '[1, 2]', 400)).toMatch(/must be a JSON object/);
    expect(await refused(method, template, path, '"text"', 400)).toMatch(/must be a JSON object/);
    expect(await snapshot()).toEqual(before);
  });

  it('records the parsed body of each call', async () => {
    sandbox.resetCalls();
    await send(sandbox, 'PUT', '/billing/credits/grants/bcgr_nope/zero-out', { reason: 'manual' });
    await send(sandbox, 'PUT', '/billing/credits/grants/bcgr_nope/zero-out', '{bad');
    expect(sandbox.calls.map((c) => [c.method, c.path, c.body])).toEqual([
      ['PUT', '/billing/credits/grants/bcgr_nope/zero-out', { reason: 'manual' }],
      ['PUT', '/billing/credits/grants/bcgr_nope/zero-out', undefined],
    ]);
  });

  it('refuses a body above 1 MiB with 413', async () => {
    const res = await send(sandbox, 'POST', '/billing/credits', { ...credit, description: long(1_100_000) });
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ error: expect.stringContaining('larger than') });
  });
});

const allWrites: [Method, string, string, object | undefined][] = [
  ...writeRoutes.map(([method, template, path]): [Method, string, string, object] => [method, template, path, {}]),
  ['DELETE', T.credit, '/billing/credits/bcrd_support_hours', undefined],
  ['DELETE', T.bundle, '/billing/credits/bundles/bcb_compute_1k', undefined],
  ['DELETE', T.planGrant, '/billing/credits/plan-grants/bpcg_growth_tokens', undefined],
];

describe('authentication and unknown ids', () => {
  it.each(allWrites)('%s %s needs the API key (401) and changes nothing without it', async (method, template, path, body) => {
    const before = await snapshot();
    for (const key of [null, '']) {
      const res = await send(sandbox, method, path, body, key);
      expect(res.status).toBe(401);
      conforms((s) => s.check(template, 401, res.body, method));
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['PUT', T.credit, '/billing/credits/bcrd_nope', creditPut],
    ['DELETE', T.credit, '/billing/credits/bcrd_nope', undefined],
    ['PUT', T.bundle, '/billing/credits/bundles/bcb_nope', bundlePut],
    ['DELETE', T.bundle, '/billing/credits/bundles/bcb_nope', undefined],
    ['PUT', T.zeroOut, '/billing/credits/grants/bcgr_nope/zero-out', {}],
    ['PUT', T.planGrant, '/billing/credits/plan-grants/bpcg_nope', planGrantPut],
    ['DELETE', T.planGrant, '/billing/credits/plan-grants/bpcg_nope', undefined],
  ] as [Method, string, string, object | undefined][])('%s %s is a 404 naming the id', async (method, template, path, body) => {
    const error = await refused(method, template, path, body, 404);
    expect(error).toContain(path.split('/').find((s) => s.endsWith('_nope')));
    expect(error).toContain('not found');
  });

  it('decodes an encoded id in the path', async () => {
    expect(await refused('DELETE', T.credit, `/billing/credits/${encodeURIComponent('bcrd a/b')}`, undefined, 404)).toContain('bcrd a/b');
  });

  it('refuses apply_to_existing that is not a boolean', async () => {
    const error = await refused('DELETE', T.planGrant, '/billing/credits/plan-grants/bpcg_growth_tokens?apply_to_existing=maybe', undefined, 400);
    expect(error).toContain('apply_to_existing');
    expect((await get(sandbox, '/billing/credits/plan-grants/bpcg_growth_tokens')).status).toBe(200);
  });
});
