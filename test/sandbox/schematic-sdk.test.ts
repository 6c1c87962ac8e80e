/**
 * The official SDK (`@schematichq/schematic-typescript-node`, pinned to 1.6.2) against the sandbox.
 *
 * The SDK parses every response with `skipValidation: true`: when a body does not match its schema
 * it does not throw, it `console.warn`s "Failed to validate." and hands back the raw snake_case
 * body. So console.warn is captured for the whole file and every test must leave it silent: that,
 * plus the camelCase/`Date` values the assertions read, is the wire-contract check. The writes at
 * the end run after every read above, and check the snake_case body the SDK put on the wire.
 */
import { Schematic, SchematicClient, type Logger } from '@schematichq/schematic-typescript-node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { startSchematicSandbox, type SchematicSandbox } from '../../src/sandbox/schematic/server.ts';

let sandbox: SchematicSandbox;
let client: SchematicClient;
let warn: MockInstance<typeof console.warn>;

/**
 * The wrapper client's constructor has no `maxRetries` option (only `timeoutMs`), so retries are
 * turned off per request: a sandbox bug must fail fast, not be retried with backoff.
 */
const opts = { maxRetries: 0, timeoutInSeconds: 2 } as const;

const ids = (items: readonly { id: string }[]): string[] => items.map((i) => i.id).sort();

beforeAll(async () => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  sandbox = await startSchematicSandbox();
  client = new SchematicClient({ apiKey: 'sch_dev_sdk_test', basePath: sandbox.url, timeoutMs: 2_000 });
});

afterEach(() => {
  // "Failed to validate." (or any other SDK warning) means the sandbox broke the SDK's wire model.
  const warnings = warn.mock.calls.map((args) => args.map(String).join(' '));
  warn.mockClear();
  expect(warnings).toEqual([]);
});

afterAll(async () => {
  await client?.close();
  await sandbox?.close();
  warn.mockRestore();
});

describe('billing credits', () => {
  it('lists credits filtered by an ids array, sent as repeated keys', async () => {
    sandbox.resetCalls();
    const res = await client.credits.listBillingCredits({ ids: ['bcrd_ai_tokens', 'bcrd_support_hours'] }, opts);
    expect(ids(res.data)).toEqual(['bcrd_ai_tokens', 'bcrd_support_hours']);
    expect(res.params.ids).toEqual(['bcrd_ai_tokens', 'bcrd_support_hours']);
    expect(sandbox.calls.map((c) => [c.path, c.query.getAll('ids')])).toEqual([
      ['/billing/credits', ['bcrd_ai_tokens', 'bcrd_support_hours']],
    ]);
  });

  it('gets one credit', async () => {
    const { data } = await client.credits.getSingleBillingCredit('bcrd_ai_tokens', opts);
    const stored = sandbox.store.credits.get('bcrd_ai_tokens');
    expect(data.id).toBe('bcrd_ai_tokens');
    expect(data.name).toBe(stored?.name);
    expect(data.singularName).toBe(stored?.singular_name);
    expect(data.createdAt).toBeInstanceOf(Date);
    expect(data.createdAt.toISOString()).toBe(stored?.created_at);
  });

  it('counts credits', async () => {
    const { data } = await client.credits.countBillingCredits({}, opts);
    expect(data.count).toBe(sandbox.store.credits.size);
  });

  it('surfaces an unknown credit id as NotFoundError (404)', async () => {
    const error = await client.credits.getSingleBillingCredit('bcrd_does_not_exist', opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Schematic.NotFoundError);
    expect((error as Schematic.NotFoundError).statusCode).toBe(404);
    expect((error as Schematic.NotFoundError).body).toEqual({ error: expect.stringContaining('bcrd_does_not_exist') });
  });
});

