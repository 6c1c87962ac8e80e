/**
 * The official SDK (`@metronome/sdk`, pinned to 3.10.0) against the sandbox: reads with its own
 * auto-pagination (query cursors and body cursors), writes, and its typed errors. Retries are off
 * (`maxRetries: 0`): the SDK retries POSTs on 409 and 5xx, so a sandbox bug must fail fast instead.
 */
import Metronome, { BadRequestError, ConflictError, NotFoundError, AuthenticationError } from '@metronome/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMetronomeSandbox, type MetronomeSandbox } from '../../src/sandbox/metronome/server.ts';
import {
  METRONOME_ACME_CONTRACTS as CONTRACTS,
  METRONOME_ACME_CREDITS as CREDITS,
  METRONOME_ALIAS_ONLY_CUSTOMER as HOOLI,
  METRONOME_PAGED_CUSTOMER_ID as ACME,
  METRONOME_PRICING_UNITS as UNITS,
  METRONOME_PRODUCTS as PRODUCTS,
  USD_CENTS_PRICING_UNIT_ID,
  WORLD_COMPANIES,
  WORLD_NOW,
} from '../../src/sandbox/world.ts';

let sandbox: MetronomeSandbox;
let client: Metronome;

const GLOBEX = WORLD_COMPANIES.find((c) => c.id === 'comp_globex')?.metronomeCustomerId as string;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  sandbox = await startMetronomeSandbox();
  client = new Metronome({ bearerToken: 'mtr_sdk_test', baseURL: sandbox.url, maxRetries: 0, timeout: 5_000 });
});
afterAll(async () => {
  await sandbox?.close();
});
beforeEach(() => sandbox.resetCalls());

async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('customers', () => {
  it('retrieves a customer', async () => {
    const { data } = await client.v1.customers.retrieve({ customer_id: ACME });
    expect(data).toMatchObject({ id: ACME, name: 'Acme Robotics', archived_at: null });
    expect(data.ingest_aliases).toContain('acme.example');
    expect(sandbox.calls[0]).toMatchObject({ method: 'GET', path: `/v1/customers/${ACME}` });
  });

  it('lists by customer_ids (sent comma-joined) and auto-paginates with query cursors', async () => {
    const ids = [ACME, GLOBEX, HOOLI.id];
    const customers = await all(client.v1.customers.list({ customer_ids: ids, limit: 2 }));
    expect(customers.map((c) => c.id)).toEqual([ACME, GLOBEX, HOOLI.id]);
    expect(sandbox.calls).toHaveLength(2);
    expect(sandbox.calls[0]?.query.get('customer_ids')).toBe(ids.join(','));
    expect(sandbox.calls[1]?.query.get('next_page')).toEqual(expect.any(String));
  });

  it('finds the alias-only customer by ingest_alias, and the archived one with only_archived', async () => {
    const page = await client.v1.customers.list({ ingest_alias: HOOLI.ingestAlias });
    expect(page.data.map((c) => c.name)).toEqual([HOOLI.name]);
    const archived = await client.v1.customers.list({ only_archived: true });
    expect(archived.data).toHaveLength(1);
    expect(archived.hasNextPage()).toBe(false);
  });

  it('maps a missing customer to NotFoundError, a missing token to AuthenticationError', async () => {
    await expect(client.v1.customers.retrieve({ customer_id: UNKNOWN })).rejects.toBeInstanceOf(NotFoundError);
    // the SDK refuses to build a client without a token, so send an empty one by hand
    const anonymous = new Metronome({ bearerToken: 'x', baseURL: sandbox.url, maxRetries: 0, defaultHeaders: { Authorization: '' } });
    await expect(anonymous.v1.customers.list()).rejects.toBeInstanceOf(AuthenticationError);
  });
});

