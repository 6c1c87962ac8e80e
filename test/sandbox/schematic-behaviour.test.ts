import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSchematicSandbox, type SchematicSandbox } from '../../src/sandbox/schematic/server.ts';
import type { ApiErrorBody, BillingCredit, BillingCreditBundle, BillingCreditGrant, BillingPlanCreditGrant, Company, CountData, CreditLedgerEvent } from '../../src/upstream/schematic/types.ts';
import { data, get, type Answer } from './schematic-helpers.ts';

let sandbox: SchematicSandbox;

beforeAll(async () => {
  sandbox = await startSchematicSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

describe('authentication', () => {
  it('answers 401 with an error body when the API key is missing or empty, and records the call', async () => {
    sandbox.resetCalls();
    for (const key of [null, '', '  ']) {
      const res = await get<Answer<BillingCredit[]>>(sandbox, '/billing/credits', {}, key);
      expect(res.status).toBe(401);
      expect(res.contentType).toMatch(/^application\/json/);
      expect(res.body).toEqual({ error: expect.any(String) });
    }
    expect(sandbox.calls.map((c) => c.path)).toEqual(['/billing/credits', '/billing/credits', '/billing/credits']);
  });

  it('accepts any non-empty key', async () => {
    expect((await get<Answer<BillingCredit[]>>(sandbox, '/billing/credits', {}, 'whatever')).status).toBe(200);
  });

  it('checks the key before routing', async () => {
    expect((await get(sandbox, '/no/such/route', {}, null)).status).toBe(401);
  });
});

describe('envelope and params echo', () => {
  it('wraps lists in { data, params } and echoes accepted params with their JSON types', async () => {
    const res = await get<Answer<BillingCreditBundle[]>>(sandbox, '/billing/credits/bundles', {
      ids: ['bcb_tokens_1m', 'bcb_tokens_10m'],
      status: 'active',
      limit: 10,
      offset: 0,
      unknown_param: 'ignored',
    });
    expect(res.status).toBe(200);
    expect(res.contentType).toMatch(/^application\/json/);
    expect(Object.keys(res.body)).toEqual(['data', 'params']);
    expect(res.body.params).toEqual({ ids: ['bcb_tokens_1m', 'bcb_tokens_10m'], status: 'active', limit: 10, offset: 0 });
    expect(res.body.data.map((b: { id: string }) => b.id).sort()).toEqual(['bcb_tokens_10m', 'bcb_tokens_1m']);
  });

  it('echoes {} for a get-by-id', async () => {
    const res = await get<Answer<BillingCredit>>(sandbox, '/billing/credits/bcrd_ai_tokens');
    expect(res.body.params).toEqual({});
    expect(res.body.data.id).toBe('bcrd_ai_tokens');
  });

  it('answers counts as { data: { count } } with the same echo', async () => {
    const res = await get<Answer<CountData>>(sandbox, '/billing/credits/grants/count', { credit_id: 'bcrd_support_hours' });
    expect(res.body).toEqual({ data: { count: expect.any(Number) }, params: { credit_id: 'bcrd_support_hours' } });
  });
});

describe('pagination', () => {
  it('pages with limit/offset over a newest-first list', async () => {
    const all = await data<BillingCreditGrant[]>(sandbox, '/billing/credits/grants/list', { limit: 250 });
    expect(all).toHaveLength(60);
    const pages = [];
    for (let offset = 0; offset < 60; offset += 25) {
      pages.push(...(await data<BillingCreditGrant[]>(sandbox, '/billing/credits/grants/list', { limit: 25, offset })));
    }
    expect(pages.map((g) => g.id)).toEqual(all.map((g: { id: string }) => g.id));
    const created = all.map((g: { created_at: string }) => g.created_at);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('defaults limit to 100', async () => {
    const ledger = await data<CountData>(sandbox, '/v2/billing/credits/ledger/count', { company_id: 'comp_acme' });
    expect(ledger.count).toBeGreaterThan(0);
    const grants = await get<Answer<BillingCreditGrant[]>>(sandbox, '/billing/credits/grants/list');
    expect(grants.body.data).toHaveLength(60);
    expect(grants.body.params).toEqual({});
  });

  it('accepts limit 0 and an offset past the end', async () => {
    expect(await data<BillingCredit[]>(sandbox, '/billing/credits', { limit: 0 })).toEqual([]);
    expect(await data<BillingCredit[]>(sandbox, '/billing/credits', { offset: 500 })).toEqual([]);
  });

  it.each([
    ['limit', '251'],
    ['limit', '-1'],
    ['limit', '1.5'],
    ['limit', 'ten'],
    ['offset', '-1'],
    ['offset', 'x'],
  ])('refuses %s=%s with a 400 naming the parameter', async (name, value) => {
    for (const path of ['/billing/credits', '/billing/credits/count']) {
      const res = await get<ApiErrorBody>(sandbox, path, { [name]: value });
      expect(res.status).toBe(400);
      expect(res.body.error).toContain(name);
    }
  });
});

describe('filters', () => {
  it('filters by repeated ids and drops unknown ids silently', async () => {
    const credits = await data<BillingCredit[]>(sandbox, '/billing/credits', { ids: ['bcrd_ai_tokens', 'bcrd_support_hours', 'bcrd_nope'] });
    expect(credits.map((c: { id: string }) => c.id).sort()).toEqual(['bcrd_ai_tokens', 'bcrd_support_hours']);
  });

  it('accepts 100 ids and refuses 101 with a 400 naming the parameter', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `comp_${i}`);
    expect((await get<Answer<Company[]>>(sandbox, '/companies', { ids: ids.slice(0, 100) })).status).toBe(200);
    for (const [path, name] of [
      ['/companies', 'ids'],
      ['/companies/count', 'credit_type_ids'],
      ['/billing/credits/plan-grants', 'plan_ids'],
      ['/billing/credits/grants/list', 'ids'],
    ] as const) {
      const res = await get<ApiErrorBody>(sandbox, path, { [name]: ids });
      expect(res.status).toBe(400);
      expect(res.body.error).toContain(name);
    }
  });

  it('refuses bad enum values and over-long strings', async () => {
    expect((await get<Answer<BillingCreditBundle[]>>(sandbox, '/billing/credits/bundles', { status: 'archived' })).status).toBe(400);
    expect((await get<Answer<BillingCredit[]>>(sandbox, '/billing/credits', { name: 'x'.repeat(256) })).status).toBe(400);
    const res = await get<Answer<CreditLedgerEvent[]>>(sandbox, '/v2/billing/credits/ledger', { company_id: 'comp_acme', event_type: 'refund' });
    expect(res.status).toBe(400);
    expect(res.body.error).toContain('event_type');
  });

  it('filters bundles by credit and status', async () => {
    const inactive = await data<BillingCreditBundle[]>(sandbox, '/billing/credits/bundles', { status: 'inactive' });
    expect(inactive.map((b: { id: string }) => b.id)).toEqual(['bcb_support_5h']);
    const tokens = await data<BillingCreditBundle[]>(sandbox, '/billing/credits/bundles', { credit_id: 'bcrd_ai_tokens' });
    expect(tokens.every((b: { credit_id: string }) => b.credit_id === 'bcrd_ai_tokens')).toBe(true);
    expect(tokens).toHaveLength(2);
  });

  it('filters plan grants by plan id (single and list forms)', async () => {
    const scale = await data<BillingPlanCreditGrant[]>(sandbox, '/billing/credits/plan-grants', { plan_id: 'plan_scale' });
    expect(scale).toHaveLength(3);
    const both = await data<BillingPlanCreditGrant[]>(sandbox, '/billing/credits/plan-grants', { plan_ids: ['plan_scale', 'plan_starter'] });
    expect(both).toHaveLength(4);
  });

  it('filters companies by plan, credit type and search', async () => {
    const starter = await data<Company[]>(sandbox, '/companies', { plan_id: 'plan_starter' });
    expect(starter.map((c: { id: string }) => c.id).sort()).toEqual(['comp_hooli', 'comp_tyrell', 'comp_vandelay']);
    const support = await data<Company[]>(sandbox, '/companies', { credit_type_ids: ['bcrd_support_hours'] });
    expect(support.map((c: { id: string }) => c.id).sort()).toEqual(['comp_acme', 'comp_umbrella']);
    const found = await data<Company[]>(sandbox, '/companies', { q: 'GLOBEX' });
    expect(found.map((c: { id: string }) => c.id)).toEqual(['comp_globex']);
  });

  it('orders company grants by order/dir', async () => {
    const asc = await data<BillingCreditGrant[]>(sandbox, '/billing/credits/grants/company/list', { company_id: 'comp_acme', order: 'quantity', dir: 'asc' });
    const quantities = asc.map((g: { quantity: number }) => g.quantity);
    expect(quantities).toEqual([...quantities].sort((a, b) => a - b));
    const byDefault = await data<BillingCreditGrant[]>(sandbox, '/billing/credits/grants/company/list', { company_id: 'comp_acme' });
    const created = byDefault.map((g: { created_at: string }) => g.created_at);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('filters the ledger by type and time window (start inclusive, end exclusive)', async () => {
    const usage = await data<CreditLedgerEvent[]>(sandbox, '/v2/billing/credits/ledger', { company_id: 'comp_acme', event_type: 'usage', limit: 250 });
    expect(usage.length).toBeGreaterThan(0);
    expect(usage.every((e: { event_type: string }) => e.event_type === 'usage')).toBe(true);
    const window = { start_time: '2026-09-12T00:00:00Z', end_time: '2026-10-01T00:00:00.000Z' };
    const recent = await data<CreditLedgerEvent[]>(sandbox, '/v2/billing/credits/ledger', { company_id: 'comp_acme', limit: 250, ...window });
    expect(recent.length).toBeGreaterThan(0);
    for (const e of recent) {
      expect(e.event_at >= '2026-09-12T00:00:00.000Z' && e.event_at < '2026-10-01T00:00:00.000Z').toBe(true);
    }
    const bad = await get<Answer<CreditLedgerEvent[]>>(sandbox, '/v2/billing/credits/ledger', { company_id: 'comp_acme', start_time: 'yesterday' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('start_time');
  });
});

describe('counts agree with lists', () => {
  it.each([
    ['/billing/credits', {}],
    ['/billing/credits/bundles', { status: 'active' }],
    ['/billing/credits/grants', { credit_id: 'bcrd_compute_minutes' }],
    ['/billing/credits/grants/company', { company_id: 'comp_globex' }],
    ['/billing/credits/plan-grants', { plan_ids: ['plan_growth'] }],
    ['/v2/billing/credits/ledger', { company_id: 'comp_umbrella', event_type: 'usage' }],
    ['/companies', { credit_type_ids: ['bcrd_compute_minutes'] }],
    ['/plans', { q: 'a' }],
    ['/features', { ids: ['feat_embeddings', 'feat_fine_tuning'] }],
  ] as const)('%s %j', async (base, query) => {
    const listPath = base.endsWith('/grants') || base.endsWith('/company') ? `${base}/list` : base;
    const list = await data<unknown[]>(sandbox, listPath, { ...query, limit: 250 });
    const count = await data<CountData>(sandbox, `${base}/count`, { ...query });
    expect(count.count).toBe(list.length);
  });
});

describe('errors', () => {
  it.each([
    '/billing/credits/bcrd_nope',
    '/billing/credits/bundles/bcb_nope',
    '/billing/credits/plan-grants/bpcg_nope',
    '/companies/comp_nope',
    '/plans/plan_nope',
    '/features/feat_nope',
  ])('answers 404 { error } for an unknown id: %s', async (path) => {
    const res = await get(sandbox, path);
    expect(res.status).toBe(404);
    expect(res.contentType).toMatch(/^application\/json/);
    expect(res.body).toEqual({ error: expect.stringContaining('not found') });
  });

  it('answers 404 { error } for an unknown route or method', async () => {
    const res = await get<ApiErrorBody>(sandbox, '/billing/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error).toEqual(expect.any(String));
    // /companies is read-only in the sandbox; /billing/credits has no DELETE without an id
    for (const [method, path] of [['POST', '/companies'], ['DELETE', '/billing/credits'], ['PATCH', '/billing/credits/bcrd_ai_tokens']]) {
      const res = await fetch(`${sandbox.url}${path}`, { method, headers: { 'X-Schematic-Api-Key': 'k' }, body: '{}' });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({ error: `not found: ${method} ${path}` });
    }
  });

  it.each([
    '/billing/credits/grants/company/list',
    '/billing/credits/grants/company/count',
    '/v2/billing/credits/ledger',
    '/v2/billing/credits/ledger/count',
    '/billing/credits/balance',
  ])('requires company_id on %s', async (path) => {
    const res = await get<ApiErrorBody>(sandbox, path);
    expect(res.status).toBe(400);
    expect(res.body.error).toContain('company_id');
  });

  it('decodes path parameters', async () => {
    const res = await get<Answer<Company>>(sandbox, `/companies/${encodeURIComponent('comp acme')}`);
    expect(res.status).toBe(404);
    expect(res.body.error).toContain('comp acme');
  });
});

describe('company lookup', () => {
  it('finds a company by keys sent as URL-encoded JSON (the SDK form)', async () => {
    const keys = { domain: 'acme.example' };
    const res = await get<Answer<Company>>(sandbox, '/companies/lookup', { keys: JSON.stringify(keys) });
    expect(res.status).toBe(200);
    expect(res.body.data.id).toBe('comp_acme');
    expect(res.body.params).toEqual({ keys });
  });

  it('accepts keys[name]=value and requires every pair to match', async () => {
    const wonka = await data<Company>(sandbox, '/companies/lookup', {
      'keys[domain]': 'wonka.example',
      'keys[metronome_customer_id]': 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a05',
    });
    expect(wonka.id).toBe('comp_wonka');
    const mismatch = await get<Answer<Company>>(sandbox, '/companies/lookup', {
      keys: JSON.stringify({ domain: 'wonka.example', metronome_customer_id: '6f1c2a4e-0b7d-4c1e-9a55-3d2f8e7a1b01' }),
    });
    expect(mismatch.status).toBe(404);
  });

  it('answers 400 without keys or with malformed keys', async () => {
    expect((await get<Answer<Company>>(sandbox, '/companies/lookup')).status).toBe(400);
    expect((await get<Answer<Company>>(sandbox, '/companies/lookup', { keys: '{not json' })).status).toBe(400);
    expect((await get<Answer<Company>>(sandbox, '/companies/lookup', { keys: '{"domain": 3}' })).status).toBe(400);
  });
});

describe('the sandbox handle', () => {
  it('records every call with method, path and query, and can reset them', async () => {
    sandbox.resetCalls();
    await get<Answer<BillingCredit[]>>(sandbox, '/billing/credits', { ids: ['a', 'b'], limit: 5 });
    expect(sandbox.calls).toHaveLength(1);
    const [call] = sandbox.calls;
    expect(call?.method).toBe('GET');
    expect(call?.path).toBe('/billing/credits');
    expect(call?.query.getAll('ids')).toEqual(['a', 'b']);
    sandbox.resetCalls();
    expect(sandbox.calls).toEqual([]);
  });

  it('gives every sandbox its own store, and derives linked fields on read', async () => {
    const other = await startSchematicSandbox();
    try {
      const credit = other.store.credits.get('bcrd_support_hours');
      if (!credit) throw new Error('seed lacks bcrd_support_hours');
      credit.name = 'Expert Hours';
      const grants = await data<BillingCreditGrant[]>(other, '/billing/credits/grants/list', { credit_id: 'bcrd_support_hours' });
      expect(grants.length).toBeGreaterThan(0);
      expect(grants.every((g: { credit_name: string }) => g.credit_name === 'Expert Hours')).toBe(true);
      const mine = await data<BillingCredit>(sandbox, '/billing/credits/bcrd_support_hours');
      expect(mine.name).toBe('Support Hours');
    } finally {
      await other.close();
    }
  });

  it('listens on the requested host and port and closes cleanly', async () => {
    const other = await startSchematicSandbox({ host: '127.0.0.1', port: 0 });
    expect(other.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await other.close();
    await expect(fetch(`${other.url}/billing/credits`)).rejects.toThrow();
  });
});
