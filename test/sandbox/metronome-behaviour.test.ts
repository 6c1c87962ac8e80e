/**
 * The Metronome sandbox over HTTP: authentication, envelopes, cursor pagination and its caps,
 * every read filter, the vendor's error bodies, the seeded world's facts, and every write's
 * effect as the next read sees it (balances and ledgers included), its validation rules and
 * idempotent replay.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMetronomeSandbox, type MetronomeSandbox } from '../../src/sandbox/metronome/server.ts';
import {
  METRONOME_ACME_CONTRACTS as CONTRACTS,
  METRONOME_ACME_CREDITS as CREDITS,
  METRONOME_ALIAS_ONLY_CUSTOMER as HOOLI,
  METRONOME_ARCHIVED_CUSTOMER as INITRODE,
  METRONOME_PAGED_CUSTOMER_ID as ACME,
  METRONOME_PRICING_UNITS as UNITS,
  METRONOME_PRODUCTS as PRODUCTS,
  USD_CENTS_PRICING_UNIT_ID,
  WORLD_COMPANIES,
  WORLD_NOW,
} from '../../src/sandbox/world.ts';
import type { ContractV2, CustomerDetail, PricingUnit, Product } from '../../src/upstream/metronome/types.ts';
import type { CursorPage } from '../../src/upstream/page.ts';
import { allCredits, mget, mpost, ok, readCredit, type Answer, type SandboxCredit, type Segment } from './metronome-helpers.ts';

const LINKED = WORLD_COMPANIES.filter((c) => c.metronomeCustomerId);
const WONKA = LINKED.find((c) => c.id === 'comp_wonka')?.metronomeCustomerId as string;
const GLOBEX = LINKED.find((c) => c.id === 'comp_globex')?.metronomeCustomerId as string;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const LIST = '/v1/contracts/customerCredits/list';
const CREATE = '/v1/contracts/customerCredits/create';
const END = '/v1/contracts/customerCredits/updateEndDate';
const EDIT = '/v2/contracts/credits/edit';
const ARCHIVE = '/v2/contracts/credits/archive';

const sum = (entries: { amount: number }[]) => entries.reduce((total, e) => total + e.amount, 0);

let sandbox: MetronomeSandbox;
beforeAll(async () => {
  sandbox = await startMetronomeSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

describe('authentication and routing', () => {
  it('answers 401 { message } without a usable bearer token, and records the call', async () => {
    sandbox.resetCalls();
    for (const authorization of [null, '', 'Bearer ', 'Bearer    ', 'Basic dXNlcjpwdw==', 'mtr_token_without_scheme']) {
      const res = await mget(sandbox, '/v1/customers', { authorization });
      expect(res.status, String(authorization)).toBe(401);
      expect(res.body).toEqual({ message: expect.any(String) });
    }
    expect(sandbox.calls).toHaveLength(6);
    expect((await mpost(sandbox, LIST, { customer_id: ACME }, { authorization: null })).status).toBe(401);
  });

  it('accepts any non-empty bearer token, whatever the scheme case', async () => {
    expect((await mget(sandbox, '/v1/customers', { authorization: 'Bearer x' })).status).toBe(200);
    expect((await mget(sandbox, '/v1/customers', { authorization: 'bearer whatever-token' })).status).toBe(200);
  });

  it('checks the token before routing; an unknown route is 404 { message }', async () => {
    expect((await mget(sandbox, '/v1/nope', { authorization: null })).status).toBe(401);
    const res = await mget(sandbox, '/v1/nope');
    expect(res).toEqual({ status: 404, body: { message: expect.stringContaining('/v1/nope') } });
    expect((await mget(sandbox, LIST)).status).toBe(404); // a POST route read with GET
  });

  it('a body that is not JSON, or not an object, is 400 { message }', async () => {
    expect(await mpost(sandbox, LIST, undefined, { raw: '{"customer_id": ' })).toEqual({
      status: 400,
      body: { message: 'request body is not valid JSON' },
    });
    expect((await mpost(sandbox, LIST, [ACME])).body).toEqual({ message: 'request body must be a JSON object' });
  });

  it('records method, path, query, body and the idempotency key of every call', async () => {
    sandbox.resetCalls();
    await mget(sandbox, '/v1/credit-types/list', { query: { limit: 2 } });
    await mpost(sandbox, '/v1/contract-pricing/products/list', { archive_filter: 'ALL' }, { query: { limit: 3 }, idempotencyKey: 'k-1' });
    expect(sandbox.calls.map((c) => [c.method, c.path, Object.fromEntries(c.query), c.body, c.idempotencyKey])).toEqual([
      ['GET', '/v1/credit-types/list', { limit: '2' }, undefined, undefined],
      ['POST', '/v1/contract-pricing/products/list', { limit: '3' }, { archive_filter: 'ALL' }, 'k-1'],
    ]);
  });
});

describe('customers', () => {
  it('seeds one customer per linked company (same id, same name, the domain among its aliases)', async () => {
    const { body } = await mget<CursorPage<CustomerDetail>>(sandbox, '/v1/customers', { query: { limit: 100 } });
    expect(body.next_page).toBeNull();
    for (const company of LINKED) {
      const customer = body.data.find((c) => c.id === company.metronomeCustomerId);
      expect(customer, company.id).toMatchObject({ name: company.name, custom_fields: { schematic_company_id: company.id } });
      expect(customer?.ingest_aliases).toContain(company.domain);
      expect(customer?.external_id).toBe(customer?.ingest_aliases[0]);
    }
    // the active ones: linked, plus the alias-only one; never the archived one
    expect(body.data.map((c) => c.id)).toEqual([...LINKED.map((c) => c.metronomeCustomerId), HOOLI.id]);
  });

  it('filters by customer_ids sent comma-joined (unknown and archived ids are left out)', async () => {
    const ids = [LINKED[1]?.metronomeCustomerId, UNKNOWN, INITRODE.id, LINKED[0]?.metronomeCustomerId].join(',');
    const { body } = await mget<CursorPage<CustomerDetail>>(sandbox, '/v1/customers', { query: { customer_ids: ids, limit: 100 } });
    expect(body.data.map((c) => c.id)).toEqual([LINKED[0]?.metronomeCustomerId, LINKED[1]?.metronomeCustomerId]);
  });

  it('refuses more than 100 customer_ids', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`).join(',');
    const res = await mget<CursorPage<CustomerDetail>>(sandbox, '/v1/customers', { query: { customer_ids: ids } });
    expect(res).toEqual({ status: 400, body: { message: expect.stringContaining('customer_ids') } });
  });

  it('finds a customer by one ingest alias, including the one reachable only by alias', async () => {
    const alias = async (value: string) => (await mget<CursorPage<CustomerDetail>>(sandbox, '/v1/customers', { query: { ingest_alias: value } })).body.data;
    expect((await alias(HOOLI.ingestAlias)).map((c) => [c.id, c.name])).toEqual([[HOOLI.id, HOOLI.name]]);
    expect((await alias('acme.example')).map((c) => c.id)).toEqual([ACME]);
    expect(await alias('nobody.example')).toEqual([]);
    // an archived customer's alias finds it only among archived customers
    expect(await alias(INITRODE.ingestAlias)).toEqual([]);
  });

  it('only_archived lists the archived customer alone', async () => {
    const { body } = await mget<CursorPage<CustomerDetail>>(sandbox, '/v1/customers', { query: { only_archived: true } });
    expect(body.data.map((c) => [c.id, c.name])).toEqual([[INITRODE.id, INITRODE.name]]);
    expect(body.data[0]?.archived_at).toBe('2026-06-30T00:00:00.000Z');
  });

  it('pages with opaque cursors; a cursor keeps the filters it was not given', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: Record<string, string | number> = { limit: 2, ...(cursor ? { next_page: cursor } : {}) };
      const { status, body } = await mget<CursorPage<CustomerDetail>>(sandbox, '/v1/customers', { query });
      expect(status).toBe(200);
      expect(Object.keys(body).sort()).toEqual(['data', 'next_page']);
      seen.push(...body.data.map((c) => c.id));
      cursor = body.next_page;
      if (cursor) expect(cursor).not.toMatch(/^\d+$/);
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
  });

  it.each([['0'], ['101'], ['ten'], ['2.5']])('refuses limit=%s with 400 { message }', async (limit) => {
    const res = await mget<CursorPage<CustomerDetail>>(sandbox, '/v1/customers', { query: { limit } });
    expect(res).toEqual({ status: 400, body: { message: expect.stringContaining('limit') } });
  });

  it('refuses a cursor it did not issue, or one from another list', async () => {
    expect((await mget<CursorPage<CustomerDetail>>(sandbox, '/v1/customers', { query: { next_page: 'garbage' } })).status).toBe(400);
    const units = await mget<CursorPage<PricingUnit>>(sandbox, '/v1/credit-types/list', { query: { limit: 1 } });
    const res = await mget<CursorPage<CustomerDetail>>(sandbox, '/v1/customers', { query: { next_page: units.body.next_page! } });
    expect(res).toEqual({ status: 400, body: { message: expect.stringContaining('next_page') } });
  });

  it('gets one customer by id, archived ones too; an unknown id is 404 { message }', async () => {
    const acme = await mget<Answer<CustomerDetail>>(sandbox, `/v1/customers/${ACME}`);
    expect(acme.status).toBe(200);
    expect(acme.body.data).toMatchObject({ id: ACME, name: 'Acme Robotics', archived_at: null, customer_config: { salesforce_account_id: expect.any(String) } });
    expect((await mget<Answer<CustomerDetail>>(sandbox, `/v1/customers/${INITRODE.id}`)).body.data.archived_at).toBeTruthy();
    expect(await mget(sandbox, `/v1/customers/${UNKNOWN}`)).toEqual({ status: 404, body: { message: expect.any(String) } });
  });
});

describe('catalogue', () => {
  it('lists the pricing units: USD cents first, currencies and one custom unit', async () => {
    const { body } = await mget<CursorPage<PricingUnit>>(sandbox, '/v1/credit-types/list');
    expect(body.next_page).toBeNull();
    expect(body.data[0]).toEqual({ id: USD_CENTS_PRICING_UNIT_ID, name: 'USD (cents)', is_currency: true });
    expect(body.data).toContainEqual({ id: UNITS.aiTokens.id, name: 'AI Tokens (thousands)', is_currency: false });
    expect(body.data.filter((u) => u.is_currency)).toHaveLength(4);
  });

  it('pages pricing units with limit in the query', async () => {
    const first = await mget<CursorPage<PricingUnit>>(sandbox, '/v1/credit-types/list', { query: { limit: 2 } });
    const second = await mget<CursorPage<PricingUnit>>(sandbox, '/v1/credit-types/list', { query: { limit: 2, next_page: first.body.next_page! } });
    const third = await mget<CursorPage<PricingUnit>>(sandbox, '/v1/credit-types/list', { query: { limit: 2, next_page: second.body.next_page! } });
    expect([first, second, third].map((r) => r.body.data.length)).toEqual([2, 2, 1]);
    expect(third.body.next_page).toBeNull();
    expect((await mget(sandbox, '/v1/credit-types/list', { query: { limit: 101 } })).status).toBe(400);
  });

  it('lists products by archive_filter (default NOT_ARCHIVED), every product type present', async () => {
    const list = async (body: unknown) => (await ok<CursorPage<Product>>(sandbox, '/v1/contract-pricing/products/list', body, { query: { limit: 100 } })).data;
    const active = await list({});
    expect(active).toHaveLength(10);
    expect(new Set(active.map((p) => p.type))).toEqual(new Set(['USAGE', 'FIXED', 'SUBSCRIPTION', 'PRO_SERVICE', 'COMPOSITE']));
    expect((await list({ archive_filter: 'ARCHIVED' })).map((p) => p.id)).toEqual([PRODUCTS.legacyBandwidth]);
    expect(await list({ archive_filter: 'ALL' })).toHaveLength(11);
    expect(await list({ archive_filter: 'NOT_ARCHIVED' })).toEqual(active);
    const bad = await mpost(sandbox, '/v1/contract-pricing/products/list', { archive_filter: 'archived' });
    expect(bad).toEqual({ status: 400, body: { message: expect.stringContaining('archive_filter') } });
  });

  it('pages products with limit and next_page in the QUERY (a cursor in the body is ignored)', async () => {
    const path = '/v1/contract-pricing/products/list';
    const first = await ok<CursorPage<Product>>(sandbox, path, {}, { query: { limit: 4 } });
    const second = await ok<CursorPage<Product>>(sandbox, path, { next_page: first.next_page }, { query: { limit: 4 } });
    expect(second.data).toEqual(first.data);
    const viaQuery = await ok<CursorPage<Product>>(sandbox, path, {}, { query: { limit: 4, next_page: first.next_page! } });
    expect(viaQuery.data[0]?.id).not.toBe(first.data[0]?.id);
    expect((await mpost(sandbox, path, {}, { query: { limit: 0 } })).status).toBe(400);
  });

  it('gets one product by id (archived too); unknown is 404 { message }', async () => {
    const tokens = await ok<Answer<Product>>(sandbox, '/v1/contract-pricing/products/get', { id: PRODUCTS.aiTokens });
    expect(tokens.data).toMatchObject({ id: PRODUCTS.aiTokens, type: 'USAGE', initial: { name: 'Tokens' }, current: { name: 'AI Tokens', tags: ['usage', 'ai'] } });
    expect(tokens.data.updates).toHaveLength(1);
    expect((await ok<Answer<Product>>(sandbox, '/v1/contract-pricing/products/get', { id: PRODUCTS.legacyBandwidth })).data.archived_at).toBeTruthy();
    expect(await mpost(sandbox, '/v1/contract-pricing/products/get', { id: UNKNOWN })).toEqual({ status: 404, body: { message: expect.any(String) } });
    expect((await mpost(sandbox, '/v1/contract-pricing/products/get', {})).body).toEqual({ message: 'id is required' });
  });
});

describe('credits: reads', () => {
  it('pages the >50 credits of the acme customer in three pages of 25 (cursor in the body)', async () => {
    const sizes: number[] = [];
    let next: string | null = null;
    do {
      const page: CursorPage<SandboxCredit> = await ok(sandbox, LIST, { customer_id: ACME, include_contract_credits: true, ...(next ? { next_page: next } : {}) });
      sizes.push(page.data.length);
      next = page.next_page;
    } while (next);
    expect(sizes).toEqual([25, 25, 5]);
  });

  it('include_contract_credits false (or absent) lists only customer-level credits', async () => {
    const customerLevel = await allCredits(sandbox, ACME, { include_contract_credits: false });
    expect(customerLevel).toHaveLength(51);
    expect(customerLevel.every((c) => c.contract === undefined)).toBe(true);
    const absent = await ok<CursorPage<SandboxCredit>>(sandbox, LIST, { customer_id: ACME, limit: 25 });
    expect(absent.data.every((c) => c.contract === undefined)).toBe(true);
    const all = await allCredits(sandbox, ACME);
    expect(all.filter((c) => c.contract).map((c) => c.contract?.id).sort()).toEqual(
      [CONTRACTS.enterprise2025, CONTRACTS.enterprise2026, CONTRACTS.enterprise2026, CONTRACTS.enterprise2026].sort(),
    );
  });

  it('hides archived credits and credits of archived contracts unless include_archived', async () => {
    const visible = await allCredits(sandbox, ACME);
    expect(visible.map((c) => c.id)).not.toContain(CREDITS.archivedPromo);
    const withArchived = await allCredits(sandbox, ACME, { include_archived: true });
    expect(withArchived).toHaveLength(visible.length + 1);
    const wonka = (await allCredits(sandbox, WONKA)).map((c) => c.name);
    expect(wonka).not.toContain('Launch credit');
    expect((await allCredits(sandbox, WONKA, { include_archived: true })).map((c) => c.name)).toContain('Launch credit');
  });

  it('leaves balance and ledger out unless asked', async () => {
    const plain = await ok<CursorPage<SandboxCredit>>(sandbox, LIST, { customer_id: ACME, credit_id: CREDITS.onboarding });
    expect(plain.data[0]).not.toHaveProperty('balance');
    expect(plain.data[0]).not.toHaveProperty('ledger');
    const balance = await ok<CursorPage<SandboxCredit>>(sandbox, LIST, { customer_id: ACME, credit_id: CREDITS.onboarding, include_balance: true });
    expect(balance.data[0]?.balance).toBe(90_000);
    expect(balance.data[0]).not.toHaveProperty('ledger');
  });

  it('shows the v1 credit shape: product and pricing-unit names embedded, segments in order', async () => {
    const credit = await readCredit(sandbox, ACME, CREDITS.onboarding);
    expect(credit).toMatchObject({
      id: CREDITS.onboarding,
      type: 'CREDIT',
      name: 'Onboarding credit',
      priority: 10,
      rate_type: 'COMMIT_RATE',
      product: { id: PRODUCTS.promotionalCredit, name: 'Promotional Credit' },
      applicable_product_tags: ['usage'],
      access_schedule: { credit_type: { id: USD_CENTS_PRICING_UNIT_ID, name: 'USD (cents)' } },
    });
    expect(credit.access_schedule.schedule_items.map((s) => [s.starting_at, s.ending_before, s.amount])).toEqual([
      ['2026-01-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z', 50_000],
      ['2026-07-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z', 100_000],
      ['2027-01-01T00:00:00.000Z', '2027-07-01T00:00:00.000Z', 50_000],
    ]);
    const tokens = await readCredit(sandbox, ACME, CREDITS.aiTokensStarter);
    expect(tokens.access_schedule.credit_type).toEqual({ id: UNITS.aiTokens.id, name: 'AI Tokens (thousands)' });
    expect(tokens.specifiers).toHaveLength(2);
    expect(tokens.contract).toEqual({ id: CONTRACTS.enterprise2026 });
    expect(tokens).not.toHaveProperty('applicable_contract_ids');
  });

  it('ledgers: segment starts, invoice deductions, a manual entry and expirations, in time order; balance = what is usable now', async () => {
    const credit = await readCredit(sandbox, ACME, CREDITS.onboarding);
    const [expired, current, future] = credit.access_schedule.schedule_items as [Segment, Segment, Segment];
    expect(credit.ledger!.map((e) => [e.type, e.amount, e.segment_id ?? null])).toEqual([
      ['CREDIT_SEGMENT_START', 50_000, expired.id],
      ['CREDIT_AUTOMATED_INVOICE_DEDUCTION', -18_000, expired.id],
      ['CREDIT_AUTOMATED_INVOICE_DEDUCTION', -12_000, expired.id],
      ['CREDIT_EXPIRATION', -20_000, expired.id],
      ['CREDIT_SEGMENT_START', 100_000, current.id],
      ['CREDIT_AUTOMATED_INVOICE_DEDUCTION', -7_000, current.id],
      ['CREDIT_AUTOMATED_INVOICE_DEDUCTION', -5_000, current.id],
      ['CREDIT_MANUAL', 10_000, null],
      ['CREDIT_AUTOMATED_INVOICE_DEDUCTION', -8_000, current.id],
    ]);
    expect(credit.ledger!.some((e) => e.segment_id === future.id)).toBe(false);
    const manual = credit.ledger!.find((e) => e.type === 'CREDIT_MANUAL');
    expect(manual).toEqual({ type: 'CREDIT_MANUAL', amount: 10_000, reason: 'Service outage goodwill', timestamp: '2026-08-15T00:00:00.000Z' });
    for (const e of credit.ledger!.filter((x) => x.type === 'CREDIT_AUTOMATED_INVOICE_DEDUCTION')) expect(e.invoice_id).toMatch(/^[0-9a-f-]{36}$/);
    const times = credit.ledger!.map((e) => Date.parse(e.timestamp));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(credit.balance).toBe(90_000);
    expect(sum(credit.ledger!)).toBe(90_000);
  });

  it.each([
    ['onboarding', CREDITS.onboarding, 90_000],
    ['aiTokensStarter', CREDITS.aiTokensStarter, 3_800],
    ['annualCommitBonus', CREDITS.annualCommitBonus, 122_000],
    ['supportHours (future only)', CREDITS.supportHours, 0],
    ['archivedPromo', CREDITS.archivedPromo, 0],
    ['clawback (manual entries beyond what is left)', CREDITS.clawback, 0],
  ])('acme %s has the balance world.ts documents', async (_name, id, balance) => {
    expect((await readCredit(sandbox, ACME, id)).balance).toBe(balance);
  });

  it('never lets a balance go below 0, though the ledger does', async () => {
    const credit = await readCredit(sandbox, ACME, CREDITS.clawback);
    expect(sum(credit.ledger!)).toBe(-2_000);
    expect(credit.balance).toBe(0);
  });

  it('an archived credit has a 0 balance and a null ledger', async () => {
    const credit = await readCredit(sandbox, ACME, CREDITS.archivedPromo);
    expect(credit.balance).toBe(0);
    expect(credit.ledger).toBeNull();
  });

  it('every seeded credit of every customer: the ledger adds up to the balance (or it is clamped at 0)', async () => {
    const customers = [...LINKED.map((c) => c.metronomeCustomerId as string), HOOLI.id, INITRODE.id];
    const types = new Set<string>();
    let count = 0;
    for (const customer of customers) {
      for (const credit of await allCredits(sandbox, customer, { include_archived: true, include_balance: true, include_ledgers: true })) {
        count++;
        if (credit.ledger === null) {
          expect(credit.balance).toBe(0);
          continue;
        }
        for (const e of credit.ledger!) types.add(e.type);
        expect(credit.balance, credit.name).toBe(Math.max(0, sum(credit.ledger!)));
      }
    }
    expect(count).toBe(70);
    expect(types).toEqual(new Set(['CREDIT_SEGMENT_START', 'CREDIT_AUTOMATED_INVOICE_DEDUCTION', 'CREDIT_EXPIRATION', 'CREDIT_MANUAL']));
  });

  it('segment boundaries: starting_at is inclusive and ending_before exclusive at the frozen now', async () => {
    expect(WORLD_NOW).toBe('2026-10-01T00:00:00.000Z');
    const globex = await allCredits(sandbox, GLOBEX, { include_balance: true });
    // starts exactly now: counts
    expect(globex.find((c) => c.name === 'Storage credit')?.balance).toBe(15_000);
    const wonka = await allCredits(sandbox, WONKA, { include_balance: true, include_ledgers: true });
    const loyalty = wonka.find((c) => c.name === 'Loyalty credit')!;
    // one segment ended exactly now (expired), one started now (current), one is future
    expect(loyalty.balance).toBe(5_000);
    expect(loyalty.ledger!.map((e) => e.type)).toEqual(['CREDIT_SEGMENT_START', 'CREDIT_EXPIRATION', 'CREDIT_SEGMENT_START']);
  });

  it('filters by credit_id, covering_date, starting_at and effective_before', async () => {
    const names = async (filter: Record<string, unknown>) =>
      (await allCredits(sandbox, ACME, filter)).filter((c) => !c.name.startsWith('Referral reward')).map((c) => c.name);
    expect(await names({ credit_id: CREDITS.supportHours })).toEqual(['Support hours credit']);
    // the support credit runs 2026-11-01 .. 2027-11-01
    expect(await names({ covering_date: WORLD_NOW })).not.toContain('Support hours credit');
    expect(await names({ covering_date: '2026-11-01T00:00:00Z' })).toContain('Support hours credit');
    expect(await names({ effective_before: '2026-11-01T00:00:00Z' })).not.toContain('Support hours credit');
    expect(await names({ effective_before: '2026-11-01T00:00:01Z' })).toContain('Support hours credit');
    expect(await names({ starting_at: '2027-11-01T00:00:00Z' })).toEqual([]);
    expect(await names({ starting_at: '2027-10-31T00:00:00+00:00' })).toEqual(['Support hours credit']);
    // the 2025 contract credit ended 2026-01-01
    expect(await names({ starting_at: '2026-01-01T00:00:00Z' })).not.toContain('2025 contract credit');
    expect(await names({ covering_date: '2025-06-01T00:00:00Z' })).toEqual(['2025 contract credit']);
  });

  it.each([
    [{}, 'customer_id is required'],
    [{ customer_id: 'acme' }, 'customer_id must be a UUID'],
    [{ customer_id: ACME, limit: 26 }, 'limit must be an integer between 1 and 25'],
    [{ customer_id: ACME, limit: 0 }, 'limit must be an integer between 1 and 25'],
    [{ customer_id: ACME, limit: '10' }, 'limit must be an integer between 1 and 25'],
    [{ customer_id: ACME, covering_date: '2026-10-01' }, 'covering_date must be an RFC 3339 date-time'],
    [{ customer_id: ACME, include_balance: 'yes' }, 'include_balance must be a boolean'],
    [{ customer_id: ACME, next_page: 'nope' }, 'next_page is not a cursor from this list'],
  ])('refuses %o with 400 { message: %j }', async (body, message) => {
    expect(await mpost(sandbox, LIST, body)).toEqual({ status: 400, body: { message } });
  });

  it('an unknown customer is 404 { message } (v1 endpoint)', async () => {
    expect(await mpost(sandbox, LIST, { customer_id: UNKNOWN })).toEqual({ status: 404, body: { message: expect.any(String) } });
  });
});

describe('contracts', () => {
  it('lists a customer’s contracts oldest first, unpaged, with contract-level credits embedded', async () => {
    const res = await mpost<{ data: ContractV2[] }>(sandbox, '/v2/contracts/list', { customer_id: ACME, include_balance: true });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(['data']);
    expect(res.body.data.map((c) => c.id)).toEqual([CONTRACTS.enterprise2025, CONTRACTS.enterprise2026]);
    const current = res.body.data[1]!;
    expect(current).toMatchObject({ customer_id: ACME, name: 'Acme Robotics Enterprise 2026', has_more: { commits: false, credits: false } });
    expect(current.credits!.map((c) => c.name)).toEqual(['AI Tokens starter pack', 'Annual commit bonus', 'Q4 capacity credit']);
    const tokens = current.credits![0];
    expect(tokens).toMatchObject({ id: CREDITS.aiTokensStarter, balance: 3_800, contract: { id: CONTRACTS.enterprise2026 }, created_at: expect.any(String) });
    // the v2 credit has no rate_type / uniqueness_key; ledgers only when asked
    expect(tokens).not.toHaveProperty('rate_type');
    expect(tokens).not.toHaveProperty('ledger');
  });

  it('filters by covering_date or starting_at (not both), and hides archived contracts unless asked', async () => {
    const ids = async (body: Record<string, unknown>) => (await ok<{ data: ContractV2[] }>(sandbox, '/v2/contracts/list', body)).data.map((c) => c.id);
    expect(await ids({ customer_id: ACME, covering_date: '2025-06-01T00:00:00Z' })).toEqual([CONTRACTS.enterprise2025]);
    expect(await ids({ customer_id: ACME, starting_at: '2026-01-01T00:00:00Z' })).toEqual([CONTRACTS.enterprise2026]);
    expect(await ids({ customer_id: WONKA })).toHaveLength(1);
    expect(await ids({ customer_id: WONKA, include_archived: true })).toHaveLength(2);
    const both = await mpost(sandbox, '/v2/contracts/list', { customer_id: ACME, covering_date: WORLD_NOW, starting_at: WORLD_NOW });
    expect(both).toEqual({ status: 400, body: { message: expect.stringContaining('covering_date') } });
  });

  it('gets one contract with ledgers of its credits', async () => {
    const { data } = await ok<{ data: ContractV2 }>(sandbox, '/v2/contracts/get', { customer_id: ACME, contract_id: CONTRACTS.enterprise2026, include_ledgers: true });
    expect(data.id).toBe(CONTRACTS.enterprise2026);
    expect(data.credits!.every((c) => Array.isArray(c.ledger))).toBe(true);
    expect(data).toMatchObject({ commits: [], overrides: [], scheduled_charges: [], usage_filter: [], usage_statement_schedule: { frequency: 'MONTHLY' } });
  });

  it('answers not found as 400 with a code: CustomerNotFound, ContractNotFound (also for another customer’s contract)', async () => {
    expect(await mpost(sandbox, '/v2/contracts/list', { customer_id: UNKNOWN })).toEqual({
      status: 400,
      body: { code: 'CustomerNotFound', message: expect.any(String) },
    });
    expect(await mpost(sandbox, '/v2/contracts/get', { customer_id: UNKNOWN, contract_id: CONTRACTS.enterprise2026 })).toEqual({
      status: 400,
      body: { code: 'CustomerNotFound', message: expect.any(String) },
    });
    expect(await mpost(sandbox, '/v2/contracts/get', { customer_id: GLOBEX, contract_id: CONTRACTS.enterprise2026 })).toEqual({
      status: 400,
      body: { code: 'ContractNotFound', message: expect.any(String) },
    });
    expect((await mpost(sandbox, '/v2/contracts/get', { customer_id: ACME })).body).toEqual({ message: 'contract_id is required' });
  });

  it('refuses as_of_date together with include_ledgers', async () => {
    const res = await mpost(sandbox, '/v2/contracts/get', {
      customer_id: ACME,
      contract_id: CONTRACTS.enterprise2026,
      as_of_date: '2026-06-01T00:00:00Z',
      include_ledgers: true,
    });
    expect(res).toEqual({ status: 400, body: { message: expect.stringContaining('as_of_date') } });
  });
});

describe('credits: writes', () => {
  // Every write test gets its own freshly seeded sandbox.
  let sb: MetronomeSandbox;
  beforeEach(async () => {
    sb = await startMetronomeSandbox();
  });
  afterEach(async () => {
    await sb.close();
  });

  const schedule = (amount: number, from: string, to: string) => ({ amount, starting_at: from, ending_before: to });
  const newCredit = (extra: Record<string, unknown> = {}) => ({
    customer_id: ACME,
    priority: 7,
    product_id: PRODUCTS.promotionalCredit,
    name: 'Sandbox test credit',
    access_schedule: { schedule_items: [schedule(5_000, '2026-09-01T00:00:00Z', '2026-12-01T00:00:00Z')] },
    ...extra,
  });

  describe('create', () => {
    it('creates a customer-level credit (USD cents by default) that the next read shows with its balance', async () => {
      const before = (await allCredits(sb, ACME, { include_contract_credits: false })).length;
      const res = await mpost<Answer<{ id: string }>>(sb, CREATE, newCredit({ description: 'made by a test', custom_fields: { ticket: 'T-1' }, rate_type: 'list_rate' }));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ data: { id: expect.stringMatching(/^[0-9a-f-]{36}$/) } });
      const credit = await readCredit(sb, ACME, res.body.data.id);
      expect(credit).toMatchObject({
        name: 'Sandbox test credit',
        description: 'made by a test',
        priority: 7,
        rate_type: 'LIST_RATE',
        custom_fields: { ticket: 'T-1' },
        product: { id: PRODUCTS.promotionalCredit, name: 'Promotional Credit' },
        access_schedule: { credit_type: { id: USD_CENTS_PRICING_UNIT_ID, name: 'USD (cents)' } },
        balance: 5_000,
      });
      expect(credit).not.toHaveProperty('contract');
      expect(credit.access_schedule.schedule_items[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(credit.ledger).toEqual([
        { type: 'CREDIT_SEGMENT_START', amount: 5_000, segment_id: credit.access_schedule.schedule_items[0]!.id, timestamp: '2026-09-01T00:00:00.000Z' },
      ]);
      expect(await allCredits(sb, ACME, { include_contract_credits: false })).toHaveLength(before + 1);
    });

    it('takes another pricing unit, applicable contracts and specifiers', async () => {
      const res = await ok<Answer<{ id: string }>>(
        sb,
        CREATE,
        newCredit({
          access_schedule: { credit_type_id: UNITS.aiTokens.id, schedule_items: [schedule(100, '2027-01-01T00:00:00Z', '2027-02-01T00:00:00Z')] },
          applicable_contract_ids: [CONTRACTS.enterprise2026],
          specifiers: [{ product_tags: ['ai'], pricing_group_values: { model: 'small' } }],
        }),
      );
      const credit = await readCredit(sb, ACME, res.data.id);
      expect(credit.access_schedule.credit_type.name).toBe('AI Tokens (thousands)');
      expect(credit.applicable_contract_ids).toEqual([CONTRACTS.enterprise2026]);
      expect(credit.specifiers).toEqual([{ product_tags: ['ai'], pricing_group_values: { model: 'small' } }]);
      expect(credit.balance).toBe(0); // a future segment
    });

    it.each([
      ['no customer_id', { customer_id: undefined }, 'customer_id is required'],
      ['no priority', { priority: undefined }, 'priority is required'],
      ['no product_id', { product_id: undefined }, 'product_id is required'],
      ['no access_schedule', { access_schedule: undefined }, 'access_schedule is required'],
      ['no schedule items', { access_schedule: { schedule_items: [] } }, 'access_schedule.schedule_items must hold at least 1 item(s)'],
      [
        'an amount as a string',
        { access_schedule: { schedule_items: [{ amount: '5', starting_at: '2026-09-01T00:00:00Z', ending_before: '2026-10-01T00:00:00Z' }] } },
        'access_schedule.schedule_items[0].amount must be a number',
      ],
      [
        'an end before the start',
        { access_schedule: { schedule_items: [schedule(5, '2026-10-01T00:00:00Z', '2026-09-01T00:00:00Z')] } },
        'access_schedule.schedule_items[0].ending_before must be after starting_at',
      ],
      ['an empty name', { name: '' }, 'name must be at least 1 characters'],
      ['a bad rate type', { rate_type: 'FLAT' }, 'rate_type must be one of COMMIT_RATE, LIST_RATE'],
      ['an unknown product', { product_id: UNKNOWN }, `product_id: product not found: ${UNKNOWN}`],
      [
        'an unknown pricing unit',
        { access_schedule: { credit_type_id: UNKNOWN, schedule_items: [schedule(5, '2026-09-01T00:00:00Z', '2026-10-01T00:00:00Z')] } },
        `access_schedule.credit_type_id: pricing unit not found: ${UNKNOWN}`,
      ],
      ['another customer’s contract', { applicable_contract_ids: [UNKNOWN] }, `applicable_contract_ids: contract not found for this customer: ${UNKNOWN}`],
      ['specifiers with applicable products', { specifiers: [{ product_tags: ['ai'] }], applicable_product_ids: [PRODUCTS.aiTokens] }, expect.stringContaining('specifiers cannot be used together')],
    ])('refuses %s with 400 { message }', async (_name, extra, message) => {
      const res = await mpost(sb, CREATE, newCredit(extra));
      expect(res).toEqual({ status: 400, body: { message } });
    });

    it('an unknown customer is 404 { message }', async () => {
      expect(await mpost(sb, CREATE, newCredit({ customer_id: UNKNOWN }))).toEqual({ status: 404, body: { message: expect.any(String) } });
    });

    it('a uniqueness_key already used is 409 "uniqueness key has already been used", and nothing is created', async () => {
      const before = (await allCredits(sb, ACME)).length;
      await ok(sb, CREATE, newCredit({ uniqueness_key: 'promo-2026-q4' }));
      const again = await mpost(sb, CREATE, newCredit({ uniqueness_key: 'promo-2026-q4', name: 'second try' }));
      expect(again).toEqual({ status: 409, body: { message: 'uniqueness key has already been used' } });
      // the seeded clawback credit holds this one
      expect((await mpost(sb, CREATE, newCredit({ uniqueness_key: 'acme-referral-bonus-2026' }))).status).toBe(409);
      expect(await allCredits(sb, ACME)).toHaveLength(before + 1);
      // the key is the customer's: another customer may use it
      expect((await mpost(sb, CREATE, newCredit({ customer_id: GLOBEX, uniqueness_key: 'promo-2026-q4' }))).status).toBe(200);
    });
  });

  describe('updateEndDate', () => {
    it('moves the end earlier: later segments go, the spanning one is cut, the balance is unchanged', async () => {
      const res = await mpost(sb, END, { customer_id: ACME, credit_id: CREDITS.onboarding, access_ending_before: '2026-12-01T00:00:00Z' });
      expect(res).toEqual({ status: 200, body: { data: { id: CREDITS.onboarding } } });
      const credit = await readCredit(sb, ACME, CREDITS.onboarding);
      expect(credit.access_schedule.schedule_items.map((s) => [s.starting_at, s.ending_before])).toEqual([
        ['2026-01-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z'],
        ['2026-07-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z'],
      ]);
      expect(credit.balance).toBe(90_000);
    });

    it('ending it now expires what is left: balance 0 and an expiration entry', async () => {
      await ok(sb, END, { customer_id: ACME, credit_id: CREDITS.onboarding, access_ending_before: WORLD_NOW });
      const credit = await readCredit(sb, ACME, CREDITS.onboarding);
      expect(credit.balance).toBe(0);
      expect(credit.ledger!.at(-1)).toMatchObject({ type: 'CREDIT_EXPIRATION', amount: -90_000, timestamp: WORLD_NOW });
    });

    it.each([
      ['a later end', '2028-01-01T00:00:00Z', 'access_ending_before must be earlier'],
      ['the same end', '2027-07-01T00:00:00Z', 'access_ending_before must be earlier'],
      ['an end before the first segment starts', '2025-12-01T00:00:00Z', 'access_ending_before must be after the start'],
    ])('refuses %s with 400 and changes nothing', async (_name, end, message) => {
      const res = await mpost<Answer<unknown>>(sb, END, { customer_id: ACME, credit_id: CREDITS.onboarding, access_ending_before: end });
      expect(res.status).toBe(400);
      expect(res.body.message).toContain(message);
      expect((await readCredit(sb, ACME, CREDITS.onboarding)).access_schedule.schedule_items).toHaveLength(3);
    });

    it('refuses a contract-level credit (400), an unknown credit or customer (404), a missing date (400)', async () => {
      expect((await mpost(sb, END, { customer_id: ACME, credit_id: CREDITS.aiTokensStarter, access_ending_before: WORLD_NOW })).status).toBe(400);
      expect((await mpost(sb, END, { customer_id: ACME, credit_id: UNKNOWN, access_ending_before: WORLD_NOW })).status).toBe(404);
      expect((await mpost(sb, END, { customer_id: UNKNOWN, credit_id: CREDITS.onboarding, access_ending_before: WORLD_NOW })).status).toBe(404);
      expect((await mpost(sb, END, { customer_id: ACME, credit_id: CREDITS.onboarding })).body).toEqual({ message: 'access_ending_before is required' });
    });
  });

  describe('edit', () => {
    const edit = (body: Record<string, unknown>, credit: string = CREDITS.onboarding, customer = ACME) =>
      mpost<Answer<{ id: string }>>(sb, EDIT, { customer_id: customer, credit_id: credit, ...body });

    it('edits name, description, priority, product, rate type and applicability, answering { data: { id } }', async () => {
      const res = await edit({
        name: 'Renamed',
        description: 'new words',
        priority: 3,
        product_id: PRODUCTS.commitCredit,
        rate_type: 'LIST_RATE',
        applicable_product_ids: [PRODUCTS.apiRequests],
        applicable_product_tags: null,
        applicable_contract_ids: [CONTRACTS.enterprise2026],
      });
      expect(res).toEqual({ status: 200, body: { data: { id: CREDITS.onboarding } } });
      const credit = await readCredit(sb, ACME, CREDITS.onboarding);
      expect(credit).toMatchObject({
        name: 'Renamed',
        description: 'new words',
        priority: 3,
        rate_type: 'LIST_RATE',
        product: { id: PRODUCTS.commitCredit, name: 'Commit Credit' },
        applicable_product_ids: [PRODUCTS.apiRequests],
        applicable_contract_ids: [CONTRACTS.enterprise2026],
      });
      expect(credit).not.toHaveProperty('applicable_product_tags');
    });

    it('null clears priority and applicable_contract_ids', async () => {
      await ok(sb, EDIT, { customer_id: ACME, credit_id: CREDITS.supportHours, priority: null, applicable_contract_ids: null });
      const credit = await readCredit(sb, ACME, CREDITS.supportHours);
      expect(credit).not.toHaveProperty('priority');
      expect(credit).not.toHaveProperty('applicable_contract_ids');
    });

    it('adding a current segment raises the balance in the next read', async () => {
      expect((await readCredit(sb, ACME, CREDITS.onboarding)).balance).toBe(90_000);
      await ok(sb, EDIT, { customer_id: ACME, credit_id: CREDITS.onboarding, access_schedule: { add_schedule_items: [schedule(25_000, '2026-09-15T00:00:00Z', '2026-12-31T00:00:00Z')] } });
      const credit = await readCredit(sb, ACME, CREDITS.onboarding);
      expect(credit.balance).toBe(115_000);
      expect(credit.access_schedule.schedule_items).toHaveLength(4);
      expect(credit.ledger!.filter((e) => e.type === 'CREDIT_SEGMENT_START')).toHaveLength(3);
    });

    it('updating a segment’s amount or dates changes the balance accordingly', async () => {
      const before = await readCredit(sb, ACME, CREDITS.onboarding);
      const [expired, current, future] = before.access_schedule.schedule_items as [Segment, Segment, Segment];
      await ok(sb, EDIT, {
        customer_id: ACME,
        credit_id: CREDITS.onboarding,
        access_schedule: { update_schedule_items: [{ id: current.id, amount: 150_000 }, { id: future.id, starting_at: '2026-12-01T00:00:00Z' }] },
      });
      let credit = await readCredit(sb, ACME, CREDITS.onboarding);
      expect(credit.balance).toBe(140_000);
      // reopening the expired segment until the end of the year makes its 20 000 usable again
      await ok(sb, EDIT, { customer_id: ACME, credit_id: CREDITS.onboarding, access_schedule: { update_schedule_items: [{ id: expired.id, ending_before: '2026-12-31T00:00:00Z' }] } });
      credit = await readCredit(sb, ACME, CREDITS.onboarding);
      expect(credit.balance).toBe(160_000);
      expect(credit.ledger!.some((e) => e.type === 'CREDIT_EXPIRATION')).toBe(false);
    });

    it('removes a future segment, and one whose only deduction is on a draft invoice (the deduction goes with it)', async () => {
      const onboarding = await readCredit(sb, ACME, CREDITS.onboarding);
      const future = onboarding.access_schedule.schedule_items[2]!;
      await ok(sb, EDIT, { customer_id: ACME, credit_id: CREDITS.onboarding, access_schedule: { remove_schedule_items: [{ id: future.id }] } });
      expect((await readCredit(sb, ACME, CREDITS.onboarding)).access_schedule.schedule_items.map((s) => s.id)).not.toContain(future.id);

      const q4 = (await allCredits(sb, ACME)).find((c) => c.name === 'Q4 capacity credit')!;
      const segment = q4.access_schedule.schedule_items[0]!;
      await ok(sb, EDIT, {
        customer_id: ACME,
        credit_id: q4.id,
        access_schedule: { add_schedule_items: [schedule(1_000, '2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z')], remove_schedule_items: [{ id: segment.id }] },
      });
      const after = await readCredit(sb, ACME, q4.id);
      expect(after.balance).toBe(1_000);
      expect(after.ledger!.some((e) => e.type === 'CREDIT_AUTOMATED_INVOICE_DEDUCTION')).toBe(false);
    });

    it('refuses to remove a segment applied to a finalized invoice, and changes nothing', async () => {
      const credit = await readCredit(sb, ACME, CREDITS.onboarding);
      const current = credit.access_schedule.schedule_items[1]!;
      const res = await edit({ name: 'Should not stick', access_schedule: { remove_schedule_items: [{ id: current.id }] } });
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/finalized invoice .*void/);
      expect(await readCredit(sb, ACME, CREDITS.onboarding)).toEqual(credit);
    });

    it.each([
      ['an unknown segment id', () => ({ access_schedule: { remove_schedule_items: [{ id: UNKNOWN }] } }), 'schedule item not found'],
      ['an update to an unknown segment', () => ({ access_schedule: { update_schedule_items: [{ id: UNKNOWN, amount: 1 }] } }), 'schedule item not found'],
      ['an added segment ending before it starts', () => ({ access_schedule: { add_schedule_items: [schedule(1, '2026-12-01T00:00:00Z', '2026-11-01T00:00:00Z')] } }), 'ending_before must be after starting_at'],
      ['a negative amount', () => ({ access_schedule: { add_schedule_items: [schedule(-1, '2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z')] } }), 'amount must be at least 0'],
      ['specifiers with applicable product tags', () => ({ specifiers: [{ product_id: PRODUCTS.aiTokens }], applicable_product_tags: ['ai'] }), 'specifiers cannot be used together'],
      ['specifiers on a credit that keeps its applicable product tags', () => ({ specifiers: [{ product_id: PRODUCTS.aiTokens }] }), 'specifiers cannot be used together'],
      ['an unknown product', () => ({ product_id: UNKNOWN }), 'product not found'],
      ['a contract of another customer', () => ({ applicable_contract_ids: [UNKNOWN] }), 'contract not found for this customer'],
      ['an unknown hierarchy type', () => ({ hierarchy_configuration: { child_access: { type: 'SOME' } } }), 'hierarchy_configuration.child_access.type must be one of'],
      ['CONTRACT_IDS without ids', () => ({ hierarchy_configuration: { child_access: { type: 'CONTRACT_IDS', contract_ids: [] } } }), 'must hold at least 1 item'],
      ['a null name', () => ({ name: null }), 'name must not be null'],
    ])('refuses %s with 400 { message }', async (_name, body, message) => {
      const res = await edit(body());
      expect(res.status).toBe(400);
      expect(Object.keys(res.body)).toEqual(['message']);
      expect(res.body.message).toContain(message);
    });

    it('updating a segment so it ends before it starts is refused', async () => {
      const segment = (await readCredit(sb, ACME, CREDITS.supportHours)).access_schedule.schedule_items[0]!;
      const res = await edit({ access_schedule: { update_schedule_items: [{ id: segment.id, ending_before: '2026-10-15T00:00:00Z' }] } }, CREDITS.supportHours);
      expect(res).toEqual({ status: 400, body: { message: expect.stringContaining('ending_before must be after starting_at') } });
    });

    it('specifiers replace applicable product tags when the tags are cleared in the same edit', async () => {
      await ok(sb, EDIT, { customer_id: ACME, credit_id: CREDITS.onboarding, applicable_product_tags: null, specifiers: [{ product_tags: ['usage'] }] });
      const credit = await readCredit(sb, ACME, CREDITS.onboarding);
      expect(credit.specifiers).toEqual([{ product_tags: ['usage'] }]);
      expect(credit).not.toHaveProperty('applicable_product_tags');
    });

    it('refuses applicable_contract_ids on a contract-level credit', async () => {
      const res = await edit({ applicable_contract_ids: [CONTRACTS.enterprise2026] }, CREDITS.aiTokensStarter);
      expect(res).toEqual({ status: 400, body: { message: 'applicable_contract_ids cannot be set on a contract-level credit' } });
    });

    it('edits a contract-level credit: hierarchy (lowercase accepted), specifiers; the contract shows it', async () => {
      await ok(sb, EDIT, {
        customer_id: ACME,
        credit_id: CREDITS.aiTokensStarter,
        hierarchy_configuration: { child_access: { type: 'contract_ids', contract_ids: [CONTRACTS.enterprise2026] } },
        specifiers: null,
        description: 'tokens for the pilot team',
      });
      const { data } = await ok<{ data: ContractV2 }>(sb, '/v2/contracts/get', { customer_id: ACME, contract_id: CONTRACTS.enterprise2026 });
      const credit = data.credits!.find((c) => c.id === CREDITS.aiTokensStarter);
      expect(credit?.hierarchy_configuration).toEqual({ child_access: { type: 'CONTRACT_IDS', contract_ids: [CONTRACTS.enterprise2026] } });
      expect(credit).not.toHaveProperty('specifiers');
      expect(credit?.description).toBe('tokens for the pilot team');
    });

    it('an unknown customer is 400 { code: CustomerNotFound }; an unknown credit is 404; an archived one 400', async () => {
      expect(await edit({ name: 'x' }, CREDITS.onboarding, UNKNOWN)).toEqual({ status: 400, body: { code: 'CustomerNotFound', message: expect.any(String) } });
      expect(await edit({ name: 'x' }, UNKNOWN)).toEqual({ status: 404, body: { message: expect.any(String) } });
      // another customer's credit is not found either
      expect((await edit({ name: 'x' }, CREDITS.onboarding, GLOBEX)).status).toBe(404);
      expect((await edit({ name: 'x' }, CREDITS.archivedPromo)).body.message).toContain('archived');
    });
  });

  describe('archive', () => {
    it('archives: hidden from lists unless include_archived, then balance 0 and ledger null', async () => {
      expect(await mpost(sb, ARCHIVE, { customer_id: ACME, credit_id: CREDITS.supportHours })).toEqual({ status: 200, body: { data: { id: CREDITS.supportHours } } });
      expect((await allCredits(sb, ACME)).map((c) => c.id)).not.toContain(CREDITS.supportHours);
      const credit = await readCredit(sb, ACME, CREDITS.supportHours);
      expect(credit.balance).toBe(0);
      expect(credit.ledger).toBeNull();
    });

    it('a contract-level credit stays embedded in its contract with archived_at; its balance drops to 0', async () => {
      const q4 = (await allCredits(sb, ACME, { include_balance: true })).find((c) => c.name === 'Q4 capacity credit')!;
      expect(q4.balance).toBe(53_500);
      await ok(sb, ARCHIVE, { customer_id: ACME, credit_id: q4.id });
      const { data } = await ok<{ data: ContractV2 }>(sb, '/v2/contracts/get', { customer_id: ACME, contract_id: CONTRACTS.enterprise2026, include_balance: true });
      expect(data.credits!.find((c) => c.id === q4.id)).toMatchObject({ archived_at: WORLD_NOW, balance: 0 });
    });

    it('refuses a credit applied to a finalized invoice, an archived credit, and answers CustomerNotFound', async () => {
      const finalized = await mpost<Answer<{ id: string }>>(sb, ARCHIVE, { customer_id: ACME, credit_id: CREDITS.onboarding });
      expect(finalized.status).toBe(400);
      expect(finalized.body.message).toMatch(/finalized invoice/);
      expect((await allCredits(sb, ACME)).map((c) => c.id)).toContain(CREDITS.onboarding);
      expect((await mpost<Answer<{ id: string }>>(sb, ARCHIVE, { customer_id: ACME, credit_id: CREDITS.archivedPromo })).body.message).toContain('already archived');
      expect(await mpost(sb, ARCHIVE, { customer_id: UNKNOWN, credit_id: CREDITS.onboarding })).toEqual({
        status: 400,
        body: { code: 'CustomerNotFound', message: expect.any(String) },
      });
      expect((await mpost(sb, ARCHIVE, { customer_id: ACME, credit_id: UNKNOWN })).status).toBe(404);
    });
  });

  describe('Idempotency-Key', () => {
    it('the same key with the same body replays the first answer without applying twice', async () => {
      const before = (await allCredits(sb, ACME)).length;
      const first = await mpost<Answer<{ id: string }>>(sb, CREATE, newCredit(), { idempotencyKey: 'intent-1' });
      // same body, keys in another order: the same request
      const { name, ...rest } = newCredit();
      const replay = await mpost(sb, CREATE, { name, ...rest }, { idempotencyKey: 'intent-1' });
      expect(replay).toEqual(first);
      expect(await allCredits(sb, ACME)).toHaveLength(before + 1);
      // without a key (or with another one) it is a new write
      const other = await mpost<Answer<{ id: string }>>(sb, CREATE, newCredit(), { idempotencyKey: 'intent-2' });
      expect(other.body.data.id).not.toBe(first.body.data.id);
      expect(await allCredits(sb, ACME)).toHaveLength(before + 2);
    });

    it('an edit replayed under its key adds its segment once', async () => {
      const body = { customer_id: ACME, credit_id: CREDITS.onboarding, access_schedule: { add_schedule_items: [schedule(1_000, '2026-09-01T00:00:00Z', '2026-11-01T00:00:00Z')] } };
      await ok(sb, EDIT, body, { idempotencyKey: 'edit-once' });
      await ok(sb, EDIT, body, { idempotencyKey: 'edit-once' });
      expect((await readCredit(sb, ACME, CREDITS.onboarding)).balance).toBe(91_000);
    });

    it('the same key with a different body is 409 { message } and applies nothing', async () => {
      await ok(sb, CREATE, newCredit(), { idempotencyKey: 'intent-3' });
      const count = (await allCredits(sb, ACME)).length;
      const res = await mpost(sb, CREATE, newCredit({ name: 'Another' }), { idempotencyKey: 'intent-3' });
      expect(res).toEqual({ status: 409, body: { message: expect.stringContaining('Idempotency-Key') } });
      // and on another endpoint
      expect((await mpost(sb, ARCHIVE, { customer_id: ACME, credit_id: CREDITS.supportHours }, { idempotencyKey: 'intent-3' })).status).toBe(409);
      expect(await allCredits(sb, ACME)).toHaveLength(count);
    });

    it('an error is stored and replayed under its key too', async () => {
      const refused = await mpost(sb, ARCHIVE, { customer_id: ACME, credit_id: CREDITS.onboarding }, { idempotencyKey: 'err-1' });
      expect(refused.status).toBe(400);
      expect(await mpost(sb, ARCHIVE, { customer_id: ACME, credit_id: CREDITS.onboarding }, { idempotencyKey: 'err-1' })).toEqual(refused);
    });

    it('reads ignore the header', async () => {
      const first = await mpost<CursorPage<SandboxCredit>>(sb, LIST, { customer_id: ACME, limit: 1 }, { idempotencyKey: 'read-1' });
      const second = await mpost<CursorPage<SandboxCredit>>(sb, LIST, { customer_id: GLOBEX, limit: 1 }, { idempotencyKey: 'read-1' });
      expect(first.status).toBe(200);
      expect(second.status).toBe(200);
      expect(second.body.data[0]?.id).not.toBe(first.body.data[0]?.id);
    });
  });
});

describe('amounts keep every digit', () => {
  it('an int64 or a decimal finer than a double is stored, summed and answered exactly', async () => {
    const body = (amount: string) =>
      `{"customer_id":"${GLOBEX}","priority":1,"product_id":"${PRODUCTS.promotionalCredit}","access_schedule":{"schedule_items":[` +
      `{"amount":${amount},"starting_at":"2026-01-01T00:00:00Z","ending_before":"2027-01-01T00:00:00Z"}]}}`;
    for (const amount of ['9223372036854775807', '1.000000000000000000001', '9'.repeat(32)]) {
      const res = await fetch(`${sandbox.url}${CREATE}`, {
        method: 'POST',
        headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
        body: body(amount),
      });
      expect(res.status).toBe(200);
      const { data } = (await res.json()) as { data: { id: string } };
      const list = await fetch(`${sandbox.url}${LIST}`, {
        method: 'POST',
        headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
        body: JSON.stringify({ customer_id: GLOBEX, credit_id: data.id, include_balance: true, include_ledgers: true }),
      });
      const text = await list.text(); // read as text: JSON.parse would round what is checked
      expect(text).toContain(`"amount":${amount},"starting_at"`);
      expect(text).toContain(`"balance":${amount}`);
      expect(text).toContain(`"type":"CREDIT_SEGMENT_START","amount":${amount}`);
    }
  });
});
