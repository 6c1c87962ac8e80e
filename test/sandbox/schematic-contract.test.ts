/**
 * Every endpoint's responses validate against the vendor's OpenAPI document: the whole seeded
 * world passes through at least one validated response, and so do the error bodies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSchematicSandbox, type SchematicSandbox } from '../../src/sandbox/schematic/server.ts';
import { WORLD_COMPANIES } from '../../src/sandbox/world.ts';
import type { BillingCredit, BillingCreditBundle, BillingCreditGrant, BillingPlanCreditGrant, Company, CreditLedgerEvent, Feature, Plan } from '../../src/upstream/schematic/types.ts';
import { get, type Answer, type Query } from './schematic-helpers.ts';
import { requireVendorSpecs } from '../helpers/vendor-specs.ts';
import { SpecValidator } from './schematic-openapi.ts';

let sandbox: SchematicSandbox;
let spec: SpecValidator;

beforeAll(async () => {
  sandbox = await startSchematicSandbox();
  spec = new SpecValidator(requireVendorSpecs().schematic);
});
afterAll(async () => {
  await sandbox.close();
});

/**
 * GETs `path` and validates the body against the spec's schema for `template` and the status
 * received; the body is then read as `T`, the shape the spec just checked.
 */
async function expectConforms<T = unknown>(template: string, path: string, query: Query = {}, status = 200): Promise<T> {
  const res = await get<T>(sandbox, path, query);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(spec.check(template, status, res.body), `${path} ${JSON.stringify(query)}`).toBeNull();
  return res.body;
}

const all = { limit: 250 };
const companyIds = WORLD_COMPANIES.map((c) => c.id);

describe('200 responses conform to the vendor OpenAPI document', () => {
  it('credits', async () => {
    const list = await expectConforms<Answer<BillingCredit[]>>('/billing/credits', '/billing/credits', { ...all, ids: ['bcrd_ai_tokens', 'bcrd_nope'], name: 'tokens' });
    expect(list.data).toHaveLength(1);
    const { data } = await expectConforms<Answer<BillingCredit[]>>('/billing/credits', '/billing/credits', all);
    await expectConforms('/billing/credits/count', '/billing/credits/count', { ids: ['bcrd_ai_tokens'] });
    for (const c of data) await expectConforms('/billing/credits/{credit_id}', `/billing/credits/${c.id}`);
  });

  it('bundles', async () => {
    const { data } = await expectConforms<Answer<BillingCreditBundle[]>>('/billing/credits/bundles', '/billing/credits/bundles', {
      ...all,
      ids: ['bcb_tokens_1m', 'bcb_support_5h', 'bcb_compute_1k', 'bcb_tokens_10m'],
      bundle_type: 'fixed',
    });
    expect(data).toHaveLength(4);
    await expectConforms('/billing/credits/bundles/count', '/billing/credits/bundles/count', { status: 'active', credit_id: 'bcrd_ai_tokens' });
    for (const b of data) await expectConforms('/billing/credits/bundles/{bundle_id}', `/billing/credits/bundles/${b.id}`);
  });

  it('grants by id and credit', async () => {
    const { data } = await expectConforms<Answer<BillingCreditGrant[]>>('/billing/credits/grants/list', '/billing/credits/grants/list', all);
    expect(data).toHaveLength(60);
    await expectConforms('/billing/credits/grants/list', '/billing/credits/grants/list', { ids: data.slice(0, 5).map((g) => g.id), credit_id: 'bcrd_ai_tokens' });
    await expectConforms('/billing/credits/grants/count', '/billing/credits/grants/count', { credit_id: 'bcrd_compute_minutes' });
  });

  it('company grants', async () => {
    for (const companyId of companyIds) {
      await expectConforms('/billing/credits/grants/company/list', '/billing/credits/grants/company/list', { company_id: companyId, order: 'expires_at', dir: 'asc', ...all });
      await expectConforms('/billing/credits/grants/company/count', '/billing/credits/grants/company/count', { company_id: companyId });
    }
  });

  it('plan credit grants', async () => {
    const { data } = await expectConforms<Answer<BillingPlanCreditGrant[]>>('/billing/credits/plan-grants', '/billing/credits/plan-grants', all);
    await expectConforms('/billing/credits/plan-grants', '/billing/credits/plan-grants', {
      plan_ids: ['plan_growth', 'plan_scale'],
      plan_version_ids: ['plvr_growth_v2', 'plvr_scale_v1'],
      credit_id: 'bcrd_ai_tokens',
    });
    await expectConforms('/billing/credits/plan-grants/count', '/billing/credits/plan-grants/count', { plan_id: 'plan_scale' });
    for (const g of data) await expectConforms('/billing/credits/plan-grants/{plan_grant_id}', `/billing/credits/plan-grants/${g.id}`);
  });

  it('ledger (every event of every company) and balances', async () => {
    const types = new Set<string>();
    for (const companyId of companyIds) {
      const { data } = await expectConforms<Answer<CreditLedgerEvent[]>>('/v2/billing/credits/ledger', '/v2/billing/credits/ledger', { company_id: companyId, ...all });
      for (const e of data) types.add(e.event_type);
      await expectConforms('/v2/billing/credits/ledger/count', '/v2/billing/credits/ledger/count', { company_id: companyId, event_type: 'usage' });
      await expectConforms('/billing/credits/balance', '/billing/credits/balance', { company_id: companyId });
    }
    expect(types).toEqual(new Set(['grant', 'usage', 'transfer', 'zero_out']));
    await expectConforms('/v2/billing/credits/ledger', '/v2/billing/credits/ledger', {
      company_id: 'comp_acme',
      billing_credit_id: 'bcrd_ai_tokens',
      feature_id: 'feat_chat_completions',
      start_time: '2026-01-01T00:00:00Z',
      end_time: '2026-10-01T00:00:00Z',
    });
  });

  it('companies', async () => {
    const { data } = await expectConforms<Answer<Company[]>>('/companies', '/companies', { ...all, credit_type_ids: ['bcrd_ai_tokens'], plan_id: 'plan_growth', q: 'e' });
    expect(data.length).toBeGreaterThan(0);
    await expectConforms('/companies', '/companies', all);
    await expectConforms('/companies/count', '/companies/count', { ids: companyIds });
    for (const id of companyIds) await expectConforms('/companies/{company_id}', `/companies/${id}`);
    await expectConforms('/companies/lookup', '/companies/lookup', { keys: JSON.stringify({ domain: 'globex.example' }) });
  });

  it('plans', async () => {
    const { data } = await expectConforms<Answer<Plan[]>>('/plans', '/plans', { ...all, plan_type: 'plan', q: 'a' });
    await expectConforms('/plans', '/plans', all);
    await expectConforms('/plans/count', '/plans/count', { ids: ['plan_scale'] });
    for (const p of data) await expectConforms('/plans/{plan_id}', `/plans/${p.id}`, { plan_version_id: 'plvr_scale_v1' });
  });

  it('features', async () => {
    const { data } = await expectConforms<Answer<Feature[]>>('/features', '/features', { ...all, feature_type: ['event'], q: 'e' });
    await expectConforms('/features/count', '/features/count', { ids: ['feat_embeddings'] });
    for (const f of data) await expectConforms('/features/{feature_id}', `/features/${f.id}`);
  });
});

