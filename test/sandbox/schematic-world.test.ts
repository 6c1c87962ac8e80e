/**
 * The seeded world is linked and self-consistent, as seen through the API: what a frontend or the
 * gateway reads must add up (balances vs grants, ledger vs grants, names vs linked objects).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSchematicSandbox, type SchematicSandbox } from '../../src/sandbox/schematic/server.ts';
import type {
  BillingCredit,
  BillingCreditBundle,
  BillingCreditGrant,
  BillingPlanCreditGrant,
  Company,
  CompanyCreditBalance,
  CreditLedgerEvent,
  Feature,
  Plan,
} from '../../src/upstream/schematic/types.ts';
import { METRONOME_CUSTOMER_IDS, WORLD_NOW } from '../../src/sandbox/world.ts';
import { data, get } from './schematic-helpers.ts';

let sandbox: SchematicSandbox;
let credits: BillingCredit[];
let bundles: BillingCreditBundle[];
let grants: BillingCreditGrant[];
let planGrants: BillingPlanCreditGrant[];
let companies: Company[];
let plans: Plan[];
let features: Feature[];
const ledgers = new Map<string, CreditLedgerEvent[]>();
const balances = new Map<string, CompanyCreditBalance[]>();

const byId = <T extends { id: string }>(items: T[], id: string | null | undefined): T => {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const NOW = Date.parse(WORLD_NOW);
const isLive = (g: BillingCreditGrant) =>
  !g.zeroed_out_date && (!g.expires_at || Date.parse(g.expires_at) > NOW) && (!g.valid_from || Date.parse(g.valid_from) <= NOW);

beforeAll(async () => {
  sandbox = await startSchematicSandbox();
  const all = { limit: 250 };
  [credits, bundles, grants, planGrants, companies, plans, features] = await Promise.all([
    data<BillingCredit[]>(sandbox, '/billing/credits', all),
    data<BillingCreditBundle[]>(sandbox, '/billing/credits/bundles', all),
    data<BillingCreditGrant[]>(sandbox, '/billing/credits/grants/list', all),
    data<BillingPlanCreditGrant[]>(sandbox, '/billing/credits/plan-grants', all),
    data<Company[]>(sandbox, '/companies', all),
    data<Plan[]>(sandbox, '/plans', all),
    data<Feature[]>(sandbox, '/features', all),
  ]);
  for (const c of companies) {
    ledgers.set(c.id, await data<CreditLedgerEvent[]>(sandbox, '/v2/billing/credits/ledger', { company_id: c.id, ...all }));
    balances.set(c.id, await data<CompanyCreditBalance[]>(sandbox, '/billing/credits/balance', { company_id: c.id }));
  }
});
afterAll(async () => {
  await sandbox.close();
});

describe('catalogue', () => {
  it('has 3 credits priced in usd and eur, with decimal-string prices and one sub-cent price', () => {
    expect(credits.map((c) => c.id).sort()).toEqual(['bcrd_ai_tokens', 'bcrd_compute_minutes', 'bcrd_support_hours']);
    for (const c of credits) {
      expect(c.currency_prices.map((p) => p.currency).sort()).toEqual(['eur', 'usd']);
      for (const p of c.currency_prices) {
        expect(Number.isInteger(p.price?.price)).toBe(true);
        expect(p.price?.price_decimal).toMatch(/^\d+(\.\d+)?$/);
      }
    }
    expect(byId(credits, 'bcrd_ai_tokens').price?.price_decimal).toBe('0.0002');
    expect(credits.filter((c) => c.product).length).toBeGreaterThan(0);
    expect(credits.filter((c) => !c.product).length).toBeGreaterThan(0);
  });

  it('has 4 bundles, one inactive, some limited to plans, all pointing at real credits and plans', () => {
    expect(bundles).toHaveLength(4);
    expect(bundles.filter((b) => b.status === 'inactive')).toHaveLength(1);
    expect(bundles.some((b) => b.compatible_plan_ids.length > 0)).toBe(true);
    for (const b of bundles) {
      const credit = byId(credits, b.credit_id);
      expect(b.credit_name).toBe(credit.name);
      for (const planId of b.compatible_plan_ids) byId(plans, planId);
      expect(b.has_grants).toBe(grants.some((g) => g.credit_bundle_id === b.id));
    }
  });

  it('has 3 plans whose credits and included grants match the plan credit grants', () => {
    expect(plans).toHaveLength(3);
    for (const plan of plans) {
      const own = planGrants.filter((g) => g.plan_id === plan.id);
      expect(own.length).toBeGreaterThan(0);
      expect((plan.included_credit_grants ?? []).map((g) => g.id).sort()).toEqual(own.map((g) => g.id).sort());
      expect(plan.credits.map((c) => c.id).sort()).toEqual([...new Set(own.map((g) => g.credit_id))].sort());
      expect(plan.company_count).toBe(companies.filter((c) => c.plan?.id === plan.id).length);
    }
  });

  it('embeds the credit and a plan preview in each plan grant, with matching names', () => {
    expect(planGrants.length).toBeGreaterThanOrEqual(5);
    for (const g of planGrants) {
      const credit = byId(credits, g.credit_id);
      const plan = byId(plans, g.plan_id);
      expect(g.credit).toEqual(credit);
      expect(g.credit_name).toBe(credit.name);
      expect(g.plan).toMatchObject({ id: plan.id, name: plan.name });
      expect(g.plan_name).toBe(plan.name);
    }
  });

  it('has at least 4 features, each consumed somewhere in the ledger', () => {
    expect(features.length).toBeGreaterThanOrEqual(4);
    const used = new Set([...ledgers.values()].flat().map((e) => e.feature_id));
    for (const f of features) expect(used.has(f.id)).toBe(true);
  });
});

describe('companies', () => {
  it('has 8 companies with a domain key, 5 of them linked to Metronome customers', () => {
    expect(companies).toHaveLength(8);
    for (const c of companies) expect(c.keys.some((k) => k.key === 'domain' && k.value.endsWith('.example'))).toBe(true);
    const linked = Object.fromEntries(
      companies.flatMap((c) => c.keys.filter((k) => k.key === 'metronome_customer_id').map((k) => [c.id, k.value])),
    );
    expect(linked).toEqual(METRONOME_CUSTOMER_IDS);
    expect(Object.keys(linked)).toHaveLength(5);
    for (const uuid of Object.values(linked)) expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('carries balances that equal /billing/credits/balance', () => {
    for (const c of companies) {
      const expected = Object.fromEntries((balances.get(c.id) ?? []).map((b) => [b.credit_id, b.remaining]));
      expect(c.billing_credit_balances).toEqual(expected);
    }
  });

  it('is on a real plan', () => {
    for (const c of companies) {
      const plan = byId(plans, c.plan?.id);
      expect(c.plan?.name).toBe(plan.name);
      expect(c.plans.map((p) => p.id)).toEqual([plan.id]);
    }
  });
});

describe('company grants', () => {
  it('has 60 grants covering every reason and lifecycle state', () => {
    expect(grants).toHaveLength(60);
    expect(new Set(grants.map((g) => g.grant_reason))).toEqual(new Set(['plan', 'purchased', 'free', 'adjustment', 'rollover']));
    expect(grants.filter((g) => g.expires_at && Date.parse(g.expires_at) <= NOW).length).toBeGreaterThan(3);
    const zeroed = grants.filter((g) => g.zeroed_out_date);
    expect(zeroed.length).toBeGreaterThan(3);
    for (const g of zeroed) {
      expect(g.zeroed_out_reason).toEqual(expect.any(String));
      expect(g.quantity_remaining).toBe(0);
    }
    expect(new Set(grants.map((g) => g.company_id)).size).toBe(8);
    expect(new Set(grants.map((g) => g.credit_id)).size).toBe(3);
  });

  it('denormalises names that match the linked objects', () => {
    for (const g of grants) {
      expect(g.company_name).toBe(byId(companies, g.company_id).name);
      expect(g.credit_name).toBe(byId(credits, g.credit_id).name);
      if (g.plan_id) expect(g.plan_name).toBe(byId(plans, g.plan_id).name);
    }
  });

  it('links plan, bundle and rollover grants to real sources', () => {
    for (const g of grants.filter((x) => x.grant_reason === 'plan')) {
      expect(byId(companies, g.company_id).plan?.id).toBe(g.plan_id);
      expect(planGrants.some((pg) => pg.plan_id === g.plan_id && pg.credit_id === g.credit_id && pg.credit_amount === g.quantity)).toBe(true);
    }
    const bought = grants.filter((g) => g.credit_bundle_id);
    expect(bought.length).toBeGreaterThan(5);
    for (const g of bought) {
      const bundle = byId(bundles, g.credit_bundle_id);
      expect(g.credit_id).toBe(bundle.credit_id);
      expect(g.quantity).toBe(bundle.quantity);
      expect(g.price).toEqual(bundle.currency_prices.find((p) => p.currency === g.currency)?.price);
    }
    const rollovers = grants.filter((g) => g.source_grant_id);
    expect(rollovers.length).toBeGreaterThan(0);
    for (const g of rollovers) {
      const source = byId(grants, g.source_grant_id);
      expect(source.company_id).toBe(g.company_id);
      expect(source.credit_id).toBe(g.credit_id);
      expect(source.created_at < g.created_at).toBe(true);
    }
  });

  it('records each transfer on both grants, consistently', () => {
    const withTransfers = grants.filter((g) => g.transfers?.length);
    expect(withTransfers.length).toBeGreaterThanOrEqual(4);
    for (const g of withTransfers) {
      for (const t of g.transfers ?? []) {
        const other = byId(grants, t.related_grant_id);
        const mirror = other.transfers?.find((o) => o.id === t.id);
        expect(mirror).toEqual({ ...t, direction: t.direction === 'in' ? 'out' : 'in', related_grant_id: g.id });
        expect(other.company_id).toBe(g.company_id);
        expect(other.credit_id).toBe(g.credit_id);
      }
    }
  });

  it('keeps each grant arithmetic: granted + in - out = used + reserved + remaining (+ zeroed out)', () => {
    for (const g of grants) {
      const events = (ledgers.get(g.company_id) ?? []).filter((e) => e.grant_id === g.id || e.from_grant_id === g.id);
      const net = (g.transfers ?? []).reduce((s, t) => s + (t.direction === 'in' ? t.amount : -t.amount), 0);
      const zeroedOut = events.find((e) => e.event_type === 'zero_out')?.quantity_remaining_at_zero_out ?? 0;
      expect(g.quantity + net).toBeCloseTo(g.quantity_used + (g.reserved ?? 0) + g.quantity_remaining + zeroedOut, 6);
    }
  });
});

describe('ledger', () => {
  it('has a grant event per grant, usage summing to quantity_used, and transfer and zero-out events', () => {
    const all = [...ledgers.values()].flat();
    for (const g of grants) {
      const mine = all.filter((e) => e.grant_id === g.id);
      const grantEvents = mine.filter((e) => e.event_type === 'grant');
      expect(grantEvents).toHaveLength(1);
      expect(grantEvents[0]).toMatchObject({ amount: g.quantity, grant_reason: g.grant_reason, event_at: g.valid_from });
      const usage = mine.filter((e) => e.event_type === 'usage');
      expect(usage.reduce((s, e) => s - e.amount, 0)).toBeCloseTo(g.quantity_used, 6);
      for (const e of usage) {
        expect(e.feature_id).toEqual(expect.any(String));
        expect(e.feature?.name).toBe(byId(features, e.feature_id).name);
      }
      expect(mine.filter((e) => e.event_type === 'zero_out')).toHaveLength(g.zeroed_out_date ? 1 : 0);
      for (const t of (g.transfers ?? []).filter((x) => x.direction === 'out')) {
        expect(all.filter((e) => e.event_type === 'transfer' && e.from_grant_id === g.id && e.to_grant_id === t.related_grant_id)).toHaveLength(1);
      }
    }
  });

  it('embeds company and credit summaries that match, and is newest first', () => {
    for (const [companyId, events] of ledgers) {
      const company = byId(companies, companyId);
      for (const e of events) {
        expect(e.company).toEqual({ id: company.id, name: company.name, logo_url: company.logo_url ?? null });
        expect(e.credit?.name).toBe(byId(credits, e.billing_credit_id).name);
        expect(e.credit_name).toBe(e.credit?.name);
        expect(Date.parse(e.event_at)).toBeLessThanOrEqual(NOW);
      }
      const times = events.map((e) => e.event_at);
      expect(times).toEqual([...times].sort().reverse());
    }
  });

  it('has unique event ids and source ids', () => {
    const all = [...ledgers.values()].flat();
    expect(new Set(all.map((e) => e.event_id)).size).toBe(all.length);
    expect(new Set(all.map((e) => e.source_id)).size).toBe(all.length);
  });
});

describe('balances', () => {
  it('agree with the live grants of each company', () => {
    for (const c of companies) {
      const own = grants.filter((g) => g.company_id === c.id);
      const expected = [...new Set(own.map((g) => g.credit_id))].map((creditId) => {
        const live = own.filter((g) => g.credit_id === creditId && isLive(g));
        const remaining = live.reduce((s, g) => s + g.quantity_remaining, 0);
        const reserved = live.reduce((s, g) => s + (g.reserved ?? 0), 0);
        return { credit_id: creditId, remaining, reserved, settled: remaining + reserved };
      });
      const actual = balances.get(c.id) ?? [];
      expect(actual.map(({ credit_id, remaining, reserved, settled }) => ({ credit_id, remaining, reserved, settled })).sort((a, b) => a.credit_id.localeCompare(b.credit_id))).toEqual(
        expected.sort((a, b) => a.credit_id.localeCompare(b.credit_id)),
      );
    }
  });

  it('includes open holds somewhere, so reserved and settled are not trivially zero', () => {
    expect([...balances.values()].flat().some((b) => b.reserved > 0 && b.settled > b.remaining)).toBe(true);
  });
});

describe('determinism', () => {
  it('gives identical responses from two sandboxes', async () => {
    const other = await startSchematicSandbox();
    try {
      const paths: Array<[string, Record<string, string | number>]> = [
        ['/billing/credits', {}],
        ['/billing/credits/bundles', {}],
        ['/billing/credits/grants/list', { limit: 250 }],
        ['/billing/credits/plan-grants', {}],
        ['/v2/billing/credits/ledger', { company_id: 'comp_acme', limit: 250 }],
        ['/billing/credits/balance', { company_id: 'comp_umbrella' }],
        ['/companies', {}],
        ['/plans', {}],
        ['/features', {}],
      ];
      for (const [path, query] of paths) {
        const [a, b] = await Promise.all([get(sandbox, path, query), get(other, path, query)]);
        expect(JSON.stringify(b.body)).toBe(JSON.stringify(a.body));
      }
    } finally {
      await other.close();
    }
  });
});
