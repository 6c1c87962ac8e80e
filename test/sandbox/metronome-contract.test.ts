/**
 * The Metronome sandbox against the vendor's OpenAPI document: every endpoint's responses (the
 * whole seeded world passes through at least one validated response, ledgers and balances
 * included), its error bodies, and the request bodies and query strings our client sends.
 * Validation is strict (unknown fields fail); where the spec copy is older than SDK 3.10 it is
 * patched explicitly in metronome-openapi.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMetronomeSandbox, type MetronomeSandbox } from '../../src/sandbox/metronome/server.ts';
import {
  METRONOME_ACME_CONTRACTS as CONTRACTS,
  METRONOME_ACME_CREDITS as CREDITS,
  METRONOME_ALIAS_ONLY_CUSTOMER as HOOLI,
  METRONOME_ARCHIVED_CUSTOMER as INITRODE,
  METRONOME_PAGED_CUSTOMER_ID as ACME,
  METRONOME_PRICING_UNITS as UNITS,
  METRONOME_PRODUCTS as PRODUCTS,
  WORLD_COMPANIES,
  WORLD_NOW,
} from '../../src/sandbox/world.ts';
import { MetronomeClient } from '../../src/upstream/metronome/client.ts';
import type { ContractV2, Credit, CustomerDetail } from '../../src/upstream/metronome/types.ts';
import { collect, type CursorPage } from '../../src/upstream/page.ts';
import { mget, mpost, type ApiResponse } from './metronome-helpers.ts';
import { requireVendorSpecs } from '../helpers/vendor-specs.ts';
import { MetronomeSpec } from './metronome-openapi.ts';

const specPath = requireVendorSpecs().metronome;
let sandbox: MetronomeSandbox;
let spec: MetronomeSpec;

beforeAll(async () => {
  sandbox = await startMetronomeSandbox();
  spec = new MetronomeSpec(specPath);
});
afterAll(async () => {
  await sandbox.close();
});

const CUSTOMERS = [...WORLD_COMPANIES.flatMap((c) => (c.metronomeCustomerId ? [c.metronomeCustomerId] : [])), HOOLI.id, INITRODE.id];
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** The answer's body once it matched the spec: read as `T`, which the spec just checked. */
function conforms<T>(method: 'GET' | 'POST', template: string, res: ApiResponse, status: number, label = ''): T {
  expect(res.status, `${label} ${JSON.stringify(res.body)}`).toBe(status);
  expect(spec.checkResponse(method, template, status, res.body), `${method} ${template} ${label}`).toBeNull();
  return res.body as T;
}

const getConforms = async <T = unknown>(template: string, path: string, query: Record<string, string | number | boolean> = {}, status = 200) =>
  conforms<T>('GET', template, await mget(sandbox, path, { query }), status, JSON.stringify(query));

const postConforms = async <T = unknown>(
  template: string,
  body: unknown,
  options: { query?: Record<string, string | number>; status?: number; sb?: MetronomeSandbox } = {},
) => conforms<T>('POST', template, await mpost(options.sb ?? sandbox, template, body, { query: options.query }), options.status ?? 200, JSON.stringify(body));

/** An error the operation does not document, or a v2 400 that is not a not-found: the general `{ message }` body. */
function isGeneralError(body: unknown) {
  expect(spec.checkResponse('GET', '/v1/customers', 499, body)).toBeNull();
}

describe('the validator is strict and its drift patches are needed', () => {
  it('refuses a field the spec does not know', () => {
    const customer = { id: ACME, external_id: 'x', name: 'n', ingest_aliases: [], custom_fields: {}, customer_config: { salesforce_account_id: null }, created_at: WORLD_NOW, updated_at: WORLD_NOW };
    expect(spec.checkResponse('GET', '/v1/customers/{customer_id}', 200, { data: customer })).toBeNull();
    expect(spec.checkResponse('GET', '/v1/customers/{customer_id}', 200, { data: { ...customer, nickname: 'x' } })).toMatch(/additional properties/);
  });

  it('the unpatched spec would refuse what SDK 3.10 documents: v2 credit archived_at, created_by, a null ledger', async () => {
    const { data } = (await mpost<{ data: ContractV2 }>(sandbox, '/v2/contracts/get', { customer_id: ACME, contract_id: CONTRACTS.enterprise2026 })).body;
    const credit = data.credits![0]!;
    expect(credit.created_by).toEqual(expect.any(String));
    const raw = JSON.parse((await import('node:fs')).readFileSync(specPath, 'utf8'));
    const props = raw.components.schemas.CreditV2.properties;
    expect(props).not.toHaveProperty('archived_at');
    expect(props).not.toHaveProperty('created_by');
    expect(raw.components.schemas.Credit.properties.ledger.nullable).toBeUndefined();
    expect(raw.components.schemas.EditCreditPayload.properties).not.toHaveProperty('applicable_contract_ids');
  });
});

