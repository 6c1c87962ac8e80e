/**
 * The Schematic sandbox's in-memory state. Records are kept in plain maps (easy to mutate for the
 * write endpoints); everything a record borrows from another one (denormalised names, balances,
 * a plan's credits, a bundle's `has_grants` ...) is recomputed on every read, so a write never
 * has to chase copies.
 */
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
  PreviewObject,
} from '../../upstream/schematic/types.ts';
import { ENVIRONMENT_ID, seedSchematicWorld, type SchematicWorld } from './seed.ts';

/** Newest first, the vendor's default list order; ties broken by id so order is stable. */
function newestFirst(a: { created_at: string; id: string }, b: { created_at: string; id: string }): number {
  return b.created_at.localeCompare(a.created_at) || a.id.localeCompare(b.id);
}

const byId = <T extends { id: string }>(items: T[]): Map<string, T> => new Map(items.map((i) => [i.id, i]));

/** Process-wide, so ids stay unique across every sandbox running in one process (tests start many). */
let idSequence = 0;

/** A new id with the vendor's prefix (`bcrd`, `bcb`, `bcgr`, `bpcg`): `bcgr_sbx0000001`, never reused in this process. */
export function newId(prefix: string): string {
  idSequence += 1;
  return `${prefix}_sbx${String(idSequence).padStart(7, '0')}`;
}

/** A ledger event before the ledger numbers it. */
export type NewLedgerEvent = Omit<CreditLedgerEvent, 'event_id' | 'source_id' | 'environment_id'>;

export class SchematicStore {
  /**
   * The sandbox clock, in epoch ms. It starts at the world's frozen date (WORLD_NOW) and moves only
   * when something is written: each write advances it by one millisecond and is stamped with the
   * new instant (see `tick`). So reads stay reproducible, and a write is visible at once: a grant
   * created now has `valid_from` equal to the clock, which `isLive` counts (only a start *after*
   * the clock is excluded), while its `created_at`/`updated_at` and ledger `event_at` sort it
   * newest-first after everything seeded. A real wall clock would not do: it is before or after
   * WORLD_NOW by months, so new grants would either expire in the frozen past or start in the future.
   */
  private clock: number;
  readonly environmentId = ENVIRONMENT_ID;
  readonly credits: Map<string, BillingCredit>;
  readonly bundles: Map<string, BillingCreditBundle>;
  readonly grants: Map<string, BillingCreditGrant>;
  readonly planGrants: Map<string, BillingPlanCreditGrant>;
  readonly companies: Map<string, Company>;
  readonly plans: Map<string, Plan>;
  readonly features: Map<string, Feature>;
  /** feature id -> credit id its usage burns */
  readonly featureCredits: Map<string, string>;
  readonly ledger: CreditLedgerEvent[];

  constructor(world: SchematicWorld = seedSchematicWorld()) {
    this.clock = Date.parse(world.now);
    this.credits = byId(world.credits);
    this.bundles = byId(world.bundles);
    this.grants = byId(world.grants);
    this.planGrants = byId(world.planGrants);
    this.companies = byId(world.companies);
    this.plans = byId(world.plans);
    this.features = byId(world.features);
    this.featureCredits = new Map(Object.entries(world.featureCredits));
    this.ledger = [...world.ledger];
  }

  /** The clock as RFC 3339: balances are computed at this instant. */
  get now(): string {
    return new Date(this.clock).toISOString();
  }

  /** The instant the next write will be stamped with (for checks made before it happens). */
  nextTick(): number {
    return this.clock + 1;
  }

  /** Advances the clock by one millisecond for a write and returns the write's timestamp. */
  tick(): string {
    this.clock += 1;
    return this.now;
  }

  /** A grant counts towards balances while valid, not expired and not zeroed out. */
  isLive(grant: BillingCreditGrant): boolean {
    const now = this.clock;
    if (grant.zeroed_out_date) return false;
    if (grant.valid_from && Date.parse(grant.valid_from) > now) return false;
    return !grant.expires_at || Date.parse(grant.expires_at) > now;
  }

  // ---- credits

  getCredit(id: string): BillingCredit | undefined {
    const credit = this.credits.get(id);
    return credit && { ...credit };
  }

  listCredits(): BillingCredit[] {
    return [...this.credits.values()].sort(newestFirst).map((c) => ({ ...c }));
  }

  // ---- bundles

  getBundle(id: string): BillingCreditBundle | undefined {
    const bundle = this.bundles.get(id);
    return bundle && this.bundleView(bundle);
  }

  listBundles(): BillingCreditBundle[] {
    return [...this.bundles.values()].sort(newestFirst).map((b) => this.bundleView(b));
  }

  private bundleView(bundle: BillingCreditBundle): BillingCreditBundle {
    const credit = this.credits.get(bundle.credit_id);
    const view = { ...bundle, has_grants: [...this.grants.values()].some((g) => g.credit_bundle_id === bundle.id) };
    if (credit) {
      view.credit_name = credit.name;
      view.credit_description = credit.description;
      view.credit_icon = credit.icon ?? null;
      view.singular_name = credit.singular_name ?? null;
      view.plural_name = credit.plural_name ?? null;
    }
    return view;
  }