describe('credits', () => {
  it('lists every credit of the >50-credit customer: three pages, cursor in the body', async () => {
    const credits = await all(client.v1.customers.credits.list({ customer_id: ACME, include_contract_credits: true, include_balance: true }));
    expect(credits).toHaveLength(55);
    expect(sandbox.calls).toHaveLength(3);
    expect(sandbox.calls.map((c) => (c.body as { next_page?: string }).next_page === undefined)).toEqual([true, false, false]);
    expect(sandbox.calls.every((c) => c.query.size === 0)).toBe(true);
    expect(credits.find((c) => c.id === CREDITS.onboarding)?.balance).toBe(90_000);
  });

  it('reads one credit with its ledger (typed entries)', async () => {
    const page = await client.v1.customers.credits.list({ customer_id: ACME, credit_id: CREDITS.onboarding, include_ledgers: true });
    const [credit] = page.data;
    expect(credit?.access_schedule?.credit_type).toEqual({ id: USD_CENTS_PRICING_UNIT_ID, name: 'USD (cents)' });
    const manual = credit?.ledger?.find((e) => e.type === 'CREDIT_MANUAL');
    expect(manual && 'reason' in manual ? manual.reason : undefined).toBe('Service outage goodwill');
  });

  it('creates a customer credit, shortens it, and the next list shows both', async () => {
    const created = await client.v1.customers.credits.create({
      customer_id: ACME,
      priority: 3,
      product_id: PRODUCTS.promotionalCredit,
      name: 'SDK credit',
      access_schedule: {
        credit_type_id: UNITS.aiTokens.id,
        schedule_items: [{ amount: 400, starting_at: '2026-09-01T00:00:00.000Z', ending_before: '2027-03-01T00:00:00.000Z' }],
      },
      uniqueness_key: 'sdk-credit-1',
    });
    expect(created.data.id).toEqual(expect.any(String));
    const shortened = await client.v1.customers.credits.updateEndDate({
      customer_id: ACME,
      credit_id: created.data.id,
      access_ending_before: '2026-12-01T00:00:00.000Z',
    });
    expect(shortened.data.id).toBe(created.data.id);
    const page = await client.v1.customers.credits.list({ customer_id: ACME, credit_id: created.data.id, include_balance: true });
    expect(page.data[0]).toMatchObject({
      name: 'SDK credit',
      balance: 400,
      access_schedule: { credit_type: { name: 'AI Tokens (thousands)' }, schedule_items: [{ ending_before: '2026-12-01T00:00:00.000Z' }] },
    });
  });

  it('maps a reused uniqueness key to ConflictError and a refused end date to BadRequestError', async () => {
    const body = {
      customer_id: ACME,
      priority: 1,
      product_id: PRODUCTS.promotionalCredit,
      access_schedule: { schedule_items: [{ amount: 1, starting_at: WORLD_NOW, ending_before: '2026-11-01T00:00:00.000Z' }] },
      uniqueness_key: 'acme-referral-bonus-2026',
    };
    await expect(client.v1.customers.credits.create(body)).rejects.toBeInstanceOf(ConflictError);
    await expect(
      client.v1.customers.credits.updateEndDate({ customer_id: ACME, credit_id: CREDITS.onboarding, access_ending_before: '2030-01-01T00:00:00.000Z' }),
    ).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe('v2 contracts', () => {
  it('lists and retrieves contracts with their credits', async () => {
    const list = await client.v2.contracts.list({ customer_id: ACME, include_balance: true });
    expect(list.data.map((c) => c.id)).toEqual([CONTRACTS.enterprise2025, CONTRACTS.enterprise2026]);
    const { data } = await client.v2.contracts.retrieve({ customer_id: ACME, contract_id: CONTRACTS.enterprise2026, include_ledgers: true });
    expect(data.credits?.map((c) => c.name)).toEqual(['AI Tokens starter pack', 'Annual commit bonus', 'Q4 capacity credit']);
    expect(data.has_more).toEqual({ commits: false, credits: false });
    expect(data.usage_statement_schedule.frequency).toBe('MONTHLY');
  });

  it('edits a contract credit (schedule, description, specifiers) and the next retrieve shows it', async () => {
    const before = await client.v2.contracts.retrieve({ customer_id: ACME, contract_id: CONTRACTS.enterprise2026, include_balance: true });
    const tokens = before.data.credits?.find((c) => c.id === CREDITS.aiTokensStarter);
    const current = tokens?.access_schedule?.schedule_items[1];
    const res = await client.v2.contracts.editCredit({
      customer_id: ACME,
      credit_id: CREDITS.aiTokensStarter,
      description: 'more tokens',
      specifiers: [{ product_id: PRODUCTS.aiTokens }],
      access_schedule: { update_schedule_items: [{ id: current?.id as string, amount: 6_000 }] },
    });
    expect(res.data.id).toBe(CREDITS.aiTokensStarter);
    const after = await client.v2.contracts.retrieve({ customer_id: ACME, contract_id: CONTRACTS.enterprise2026, include_balance: true });
    const edited = after.data.credits?.find((c) => c.id === CREDITS.aiTokensStarter);
    expect(edited).toMatchObject({ description: 'more tokens', specifiers: [{ product_id: PRODUCTS.aiTokens }] });
    expect(edited?.balance).toBe((tokens?.balance ?? 0) + 1_000);
  });

  it('maps v2 not-found (a 400 with a code) to BadRequestError carrying the code', async () => {
    const error = await client.v2.contracts.retrieve({ customer_id: ACME, contract_id: UNKNOWN }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).error).toMatchObject({ code: 'ContractNotFound' });
    const edit = await client.v2.contracts.editCredit({ customer_id: UNKNOWN, credit_id: CREDITS.onboarding, name: 'x' }).catch((e: unknown) => e);
    expect((edit as BadRequestError).error).toMatchObject({ code: 'CustomerNotFound' });
  });

  it('archives a credit through a raw call (the endpoint is not in the Node SDK), with an Idempotency-Key', async () => {
    const archived = await client.post<{ data: { id: string } }>('/v2/contracts/credits/archive', {
      body: { customer_id: ACME, credit_id: CREDITS.supportHours },
      headers: { 'Idempotency-Key': 'sdk-archive-1' },
    });
    expect(archived.data.id).toBe(CREDITS.supportHours);
    expect(sandbox.calls[0]?.idempotencyKey).toBe('sdk-archive-1');
    const page = await client.v1.customers.credits.list({ customer_id: ACME, credit_id: CREDITS.supportHours });
    expect(page.data).toEqual([]);
  });
});

describe('catalogue', () => {
  it('retrieves a product and auto-paginates the list (limit in the query, archive_filter in the body)', async () => {
    const { data } = await client.v1.contracts.products.retrieve({ id: PRODUCTS.aiTokens });
    expect(data.current.name).toBe('AI Tokens');
    sandbox.resetCalls();
    const products = await all(client.v1.contracts.products.list({ archive_filter: 'ALL', limit: 4 }));
    expect(products).toHaveLength(11);
    expect(sandbox.calls).toHaveLength(3);
    for (const call of sandbox.calls) {
      expect(call.query.get('limit')).toBe('4');
      expect(call.body).toEqual({ archive_filter: 'ALL' });
    }
    await expect(client.v1.contracts.products.retrieve({ id: UNKNOWN })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lists pricing units', async () => {
    const units = await all(client.v1.pricingUnits.list({ limit: 2 }));
    expect(units.map((u) => u.name)).toEqual(Object.values(UNITS).map((u) => u.name));
    expect(units[0]).toEqual({ id: USD_CENTS_PRICING_UNIT_ID, name: 'USD (cents)', is_currency: true });
  });
});