describe('error bodies conform', () => {
  it('400, 404 and 401 are ApiError', async () => {
    await expectConforms('/billing/credits', '/billing/credits', { limit: 251 }, 400);
    await expectConforms('/billing/credits/grants/company/list', '/billing/credits/grants/company/list', {}, 400);
    await expectConforms('/billing/credits/{credit_id}', '/billing/credits/bcrd_nope', {}, 404);
    await expectConforms('/companies/lookup', '/companies/lookup', { keys: JSON.stringify({ domain: 'nowhere.example' }) }, 404);
    const unauthorized = await get<Answer<BillingCredit[]>>(sandbox, '/billing/credits', {}, null);
    expect(spec.check('/billing/credits', 401, unauthorized.body)).toBeNull();
  });
});

describe('the validator itself', () => {
  it('rejects a body that breaks the spec, down to nested $refs, enums and nullability', async () => {
    const [grant] = (await get<Answer<BillingCreditGrant[]>>(sandbox, '/billing/credits/grants/list', { limit: 1 })).body.data;
    const listOf = (g: unknown) => ({ data: [g], params: {} });
    expect(spec.check('/billing/credits/grants/list', 200, listOf(grant))).toBeNull();
    expect(spec.check('/billing/credits/grants/list', 200, listOf({ ...grant, grant_reason: 'bogus' }))).toMatch(/allowed values/);
    expect(spec.check('/billing/credits/grants/list', 200, listOf({ ...grant, transfers: null }))).toMatch(/transfers/);
    expect(spec.check('/billing/credits/grants/list', 200, listOf({ ...grant, expires_at: null }))).toBeNull();
    expect(spec.check('/billing/credits/{credit_id}', 200, { data: { id: 'x' }, params: {} })).toMatch(/required/);
    expect(spec.check('/billing/credits/balance', 200, { data: [{ credit_id: 'c', remaining: null, reserved: 0, settled: 0, source: 'schematic' }], params: {} })).not.toBeNull();
    expect(spec.check('/billing/credits/{credit_id}', 404, { message: 'nope' })).not.toBeNull();
  });
});