describe('customers', () => {
  it('lists (default, paged, by ids, by alias, archived only)', async () => {
    const all = await getConforms<CursorPage<CustomerDetail>>('/v1/customers', '/v1/customers', { limit: 100 });
    expect(all.data).toHaveLength(6);
    let cursor: string | null = null;
    do {
      const page: CursorPage<CustomerDetail> = await getConforms('/v1/customers', '/v1/customers', { limit: 4, ...(cursor ? { next_page: cursor } : {}) });
      cursor = page.next_page;
    } while (cursor);
    await getConforms('/v1/customers', '/v1/customers', { customer_ids: CUSTOMERS.join(','), limit: 100 });
    await getConforms('/v1/customers', '/v1/customers', { ingest_alias: HOOLI.ingestAlias });
    const archived = await getConforms<CursorPage<CustomerDetail>>('/v1/customers', '/v1/customers', { only_archived: true });
    expect(archived.data).toHaveLength(1);
  });

  it('gets every customer, the archived one included', async () => {
    for (const id of CUSTOMERS) await getConforms('/v1/customers/{customer_id}', `/v1/customers/${id}`);
  });

  it('error bodies are { message }', async () => {
    isGeneralError((await mget(sandbox, `/v1/customers/${UNKNOWN}`)).body);
    isGeneralError((await mget(sandbox, '/v1/customers', { query: { limit: 0 } })).body);
    isGeneralError((await mget(sandbox, '/v1/customers', { authorization: null })).body);
  });
});

describe('catalogue', () => {
  it('pricing units, whole and paged', async () => {
    await getConforms('/v1/credit-types/list', '/v1/credit-types/list');
    await getConforms('/v1/credit-types/list', '/v1/credit-types/list', { limit: 2 });
  });

  it('products: every archive filter, every product by id, the 404', async () => {
    for (const archive_filter of ['ARCHIVED', 'NOT_ARCHIVED', 'ALL']) {
      await postConforms('/v1/contract-pricing/products/list', { archive_filter }, { query: { limit: 100 } });
    }
    await postConforms('/v1/contract-pricing/products/list', {}, { query: { limit: 3 } });
    for (const id of Object.values(PRODUCTS)) await postConforms('/v1/contract-pricing/products/get', { id });
    await postConforms('/v1/contract-pricing/products/get', { id: UNKNOWN }, { status: 404 });
  });
});

describe('credits and contracts', () => {
  it('every credit of every customer, with balances and ledgers, archived ones included (ledger null)', async () => {
    let archivedSeen = 0;
    for (const customer_id of CUSTOMERS) {
      let next: string | null = null;
      do {
        const page: CursorPage<Credit> = await postConforms('/v1/contracts/customerCredits/list', {
          customer_id,
          include_contract_credits: true,
          include_archived: true,
          include_balance: true,
          include_ledgers: true,
          limit: 25,
          ...(next ? { next_page: next } : {}),
        });
        archivedSeen += page.data.filter((c) => c.ledger === null).length;
        next = page.next_page;
      } while (next);
      await postConforms('/v1/contracts/customerCredits/list', { customer_id, covering_date: WORLD_NOW, limit: 5 });
    }
    expect(archivedSeen).toBe(1);
  });

  it('every contract of every customer, with embedded credits, balances and ledgers', async () => {
    for (const customer_id of CUSTOMERS) {
      const list = await postConforms<{ data: ContractV2[] }>('/v2/contracts/list', { customer_id, include_archived: true, include_balance: true, include_ledgers: true });
      for (const contract of list.data) {
        await postConforms('/v2/contracts/get', { customer_id, contract_id: contract.id, include_balance: true, include_ledgers: true });
      }
    }
  });

  it('v2 not-found errors match the declared 400 { code, message }; other errors are { message }', async () => {
    await postConforms('/v2/contracts/list', { customer_id: UNKNOWN }, { status: 400 });
    await postConforms('/v2/contracts/get', { customer_id: UNKNOWN, contract_id: CONTRACTS.enterprise2026 }, { status: 400 });
    await postConforms('/v2/contracts/get', { customer_id: ACME, contract_id: UNKNOWN }, { status: 400 });
    // a refused filter is a 400 too, with the general body (the declared 400 describes not-found only)
    isGeneralError((await mpost(sandbox, '/v2/contracts/list', { customer_id: ACME, covering_date: WORLD_NOW, starting_at: WORLD_NOW })).body);
    isGeneralError((await mpost(sandbox, '/v1/contracts/customerCredits/list', { customer_id: UNKNOWN })).body);
  });
});

