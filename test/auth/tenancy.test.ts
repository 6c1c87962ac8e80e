/**
 * AUTH_MODE=jwt: a company-A caller reading company B through every path gets null plus one
 * FORBIDDEN error, and no upstream call names B; A's own data and the catalogue still arrive.
 * An admin reads everything and runs mutations; a company caller runs none.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.ts';
import { useTestGateway } from '../helpers/gateway.ts';
import { A, allCalls, B, bearer, callers, expectForbidden, expectNothingOfB, JWT_AUTH, run } from './helpers.ts';

const CROSS_LINKS = graphql(`
  query TenancyCrossLinks($grant: ID!, $company: ID!) {
    creditGrant(id: $grant) { id sourceGrant { id quantity company { id name } } }
    company(id: $company) { ledger(first: 100) { edges { node { id grant { id quantity company { id } } } } } }
  }
`);

const OWN_COMPANY = graphql(`
  query TenancyOwnCompany($company: ID!, $customer: ID!) {
    company(id: $company) {
      id name
      creditBalances { remaining reserved credit { name } }
      creditGrants(first: 3) { totalCount edges { node { id company { id } credit { name } plan { name } } } }
      ledger(first: 3) { edges { node { id company { id } grant { id } } } }
      metronomeCustomer { id contracts { id credits { id customer { id } } } }
      contractCredits(first: 3) { edges { node { id balance contract { id customer { id } } } } }
    }
    creditGrants(first: 3) { edges { node { id company { id } } } }
    metronomeCustomer(id: $customer) { id }
    contractCredits(customerId: $customer, first: 1) { edges { node { id } } }
    companyByKeys(keys: [{ key: "domain", value: "acme.example" }]) { id }
  }
`);

const ADMIN_READS = graphql(`
  query TenancyAdminReads($companies: [ID!]!, $grant: ID!, $customer: ID!, $credit: ID!) {
    companies(ids: $companies) { id creditGrants(first: 1) { totalCount } metronomeCustomer { id } }
    creditGrant(id: $grant) { id company { id } }
    creditGrants(first: 2, filter: { creditId: "bcrd_ai_tokens" }) { totalCount }
    credit(id: "bcrd_ai_tokens") { grants(first: 1) { totalCount } }
    metronomeCustomer(id: $customer) { id }
    contractCredit(customerId: $customer, id: $credit) { id }
  }
`);

const gw = useTestGateway({ auth: JWT_AUTH });
let as: Awaited<ReturnType<typeof callers>>;
let grantOfA: string;
let grantOfB: string;
let creditOfB: string;

beforeAll(async () => {
  as = await callers();
  grantOfA = [...gw.schematicSandbox.store.grants.values()].find((g) => g.company_id === A.company)!.id;
  grantOfB = [...gw.schematicSandbox.store.grants.values()].find((g) => g.company_id === B.company)!.id;
  creditOfB = gw.metronomeSandbox.store.credits.find((c) => c.customer_id === B.customer)!.id;
});

describe('a company-A caller reading company B', () => {
  it.each([
    ['company(id)', `{ company(id: "${B.company}") { id name creditGrants(first: 5) { edges { node { id } } } } }`, ['company']],
    ['company(id) { ledger }', `{ company(id: "${B.company}") { ledger(first: 5) { edges { node { id amount } } } } }`, ['company']],
    ['company(id) { creditBalances }', `{ company(id: "${B.company}") { creditBalances { remaining } } }`, ['company']],
    ['company(id) { metronomeCustomer }', `{ company(id: "${B.company}") { metronomeCustomer { id } contractCredits(first: 2) { edges { node { id } } } } }`, ['company']],
    ['creditGrants(filter: { companyId: B })', `{ creditGrants(first: 5, filter: { companyId: "${B.company}" }) { edges { node { id } } } }`, ['creditGrants']],
    ['metronomeCustomer(id)', `{ metronomeCustomer(id: "${B.customer}") { id name contracts { id } } }`, ['metronomeCustomer']],
    ['contractCredits(customerId)', `{ contractCredits(customerId: "${B.customer}", first: 5) { edges { node { id balance } } } }`, ['contractCredits']],
    ['companyByKeys(B’s domain)', '{ companyByKeys(keys: [{ key: "domain", value: "globex.example" }]) { id name } }', ['companyByKeys']],
  ])('%s: null, FORBIDDEN, and no upstream call names B', async (_name, query, path) => {
    const result = await run(gw, query, as.a);
    expect(result.status).toBe(200);
    expectForbidden(result, path);
    expectNothingOfB(gw);
  });

  it('contractCredit(customerId, id): null, FORBIDDEN, no Metronome call at all', async () => {
    const result = await run(gw, `{ contractCredit(customerId: "${B.customer}", id: "${creditOfB}") { id name } }`, as.a);
    expectForbidden(result, ['contractCredit']);
    expect(gw.metronomeCalls()).toEqual([]);
    expectNothingOfB(gw, [creditOfB]);
  });

  it('companies(ids: [A, B]): A arrives, B is null with FORBIDDEN at its index; only A is asked for', async () => {
    const result = await run(gw, `{ companies(ids: ["${A.company}", "${B.company}"]) { id name } }`, as.a);
    expect(result.data).toEqual({ companies: [{ id: A.company, name: 'Acme Robotics' }, null] });
    expect(result.errors).toEqual([expect.objectContaining({ path: ['companies', 1], extensions: { code: 'FORBIDDEN' } })]);
    expect(gw.calls()).toEqual([`GET /companies?ids=${A.company}&limit=1`]);
  });

  it('metronomeCustomers(ids: [A’s, B’s]): the same, per item', async () => {
    const result = await run(gw, `{ metronomeCustomers(ids: ["${A.customer}", "${B.customer}"]) { id } }`, as.a);
    expect(result.data).toEqual({ metronomeCustomers: [{ id: A.customer }, null] });
    expect(result.errors).toEqual([expect.objectContaining({ path: ['metronomeCustomers', 1], extensions: { code: 'FORBIDDEN' } })]);
    expectNothingOfB(gw);
  });

  it('creditGrant(id) of B and of no one give the same FORBIDDEN error, and nothing of B comes back', async () => {
    // Schematic's grant list has no company filter: the grant is read by id, then refused (tenancy.ts).
    const ofB = await run(gw, `{ creditGrant(id: "${grantOfB}") { id quantity company { id name } } }`, as.a);
    expectForbidden(ofB, ['creditGrant']);
    expect(JSON.stringify(ofB)).not.toContain(B.company);
    const missing = await run(gw, '{ creditGrant(id: "bcgr_does_not_exist") { id quantity company { id name } } }', as.a);
    expectForbidden(missing, ['creditGrant']);
    expect(missing.errors).toEqual(ofB.errors);
  });

  it.each([
    ['ids', () => `{ creditGrants(first: 5, filter: { ids: ["${grantOfB}"] }) { edges { node { id } } } }`],
    ['creditId', () => '{ creditGrants(first: 5, filter: { creditId: "bcrd_ai_tokens" }) { edges { node { id } } } }'],
  ])('creditGrants(filter: { %s }) spans companies: FORBIDDEN, nothing sent', async (_name, query) => {
    const result = await run(gw, query(), as.a);
    expectForbidden(result, ['creditGrants']);
    expect(allCalls(gw)).toEqual([]);
  });

  it('Credit.grants (every company’s grants of a credit): FORBIDDEN, while the credit itself is catalogue', async () => {
    const result = await run(gw, '{ credit(id: "bcrd_ai_tokens") { id name grants(first: 5) { totalCount edges { node { id } } } } }', as.a);
    expect(result.data).toEqual({ credit: { id: 'bcrd_ai_tokens', name: expect.any(String), grants: null } });
    expect(result.errors).toEqual([expect.objectContaining({ path: ['credit', 'grants'], extensions: { code: 'FORBIDDEN' } })]);
    expect(gw.calls().every((call) => !call.includes('/grants'))).toBe(true);
  });

  it('a link from A’s data to a B grant (a rollover’s source, a ledger entry’s grant): that link is null with FORBIDDEN, nothing of B returned', async () => {
    // No seeded link crosses companies, so make one in the sandbox for this test.
    const ownGrant = gw.schematicSandbox.store.grants.get(grantOfA)!;
    const entry = gw.schematicSandbox.store.ledger.find((e) => e.company_id === A.company && e.grant_id)!;
    const saved = { source: ownGrant.source_grant_id, grant: entry.grant_id };
    ownGrant.source_grant_id = grantOfB;
    entry.grant_id = grantOfB;
    try {
      const result = await gw.run(CROSS_LINKS, { grant: grantOfA, company: A.company }, as.a);
      expect(result.data?.creditGrant).toEqual({ id: grantOfA, sourceGrant: null });
      const edges = result.data?.company?.ledger.edges ?? [];
      const index = edges.findIndex((e) => e.node.id === entry.event_id);
      expect(edges[index]?.node.grant).toBeNull();
      expect(result.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: ['creditGrant', 'sourceGrant'], extensions: { code: 'FORBIDDEN' } }),
          expect.objectContaining({ path: ['company', 'ledger', 'edges', index, 'node', 'grant'], extensions: { code: 'FORBIDDEN' } }),
        ]),
      );
      expect(JSON.stringify(result.data)).not.toContain(B.company);
    } finally {
      ownGrant.source_grant_id = saved.source;
      entry.grant_id = saved.grant;
    }
  });

  it('A’s own grant by id arrives, with its links', async () => {
    const result = await run(gw, `{ creditGrant(id: "${grantOfA}") { id company { id } sourceGrant { id } } }`, as.a);
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ creditGrant: { id: grantOfA, company: { id: A.company } } });
  });
});

describe('a company-A caller reading its own company', () => {
  it('gets every private path of A: grants, ledger, balances, Metronome customer, contracts and contract credits', async () => {
    const result = await gw.run(OWN_COMPANY, { company: A.company, customer: A.customer }, as.a);
    expect(result.errors).toBeUndefined();
    const company = result.data!.company!;
    expect(company.creditGrants.edges.length).toBeGreaterThan(0);
    expect(company.creditGrants.edges.every((e) => e.node.company?.id === A.company)).toBe(true);
    expect(company.ledger.edges.every((e) => e.node.company?.id === A.company)).toBe(true);
    expect(company.metronomeCustomer?.id).toBe(A.customer);
    expect(company.contractCredits?.edges.length).toBeGreaterThan(0);
    // creditGrants without a company filter lists the caller's own company
    expect(result.data!.creditGrants?.edges.every((e) => e.node.company?.id === A.company)).toBe(true);
    expect(result.data!.companyByKeys).toEqual({ id: A.company });
    expectNothingOfB(gw);
  });

  it('reads the catalogue: credits, bundles, plans, plan grants, features, products, pricing units', async () => {
    const result = await run<{ credits: { edges: unknown[] }; pricingUnits: unknown[] }>(
      gw,
      `{
        credits(first: 2) { totalCount edges { node { id name bundles(first: 1) { totalCount } planCreditGrants(first: 1) { totalCount } } } }
        creditBundles(first: 2) { edges { node { id credit { name } } } }
        planCreditGrants(first: 2) { edges { node { id plan { name } credit { name } } } }
        plan(id: "plan_growth") { id name }
        metronomeProducts(first: 2) { edges { node { id name } } }
        pricingUnits { id name }
      }`,
      as.a,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.credits.edges.length).toBe(2);
    expect(result.data!.pricingUnits.length).toBeGreaterThan(0);
  });
});

describe('mutations', () => {
  const grant = `mutation { grantCreditsToCompany(input: { companyId: "${A.company}", creditId: "bcrd_ai_tokens", quantity: 5, reason: ADJUSTMENT }) {
    __typename ... on GrantCreditsToCompanyPayload { grant { id quantity company { id } } } } }`;

  it('a company caller’s mutation is refused, even on its own company, and nothing is sent', async () => {
    const before = gw.schematicSandbox.store.grants.size;
    const result = await run(gw, grant, as.a);
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([expect.objectContaining({ path: ['grantCreditsToCompany'], extensions: { code: 'FORBIDDEN' } })]);
    expect(allCalls(gw)).toEqual([]);
    expect(gw.schematicSandbox.store.grants.size).toBe(before);
  });

  it('a Metronome mutation too', async () => {
    const result = await run(
      gw,
      `mutation { archiveContractCredit(input: { customerId: "${A.customer}", creditId: "x" }) { __typename } }`,
      as.a,
    );
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
    expect(allCalls(gw)).toEqual([]);
  });

  it('an admin runs it', async () => {
    const result = await run(gw, grant, as.admin);
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ grantCreditsToCompany: { __typename: 'GrantCreditsToCompanyPayload', grant: { company: { id: A.company } } } });
  });
});

describe('an admin', () => {
  it('reads every company, every grant and every customer', async () => {
    const result = await gw.run(ADMIN_READS, { companies: [A.company, B.company], grant: grantOfB, customer: B.customer, credit: creditOfB }, as.admin);
    expect(result.errors).toBeUndefined();
    expect(result.data!.companies.map((c) => c?.metronomeCustomer?.id)).toEqual([A.customer, B.customer]);
    expect(result.data!.creditGrant?.company?.id).toBe(B.company);
    expect(result.data!.contractCredit?.id).toBe(creditOfB);
  });
});

describe('a caller with a valid token but neither a company nor the admin scope', () => {
  it('reads the catalogue only', async () => {
    const catalogue = await run(gw, '{ credits(first: 1) { edges { node { id } } } pricingUnits { id } }', as.catalogue);
    expect(catalogue.errors).toBeUndefined();
    const own = await run(gw, `{ company(id: "${A.company}") { id } creditGrants(first: 1) { totalCount } }`, as.catalogue);
    expect(own.data).toEqual({ company: null, creditGrants: null });
    expect(own.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(allCalls(gw)).toEqual([]);
  });
});

describe('COMPANY_METRONOME_LINK=alias:domain (a company finds its customer by an ingest alias)', () => {
  const aliased = useTestGateway({ auth: JWT_AUTH, metronomeLink: { kind: 'alias', key: 'domain' } });
  const HOOLI = { company: 'comp_hooli', customer: 'bb46774a-ded2-4164-9227-00d6bfb1f2b6', alias: 'hooli.example' };

  it('the caller’s customer is the one its own domain finds; any other customer is refused before any call', async () => {
    const headers = await bearer({ company_id: HOOLI.company });
    const own = await run<{ company: { metronomeCustomer: unknown }; metronomeCustomer: unknown }>(
      aliased,
      `{ company(id: "${HOOLI.company}") { metronomeCustomer { id } contractCredits(first: 1) { edges { node { customerId } } } }
         metronomeCustomer(id: "${HOOLI.customer}") { id } }`,
      headers,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.company.metronomeCustomer).toEqual({ id: HOOLI.customer });
    expect(own.data?.metronomeCustomer).toEqual({ id: HOOLI.customer });

    const other = await run(aliased, `{ metronomeCustomer(id: "${A.customer}") { id } contractCredits(customerId: "${A.customer}", first: 1) { edges { node { id } } } }`, headers);
    expect(other.data).toEqual({ metronomeCustomer: null, contractCredits: null });
    expect(other.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    // Only the caller's own alias was looked up, never the other customer.
    expect(aliased.metronomeCalls().every((call) => !call.includes(A.customer))).toBe(true);
    expect(aliased.metronomeCalls().filter((call) => call.includes('ingest_alias'))).toEqual([
      `GET /v1/customers?ingest_alias=${HOOLI.alias}&limit=1`,
    ]);
  });
});
