/** Every root field and every link, through yoga over a real sandbox on loopback. */
import { describe, expect, it } from 'vitest';
import {
  CompaniesWithBalancesDocument,
  CompanyByKeysDocument,
  CompanyCreditOverviewDocument,
  CreditBundlesDocument,
  CreditCatalogueDocument,
  CreditDetailDocument,
  CreditOverviewDocument,
  GrantDetailDocument,
  GrantsWithLinksDocument,
  PlanCreditGrantsDocument,
  PlanDetailDocument,
} from '../../schema/generated/graphql.ts';
import { graphql } from '../generated/gql.ts';
import { dataOf, useTestGateway } from '../helpers/gateway.ts';

const gw = useTestGateway();

describe('credits', () => {
  it('walks credit -> grants -> company -> balances (the GraphiQL default operation)', async () => {
    const result = await gw.run(CreditOverviewDocument, { first: 3, grantsFirst: 5 });
    expect(result.errors).toBeUndefined();
    const credits = result.data!.credits;
    expect(credits.totalCount).toBe(gw.schematicSandbox.store.credits.size);
    expect(credits.edges).toHaveLength(3);
    const grant = credits.edges.flatMap((e) => e.node.grants!.edges)[0]!.node;
    const company = gw.schematicSandbox.store.companies.get(grant.company.id)!;
    expect(grant.company.name).toBe(company.name);
    expect(grant.company.creditBalances.length).toBeGreaterThan(0);
    for (const balance of grant.company.creditBalances) {
      expect(balance.credit.name).toBe(gw.schematicSandbox.store.credits.get(
        [...gw.schematicSandbox.store.credits.values()].find((c) => c.name === balance.credit.name)!.id,
      )!.name);
    }
  });

  it('serves the catalogue with prices in two currencies, bundles and plan grants', async () => {
    const result = await gw.run(CreditCatalogueDocument, { first: 10 });
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.credits.edges.map((e) => e.node);
    const tokens = nodes.find((c) => c.id === 'bcrd_ai_tokens')!;
    expect(tokens.currencyPrices.map((p) => p.currency).sort()).toEqual(['eur', 'usd']);
    for (const p of tokens.currencyPrices) expect(p.price!.price).toMatch(/^\d+$/);
    expect(nodes.some((c) => c.currencyPrices.some((p) => p.price?.priceDecimal === '0.0002'))).toBe(true);
    expect(tokens.bundles.totalCount).toBe(
      [...gw.schematicSandbox.store.bundles.values()].filter((b) => b.credit_id === 'bcrd_ai_tokens').length,
    );
    expect(tokens.bundles.edges.length).toBe(tokens.bundles.totalCount);
    expect(tokens.planCreditGrants.edges.map((e) => e.node.plan.name)).toContain('Growth');
  });

  it('credit(id) links to its bundles, grants and plan grants; feature(id) resolves', async () => {
    const result = await gw.run(CreditDetailDocument, { id: 'bcrd_compute_minutes', featureId: 'feat_embeddings' });
    expect(result.errors).toBeUndefined();
    const credit = result.data!.credit!;
    expect(credit.name).toBe(gw.schematicSandbox.store.credits.get('bcrd_compute_minutes')!.name);
    expect(credit.bundles.totalCount).toBeGreaterThan(0);
    expect(credit.grants!.totalCount).toBe(
      [...gw.schematicSandbox.store.grants.values()].filter((g) => g.credit_id === 'bcrd_compute_minutes').length,
    );
    expect(credit.grants!.edges.every((e) => e.node.company.name.length > 0)).toBe(true);
    expect(credit.planCreditGrants.totalCount).toBeGreaterThan(0);
    expect(result.data!.feature).toMatchObject({ id: 'feat_embeddings', name: 'Embeddings', featureType: expect.any(String) });
  });

  it('pages with cursors and fetches totalCount only when selected', async () => {
    const first = await gw.run(CreditCatalogueDocument, { first: 2 });
    expect(first.data!.credits.pageInfo.hasNextPage).toBe(true);
    const second = await gw.run(CreditCatalogueDocument, { first: 2, after: first.data!.credits.pageInfo.endCursor });
    const ids = [...first.data!.credits.edges, ...second.data!.credits.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(gw.schematicSandbox.store.credits.size);
    expect(second.data!.credits.pageInfo.hasNextPage).toBe(false);

    const back = await gw.run(
      `{ credits(last: 1, before: "${first.data!.credits.pageInfo.endCursor}") { edges { node { id } } pageInfo { hasPreviousPage } } }`,
    );
    expect(back.data).toEqual({ credits: { edges: [{ node: { id: ids[0] } }], pageInfo: { hasPreviousPage: false } } });

    await gw.run('{ credits(first: 1) { edges { node { id } } } }');
    expect(gw.calls()).toEqual(['GET /billing/credits?offset=0&limit=2']);
    await gw.run('{ credits(first: 1) { totalCount edges { node { id } } } }');
    expect(gw.calls().sort()).toEqual(['GET /billing/credits/count', 'GET /billing/credits?offset=0&limit=2']);
  });
});

describe('grants', () => {
  it('50 grants with credit (name and description), company and plan cost at most 2 calls', async () => {
    const result = await gw.run(GrantsWithLinksDocument, { first: 50 });
    expect(result.errors).toBeUndefined();
    const edges = result.data!.creditGrants!.edges;
    expect(edges).toHaveLength(50);
    expect(gw.calls().length).toBeLessThanOrEqual(2);
    for (const { node } of edges) {
      const wire = gw.schematicSandbox.store.grants.get(node.id)!;
      const credit = gw.schematicSandbox.store.credits.get(wire.credit_id)!;
      expect(node.company).toEqual({ id: wire.company_id, name: gw.schematicSandbox.store.companies.get(wire.company_id)!.name });
      expect(node.credit).toEqual({ id: credit.id, name: credit.name, description: credit.description });
      expect(node.plan).toEqual(wire.plan_id ? { id: wire.plan_id, name: gw.schematicSandbox.store.plans.get(wire.plan_id)!.name } : null);
    }
  });

  it('creditGrants without the credit description costs exactly 1 call', async () => {
    await gw.run('{ creditGrants(first: 50) { edges { node { id company { id name } plan { id name } credit { id name } } } } }');
    expect(gw.calls()).toHaveLength(1);
  });

  it('filters by company (with sort) and by credit', async () => {
    const byCompany = await gw.run(GrantsWithLinksDocument, { first: 100, filter: { companyId: 'comp_acme' } });
    expect(byCompany.errors).toBeUndefined();
    const expected = [...gw.schematicSandbox.store.grants.values()].filter((g) => g.company_id === 'comp_acme');
    expect(byCompany.data!.creditGrants!.edges.map((e) => e.node.id).sort()).toEqual(expected.map((g) => g.id).sort());
    const byCredit = await gw.run(GrantsWithLinksDocument, { first: 100, filter: { creditId: 'bcrd_support_hours' } });
    expect(byCredit.data!.creditGrants!.edges.every((e) => e.node.credit.id === 'bcrd_support_hours')).toBe(true);
  });

  it('a grant links to its credit, company, plan, bundle, source grant and transfers', async () => {
    const grants = [...gw.schematicSandbox.store.grants.values()];
    const withTransfer = grants.find((g) => g.transfers?.length)!;
    const withSource = grants.find((g) => g.source_grant_id)!;
    const withBundle = grants.find((g) => g.credit_bundle_id)!;
    const withPlan = grants.find((g) => g.plan_id)!;

    const transfer = (await gw.run(GrantDetailDocument, { id: withTransfer.id })).data!.creditGrant!;
    const wireTransfer = withTransfer.transfers![0]!;
    expect(transfer.transfers[0]!.relatedGrant!.id).toBe(wireTransfer.related_grant_id);
    expect(transfer.transfers[0]!.relatedGrant!.company.name).toBe(
      gw.schematicSandbox.store.companies.get(gw.schematicSandbox.store.grants.get(wireTransfer.related_grant_id)!.company_id)!.name,
    );

    const source = (await gw.run(GrantDetailDocument, { id: withSource.id })).data!.creditGrant!;
    expect(source.sourceGrant!.id).toBe(withSource.source_grant_id);

    const bundle = (await gw.run(GrantDetailDocument, { id: withBundle.id })).data!.creditGrant!;
    expect(bundle.bundle).toMatchObject({ id: withBundle.credit_bundle_id, credit: { id: withBundle.credit_id } });

    const plan = await gw.run(GrantDetailDocument, { id: withPlan.id });
    expect(plan.errors).toBeUndefined();
    expect(plan.data!.creditGrant!.plan).toMatchObject({ id: withPlan.plan_id, name: withPlan.plan_name });
    expect(plan.data!.creditGrant!.company.userCount).toBe(gw.schematicSandbox.store.companies.get(withPlan.company_id)!.user_count);
  });
});

describe('companies', () => {
  it('20 companies with balances and credit names cost at most 2 calls', async () => {
    const store = gw.schematicSandbox.store;
    const template = store.companies.get('comp_acme')!;
    const ids = [...store.companies.keys()];
    for (let i = ids.length; i < 20; i++) {
      const id = `comp_extra_${i}`;
      store.companies.set(id, { ...template, id, name: `Extra ${i}`, keys: [] });
      ids.push(id);
    }
    const result = await gw.run(CompaniesWithBalancesDocument, { ids });
    expect(result.errors).toBeUndefined();
    expect(result.data!.companies).toHaveLength(20);
    expect(gw.calls().length).toBeLessThanOrEqual(2);
    const acme = result.data!.companies.find((c) => c?.id === 'comp_acme')!;
    expect(acme.metronomeCustomerId).toBe('6f1c2a4e-0b7d-4c1e-9a55-3d2f8e7a1b01');
    const rows = await gw.schematicClient.ledger.balances('comp_acme');
    expect(acme.creditBalances.map((b) => [b.credit.id, b.remaining]).sort()).toEqual(
      rows.map((r) => [r.credit_id, r.remaining]).sort(),
    );
    expect(acme.creditBalances.every((b) => b.credit.name.length > 0)).toBe(true);
  });

  it('company(id) shows detailed balances, sorted grants and a filtered ledger', async () => {
    const result = await gw.run(CompanyCreditOverviewDocument, {
      id: 'comp_acme',
      ledgerFilter: { eventType: 'USAGE' },
    });
    expect(result.errors).toBeUndefined();
    const company = result.data!.company!;
    const rows = await gw.schematicClient.ledger.balances('comp_acme');
    for (const b of company.creditBalances) {
      const row = rows.find((r) => r.credit_id === b.credit.id)!;
      expect(b).toMatchObject({ remaining: row.remaining, reserved: row.reserved, settled: row.settled, source: row.source.toUpperCase() });
    }
    const created = company.creditGrants.edges.map((e) => e.node);
    expect(company.creditGrants.totalCount).toBe([...gw.schematicSandbox.store.grants.values()].filter((g) => g.company_id === 'comp_acme').length);
    expect(created.length).toBe(Math.min(10, company.creditGrants.totalCount));
    expect(company.ledger.edges.length).toBeGreaterThan(0);
    for (const { node } of company.ledger.edges) {
      expect(node.eventType).toBe('USAGE');
      expect(node.feature?.name).toBeTruthy();
      expect(node.credit.name).toBeTruthy();
    }
    expect(company.plan?.name).toBeTruthy();
  });

  it('companyByKeys finds a company by a key, and gives null when none matches', async () => {
    const found = await gw.run(CompanyByKeysDocument, { keys: [{ key: 'domain', value: 'globex.example' }] });
    expect(found.data!.companyByKeys).toMatchObject({ id: 'comp_globex', name: 'Globex Logistics' });
    const none = await gw.run(CompanyByKeysDocument, { keys: [{ key: 'domain', value: 'nobody.example' }] });
    expect(none.errors).toBeUndefined();
    expect(none.data!.companyByKeys).toBeNull();
  });
});

describe('plans, plan grants and bundles', () => {
  it('plan(id) lists its credits and plan credit grants', async () => {
    const result = await gw.run(PlanDetailDocument, { id: 'plan_scale' });
    expect(result.errors).toBeUndefined();
    const plan = result.data!.plan!;
    const expected = [...gw.schematicSandbox.store.planGrants.values()].filter((g) => g.plan_id === 'plan_scale');
    expect(plan.planCreditGrants.totalCount).toBe(expected.length);
    expect(plan.planCreditGrants.edges.every((e) => e.node.plan.id === 'plan_scale')).toBe(true);
    expect(plan.credits.map((c) => c.id).sort()).toEqual([...new Set(expected.map((g) => g.credit_id))].sort());
  });

  it('planCreditGrant(id) and planCreditGrants(filter) link to credit and plan', async () => {
    const result = await gw.run(PlanCreditGrantsDocument, { id: 'bpcg_growth_tokens', filter: { planIds: ['plan_growth', 'plan_starter'] } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.planCreditGrant).toMatchObject({ credit: { id: 'bcrd_ai_tokens' }, plan: { id: 'plan_growth', name: 'Growth' } });
    const plans = new Set(result.data!.planCreditGrants.edges.map((e) => e.node.plan.id));
    expect([...plans].sort()).toEqual(['plan_growth', 'plan_starter']);
  });

  it('creditBundle(id) links to its credit and compatible plans; creditBundles filters', async () => {
    const result = await gw.run(CreditBundlesDocument, { id: 'bcb_tokens_10m', filter: { status: 'INACTIVE' } });
    expect(result.errors).toBeUndefined();
    const bundle = result.data!.creditBundle!;
    expect(bundle.credit).toMatchObject({ id: 'bcrd_ai_tokens', name: gw.schematicSandbox.store.credits.get('bcrd_ai_tokens')!.name });
    expect(bundle.compatiblePlans.map((p) => p?.id)).toEqual(['plan_growth', 'plan_scale']);
    expect(result.data!.creditBundles.edges.map((e) => e.node.id)).toEqual(['bcb_support_5h']);
  });
});

describe('unknown ids', () => {
  it('give null for every by-id root field', async () => {
    const result = await gw.run(`{
      credit(id: "bcrd_nope") { id } creditBundle(id: "bcb_nope") { id } creditGrant(id: "bcgr_nope") { id }
      planCreditGrant(id: "bpcg_nope") { id } company(id: "comp_nope") { id } plan(id: "plan_nope") { id }
      feature(id: "feat_nope") { id } companies(ids: ["comp_acme", "comp_nope"]) { id }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      credit: null,
      creditBundle: null,
      creditGrant: null,
      planCreditGrant: null,
      company: null,
      plan: null,
      feature: null,
      companies: [{ id: 'comp_acme' }, null],
    });
  });
});

describe('ledger entries', () => {
  const LEDGER_LINKS = graphql(`
    query LinksLedger($id: ID!) {
      company(id: $id) {
        ledger(first: 100) {
          totalCount
          edges { node {
            id eventType amount
            company { id name }
            credit { id name description }
            grant { id company { id } }
            fromGrant { id } toGrant { id }
            bundle { id name }
            plan { id name }
          } }
        }
      }
    }
  `);

  it('link to company, grants on both sides of a transfer, bundle and plan', async () => {
    const store = gw.schematicSandbox.store;
    const transferCompany = [...store.grants.values()].find((g) => g.transfers?.length)!.company_id;
    const { company } = dataOf(await gw.run(LEDGER_LINKS, { id: transferCompany }));
    const nodes = company!.ledger.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.company).toEqual({ id: transferCompany, name: store.companies.get(transferCompany)!.name });
      expect(node.credit?.description).toBe(store.credits.get(node.credit!.id)!.description);
      if (node.grant) expect(node.grant.company.id).toBe(transferCompany);
    }
    const transfer = nodes.find((n) => n.eventType === 'TRANSFER');
    expect(transfer?.fromGrant?.id ?? transfer?.toGrant?.id).toMatch(/^bcgr_/);
    const wire = store.ledger.filter((e) => e.company_id === transferCompany);
    const withBundle = wire.find((e) => e.billing_credit_bundle_id)!;
    expect(nodes.find((n) => n.id === withBundle.event_id)?.bundle?.id).toBe(withBundle.billing_credit_bundle_id);
    const withPlan = wire.find((e) => e.plan_id)!;
    expect(nodes.find((n) => n.id === withPlan.event_id)?.plan?.name).toBe(store.plans.get(withPlan.plan_id!)!.name);
    // Nested loads are batched: the ledger page, then one call per resource at most.
    const calls = gw.calls();
    expect(calls.filter((c) => c.startsWith('GET /billing/credits/grants/list')).length).toBeLessThanOrEqual(1);
    expect(calls.filter((c) => c.startsWith('GET /billing/credits?')).length).toBeLessThanOrEqual(1);
  });
});