describe('writes', () => {
  let sb: MetronomeSandbox;
  beforeAll(async () => {
    sb = await startMetronomeSandbox();
  });
  afterAll(async () => {
    await sb.close();
  });

  const items = [{ amount: 1_000, starting_at: '2026-09-01T00:00:00Z', ending_before: '2026-12-01T00:00:00Z' }];

  it('create: 200 { data: { id } }, its 400 and 404', async () => {
    const created = await postConforms<{ data: { id: string } }>('/v1/contracts/customerCredits/create', { customer_id: ACME, priority: 1, product_id: PRODUCTS.promotionalCredit, access_schedule: { schedule_items: items } }, { sb });
    expect(created.data.id).toBeTruthy();
    await postConforms('/v1/contracts/customerCredits/create', { customer_id: ACME, priority: 1, product_id: PRODUCTS.promotionalCredit }, { sb, status: 400 });
    await postConforms('/v1/contracts/customerCredits/create', { customer_id: UNKNOWN, priority: 1, product_id: PRODUCTS.promotionalCredit, access_schedule: { schedule_items: items } }, { sb, status: 404 });
    const duplicate = await mpost(sb, '/v1/contracts/customerCredits/create', { customer_id: ACME, priority: 1, product_id: PRODUCTS.promotionalCredit, uniqueness_key: 'acme-referral-bonus-2026', access_schedule: { schedule_items: items } });
    expect(duplicate.status).toBe(409);
    isGeneralError(duplicate.body);
  });

  it('updateEndDate: 200, 400, 404', async () => {
    await postConforms('/v1/contracts/customerCredits/updateEndDate', { customer_id: ACME, credit_id: CREDITS.onboarding, access_ending_before: '2026-12-01T00:00:00Z' }, { sb });
    await postConforms('/v1/contracts/customerCredits/updateEndDate', { customer_id: ACME, credit_id: CREDITS.onboarding, access_ending_before: '2030-01-01T00:00:00Z' }, { sb, status: 400 });
    await postConforms('/v1/contracts/customerCredits/updateEndDate', { customer_id: ACME, credit_id: UNKNOWN, access_ending_before: WORLD_NOW }, { sb, status: 404 });
  });

  it('edit: 200, the declared 400 CustomerNotFound, and { message } for the rest', async () => {
    await postConforms('/v2/contracts/credits/edit', { customer_id: ACME, credit_id: CREDITS.onboarding, name: 'Edited', access_schedule: { add_schedule_items: items } }, { sb });
    await postConforms('/v2/contracts/credits/edit', { customer_id: UNKNOWN, credit_id: CREDITS.onboarding, name: 'x' }, { sb, status: 400 });
    isGeneralError((await mpost(sb, '/v2/contracts/credits/edit', { customer_id: ACME, credit_id: UNKNOWN, name: 'x' })).body);
    isGeneralError((await mpost(sb, '/v2/contracts/credits/edit', { customer_id: ACME, credit_id: CREDITS.aiTokensStarter, applicable_contract_ids: [CONTRACTS.enterprise2026] })).body);
  });

  it('archive: 200 and the declared 400 CustomerNotFound; the archived v2 credit validates', async () => {
    const q4 = (await mpost<CursorPage<Credit>>(sb, '/v1/contracts/customerCredits/list', { customer_id: ACME, include_contract_credits: true, limit: 25 })).body.data.find(
      (c) => c.name === 'Q4 capacity credit',
    )!;
    await postConforms('/v2/contracts/credits/archive', { customer_id: ACME, credit_id: q4.id }, { sb });
    await postConforms('/v2/contracts/credits/archive', { customer_id: UNKNOWN, credit_id: q4.id }, { sb, status: 400 });
    const contract = await postConforms<{ data: ContractV2 }>('/v2/contracts/get', { customer_id: ACME, contract_id: CONTRACTS.enterprise2026, include_ledgers: true, include_balance: true }, { sb });
    expect(contract.data.credits?.find((c) => c.id === q4.id)).toMatchObject({ archived_at: WORLD_NOW, ledger: null, balance: 0 });
  });
});