describe('credit bundles', () => {
  it('lists bundles filtered by credit id', async () => {
    const res = await client.credits.listCreditBundles({ creditId: 'bcrd_ai_tokens' }, opts);
    const expected = [...sandbox.store.bundles.values()].filter((b) => b.credit_id === 'bcrd_ai_tokens');
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(res.data)).toEqual(ids(expected));
    expect(res.data.every((b) => b.creditId === 'bcrd_ai_tokens')).toBe(true);
  });

  it('gets a bundle', async () => {
    const { data } = await client.credits.getCreditBundle('bcb_tokens_1m', opts);
    const stored = sandbox.store.bundles.get('bcb_tokens_1m');
    expect(data.id).toBe('bcb_tokens_1m');
    expect(data.name).toBe(stored?.name);
    expect(data.creditId).toBe('bcrd_ai_tokens');
    expect(data.creditName).toBe(sandbox.store.credits.get('bcrd_ai_tokens')?.name);
  });
});

describe('company credit grants', () => {
  it('lists the grants of a credit', async () => {
    const res = await client.credits.listGrantsForCredit({ creditId: 'bcrd_compute_minutes', limit: 250 }, opts);
    const expected = [...sandbox.store.grants.values()].filter((g) => g.credit_id === 'bcrd_compute_minutes');
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(res.data)).toEqual(ids(expected));
    expect(res.data.every((g) => g.creditId === 'bcrd_compute_minutes')).toBe(true);
  });

  it('lists and counts the grants of a company, matching the store', async () => {
    const expected = [...sandbox.store.grants.values()].filter((g) => g.company_id === 'comp_acme');
    expect(expected.length).toBeGreaterThan(0);
    const list = await client.credits.listCompanyGrants({ companyId: 'comp_acme', limit: 250 }, opts);
    expect(ids(list.data)).toEqual(ids(expected));
    expect(list.data.every((g) => g.companyId === 'comp_acme')).toBe(true);
    const count = await client.credits.countCompanyGrants({ companyId: 'comp_acme' }, opts);
    expect(count.data.count).toBe(expected.length);
  });
});

describe('plan credit grants', () => {
  it('lists plan credit grants by plan ids', async () => {
    const planIds = ['plan_growth', 'plan_scale'];
    const res = await client.credits.listBillingPlanCreditGrants({ planIds }, opts);
    const expected = [...sandbox.store.planGrants.values()].filter((g) => planIds.includes(g.plan_id));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(res.data)).toEqual(ids(expected));
    expect(new Set(res.data.map((g) => g.planId))).toEqual(new Set(planIds));
  });

  it('gets a plan credit grant', async () => {
    const { data } = await client.credits.getSingleBillingPlanCreditGrant('bpcg_growth_tokens', opts);
    const stored = sandbox.store.planGrants.get('bpcg_growth_tokens');
    expect(data.id).toBe('bpcg_growth_tokens');
    expect(data.planId).toBe('plan_growth');
    expect(data.creditId).toBe(stored?.credit_id);
    expect(data.creditAmount).toBe(stored?.credit_amount);
  });
});

