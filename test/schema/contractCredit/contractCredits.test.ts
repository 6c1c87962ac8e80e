/**
 * Reading Metronome contract credits through yoga against the sandbox: every field and link, the
 * sandbox's balances and ledgers, cursor paging over Metronome's pages of 25, and the upstream
 * calls each selection costs.
 */
import { describe, expect, it } from 'vitest';
import { CompanyWithContractCreditsDocument, ContractCreditDetailDocument } from '../../../schema/generated/graphql.ts';
import {
  METRONOME_ACME_CONTRACTS as CONTRACTS,
  METRONOME_ACME_CREDITS as CREDITS,
  METRONOME_CUSTOMER_IDS,
  METRONOME_PAGED_CUSTOMER_ID as ACME,
  METRONOME_PRICING_UNITS as UNITS,
  METRONOME_PRODUCTS as PRODUCTS,
} from '../../../src/sandbox/world.ts';
import { graphql } from '../../generated/gql.ts';
import { dataOf, useTestGateway } from '../../helpers/gateway.ts';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const LIST = 'POST /v1/contracts/customerCredits/list';

const gw = useTestGateway();

/** Acme's visible credits (customer- and contract-level, archived left out), in list order. */
const acmeCreditIds = () =>
  gw.metronomeSandbox.store.listCredits(ACME, { include_contract_credits: true }).map((c) => c.id);

const listBodies = () => gw.metronomeSandbox.calls.filter((c) => c.path === '/v1/contracts/customerCredits/list').map((c) => c.body as Record<string, unknown>);