describe('what our client sends conforms to the spec', () => {
  it('every verb: request bodies and query strings', async () => {
    const sb = await startMetronomeSandbox();
    const client = new MetronomeClient({ baseUrl: sb.url, token: 'contract-test', timeoutMs: 5_000 });
    try {
      await client.customers.retrieve(ACME);
      await client.customers.list({ customerIds: CUSTOMERS, limit: 100 });
      await client.customers.list({ ingestAlias: HOOLI.ingestAlias, onlyArchived: false });
      await collect((cursor) => client.credits.list({ customerId: ACME, includeContractCredits: true, includeBalance: true, includeLedgers: true, nextPage: cursor }));
      await client.credits.list({ customerId: ACME, creditId: CREDITS.onboarding, coveringDate: WORLD_NOW, startingAt: '2026-01-01T00:00:00Z', effectiveBefore: '2027-01-01T00:00:00Z', includeArchived: true, limit: 5 });
      await client.contracts.list({ customerId: ACME, coveringDate: WORLD_NOW, includeArchived: true, includeBalance: true, includeLedgers: true });
      await client.contracts.retrieve({ customerId: ACME, contractId: CONTRACTS.enterprise2026, asOfDate: WORLD_NOW, includeBalance: true });
      await client.products.retrieve(PRODUCTS.aiTokens);
      await client.products.all({ archiveFilter: 'ALL' });
      await client.products.list({ limit: 2 });
      await client.pricingUnits.all();
      const { id } = await client.credits.create(
        {
          customerId: ACME,
          priority: 5,
          productId: PRODUCTS.promotionalCredit,
          name: 'Contract test credit',
          description: 'sent by the client',
          accessSchedule: { creditTypeId: UNITS.usdCents.id, scheduleItems: [{ amount: '500', startingAt: '2026-09-01T00:00:00Z', endingBefore: '2027-01-01T00:00:00Z' }] },
          applicableContractIds: [CONTRACTS.enterprise2026],
          applicableProductTags: ['usage'],
          customFields: { source: 'contract-test' },
          rateType: 'COMMIT_RATE',
          uniquenessKey: 'contract-test-1',
        },
        { idempotencyKey: 'contract-test-create' },
      );
      const segment = (await client.credits.list({ customerId: ACME, creditId: id })).data[0]?.access_schedule?.schedule_items[0]?.id as string;
      await client.credits.edit({
        customerId: ACME,
        creditId: id,
        name: 'Edited by the client',
        description: 'edited',
        priority: null,
        productId: PRODUCTS.commitCredit,
        rateType: 'LIST_RATE',
        applicableContractIds: null,
        applicableProductTags: null,
        applicableProductIds: null,
        specifiers: [{ productId: PRODUCTS.aiTokens, productTags: ['ai'], pricingGroupValues: { model: 'large' }, presentationGroupValues: { region: 'us' } }],
        hierarchyConfiguration: { childAccess: { type: 'CONTRACT_IDS', contractIds: [CONTRACTS.enterprise2026] } },
        accessSchedule: {
          addScheduleItems: [{ amount: '100', startingAt: '2027-01-01T00:00:00Z', endingBefore: '2027-02-01T00:00:00Z' }],
          updateScheduleItems: [{ id: segment, amount: '600', endingBefore: '2026-12-15T00:00:00Z' }],
        },
      });
      await client.credits.updateEndDate({ customerId: ACME, creditId: id, accessEndingBefore: '2026-12-01T00:00:00Z' });
      await client.credits.archive({ customerId: ACME, creditId: id });

      const templateOf = (path: string) => (path.startsWith('/v1/customers/') ? '/v1/customers/{customer_id}' : path);
      expect(sb.calls.length).toBeGreaterThan(15);
      for (const call of sb.calls) {
        const template = templateOf(call.path);
        const label = `${call.method} ${call.path}`;
        expect(spec.checkQuery(call.method, template, call.query), label).toBeNull();
        if (call.method === 'POST') expect(spec.checkRequestBody('POST', template, call.body), `${label} ${JSON.stringify(call.body)}`).toBeNull();
        else expect(call.body, label).toBeUndefined();
      }
      // every write carried a key
      const writes = ['/v1/contracts/customerCredits/create', '/v1/contracts/customerCredits/updateEndDate', '/v2/contracts/credits/edit', '/v2/contracts/credits/archive'];
      for (const call of sb.calls) expect(Boolean(call.idempotencyKey), call.path).toBe(writes.includes(call.path));
      expect(sb.calls.find((c) => c.path === writes[0])?.idempotencyKey).toBe('contract-test-create');
    } finally {
      await client.close();
      await sb.close();
    }
  });

  it('a body the spec refuses is caught (the request validator is effective)', () => {
    expect(spec.checkRequestBody('POST', '/v1/contracts/customerCredits/list', { customer_id: ACME, limit: 26 })).toMatch(/limit/);
    expect(spec.checkRequestBody('POST', '/v1/contracts/customerCredits/list', { customer_id: ACME, include_contract_credit: true })).toMatch(/additional/);
    expect(spec.checkQuery('GET', '/v1/customers', new URLSearchParams({ limit: '101' }))).toMatch(/limit/);
    expect(spec.checkQuery('GET', '/v1/customers', new URLSearchParams({ customer_id: 'x' }))).toMatch(/unknown query parameter/);
  });
});