  // ---- company grants

  getGrant(id: string): BillingCreditGrant | undefined {
    const grant = this.grants.get(id);
    return grant && this.grantView(grant);
  }

  listGrants(): BillingCreditGrant[] {
    return [...this.grants.values()].sort(newestFirst).map((g) => this.grantView(g));
  }

  private grantView(grant: BillingCreditGrant): BillingCreditGrant {
    const view = { ...grant };
    const company = this.companies.get(grant.company_id);
    const credit = this.credits.get(grant.credit_id);
    const plan = grant.plan_id ? this.plans.get(grant.plan_id) : undefined;
    if (company) view.company_name = company.name;
    if (credit) {
      view.credit_name = credit.name;
      view.credit_icon = credit.icon ?? null;
    }
    if (plan) view.plan_name = plan.name;
    return view;
  }

  // ---- plan credit grants

  getPlanGrant(id: string): BillingPlanCreditGrant | undefined {
    const planGrant = this.planGrants.get(id);
    return planGrant && this.planGrantView(planGrant);
  }

  listPlanGrants(): BillingPlanCreditGrant[] {
    return [...this.planGrants.values()].sort(newestFirst).map((g) => this.planGrantView(g));
  }

  private planGrantView(planGrant: BillingPlanCreditGrant): BillingPlanCreditGrant {
    const view = { ...planGrant };
    const credit = this.credits.get(planGrant.credit_id);
    const plan = this.plans.get(planGrant.plan_id);
    if (credit) {
      view.credit = { ...credit };
      view.credit_name = credit.name;
      view.credit_singular_name = credit.singular_name ?? null;
      view.credit_plural_name = credit.plural_name ?? null;
    }
    if (plan) {
      view.plan = this.planPreview(plan);
      view.plan_name = plan.name;
    }
    return view;
  }

  private planGrantsOf(planId: string): BillingPlanCreditGrant[] {
    return [...this.planGrants.values()].filter((g) => g.plan_id === planId).sort(newestFirst);
  }

  // ---- ledger and balances

  /** One company's ledger, newest first. */
  listLedger(companyId: string): CreditLedgerEvent[] {
    return this.ledger
      .filter((e) => e.company_id === companyId)
      .sort((a, b) => b.event_at.localeCompare(a.event_at) || b.source_id - a.source_id)
      .map((e) => this.ledgerView(e));
  }

  /** Numbers a new event after every existing one (event ids and source ids stay unique). */
  appendLedger(event: NewLedgerEvent): void {
    const sourceId = this.ledger.reduce((max, e) => Math.max(max, e.source_id), 0) + 1;
    this.ledger.push({ ...event, event_id: `clev_${String(sourceId).padStart(5, '0')}`, source_id: sourceId, environment_id: this.environmentId });
  }

  private ledgerView(event: CreditLedgerEvent): CreditLedgerEvent {
    const view = { ...event };
    // A grant event reports what its grant has left now (the seed records the same value), so a
    // later zero-out shows on it too.
    const grant = event.event_type === 'grant' && event.grant_id ? this.grants.get(event.grant_id) : undefined;
    if (grant) view.grant_quantity_remaining = grant.quantity_remaining;
    const company = this.companies.get(event.company_id);
    const credit = this.credits.get(event.billing_credit_id);
    const feature = event.feature_id ? this.features.get(event.feature_id) : undefined;
    if (company) view.company = { id: company.id, name: company.name, logo_url: company.logo_url ?? null };
    if (credit) {
      view.credit_name = credit.name;
      view.credit = {
        id: credit.id,
        name: credit.name,
        description: credit.description,
        icon: credit.icon ?? null,
        singular_name: credit.singular_name ?? null,
        plural_name: credit.plural_name ?? null,
      };
    }
    if (feature) view.feature = { id: feature.id, name: feature.name, description: feature.description, icon: feature.icon };
    return view;
  }

  /**
   * One balance per credit the company has ever been granted, computed from its live grants:
   * `remaining` is what can be spent now, `reserved` what open holds keep aside, `settled` the
   * balance ignoring those holds, `total` adds back what the live grants have already consumed.
   */
  balances(companyId: string): CompanyCreditBalance[] {
    const grants = [...this.grants.values()].filter((g) => g.company_id === companyId);
    return this.listCredits()
      .filter((credit) => grants.some((g) => g.credit_id === credit.id))
      .map((credit) => {
        const live = grants.filter((g) => g.credit_id === credit.id && this.isLive(g));
        const sum = (f: (g: BillingCreditGrant) => number) => live.reduce((s, g) => s + f(g), 0);
        const remaining = sum((g) => g.quantity_remaining);
        const reserved = sum((g) => g.reserved ?? 0);
        return {
          credit_id: credit.id,
          remaining,
          reserved,
          settled: remaining + reserved,
          total: remaining + reserved + sum((g) => g.quantity_used),
          source: 'schematic',
        };
      });
  }

  // ---- companies

  getCompany(id: string): Company | undefined {
    const company = this.companies.get(id);
    return company && this.companyView(company);
  }