const PAGE = graphql(`
  query ContractCreditsPage($customerId: ID!, $first: Int, $after: String) {
    contractCredits(customerId: $customerId, first: $first, after: $after) {
      edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

async function page(first: number, after?: string | null) {
  const { contractCredits } = dataOf(await gw.run(PAGE, { customerId: ACME, first, after }));
  expect(contractCredits).not.toBeNull();
  return contractCredits!;
}

const TOTAL_COUNT = graphql(`
  query ContractCreditsTotalCount($c: ID!, $after: String) {
    contractCredits(customerId: $c, first: 5, after: $after) { totalCount edges { cursor node { id balance } } }
  }
`);

const TOTAL_COUNT_ONLY = graphql(`
  query ContractCreditsTotalCountOnly($c: ID!) {
    contractCredits(customerId: $c, first: 60) { totalCount }
  }
`);

const BALANCES = graphql(`
  query ContractCreditsBalances($c: ID!) {
    contractCredits(customerId: $c, first: 60) { edges { node { id balance } } }
  }
`);

const APPLICABLE = graphql(`
  query ContractCreditsApplicable($u: ID!, $a: ID!, $renewal: ID!, $research: ID!, $bonus: ID!) {
    renewal: contractCredit(customerId: $u, id: $renewal) { hierarchyConfiguration { childAccess { type contractIds } } contract { name } }
    research: contractCredit(customerId: $u, id: $research) { applicableContractIds applicableContracts { id name } pricingUnit { name } }
    bonus: contractCredit(customerId: $a, id: $bonus) { applicableProductIds applicableProducts { id name type } }
  }
`);

const OTHER_LEDGER = graphql(`
  query ContractCreditsOtherLedger($c: ID!, $id: ID!) {
    contractCredit(customerId: $c, id: $id) {
      rateType
      ledger { __typename type amount ... on ContractCreditOtherLedgerEntry { wireType segmentId fields } }
    }
  }
`);

const CHEAP_LINKS = graphql(`
  query ContractCreditsCheapLinks($c: ID!) {
    contractCredits(customerId: $c, first: 25) { edges { node { product { id name } pricingUnit { id name } } } }
  }
`);

const CONTRACT_LINKS = graphql(`
  query ContractCreditsContractLinks($c: ID!) {
    contractCredits(customerId: $c, first: 10) { edges { node { name contractId contract { id name } customer { name } createdAt } } }
  }
`);

const EMBEDDED_CREDITS = graphql(`
  query ContractCreditsEmbedded($c: ID!) {
    metronomeCustomer(id: $c) { contracts { name credits { id name createdAt rateType } } }
  }
`);

const EMBEDDED_BALANCES = graphql(`
  query ContractCreditsEmbeddedBalances($c: ID!) {
    metronomeCustomer(id: $c) { contracts { name credits { id balance } } }
  }
`);

const FILTERED = graphql(`
  query ContractCreditsFiltered($c: ID!, $f: ContractCreditFilter) {
    contractCredits(customerId: $c, first: 100, filter: $f) { edges { node { id contractId } } }
  }
`);

const COVERING = graphql(`
  query ContractCreditsCovering($c: ID!) {
    contractCredits(customerId: $c, first: 100, filter: { coveringDate: "2027-02-01T00:00:00Z" }) { edges { node { name } } }
  }
`);

const UNKNOWN_IDS = graphql(`
  query ContractCreditsUnknownIds($u: ID!, $a: ID!) {
    list: contractCredits(customerId: $u, first: 5) { edges { cursor } }
    one: contractCredit(customerId: $u, id: $u) { id }
    missing: contractCredit(customerId: $a, id: $u) { id }
  }
`);

const ARCHIVED = graphql(`
  query ContractCreditsArchived($c: ID!, $id: ID!) {
    contractCredit(customerId: $c, id: $id) { name balance ledger { type } }
  }
`);

describe('cursor paging over Metronome pages of 25', () => {
  it('the sandbox gives Acme 55 visible credits (pages of 25/25/5)', () => {
    expect(acmeCreditIds()).toHaveLength(55);
  });

  it('first: 25 reads one upstream page; first: 30 reads exactly two and stops', async () => {
    const one = await page(25);
    expect(one.edges.map((e) => e.node.id)).toEqual(acmeCreditIds().slice(0, 25));
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(gw.metronomeCalls()).toEqual([LIST]);

    const two = await page(30);
    expect(two.edges.map((e) => e.node.id)).toEqual(acmeCreditIds().slice(0, 30));
    expect(two.pageInfo.hasNextPage).toBe(true);
    expect(gw.metronomeCalls()).toEqual([LIST, LIST]);
    const [first, second] = listBodies();
    expect(first).toEqual({ customer_id: ACME, include_contract_credits: true, limit: 25 });
    expect(second).toEqual({ customer_id: ACME, include_contract_credits: true, limit: 25, next_page: expect.any(String) });
  });

  it('first: 60 reads all three pages and says there is no next page', async () => {
    const all = await page(60);
    expect(all.edges.map((e) => e.node.id)).toEqual(acmeCreditIds());
    expect(all.pageInfo.hasNextPage).toBe(false);
    expect(gw.metronomeCalls()).toEqual([LIST, LIST, LIST]);
  });

  it('first: 55 ends exactly at the last item: no next page, no extra call', async () => {
    const all = await page(55);
    expect(all.edges).toHaveLength(55);
    expect(all.pageInfo.hasNextPage).toBe(false);
    expect(gw.metronomeCalls()).toHaveLength(3);
  });

  it('after resumes across the 25-boundary without repeating or skipping a credit', async () => {
    const ids = acmeCreditIds();
    const a = await page(20);
    const b = await page(10, a.pageInfo.endCursor); // items 20..29: the rest of page 1, then page 2
    expect(b.edges.map((e) => e.node.id)).toEqual(ids.slice(20, 30));
    expect(b.pageInfo.hasPreviousPage).toBe(true);
    expect(gw.metronomeCalls()).toEqual([LIST, LIST]);
    const c = await page(10, b.pageInfo.endCursor);
    expect(c.edges.map((e) => e.node.id)).toEqual(ids.slice(30, 40));
    expect(gw.metronomeCalls()).toEqual([LIST]); // page 2 alone
    const d = await page(100, c.pageInfo.endCursor);
    expect(d.edges.map((e) => e.node.id)).toEqual(ids.slice(40));
    expect(d.pageInfo.hasNextPage).toBe(false);

    const walked = [...a.edges, ...b.edges, ...c.edges, ...d.edges].map((e) => e.node.id);
    expect(walked).toEqual(ids);
  });

  it('after the last credit of a page resumes on the next page with one call', async () => {
    const ids = acmeCreditIds();
    const a = await page(25);
    expect(listBodies()[0]).not.toHaveProperty('next_page');
    const b = await page(5, a.pageInfo.endCursor);
    expect(b.edges.map((e) => e.node.id)).toEqual(ids.slice(25, 30));
    expect(gw.metronomeCalls()).toEqual([LIST]); // page 2 only: page 1 is not read again
    expect(listBodies()[0]!.next_page).toEqual(expect.any(String));
  });

  it('every edge cursor resumes right after its own edge', async () => {
    const ids = acmeCreditIds();
    const all = await page(60);
    for (const index of [0, 7, 23, 24, 25, 26, 49, 50, 53]) {
      const next = await page(2, all.edges[index]!.cursor);
      expect(next.edges.map((e) => e.node.id)).toEqual(ids.slice(index + 1, index + 3));
    }
    const end = await page(2, all.edges[54]!.cursor);
    expect(end.edges).toEqual([]);
    expect(end.pageInfo.hasNextPage).toBe(false);
  });

  it('totalCount is read only when selected, walks the remaining pages, and counts what came before', async () => {
    const ids = acmeCreditIds();
    const start = dataOf(await gw.run(TOTAL_COUNT, { c: ACME })).contractCredits!;
    expect(start.totalCount).toBe(55);
    expect(gw.metronomeCalls()).toEqual([LIST, LIST, LIST]); // the page, then the two it did not read
    // counting asks for no balances, even though the page does
    expect(listBodies().map((b) => 'include_balance' in b)).toEqual([true, false, false]);

    const later = dataOf(await gw.run(TOTAL_COUNT, { c: ACME, after: start.edges[4]!.cursor })).contractCredits!;
    expect(later.totalCount).toBe(ids.length);

    const last = dataOf(await gw.run(TOTAL_COUNT_ONLY, { c: ACME })).contractCredits!;
    expect(last.totalCount).toBe(55);
    expect(gw.metronomeCalls()).toHaveLength(3); // the pages read already hold everything
  });

  it.each([
    ['first above 100', '(customerId: $c, first: 101)', 'first'],
    ['a negative first', '(customerId: $c, first: -1)', 'first'],
    ['last (upstream cursors only go forward)', '(customerId: $c, last: 5)', 'last'],
    ['before', '(customerId: $c, first: 5, before: "abc")', 'before'],
    ['a cursor it did not issue', '(customerId: $c, first: 5, after: "bm90LWEtY3Vyc29y")', 'after'],
  ])('refuses %s, naming the argument, before any call', async (_name, args, argument) => {
    const result = await gw.run(`query($c: ID!) { contractCredits${args} { edges { cursor } } }`, { c: ACME });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument } });
    expect(result.errors?.[0]?.message).toContain(`"${argument}"`);
    expect(gw.callCounts().metronome).toBe(0);
  });

  it('first: 0 reads no item: no call, unless hasNextPage is selected, which reads one page to answer truly', async () => {
    const empty = await gw.run<{ contractCredits: unknown }, { c: string }>('query($c: ID!) { contractCredits(customerId: $c, first: 0) { edges { cursor } pageInfo { endCursor } } }', { c: ACME });
    expect(empty.data?.contractCredits).toEqual({ edges: [], pageInfo: { endCursor: null } });
    expect(gw.callCounts().metronome).toBe(0);
    const asked = await page(0);
    expect(asked).toMatchObject({ edges: [], pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    expect(listBodies()).toHaveLength(1);
  });
});

describe('include flags follow the selection', () => {
  it('a plain list sends neither include_balance nor include_ledgers', async () => {
    await gw.run(
      `query($c: ID!) { contractCredits(customerId: $c, first: 30) { edges { node { id name accessSchedule { scheduleItems { amount } } } } } }`,
      { c: ACME },
    );
    expect(listBodies()).toHaveLength(2);
    for (const body of listBodies()) {
      expect(body).not.toHaveProperty('include_balance');
      expect(body).not.toHaveProperty('include_ledgers');
    }
  });

  it('balance (even through a fragment) sends include_balance only; ledger sends include_ledgers', async () => {
    await gw.run(
      `query($c: ID!) { contractCredits(customerId: $c, first: 2) { edges { node { ...B } } } }
       fragment B on ContractCredit { left: balance }`,
      { c: ACME },
    );
    expect(listBodies()[0]).toMatchObject({ include_balance: true });
    expect(listBodies()[0]).not.toHaveProperty('include_ledgers');

    await gw.run(`query($c: ID!) { contractCredits(customerId: $c, first: 2) { edges { node { ledger { amount } } } } }`, { c: ACME });
    expect(listBodies()[0]).toMatchObject({ include_ledgers: true });
    expect(listBodies()[0]).not.toHaveProperty('include_balance');
  });
});

describe('balances and ledgers equal the sandbox’s figures', () => {
  it('balances of the notable Acme credits', async () => {
    const { contractCredits } = dataOf(await gw.run(BALANCES, { c: ACME }));
    const balance = Object.fromEntries(contractCredits!.edges.map((e) => [e.node.id, e.node.balance]));
    expect(balance[CREDITS.onboarding]).toBe('90000');
    expect(balance[CREDITS.aiTokensStarter]).toBe('3800');
    expect(balance[CREDITS.annualCommitBonus]).toBe('122000');
    expect(balance[CREDITS.supportHours]).toBe('0');
    expect(balance[CREDITS.clawback]).toBe('0');
    expect(balance[CREDITS.archivedPromo]).toBeUndefined(); // archived: left out
    expect(gw.metronomeCalls()).toEqual([LIST, LIST, LIST]);
  });

  it('ContractCreditDetail: a customer-level credit with every ledger kind it has, adding up to its balance', async () => {
    const result = await gw.run(ContractCreditDetailDocument, { customerId: ACME, id: CREDITS.onboarding });
    expect(result.errors).toBeUndefined();
    const credit = result.data!.contractCredit!;
    expect(credit).toMatchObject({
      id: CREDITS.onboarding,
      name: 'Onboarding credit',
      description: 'Welcome credit for the 2026 onboarding',
      type: 'CREDIT',
      priority: 10,
      rateType: 'COMMIT_RATE',
      balance: '90000',
      customFields: { campaign: 'onboarding-2026' },
      createdAt: null, // customer-level: no v2 shape
      archivedAt: null,
      product: { id: PRODUCTS.promotionalCredit, name: 'Promotional Credit', type: 'FIXED', tags: ['credit'] },
      pricingUnit: { id: UNITS.usdCents.id, name: 'USD (cents)', isCurrency: true },
      applicableProductIds: null,
      applicableProducts: null,
      applicableProductTags: ['usage'],
      applicableContractIds: null,
      specifiers: null,
      hierarchyConfiguration: null,
      contract: null,
      customer: { id: ACME, name: 'Acme Robotics' },
    });
    expect(credit.accessSchedule!.scheduleItems.map((s) => [s.amount, s.startingAt, s.endingBefore])).toEqual([
      ['50000', '2026-01-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z'],
      ['100000', '2026-07-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
      ['50000', '2027-01-01T00:00:00.000Z', '2027-07-01T00:00:00.000Z'],
    ]);
    const ledger = credit.ledger!;
    const kinds = new Set(ledger.map((e) => e.__typename));
    expect(kinds).toEqual(
      new Set([
        'ContractCreditSegmentStartLedgerEntry',
        'ContractCreditAutomatedInvoiceDeductionLedgerEntry',
        'ContractCreditExpirationLedgerEntry',
        'ContractCreditManualLedgerEntry',
      ]),
    );
    expect(ledger.reduce((sum, e) => sum + Number(e.amount), 0)).toBe(90000);
    const segments = credit.accessSchedule!.scheduleItems.map((s) => s.id);
    for (const entry of ledger) {
      if ('segmentId' in entry) expect(segments).toContain(entry.segmentId);
      if (entry.__typename === 'ContractCreditAutomatedInvoiceDeductionLedgerEntry') {
        expect(entry).toMatchObject({ type: 'CREDIT_AUTOMATED_INVOICE_DEDUCTION', invoiceId: expect.any(String), contractId: null });
        expect(Number(entry.amount)).toBeLessThan(0);
      }
    }
    expect(ledger.find((e) => e.__typename === 'ContractCreditManualLedgerEntry')).toMatchObject({
      type: 'CREDIT_MANUAL',
      amount: '10000',
      reason: 'Service outage goodwill',
      timestamp: '2026-08-15T00:00:00.000Z',
    });
    expect(ledger.find((e) => e.__typename === 'ContractCreditExpirationLedgerEntry')).toMatchObject({ amount: '-20000' });
    // one credit read carrying both flags, one product, the pricing-unit catalogue, the customer
    expect(gw.metronomeCalls().sort()).toEqual([
      `GET /v1/credit-types/list?limit=100`,
      `GET /v1/customers?limit=1&customer_ids=${ACME}`,
      'POST /v1/contract-pricing/products/get',
      LIST,
    ]);
    expect(listBodies()[0]).toEqual({
      customer_id: ACME,
      credit_id: CREDITS.onboarding,
      include_contract_credits: true,
      include_archived: true,
      include_balance: true,
      include_ledgers: true,
      limit: 1,
    });
  });

  it('ContractCreditDetail: a contract-level credit with specifiers, hierarchy, contract and a custom pricing unit', async () => {
    const result = await gw.run(ContractCreditDetailDocument, { customerId: ACME, id: CREDITS.aiTokensStarter });
    expect(result.errors).toBeUndefined();
    const credit = result.data!.contractCredit!;
    expect(credit).toMatchObject({
      name: 'AI Tokens starter pack',
      balance: '3800',
      pricingUnit: { id: UNITS.aiTokens.id, name: UNITS.aiTokens.name, isCurrency: false },
      product: { id: PRODUCTS.commitCredit, name: 'Commit Credit' },
      hierarchyConfiguration: { childAccess: { type: 'ALL', contractIds: [] } },
      contract: { id: CONTRACTS.enterprise2026, name: 'Acme Robotics Enterprise 2026', endingBefore: '2027-01-01T00:00:00.000Z' },
      createdAt: '2026-01-01T00:00:00.000Z', // from the contract's v2 shape
      archivedAt: null,
    });
    expect(credit.specifiers).toEqual([
      {
        productId: PRODUCTS.aiTokens,
        product: { id: PRODUCTS.aiTokens, name: 'AI Tokens' },
        productTags: null,
        pricingGroupValues: { model: 'large' },
        presentationGroupValues: null,
      },
      { productId: null, product: null, productTags: ['ai'], pricingGroupValues: null, presentationGroupValues: null },
    ]);
    const deduction = credit.ledger!.find((e) => e.__typename === 'ContractCreditAutomatedInvoiceDeductionLedgerEntry')!;
    expect(deduction).toMatchObject({ contractId: CONTRACTS.enterprise2026 });
    expect(credit.ledger!.reduce((sum, e) => sum + Number(e.amount), 0)).toBe(3800);
    // the contract and createdAt share one contracts call
    expect(gw.metronomeCalls().filter((c) => c === 'POST /v2/contracts/list')).toHaveLength(1);
  });

  it('applicable products and contracts, and a CONTRACT_IDS hierarchy, resolve to their objects', async () => {
    const umbrella = METRONOME_CUSTOMER_IDS.comp_umbrella!;
    const renewal = gw.metronomeSandbox.store.credits.find((c) => c.name === 'Renewal bonus')!;
    const research = gw.metronomeSandbox.store.credits.find((c) => c.name === 'Research grant credit')!;
    const result = dataOf(
      await gw.run(APPLICABLE, { u: umbrella, a: ACME, renewal: renewal.id, research: research.id, bonus: CREDITS.annualCommitBonus }),
    );
    expect(result.renewal).toEqual({
      hierarchyConfiguration: { childAccess: { type: 'CONTRACT_IDS', contractIds: [renewal.contract_id] } },
      contract: { name: 'Umbrella Biotech 2026 renewal' },
    });
    expect(result.research?.applicableContracts).toEqual([{ id: research.applicable_contract_ids![0], name: 'Umbrella Biotech 2026 renewal' }]);
    expect(result.research?.pricingUnit).toEqual({ name: 'GBP (pence)' });
    expect(result.bonus?.applicableProducts).toEqual([
      { id: PRODUCTS.apiRequests, name: 'API Requests', type: 'USAGE' },
      { id: PRODUCTS.computeMinutes, name: 'Compute Minutes', type: 'USAGE' },
    ]);
  });

  it('an unknown ledger kind resolves to the generic entry type, and an unknown enum value to UNKNOWN', async () => {
    const store = gw.metronomeSandbox.store;
    const record = store.credits.find((c) => c.id === CREDITS.clawback)!;
    const ledger = store.ledger.bind(store);
    store.ledger = (credit) => {
      const computed = ledger(credit);
      if (credit.id !== CREDITS.clawback) return computed;
      const future = { type: 'CREDIT_TIME_TRAVEL', amount: 5, segment_id: 'seg-x', timestamp: '2026-09-30T00:00:00.000Z', note: 'new' };
      return { ...computed, entries: [...computed.entries, future as never] };
    };
    const rateType = record.rate_type;
    record.rate_type = 'HYBRID_RATE' as never;
    try {
      const { contractCredit } = dataOf(await gw.run(OTHER_LEDGER, { c: ACME, id: CREDITS.clawback }));
      expect(contractCredit?.rateType).toBe('UNKNOWN');
      expect(contractCredit?.ledger?.at(-1)).toEqual({
        __typename: 'ContractCreditOtherLedgerEntry',
        type: 'UNKNOWN',
        amount: '5',
        wireType: 'CREDIT_TIME_TRAVEL',
        segmentId: 'seg-x',
        fields: { type: 'CREDIT_TIME_TRAVEL', amount: 5, segment_id: 'seg-x', timestamp: '2026-09-30T00:00:00.000Z', note: 'new' },
      });
    } finally {
      store.ledger = ledger;
      record.rate_type = rateType;
    }
  });
});

describe('links and their cost', () => {
  it('product { id name } and pricingUnit { id name } cost no call; the rest load once per distinct product and once for the catalogue', async () => {
    const cheap = dataOf(await gw.run(CHEAP_LINKS, { c: ACME }));
    expect(cheap.contractCredits?.edges[0]?.node).toEqual({
      product: { id: PRODUCTS.promotionalCredit, name: 'Promotional Credit' },
      pricingUnit: { id: UNITS.usdCents.id, name: 'USD (cents)' },
    });
    expect(gw.metronomeCalls()).toEqual([LIST]);

    const dear = await gw.run(
      `query($c: ID!) { contractCredits(customerId: $c, first: 25) { edges { node { product { type tags } pricingUnit { isCurrency } } } } }`,
      { c: ACME },
    );
    expect(dear.errors).toBeUndefined();
    const distinctProducts = new Set(
      gw.metronomeSandbox.store.listCredits(ACME, { include_contract_credits: true }).slice(0, 25).map((c) => c.product_id),
    ).size;
    const calls = gw.metronomeCalls();
    expect(calls.filter((c) => c === 'POST /v1/contract-pricing/products/get')).toHaveLength(distinctProducts);
    expect(calls.filter((c) => c.startsWith('GET /v1/credit-types/list'))).toHaveLength(1);
  });

  it('contract, customer and createdAt of many credits cost one contracts call and one customers call', async () => {
    const nodes = dataOf(await gw.run(CONTRACT_LINKS, { c: ACME })).contractCredits!.edges.map((e) => e.node);
    const bonus = nodes.find((n) => n.name === 'Annual commit bonus');
    expect(bonus?.contract).toEqual({ id: CONTRACTS.enterprise2026, name: 'Acme Robotics Enterprise 2026' });
    expect(bonus?.contractId).toBe(CONTRACTS.enterprise2026);
    expect(nodes.find((n) => n.name === '2025 contract credit')?.contract?.name).toBe('Acme Robotics Enterprise 2025');
    expect(nodes.find((n) => n.name === 'Onboarding credit')).toMatchObject({ contract: null, contractId: null, createdAt: null });
    expect(nodes.every((n) => n.customer?.name === 'Acme Robotics')).toBe(true);
    expect(gw.metronomeCalls().sort()).toEqual([`GET /v1/customers?limit=1&customer_ids=${ACME}`, LIST, 'POST /v2/contracts/list']);
  });

  it('Contract.credits come embedded; asking their balance costs one more contracts call, with include_balance', async () => {
    const plain = dataOf(await gw.run(EMBEDDED_CREDITS, { c: ACME }));
    const c2026 = plain.metronomeCustomer?.contracts.find((c) => c.name === 'Acme Robotics Enterprise 2026');
    expect(c2026?.credits.map((c) => c.name).sort()).toEqual(['AI Tokens starter pack', 'Annual commit bonus', 'Q4 capacity credit']);
    expect(c2026?.credits[0]?.createdAt).toEqual(expect.any(String));
    expect(c2026?.credits[0]?.rateType).toBeNull(); // the v2 shape has none
    expect(gw.metronomeCalls().filter((c) => c === 'POST /v2/contracts/list')).toHaveLength(1);

    const withBalance = dataOf(await gw.run(EMBEDDED_BALANCES, { c: ACME }));
    const balances = Object.fromEntries(withBalance.metronomeCustomer!.contracts.flatMap((c) => c.credits.map((k) => [k.id, k.balance])));
    expect(balances[CREDITS.annualCommitBonus]).toBe('122000');
    expect(balances[CREDITS.aiTokensStarter]).toBe('3800');
    const contractCalls = gw.metronomeSandbox.calls.filter((c) => c.path === '/v2/contracts/list');
    expect(contractCalls).toHaveLength(2);
    expect(contractCalls.map((c) => (c.body as { include_balance?: boolean }).include_balance ?? false).sort()).toEqual([false, true]);
  });

  it('the headline operation: a company’s Schematic balances and grants beside its Metronome credits', async () => {
    const result = await gw.run(CompanyWithContractCreditsDocument, { id: 'comp_acme', creditsFirst: 30 });
    expect(result.errors).toBeUndefined();
    const company = result.data!.company!;
    expect(company.creditBalances.length).toBeGreaterThan(0);
    expect(company.creditGrants.edges.length).toBeGreaterThan(0);
    expect(company.metronomeCustomer).toMatchObject({ id: ACME, name: 'Acme Robotics' });
    const credits = company.contractCredits!;
    expect(credits.edges).toHaveLength(30);
    expect(credits.pageInfo.hasNextPage).toBe(true);
    const onboarding = credits.edges.find((e) => e.node.id === CREDITS.onboarding)!.node;
    expect(onboarding).toMatchObject({ balance: '90000', pricingUnit: { name: 'USD (cents)' }, contract: null });
    expect(onboarding.accessSchedule!.scheduleItems).toHaveLength(3);
    expect(credits.edges.find((e) => e.node.id === CREDITS.annualCommitBonus)!.node.contract!.name).toBe('Acme Robotics Enterprise 2026');
    // Metronome: the customer (batched), two credit pages with balances, one contracts call
    expect(gw.metronomeCalls().sort()).toEqual([`GET /v1/customers?limit=1&customer_ids=${ACME}`, LIST, LIST, 'POST /v2/contracts/list']);
    expect(listBodies().every((b) => b.include_balance === true && !('include_ledgers' in b))).toBe(true);
  });
});

describe('filters and unknown ids', () => {
  it('includeContractCredits: false lists customer-level credits only; includeArchived shows archived ones', async () => {
    const customerLevel = dataOf(await gw.run(FILTERED, { c: ACME, f: { includeContractCredits: false } }));
    expect(customerLevel.contractCredits?.edges.every((e) => e.node.contractId === null)).toBe(true);
    expect(listBodies()[0]).toMatchObject({ include_contract_credits: false });

    const archived = dataOf(await gw.run(FILTERED, { c: ACME, f: { includeArchived: true } }));
    const ids = archived.contractCredits?.edges.map((e) => e.node.id);
    expect(ids).toContain(CREDITS.archivedPromo);
    expect(ids).toHaveLength(56);
    expect(listBodies()[0]).toMatchObject({ include_archived: true, include_contract_credits: true });
  });

  it('date filters go upstream as covering_date / starting_at / effective_before', async () => {
    const names = dataOf(await gw.run(COVERING, { c: ACME })).contractCredits?.edges.map((e) => e.node.name);
    expect(names).toContain('Onboarding credit'); // its third segment covers February 2027
    expect(names).not.toContain('Annual commit bonus'); // ends 2027-01-01
    expect(listBodies()[0]).toMatchObject({ covering_date: '2027-02-01T00:00:00Z' });

    await gw.run(
      `query($c: ID!) { contractCredits(customerId: $c, first: 1, filter: { startingAt: "2026-01-01T00:00:00Z", effectiveBefore: "2026-06-01T00:00:00Z" }) { edges { cursor } } }`,
      { c: ACME },
    );
    expect(listBodies()[0]).toMatchObject({ starting_at: '2026-01-01T00:00:00Z', effective_before: '2026-06-01T00:00:00Z' });
  });

  it('an unknown customer or credit is null, not an error', async () => {
    expect(dataOf(await gw.run(UNKNOWN_IDS, { u: UNKNOWN, a: ACME }))).toEqual({ list: null, one: null, missing: null });
  });

  it('contractCredit finds an archived credit by id (its balance 0, its ledger null)', async () => {
    expect(dataOf(await gw.run(ARCHIVED, { c: ACME, id: CREDITS.archivedPromo })).contractCredit).toEqual({ name: 'Spring promo (archived)', balance: '0', ledger: null });
  });
});
