/**
 * Metronome customers and the Schematic company → Metronome customer link, through yoga against
 * both sandboxes: what a user sees, and how many upstream calls it takes (key mode batches every
 * company into one customers call; alias mode makes one lookup per company).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Company } from '../../../src/upstream/schematic/types.ts';
import {
  METRONOME_ACME_CONTRACTS,
  METRONOME_ALIAS_ONLY_CUSTOMER,
  METRONOME_ARCHIVED_CUSTOMER,
  METRONOME_CUSTOMER_IDS,
  METRONOME_PAGED_CUSTOMER_ID as ACME,
  WORLD_COMPANIES,
} from '../../../src/sandbox/world.ts';
import { graphql } from '../../generated/gql.ts';
import { dataOf, useTestGateway } from '../../helpers/gateway.ts';

const UNKNOWN_CUSTOMER = '00000000-0000-4000-8000-000000000000';

const COMPANIES = graphql(`
  query MetronomeCustomerOfCompanies($ids: [ID!]!) {
    companies(ids: $ids) { id name metronomeCustomer { id name ingestAliases } }
  }
`);

const COMPANY_LINKS = graphql(`
  query MetronomeCustomerOfCompany($id: ID!) {
    company(id: $id) { metronomeCustomer { id } contractCredits(first: 5) { edges { node { id } } } }
  }
`);

const COMPANY_CREDITS = graphql(`
  query MetronomeCustomerCompanyCredits($id: ID!) {
    company(id: $id) { contractCredits(first: 3) { edges { node { id customerId } } } }
  }
`);

const COMPANY_CREDIT_NAMES = graphql(`
  query MetronomeCustomerCompanyCreditNames($id: ID!) {
    company(id: $id) { contractCredits(first: 10) { edges { node { name customerId } } } }
  }
`);

const CUSTOMER = graphql(`
  query MetronomeCustomerDetail($id: ID!) {
    metronomeCustomer(id: $id) {
      id name ingestAliases externalId customFields salesforceAccountId createdAt updatedAt archivedAt
      contracts { id name startingAt endingBefore customerId customer { id } }
      allContracts: contracts(includeArchived: true) { id }
      contractCredits(first: 2) { edges { node { id customer { id name } } } pageInfo { hasNextPage } }
    }
  }
`);

const CONTRACTS = graphql(`
  query MetronomeCustomerContracts($id: ID!) {
    metronomeCustomer(id: $id) { contracts { name archivedAt } all: contracts(includeArchived: true) { name archivedAt } }
  }
`);

const UNKNOWN_AND_ARCHIVED = graphql(`
  query MetronomeCustomerUnknownAndArchived($a: ID!, $b: ID!) {
    unknown: metronomeCustomer(id: $a) { id }
    archived: metronomeCustomer(id: $b) { id name archivedAt }
  }
`);

const CUSTOMERS = graphql(`
  query MetronomeCustomersByIds($ids: [ID!]!) {
    metronomeCustomers(ids: $ids) { id name }
  }
`);

const gw = useTestGateway();
beforeAll(() => {
  // Two more companies, so a page of ten companies can be asked for: one linked to the alias-only
  // customer by id, one to a customer Metronome does not know.
  const base = gw.schematicSandbox.store.companies.get('comp_tyrell')!;
  const extra = (id: string, name: string, customerId: string): Company => ({
    ...structuredClone(base),
    id,
    name,
    keys: [{ key: 'domain', value: `${id}.example` }, { key: 'metronome_customer_id', value: customerId }],
  });
  for (const company of [
    extra('comp_piedpiper', 'Pied Piper', METRONOME_ALIAS_ONLY_CUSTOMER.id),
    extra('comp_ghost', 'Ghost Corp', UNKNOWN_CUSTOMER),
  ]) {
    gw.schematicSandbox.store.companies.set(company.id, company);
  }
});

const metronomeCustomerName = (id: string) => gw.metronomeSandbox.store.customer(id)?.name;

describe('Company.metronomeCustomer (key mode: the metronome_customer_id key)', () => {
  it('resolves ten companies with 1 Schematic call and ONE Metronome customers call', async () => {
    const ids = [...WORLD_COMPANIES.map((c) => c.id), 'comp_piedpiper', 'comp_ghost'];
    expect(ids).toHaveLength(10);
    const { companies } = dataOf(await gw.run(COMPANIES, { ids }));
    const byCompany = Object.fromEntries(companies.map((c) => [c!.id, c!.metronomeCustomer]));
    for (const [companyId, customerId] of Object.entries(METRONOME_CUSTOMER_IDS)) {
      expect(byCompany[companyId]).toMatchObject({ id: customerId, name: metronomeCustomerName(customerId) });
    }
    expect(byCompany.comp_acme?.name).toBe('Acme Robotics');
    expect(byCompany.comp_piedpiper).toMatchObject({ id: METRONOME_ALIAS_ONLY_CUSTOMER.id, name: 'Hooli Search' });
    expect(byCompany.comp_hooli).toBeNull(); // no metronome_customer_id key
    expect(byCompany.comp_ghost).toBeNull(); // a key Metronome does not know
    expect(gw.callCounts().schematic).toBe(1);
    const customerCalls = gw.metronomeCalls().filter((c) => c.startsWith('GET /v1/customers?') && c.includes('customer_ids='));
    // One batched call for the seven linked companies' six distinct customers, plus one `only_archived`
    // retry for the one id the active list did not return (the unknown one).
    expect(customerCalls).toHaveLength(2);
    expect(customerCalls[1]).toContain('only_archived=true');
    expect(gw.callCounts().metronome).toBe(2);
  });

  it('ten linked companies that Metronome all knows cost exactly one Metronome call', async () => {
    const linked = [...Object.keys(METRONOME_CUSTOMER_IDS), 'comp_piedpiper'];
    const ids = [...linked, ...linked].slice(0, 10);
    const { companies } = dataOf(await gw.run(COMPANIES, { ids }));
    expect(companies.map((c) => c?.metronomeCustomer?.name).filter(Boolean)).toHaveLength(10);
    expect(gw.callCounts()).toEqual({ schematic: 1, metronome: 1 });
    const call = gw.metronomeCalls()[0]!;
    expect(decodeURIComponent(call).split('customer_ids=')[1]!.split(',').sort()).toEqual(
      [...Object.values(METRONOME_CUSTOMER_IDS), METRONOME_ALIAS_ONLY_CUSTOMER.id].sort(),
    );
  });

  it('a company without the key has no Metronome customer and null contractCredits, with no Metronome call', async () => {
    expect(dataOf(await gw.run(COMPANY_LINKS, { id: 'comp_hooli' })).company).toEqual({ metronomeCustomer: null, contractCredits: null });
    expect(gw.callCounts().metronome).toBe(0);
  });

  it('a key naming an unknown customer gives null customer and null contractCredits, not an error', async () => {
    expect(dataOf(await gw.run(COMPANY_LINKS, { id: 'comp_ghost' })).company).toEqual({ metronomeCustomer: null, contractCredits: null });
  });

  it('Company.contractCredits lists the linked customer’s credits without reading the customer first', async () => {
    const edges = dataOf(await gw.run(COMPANY_CREDITS, { id: 'comp_acme' })).company?.contractCredits?.edges;
    expect(edges).toHaveLength(3);
    expect(edges?.every((e) => e.node.customerId === ACME)).toBe(true);
    expect(gw.metronomeCalls()).toEqual(['POST /v1/contracts/customerCredits/list']);
    expect(gw.metronomeSandbox.calls[0]!.body).toMatchObject({ customer_id: ACME, include_contract_credits: true, limit: 25 });
  });
});

describe('MetronomeCustomer', () => {
  it('resolves every field, its contracts and its credits', async () => {
    const customer = dataOf(await gw.run(CUSTOMER, { id: ACME })).metronomeCustomer!;
    const wire = gw.metronomeSandbox.store.customer(ACME)!;
    expect(customer).toMatchObject({
      id: ACME,
      name: wire.name,
      ingestAliases: wire.ingest_aliases,
      externalId: wire.external_id,
      customFields: wire.custom_fields,
      salesforceAccountId: wire.customer_config.salesforce_account_id,
      createdAt: wire.created_at,
      updatedAt: wire.updated_at,
      archivedAt: null,
    });
    expect(customer.contracts.map((c) => c.id)).toEqual([METRONOME_ACME_CONTRACTS.enterprise2025, METRONOME_ACME_CONTRACTS.enterprise2026]);
    expect(customer.contracts[1]).toMatchObject({ name: 'Acme Robotics Enterprise 2026', customerId: ACME, customer: { id: ACME } });
    expect(customer.allContracts).toHaveLength(2);
    expect(customer.contractCredits?.edges).toHaveLength(2);
    expect(customer.contractCredits?.edges[0]?.node.customer).toEqual({ id: ACME, name: 'Acme Robotics' });
    expect(customer.contractCredits?.pageInfo.hasNextPage).toBe(true);
    // customer (1), contracts (1), one credits page (1); the credits' customer link reuses the loaded customer
    expect(gw.metronomeCalls().sort()).toEqual([
      `GET /v1/customers?limit=1&customer_ids=${ACME}`,
      'POST /v1/contracts/customerCredits/list',
      'POST /v2/contracts/list',
    ]);
  });

  it('leaves archived contracts out unless includeArchived', async () => {
    const wonka = METRONOME_CUSTOMER_IDS.comp_wonka!;
    const customer = dataOf(await gw.run(CONTRACTS, { id: wonka })).metronomeCustomer!;
    expect(customer.contracts.map((c) => c.name)).toEqual(['Wonka Labs 2026']);
    expect(customer.all.map((c) => c.name).sort()).toEqual(['Wonka Labs 2026', 'Wonka Labs 2026 (cancelled)']);
    expect(gw.metronomeCalls().filter((c) => c === 'POST /v2/contracts/list')).toHaveLength(1);
  });

  it('an unknown id is null, not an error; an archived customer still resolves', async () => {
    const result = dataOf(await gw.run(UNKNOWN_AND_ARCHIVED, { a: UNKNOWN_CUSTOMER, b: METRONOME_ARCHIVED_CUSTOMER.id }));
    expect(result.unknown).toBeNull();
    expect(result.archived).toEqual({
      id: METRONOME_ARCHIVED_CUSTOMER.id,
      name: METRONOME_ARCHIVED_CUSTOMER.name,
      archivedAt: gw.metronomeSandbox.store.customer(METRONOME_ARCHIVED_CUSTOMER.id)!.archived_at,
    });
    // both ids in one active call, the two missing ones in one archived call
    expect(gw.callCounts().metronome).toBe(2);
  });

  it('metronomeCustomers(ids) answers in the order asked, null for an unknown id, in one call', async () => {
    const ids = [METRONOME_CUSTOMER_IDS.comp_globex!, ACME, METRONOME_CUSTOMER_IDS.comp_globex!];
    expect(dataOf(await gw.run(CUSTOMERS, { ids })).metronomeCustomers.map((c) => c?.id)).toEqual(ids);
    expect(gw.callCounts().metronome).toBe(1);

    const withUnknown = dataOf(await gw.run(CUSTOMERS, { ids: [UNKNOWN_CUSTOMER, ACME] }));
    expect(withUnknown.metronomeCustomers).toEqual([null, { id: ACME, name: 'Acme Robotics' }]);
  });

  it('refuses more than 100 ids before any call', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const result = await gw.run(CUSTOMERS, { ids });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'ids' } });
    expect(gw.callCounts().metronome).toBe(0);
  });
});

describe('alias mode (COMPANY_METRONOME_LINK=alias:domain)', () => {
  const alias = useTestGateway({ metronomeLink: { kind: 'alias', key: 'domain' } });

  it('finds comp_hooli’s alias-only customer, one lookup per company, in parallel', async () => {
    const ids = WORLD_COMPANIES.map((c) => c.id);
    const { companies } = dataOf(await alias.run(COMPANIES, { ids }));
    const byCompany = Object.fromEntries(companies.map((c) => [c!.id, c!.metronomeCustomer]));
    expect(byCompany.comp_hooli).toEqual({
      id: METRONOME_ALIAS_ONLY_CUSTOMER.id,
      name: METRONOME_ALIAS_ONLY_CUSTOMER.name,
      ingestAliases: [METRONOME_ALIAS_ONLY_CUSTOMER.ingestAlias],
    });
    // the linked companies' customers carry their domain as an alias too
    expect(byCompany.comp_acme?.id).toBe(ACME);
    expect(byCompany.comp_vandelay).toBeNull();
    expect(byCompany.comp_tyrell).toBeNull();
    const calls = alias.metronomeCalls();
    expect(calls).toHaveLength(WORLD_COMPANIES.length);
    expect(calls.every((c) => c.startsWith('GET /v1/customers?') && c.includes('ingest_alias='))).toBe(true);
    expect(alias.metronomeSandbox.calls.map((c) => c.query.get('ingest_alias')).sort()).toEqual(WORLD_COMPANIES.map((c) => c.domain).sort());
  });

  it('lists comp_hooli’s credits through its alias (lookup, then the credits page)', async () => {
    const edges = dataOf(await alias.run(COMPANY_CREDIT_NAMES, { id: 'comp_hooli' })).company?.contractCredits?.edges;
    expect(edges?.map((e) => e.node.name).sort()).toEqual(['Compute commit credit', 'Welcome credit']);
    expect(edges?.[0]?.node.customerId).toBe(METRONOME_ALIAS_ONLY_CUSTOMER.id);
    expect(alias.metronomeCalls()).toEqual([
      `GET /v1/customers?ingest_alias=${METRONOME_ALIAS_ONLY_CUSTOMER.ingestAlias}&limit=1`,
      'POST /v1/contracts/customerCredits/list',
    ]);
  });

  it('a company whose alias Metronome does not know has null customer and credits', async () => {
    expect(dataOf(await alias.run(COMPANY_LINKS, { id: 'comp_vandelay' })).company).toEqual({ metronomeCustomer: null, contractCredits: null });
  });
});