describe('ledger and balances', () => {
  it('lists the v2 credit ledger of a company', async () => {
    const res = await client.credits.listCreditEventLedger({ companyId: 'comp_acme', limit: 250 }, opts);
    const expected = sandbox.store.ledger.filter((e) => e.company_id === 'comp_acme');
    expect(expected.length).toBeGreaterThan(0);
    expect(res.data).toHaveLength(expected.length);
    expect(res.data.every((e) => e.companyId === 'comp_acme')).toBe(true);
    expect(res.data.every((e) => e.eventAt instanceof Date)).toBe(true);
    // newest first
    const times = res.data.map((e) => e.eventAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('lists the credit balances of a company', async () => {
    const { data } = await client.credits.listCompanyCreditBalances({ companyId: 'comp_acme' }, opts);
    const expected = sandbox.store.balances('comp_acme');
    expect(expected.length).toBeGreaterThan(0);
    const byCredit = (rows: { creditId: string; remaining: number }[]) =>
      Object.fromEntries(rows.map((b) => [b.creditId, b.remaining]));
    expect(byCredit(data)).toEqual(byCredit(expected.map((b) => ({ creditId: b.credit_id, remaining: b.remaining }))));
  });
});

describe('companies, plans and features', () => {
  it('gets a company', async () => {
    const { data } = await client.companies.getCompany('comp_acme', opts);
    expect(data.id).toBe('comp_acme');
    expect(data.name).toBe(sandbox.store.companies.get('comp_acme')?.name);
    expect(data.keys).toContainEqual(expect.objectContaining({ key: 'domain', value: 'acme.example' }));
  });

  it('looks a company up by keys (sent as URL-encoded JSON)', async () => {
    sandbox.resetCalls();
    const { data } = await client.companies.lookupCompany({ keys: { domain: 'acme.example' } }, opts);
    expect(data.id).toBe('comp_acme');
    expect(sandbox.calls[0]?.query.get('keys')).toBe(JSON.stringify({ domain: 'acme.example' }));
  });

  it('lists companies by ids', async () => {
    const res = await client.companies.listCompanies({ ids: ['comp_acme', 'comp_globex'] }, opts);
    expect(ids(res.data)).toEqual(['comp_acme', 'comp_globex']);
  });

  it('gets a plan', async () => {
    const { data } = await client.plans.getPlan('plan_growth', {}, opts);
    expect(data.id).toBe('plan_growth');
    expect(data.name).toBe(sandbox.store.plans.get('plan_growth')?.name);
  });

  it('lists plans by ids', async () => {
    const res = await client.plans.listPlans({ ids: ['plan_growth', 'plan_scale'] }, opts);
    expect(ids(res.data)).toEqual(['plan_growth', 'plan_scale']);
  });

  it('lists features by ids', async () => {
    const res = await client.features.listFeatures({ ids: ['feat_embeddings'] }, opts);
    expect(ids(res.data)).toEqual(['feat_embeddings']);
    expect(res.data[0]?.name).toBe(sandbox.store.features.get('feat_embeddings')?.name);
  });
});

describe('writes', () => {
  /** The body of the last call the sandbox received. */
  const lastBody = () => sandbox.calls.at(-1)?.body;

  it('grants credits to a company: the grant comes back typed, and the balance rises at once', async () => {
    const balance = async () =>
      (await client.credits.listCompanyCreditBalances({ companyId: 'comp_globex' }, opts)).data.find((b) => b.creditId === 'bcrd_support_hours')?.remaining ?? 0;
    const before = await balance();
    sandbox.resetCalls();
    const expiresAt = new Date('2027-03-01T00:00:00.000Z');
    const { data } = await client.credits.grantBillingCreditsToCompany(
      { companyId: 'comp_globex', creditId: 'bcrd_support_hours', quantity: 3, reason: 'adjustment', expiresAt, currency: 'usd' },
      opts,
    );
    expect(sandbox.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /billing/credits/grants/company']);
    expect(lastBody()).toEqual({
      company_id: 'comp_globex',
      credit_id: 'bcrd_support_hours',
      quantity: 3,
      reason: 'adjustment',
      expires_at: '2027-03-01T00:00:00.000Z',
      currency: 'usd',
    });
    expect(data.id).toMatch(/^bcgr_/);
    expect(data).toMatchObject({ companyId: 'comp_globex', companyName: 'Globex Logistics', quantity: 3, quantityRemaining: 3, grantReason: 'adjustment' });
    expect(data.expiresAt).toEqual(expiresAt);
    expect(data.validFrom).toBeInstanceOf(Date);
    expect(sandbox.store.grants.get(data.id)?.quantity).toBe(3);
    expect(await balance()).toBe(before + 3);
  });

  it('zeroes out a grant: reason and date come back typed, and the balance falls', async () => {
    const { data: grant } = await client.credits.grantBillingCreditsToCompany(
      { companyId: 'comp_initech', creditId: 'bcrd_ai_tokens', quantity: 40, reason: 'free' },
      opts,
    );
    const before = sandbox.store.balances('comp_initech').find((b) => b.credit_id === 'bcrd_ai_tokens')?.remaining ?? 0;
    sandbox.resetCalls();
    const { data } = await client.credits.zeroOutGrant(grant.id, { reason: 'reconciled' }, opts);
    expect(sandbox.calls.map((c) => `${c.method} ${c.path}`)).toEqual([`PUT /billing/credits/grants/${grant.id}/zero-out`]);
    expect(lastBody()).toEqual({ reason: 'reconciled' });
    expect(data).toMatchObject({ id: grant.id, quantityRemaining: 0, zeroedOutReason: 'reconciled' });
    expect(data.zeroedOutDate).toBeInstanceOf(Date);
    expect(sandbox.store.balances('comp_initech').find((b) => b.credit_id === 'bcrd_ai_tokens')?.remaining).toBe(before - 40);
    // without a reason the SDK sends {} and the sandbox records `manual`
    const other = (await client.credits.grantBillingCreditsToCompany({ companyId: 'comp_initech', creditId: 'bcrd_ai_tokens', quantity: 1, reason: 'free' }, opts)).data;
    expect((await client.credits.zeroOutGrant(other.id, undefined, opts)).data.zeroedOutReason).toBe('manual');
    expect(lastBody()).toEqual({});
  });

  it('creates, updates and deletes a credit', async () => {
    const { data: created } = await client.credits.createBillingCredit(
      { name: 'Voice Minutes', description: 'Speech synthesis', currency: 'usd', perUnitPriceDecimal: '0.5', singularName: 'minute' },
      opts,
    );
    expect(lastBody()).toEqual({ name: 'Voice Minutes', description: 'Speech synthesis', currency: 'usd', per_unit_price_decimal: '0.5', singular_name: 'minute' });
    expect(created.id).toMatch(/^bcrd_/);
    expect(created.price?.priceDecimal).toBe('0.5');
    expect(created.createdAt).toBeInstanceOf(Date);

    const { data: updated } = await client.credits.updateBillingCredit(created.id, { name: 'Voice Seconds', description: 'Speech synthesis', pluralName: 'seconds' }, opts);
    expect(lastBody()).toEqual({ name: 'Voice Seconds', description: 'Speech synthesis', plural_name: 'seconds' });
    expect(updated).toMatchObject({ id: created.id, name: 'Voice Seconds', pluralName: 'seconds', singularName: 'minute' });
    expect(updated.updatedAt.getTime()).toBeGreaterThan(created.updatedAt.getTime());

    const { data: deleted } = await client.credits.softDeleteBillingCredit(created.id, opts);
    expect(deleted).toEqual({ deleted: true });
    expect(sandbox.store.credits.has(created.id)).toBe(false);
    const error = await client.credits.getSingleBillingCredit(created.id, opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Schematic.NotFoundError);
  });

  it('updates a credit that grants use: their denormalised name follows', async () => {
    const { data } = await client.credits.updateBillingCredit('bcrd_support_hours', { name: 'Expert Hours', description: 'Hours with an engineer.' }, opts);
    expect(data.name).toBe('Expert Hours');
    const grants = await client.credits.listGrantsForCredit({ creditId: 'bcrd_support_hours', limit: 250 }, opts);
    expect(grants.data.length).toBeGreaterThan(0);
    expect(grants.data.every((g) => g.creditName === 'Expert Hours')).toBe(true);
  });

  it('creates, updates and deletes a bundle', async () => {
    const { data: bundle } = await client.credits.createCreditBundle(
      { bundleName: 'Voice Pack', creditId: 'bcrd_ai_tokens', currency: 'usd', pricePerUnit: 0, pricePerUnitDecimal: '0.0002', quantity: 2_000_000, expiryType: 'no_expiry' },
      opts,
    );
    expect(bundle).toMatchObject({ name: 'Voice Pack', quantity: 2_000_000, expiryType: 'no_expiry', hasGrants: false });
    expect(bundle.price?.priceDecimal).toBe('400');
    const { data: updated } = await client.credits.updateCreditBundleDetails(bundle.id, { bundleName: 'Voice Pack XL', pricePerUnit: 0, pricePerUnitDecimal: '0.0002', quantity: 3_000_000 }, opts);
    expect(updated).toMatchObject({ name: 'Voice Pack XL', quantity: 3_000_000 });
    expect(updated.price?.priceDecimal).toBe('600');
    expect((await client.credits.deleteCreditBundle(bundle.id, opts)).data).toEqual({ deleted: true });
    expect(sandbox.store.bundles.has(bundle.id)).toBe(false);
  });

  it('creates, updates and deletes a plan credit grant (apply_to_existing in the query)', async () => {
    const { data: created } = await client.credits.createBillingPlanCreditGrant(
      { planId: 'plan_growth', creditId: 'bcrd_support_hours', creditAmount: 1, resetCadence: 'monthly', resetStart: 'billing_period', autoTopupAvailability: 'automatic' },
      opts,
    );
    expect(created).toMatchObject({ planId: 'plan_growth', creditAmount: 1, autoTopupEnabled: true, autoTopupSelfService: false, planVersionId: 'plvr_growth_v2' });
    const { data: updated } = await client.credits.updateBillingPlanCreditGrant(created.id, { resetCadence: 'quarterly', resetStart: 'first_of_month', creditAmount: 2 }, opts);
    expect(updated).toMatchObject({ id: created.id, resetCadence: 'quarterly', creditAmount: 2, autoTopupAvailability: 'automatic' });
    sandbox.resetCalls();
    const { data: deleted } = await client.credits.deleteBillingPlanCreditGrant(created.id, { applyToExisting: true }, opts);
    expect(deleted).toEqual({ deleted: true });
    expect(sandbox.calls[0]?.query.get('apply_to_existing')).toBe('true');
    expect(sandbox.store.planGrants.has(created.id)).toBe(false);
  });

  it('surfaces a vendor rule as BadRequestError (400) with the message naming the field', async () => {
    const error = await client.credits
      .grantBillingCreditsToCompany({ companyId: 'comp_acme', creditId: 'bcrd_ai_tokens', quantity: 0, reason: 'free' }, opts)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Schematic.BadRequestError);
    expect((error as Schematic.BadRequestError).statusCode).toBe(400);
    expect((error as Schematic.BadRequestError).body).toEqual({ error: 'invalid field quantity: must be an integer >= 1' });
  });

  it('surfaces an unknown grant on zero-out as NotFoundError (404)', async () => {
    const error = await client.credits.zeroOutGrant('bcgr_missing', {}, opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Schematic.NotFoundError);
    expect((error as Schematic.NotFoundError).body).toEqual({ error: expect.stringContaining('bcgr_missing') });
  });
});

describe('authentication', () => {
  // `new SchematicClient({ apiKey: '' })` does not send an empty key: the wrapper switches to
  // offline mode and never touches the network (checked below). Per-request headers are merged
  // after the auth header, so they are how the SDK sends no key (null drops it) or an empty one.
  it.each([
    ['without the header', null],
    ['with an empty key', ''],
  ])('gets UnauthorizedError (401) %s', async (_label, key) => {
    sandbox.resetCalls();
    const error = await client.credits
      .listBillingCredits({}, { ...opts, headers: { 'X-Schematic-Api-Key': key } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Schematic.UnauthorizedError);
    expect((error as Schematic.UnauthorizedError).statusCode).toBe(401);
    expect((error as Schematic.UnauthorizedError).body).toEqual({ error: expect.any(String) });
    expect(sandbox.calls).toHaveLength(1);
  });

  it('a client built with an empty apiKey goes offline and never calls the sandbox', async () => {
    const messages: string[] = [];
    const record = (message: string) => void messages.push(message);
    const logger: Logger = { error: record, warn: record, info: record, debug: record };
    const offline = new SchematicClient({ apiKey: '', basePath: sandbox.url, logger });
    try {
      sandbox.resetCalls();
      await offline.credits.listBillingCredits({}, opts);
      expect(sandbox.calls).toEqual([]);
      expect(messages).toContainEqual(expect.stringMatching(/offline/i));
    } finally {
      await offline.close();
    }
  });
});