  listCompanies(): Company[] {
    return [...this.companies.values()].sort(newestFirst).map((c) => this.companyView(c));
  }

  /** Credit ids the company has ever been granted (the `credit_type_ids` filter). */
  creditIdsOf(companyId: string): Set<string> {
    return new Set([...this.grants.values()].filter((g) => g.company_id === companyId).map((g) => g.credit_id));
  }

  private companyView(company: Company): Company {
    const view: Company = { ...company };
    view.billing_credit_balances = Object.fromEntries(this.balances(company.id).map((b) => [b.credit_id, b.remaining]));
    const plan = company.plan ? this.plans.get(company.plan.id) : undefined;
    if (company.plan && plan) {
      view.plan = {
        ...company.plan,
        name: plan.name,
        description: plan.description,
        included_credit_grants: this.planGrantsOf(plan.id).map((g) => this.companyPlanGrantView(g)),
      };
      view.plans = [this.planPreview(plan)];
    }
    return view;
  }

  /** The company-side view of a plan grant (CompanyPlanCreditGrantView on the wire). */
  private companyPlanGrantView(g: BillingPlanCreditGrant): Record<string, unknown> {
    const credit = this.credits.get(g.credit_id);
    const plan = this.plans.get(g.plan_id);
    return {
      id: g.id,
      plan_id: g.plan_id,
      plan_version_id: g.plan_version_id ?? null,
      plan: plan ? this.planPreview(plan) : undefined,
      credit_id: g.credit_id,
      credit_name: credit?.name ?? g.credit_name,
      credit_description: credit?.description ?? '',
      credit_icon: credit?.icon ?? null,
      singular_name: credit?.singular_name ?? null,
      plural_name: credit?.plural_name ?? null,
      credit_amount: g.credit_amount,
      company_credit_amount: g.company_credit_amount,
      scaling: g.scaling,
      reset_type: g.reset_type ?? 'no_reset',
      reset_cadence: g.reset_cadence ?? null,
      reset_start: g.reset_start ?? null,
      rollover_percentage: g.rollover_percentage,
      expiry_type: g.expiry_type ?? null,
      expiry_unit: g.expiry_unit ?? null,
      expiry_unit_count: g.expiry_unit_count ?? null,
      license_id: g.license_id ?? null,
      billing_credit_auto_topup_availability: g.auto_topup_availability,
      billing_credit_auto_topup_enabled: g.auto_topup_enabled,
      billing_credit_auto_topup_self_service: g.auto_topup_self_service,
      billing_credit_auto_topup_amount: g.auto_topup_amount ?? null,
      billing_credit_auto_topup_amount_type: g.auto_topup_amount_type ?? null,
      billing_credit_auto_topup_threshold_credits: g.auto_topup_threshold_credits ?? null,
      billing_credit_auto_topup_threshold_percent: g.auto_topup_threshold_percent ?? null,
      billing_credit_auto_topup_expiry_type: g.auto_topup_expiry_type ?? null,
      billing_credit_auto_topup_expiry_unit: g.auto_topup_expiry_unit ?? null,
      billing_credit_auto_topup_expiry_unit_count: g.auto_topup_expiry_unit_count ?? null,
      billing_credit_can_buy_bundles: g.can_buy_bundles,
      created_at: g.created_at,
      updated_at: g.updated_at,
    };
  }

  // ---- plans

  getPlan(id: string): Plan | undefined {
    const plan = this.plans.get(id);
    return plan && this.planView(plan);
  }

  listPlans(): Plan[] {
    return [...this.plans.values()].sort(newestFirst).map((p) => this.planView(p));
  }

  private planPreview(plan: Plan): PreviewObject {
    return { id: plan.id, name: plan.name, description: plan.description, image_url: null };
  }

  /** Credit ids a plan grants, in plan-grant order. */
  private planCreditIds(planId: string): string[] {
    return [...new Set(this.planGrantsOf(planId).map((g) => g.credit_id))];
  }

  private planView(plan: Plan): Plan {
    const creditIds = this.planCreditIds(plan.id);
    return {
      ...plan,
      credits: creditIds.flatMap((id) => this.getCredit(id) ?? []),
      included_credit_grants: this.planGrantsOf(plan.id).map((g) => this.planGrantView(g)),
      features: [...this.features.values()]
        .filter((f) => creditIds.includes(this.featureCredits.get(f.id) ?? ''))
        .sort(newestFirst)
        .map((f) => this.featureView(f)),
      company_count: [...this.companies.values()].filter((c) => c.plan?.id === plan.id).length,
    };
  }

  // ---- features

  getFeature(id: string): Feature | undefined {
    const feature = this.features.get(id);
    return feature && this.featureView(feature);
  }

  listFeatures(): Feature[] {
    return [...this.features.values()].sort(newestFirst).map((f) => this.featureView(f));
  }

  private featureView(feature: Feature): Feature {
    const creditId = this.featureCredits.get(feature.id);
    const plans = [...this.plans.values()]
      .filter((p) => creditId !== undefined && this.planCreditIds(p.id).includes(creditId))
      .sort(newestFirst)
      .map((p) => this.planPreview(p));
    return { ...feature, plans };
  }
}
