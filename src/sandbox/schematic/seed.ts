/**
 * The Schematic sandbox's deterministic world: an AI/API company ("the vendor's customer") that
 * sells AI Tokens, Compute Minutes and Support Hours as credits to eight companies.
 *
 * Everything is derived from fixed ids, the frozen clock WORLD_NOW and a seeded PRNG, so two calls
 * return identical (but separate) objects. Aggregates that depend on other records (a plan's
 * `credits`/`included_credit_grants`/`features`/`company_count`, a company's balances, a bundle's
 * `has_grants`, a feature's `plans`) are left empty here: the store derives them on every read so
 * they can never drift from the grants after a write.
 */
import type {
  BillingCredit,
  BillingCreditBundle,
  BillingCreditGrant,
  BillingPlanCreditGrant,
  BillingPrice,
  BillingProduct,
  Company,
  CreditLedgerEvent,
  CurrencyPrice,
  Feature,
  Plan,
} from '../../upstream/schematic/types.ts';
import { WORLD_COMPANIES, WORLD_NOW } from '../world.ts';

export const ENVIRONMENT_ID = 'env_sandbox';
const ACCOUNT_ID = 'acct_sandbox';

export interface SchematicWorld {
  /** the frozen clock the world was built at (balances are computed at this instant) */
  now: string;
  credits: BillingCredit[];
  bundles: BillingCreditBundle[];
  plans: Plan[];
  planGrants: BillingPlanCreditGrant[];
  features: Feature[];
  /** feature id -> the credit its usage burns. Not a wire field: it links plans and features. */
  featureCredits: Record<string, string>;
  companies: Company[];
  grants: BillingCreditGrant[];
  ledger: CreditLedgerEvent[];
}

const NOW_MS = Date.parse(WORLD_NOW);
const DAY_MS = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString();
const daysAgo = (days: number): number => NOW_MS - days * DAY_MS;

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`sandbox seed: missing ${what}`);
  return value;
}

/** mulberry32: tiny, fast, good enough for varied-but-reproducible usage numbers. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function price(id: string, currency: string, minor: number, decimal: string, interval = 'one-time'): BillingPrice {
  return {
    id,
    currency,
    price: minor,
    price_decimal: decimal,
    interval,
    interval_count: 1,
    nickname: null,
    provider_type: 'stripe',
    scheme: 'per_unit',
    external_price_id: `price_sbx_${id.replace(/^bpri_/, '')}`,
  };
}

function currencyPrices(...prices: BillingPrice[]): CurrencyPrice[] {
  return prices.map((p) => ({ currency: p.currency, price: p }));
}

// ---------------------------------------------------------------- credits

function product(id: string, name: string, createdAt: string, usdDecimal: string): BillingProduct {
  return {
    account_id: ACCOUNT_ID,
    created_at: createdAt,
    currency: 'usd',
    environment_id: ENVIRONMENT_ID,
    external_id: `prod_sbx_${id.replace(/^bprod_/, '')}`,
    is_active: true,
    name,
    price: Number(usdDecimal),
    price_decimal: usdDecimal,
    product_id: id,
    provider_type: 'stripe',
    quantity: 0,
    updated_at: createdAt,
  };
}

function buildCredits(): BillingCredit[] {
  const tokensAt = iso(daysAgo(720));
  const computeAt = iso(daysAgo(540));
  const supportAt = iso(daysAgo(400));
  // Prices are in minor units (cents); price_decimal carries sub-cent precision:
  // "0.0002" cents per token is $2 per million tokens.
  const tokensUsd = price('bpri_ai_tokens_usd', 'usd', 0, '0.0002');
  const computeUsd = price('bpri_compute_minutes_usd', 'usd', 2, '2');
  const supportUsd = price('bpri_support_hours_usd', 'usd', 15000, '15000');
  return [
    {
      id: 'bcrd_ai_tokens',
      name: 'AI Tokens',
      description: 'Metered tokens for model inference: chat completions and embeddings.',
      icon: 'sparkles',
      singular_name: 'token',
      plural_name: 'tokens',
      burn_strategy: 'expiration_priority',
      cost_editable: false,
      default_expiry_unit: 'days',
      default_expiry_unit_count: 365,
      default_rollover_policy: 'rollover',
      ledger_authority: 'schematic_authoritative',
      currency_prices: currencyPrices(tokensUsd, price('bpri_ai_tokens_eur', 'eur', 0, '0.00018')),
      price: tokensUsd,
      product: product('bprod_ai_tokens', 'AI Tokens', tokensAt, '0.0002'),
      created_at: tokensAt,
      updated_at: iso(daysAgo(60)),
    },
    {
      id: 'bcrd_compute_minutes',
      name: 'Compute Minutes',
      description: 'GPU minutes for batch inference and fine-tuning jobs.',
      icon: 'cpu',
      singular_name: 'minute',
      plural_name: 'minutes',
      burn_strategy: 'first_in_first_out',
      cost_editable: true,
      default_expiry_unit: 'billing_periods',
      default_expiry_unit_count: 1,
      default_rollover_policy: 'expire',
      ledger_authority: 'schematic_authoritative',
      currency_prices: currencyPrices(computeUsd, price('bpri_compute_minutes_eur', 'eur', 2, '1.85')),
      price: computeUsd,
      product: product('bprod_compute_minutes', 'Compute Minutes', computeAt, '2'),
      created_at: computeAt,
      updated_at: computeAt,
    },
    {
      id: 'bcrd_support_hours',
      name: 'Support Hours',
      description: 'Hours of engineer-led support, onboarding and architecture reviews.',
      icon: 'life-buoy',
      singular_name: 'hour',
      plural_name: 'hours',
      burn_strategy: 'plan_first_then_credit_bundles_first_in_first_out',
      cost_editable: true,
      default_expiry_unit: 'days',
      default_expiry_unit_count: 90,
      default_rollover_policy: 'none',
      ledger_authority: 'schematic_authoritative',
      currency_prices: currencyPrices(supportUsd, price('bpri_support_hours_eur', 'eur', 14000, '14000')),
      price: supportUsd,
      created_at: supportAt,
      updated_at: supportAt,
    },
  ];
}

/** Short names used in grant ids (`bcgr_acme_plan_tokens`). */
const CREDIT_KEY: Record<string, string> = {
  bcrd_ai_tokens: 'tokens',
  bcrd_compute_minutes: 'compute',
  bcrd_support_hours: 'support',
};

/** Usage of a credit is recorded in whole units, except support, which is billed in half hours. */
const CREDIT_UNIT: Record<string, number> = {
  bcrd_ai_tokens: 1,
  bcrd_compute_minutes: 1,
  bcrd_support_hours: 0.5,
};

// ---------------------------------------------------------------- bundles

interface BundleDef {
  id: string;
  creditId: string;
  name: string;
  quantity: number;
  usd: number;
  eur: number;
  unitUsd: string;
  status: string;
  compatiblePlanIds: string[];
  expiryDays: number;
  createdDaysAgo: number;
}

const BUNDLE_DEFS: BundleDef[] = [
  { id: 'bcb_tokens_1m', creditId: 'bcrd_ai_tokens', name: '1M Token Pack', quantity: 1_000_000, usd: 200, eur: 180, unitUsd: '0.0002', status: 'active', compatiblePlanIds: [], expiryDays: 365, createdDaysAgo: 700 },
  { id: 'bcb_tokens_10m', creditId: 'bcrd_ai_tokens', name: '10M Token Pack', quantity: 10_000_000, usd: 1800, eur: 1650, unitUsd: '0.00018', status: 'active', compatiblePlanIds: ['plan_growth', 'plan_scale'], expiryDays: 365, createdDaysAgo: 690 },
  { id: 'bcb_compute_1k', creditId: 'bcrd_compute_minutes', name: '1,000 Compute Minutes', quantity: 1000, usd: 1800, eur: 1700, unitUsd: '1.8', status: 'active', compatiblePlanIds: ['plan_scale'], expiryDays: 60, createdDaysAgo: 500 },
  { id: 'bcb_support_5h', creditId: 'bcrd_support_hours', name: '5 Support Hours', quantity: 5, usd: 70000, eur: 65000, unitUsd: '14000', status: 'inactive', compatiblePlanIds: [], expiryDays: 180, createdDaysAgo: 390 },
];

function buildBundles(credits: Map<string, BillingCredit>): BillingCreditBundle[] {
  return BUNDLE_DEFS.map((d) => {
    const credit = must(credits.get(d.creditId), d.creditId);
    const key = d.id.replace(/^bcb_/, '');
    const usd = price(`bpri_${key}_usd`, 'usd', d.usd, String(d.usd));
    const at = iso(daysAgo(d.createdDaysAgo));
    return {
      id: d.id,
      name: d.name,
      bundle_type: 'fixed',
      status: d.status,
      credit_id: credit.id,
      credit_name: credit.name,
      credit_description: credit.description,
      credit_icon: credit.icon ?? null,
      singular_name: credit.singular_name ?? null,
      plural_name: credit.plural_name ?? null,
      quantity: d.quantity,
      price: usd,
      unit_price: price(`bpri_${key}_unit_usd`, 'usd', Math.round(Number(d.unitUsd)), d.unitUsd),
      currency_prices: currencyPrices(usd, price(`bpri_${key}_eur`, 'eur', d.eur, String(d.eur))),
      compatible_plan_ids: [...d.compatiblePlanIds],
      expiry_type: 'duration',
      expiry_unit: 'days',
      expiry_unit_count: d.expiryDays,
      has_grants: false, // derived by the store
      billing_invoice_id: null,
      created_at: at,
      updated_at: d.status === 'inactive' ? iso(daysAgo(120)) : at,
    };
  });
}

// ---------------------------------------------------------------- plans and plan credit grants

interface PlanDef {
  id: string;
  name: string;
  description: string;
  icon: string;
  monthlyUsd?: number;
  monthlyEur?: number;
  trialDays?: number;
  isDefault: boolean;
  versions: Array<{ id: string; version: number; status: string; createdDaysAgo: number }>;
  createdDaysAgo: number;
}

const PLAN_DEFS: PlanDef[] = [
  {
    id: 'plan_starter',
    name: 'Starter',
    description: 'For prototypes and side projects: a monthly token allowance, no card required.',
    icon: 'blue',
    isDefault: true,
    versions: [{ id: 'plvr_starter_v1', version: 1, status: 'published', createdDaysAgo: 730 }],
    createdDaysAgo: 730,
  },
  {
    id: 'plan_growth',
    name: 'Growth',
    description: 'For teams shipping AI features to production.',
    icon: 'emerald',
    monthlyUsd: 49900,
    monthlyEur: 45900,
    trialDays: 14,
    isDefault: false,
    versions: [
      { id: 'plvr_growth_v1', version: 1, status: 'archived', createdDaysAgo: 730 },
      { id: 'plvr_growth_v2', version: 2, status: 'published', createdDaysAgo: 200 },
    ],
    createdDaysAgo: 730,
  },
  {
    id: 'plan_scale',
    name: 'Scale',
    description: 'High-volume inference, GPU minutes and dedicated support hours.',
    icon: 'violet',
    monthlyUsd: 249900,
    monthlyEur: 229900,
    isDefault: false,
    versions: [{ id: 'plvr_scale_v1', version: 1, status: 'published', createdDaysAgo: 600 }],
    createdDaysAgo: 600,
  },
];

function planDef(planId: string): PlanDef {
  return must(PLAN_DEFS.find((p) => p.id === planId), planId);
}

function activeVersionId(planId: string): string | null {
  return planDef(planId).versions.find((v) => v.status === 'published')?.id ?? null;
}

function buildPlans(): Plan[] {
  return PLAN_DEFS.map((d) => {
    const at = iso(daysAgo(d.createdDaysAgo));
    const versions = d.versions.map((v) => ({
      id: v.id,
      name: d.name,
      description: d.description,
      environment_id: ENVIRONMENT_ID,
      icon: d.icon,
      plan_type: 'plan',
      status: v.status,
      version: v.version,
      created_at: iso(daysAgo(v.createdDaysAgo)),
      updated_at: iso(daysAgo(v.createdDaysAgo)),
    }));
    const monthly =
      d.monthlyUsd === undefined || d.monthlyEur === undefined
        ? undefined
        : {
            usd: price(`bpri_${d.id}_monthly_usd`, 'usd', d.monthlyUsd, String(d.monthlyUsd), 'month'),
            eur: price(`bpri_${d.id}_monthly_eur`, 'eur', d.monthlyEur, String(d.monthlyEur), 'month'),
          };
    const plan: Plan = {
      id: d.id,
      name: d.name,
      description: d.description,
      plan_type: 'plan',
      icon: d.icon,
      is_default: d.isDefault,
      is_free: monthly === undefined,
      is_trialable: d.trialDays !== undefined,
      trial_days: d.trialDays ?? null,
      billing_strategy: 'schematic_managed',
      charge_type: monthly === undefined ? 'free' : 'recurring',
      controlled_by: 'stripe',
      currency_prices: monthly
        ? [
            { currency: 'usd', monthly_price: monthly.usd },
            { currency: 'eur', monthly_price: monthly.eur },
          ]
        : [],
      versions,
      active_version: versions.find((v) => v.status === 'published'),
      // derived by the store:
      credits: [],
      included_credit_grants: [],
      features: [],
      company_count: 0,
      created_at: at,
      updated_at: iso(daysAgo(Math.min(d.createdDaysAgo, 90))),
    };
    if (monthly) plan.monthly_price = monthly.usd;
    return plan;
  });
}

interface PlanGrantDef {
  id: string;
  planId: string;
  creditId: string;
  amount: number;
  cadence: 'monthly' | 'quarterly';
  rollover: number;
  autoTopup: 'off' | 'automatic' | 'user_controlled';
}

const PLAN_GRANT_DEFS: PlanGrantDef[] = [
  { id: 'bpcg_starter_tokens', planId: 'plan_starter', creditId: 'bcrd_ai_tokens', amount: 100_000, cadence: 'monthly', rollover: 0, autoTopup: 'off' },
  { id: 'bpcg_growth_tokens', planId: 'plan_growth', creditId: 'bcrd_ai_tokens', amount: 2_000_000, cadence: 'monthly', rollover: 0, autoTopup: 'user_controlled' },
  { id: 'bpcg_growth_compute', planId: 'plan_growth', creditId: 'bcrd_compute_minutes', amount: 500, cadence: 'monthly', rollover: 0, autoTopup: 'off' },
  { id: 'bpcg_scale_tokens', planId: 'plan_scale', creditId: 'bcrd_ai_tokens', amount: 10_000_000, cadence: 'monthly', rollover: 25, autoTopup: 'automatic' },
  { id: 'bpcg_scale_compute', planId: 'plan_scale', creditId: 'bcrd_compute_minutes', amount: 5000, cadence: 'monthly', rollover: 0, autoTopup: 'automatic' },
  { id: 'bpcg_scale_support', planId: 'plan_scale', creditId: 'bcrd_support_hours', amount: 4, cadence: 'quarterly', rollover: 0, autoTopup: 'off' },
];

function buildPlanGrants(credits: Map<string, BillingCredit>, plans: Map<string, Plan>): BillingPlanCreditGrant[] {
  return PLAN_GRANT_DEFS.map((d, i) => {
    const credit = must(credits.get(d.creditId), d.creditId);
    const plan = must(plans.get(d.planId), d.planId);
    const at = iso(daysAgo(580 - i * 40));
    const topup = d.autoTopup !== 'off';
    return {
      id: d.id,
      plan_id: plan.id,
      plan_name: plan.name,
      plan_version_id: activeVersionId(plan.id),
      credit_id: credit.id,
      credit_name: credit.name,
      credit_singular_name: credit.singular_name ?? null,
      credit_plural_name: credit.plural_name ?? null,
      credit_amount: d.amount,
      company_credit_amount: 0,
      scaling: 'fixed',
      reset_cadence: d.cadence,
      reset_start: 'billing_period',
      reset_type: 'plan_period',
      rollover_percentage: d.rollover,
      expiry_type: 'end_of_billing_period',
      expiry_unit: 'billing_periods',
      expiry_unit_count: 1,
      can_buy_bundles: true,
      auto_topup_availability: d.autoTopup,
      auto_topup_enabled: topup,
      auto_topup_self_service: d.autoTopup === 'user_controlled',
      auto_topup_amount: topup ? d.amount / 2 : null,
      auto_topup_amount_type: topup ? 'credit' : null,
      auto_topup_threshold_credits: topup ? d.amount / 10 : null,
      auto_topup_threshold_percent: null,
      auto_topup_expiry_type: topup ? 'end_of_billing_period' : null,
      auto_topup_expiry_unit: topup ? 'billing_periods' : null,
      auto_topup_expiry_unit_count: topup ? 1 : null,
      license_id: null,
      billing_mode: 'granted',
      postpaid_enabled: false,
      price_tiers: [],
      created_at: at,
      updated_at: at,
    };
  });
}

// ---------------------------------------------------------------- features

const FEATURE_DEFS = [
  { id: 'feat_chat_completions', creditId: 'bcrd_ai_tokens', name: 'Chat Completions', description: 'Conversational model inference, billed per token.', icon: 'message-square', subtype: 'chat.completion', singular: 'completion', plural: 'completions', phase: 'ga' },
  { id: 'feat_embeddings', creditId: 'bcrd_ai_tokens', name: 'Embeddings', description: 'Vector embeddings for search and retrieval.', icon: 'layers', subtype: 'embedding.create', singular: 'embedding', plural: 'embeddings', phase: 'ga' },
  { id: 'feat_batch_inference', creditId: 'bcrd_compute_minutes', name: 'Batch Inference', description: 'Asynchronous bulk inference jobs on dedicated GPUs.', icon: 'cpu', subtype: 'batch.job', singular: 'job', plural: 'jobs', phase: 'ga' },
  { id: 'feat_fine_tuning', creditId: 'bcrd_compute_minutes', name: 'Fine-tuning', description: 'Training runs that customise a base model on your data.', icon: 'sliders', subtype: 'fine_tune.run', singular: 'run', plural: 'runs', phase: 'beta' },
  { id: 'feat_priority_support', creditId: 'bcrd_support_hours', name: 'Priority Support', description: 'Engineer-led support sessions with a four-hour response target.', icon: 'life-buoy', subtype: 'support.session', singular: 'session', plural: 'sessions', phase: 'ga' },
];

function buildFeatures(): Feature[] {
  return FEATURE_DEFS.map((d, i) => ({
    id: d.id,
    name: d.name,
    description: d.description,
    icon: d.icon,
    feature_type: 'event',
    event_subtype: d.subtype,
    singular_name: d.singular,
    plural_name: d.plural,
    lifecycle_phase: d.phase,
    flags: [],
    plans: [], // derived by the store
    created_at: iso(daysAgo(700 - i * 30)),
    updated_at: iso(daysAgo(100 - i * 10)),
  }));
}

// ---------------------------------------------------------------- companies

interface CompanyProfile {
  planId: string;
  /** day of month the company's billing periods start */
  anchorDay: number;
  currency: 'usd' | 'eur';
  createdDaysAgo: number;
  users: number;
  industry: string;
  region: string;
}

const COMPANY_PROFILES: Record<string, CompanyProfile> = {
  comp_acme: { planId: 'plan_scale', anchorDay: 12, currency: 'usd', createdDaysAgo: 640, users: 240, industry: 'Robotics', region: 'us-east' },
  comp_globex: { planId: 'plan_growth', anchorDay: 5, currency: 'usd', createdDaysAgo: 410, users: 85, industry: 'Logistics', region: 'us-west' },
  comp_initech: { planId: 'plan_growth', anchorDay: 20, currency: 'eur', createdDaysAgo: 300, users: 42, industry: 'Software', region: 'eu-central' },
  comp_umbrella: { planId: 'plan_scale', anchorDay: 3, currency: 'eur', createdDaysAgo: 520, users: 310, industry: 'Biotech', region: 'eu-west' },
  comp_hooli: { planId: 'plan_starter', anchorDay: 25, currency: 'usd', createdDaysAgo: 150, users: 12, industry: 'Search', region: 'us-west' },
  comp_vandelay: { planId: 'plan_starter', anchorDay: 8, currency: 'eur', createdDaysAgo: 70, users: 4, industry: 'Import/Export', region: 'eu-west' },
  comp_wonka: { planId: 'plan_growth', anchorDay: 17, currency: 'usd', createdDaysAgo: 200, users: 57, industry: 'Food tech', region: 'us-east' },
  comp_tyrell: { planId: 'plan_starter', anchorDay: 28, currency: 'usd', createdDaysAgo: 100, users: 9, industry: 'AI research', region: 'us-west' },
};

function profileOf(companyId: string): CompanyProfile {
  return must(COMPANY_PROFILES[companyId], `profile of ${companyId}`);
}

const short = (id: string): string => id.replace(/^[a-z]+_/, '');

function buildCompanies(plans: Map<string, Plan>): Company[] {
  return WORLD_COMPANIES.map((wc, i) => {
    const p = profileOf(wc.id);
    const plan = must(plans.get(p.planId), p.planId);
    const createdAt = iso(daysAgo(p.createdDaysAgo));
    const key = (name: string, value: string) => ({
      id: `ekey_${short(wc.id)}_${name}`,
      environment_id: ENVIRONMENT_ID,
      definition_id: `ekdf_${name}`,
      entity_type: 'company',
      entity_id: wc.id,
      key: name,
      value,
      created_at: createdAt,
      updated_at: createdAt,
    });
    const keys = [key('domain', wc.domain)];
    if (wc.metronomeCustomerId) keys.push(key('metronome_customer_id', wc.metronomeCustomerId));
    const planView = {
      id: plan.id,
      name: plan.name,
      description: plan.description,
      image_url: null,
      plan_version_id: activeVersionId(plan.id),
      added_on: createdAt,
      plan_period: 'month',
      plan_price: planDef(plan.id).monthlyUsd ?? 0,
      included_credit_grants: [], // derived by the store
    };
    return {
      id: wc.id,
      name: wc.name,
      environment_id: ENVIRONMENT_ID,
      logo_url: i % 3 === 2 ? null : `https://logos.example/${short(wc.id)}.png`,
      user_count: p.users,
      keys,
      traits: { industry: p.industry, region: p.region, billing_currency: p.currency },
      plan: planView,
      plans: [{ id: plan.id, name: plan.name, description: plan.description, image_url: null }],
      add_ons: [],
      billing_subscriptions: [],
      custom_plan_billings: [],
      entitlements: [],
      entity_traits: [],
      metrics: [],
      payment_methods: [],
      rules: [],
      last_seen_at: iso(NOW_MS - (i + 1) * 3_600_000 * 5),
      created_at: createdAt,
      updated_at: iso(daysAgo(1 + i)),
    };
  });
}

// ---------------------------------------------------------------- company grants

/** Start and end of a company's billing period: k = 0 is the current one, 1 the previous. */
function period(anchorDay: number, months: number, k: number): { start: number; end: number } {
  const now = new Date(NOW_MS);
  let month = anchorDay <= now.getUTCDate() ? now.getUTCMonth() : now.getUTCMonth() - 1;
  month -= ((month % months) + months) % months; // quarterly periods start in Jan/Apr/Jul/Oct
  const year = now.getUTCFullYear();
  return {
    start: Date.UTC(year, month - k * months, anchorDay),
    end: Date.UTC(year, month - (k - 1) * months, anchorDay),
  };
}

/** A grant under construction: usage, transfers and zero-out are settled in later passes. */
interface Draft {
  grant: BillingCreditGrant;
  validFrom: number;
  expiresAt: number | null;
  zeroOut?: { at: number; reason: string };
  reserved: number;
  /** share of the available credits consumed by usage */
  usage: [min: number, max: number];
  /** rollover grants take a share of their source grant's remaining credits */
  rolloverPercent?: number;
  expiry: { type: string; unit: string; count: number | null };
}

// Non-plan grants, explicit so the interesting cases are easy to find.
// [grant id, company, bundle, bought N days ago]
const PURCHASES: Array<[string, string, string, number]> = [
  ['bcgr_acme_buy1', 'comp_acme', 'bcb_tokens_10m', 200],
  ['bcgr_acme_buy2', 'comp_acme', 'bcb_tokens_10m', 40],
  ['bcgr_acme_buy3', 'comp_acme', 'bcb_compute_1k', 25],
  ['bcgr_acme_buy4', 'comp_acme', 'bcb_support_5h', 250], // expired, then zeroed out (reason "expired")
  ['bcgr_umbrella_buy1', 'comp_umbrella', 'bcb_tokens_10m', 120],
  ['bcgr_umbrella_buy2', 'comp_umbrella', 'bcb_compute_1k', 50],
  ['bcgr_umbrella_buy3', 'comp_umbrella', 'bcb_support_5h', 100],
  ['bcgr_globex_buy1', 'comp_globex', 'bcb_tokens_1m', 380], // expired
  ['bcgr_globex_buy2', 'comp_globex', 'bcb_tokens_1m', 90],
  ['bcgr_globex_buy3', 'comp_globex', 'bcb_tokens_10m', 30],
  ['bcgr_initech_buy1', 'comp_initech', 'bcb_tokens_1m', 60],
  ['bcgr_wonka_buy1', 'comp_wonka', 'bcb_tokens_1m', 150],
  ['bcgr_wonka_buy2', 'comp_wonka', 'bcb_tokens_10m', 15],
  ['bcgr_hooli_buy1', 'comp_hooli', 'bcb_tokens_1m', 20],
];

interface AdjustmentDef {
  id: string;
  companyId: string;
  creditId: string;
  quantity: number;
  daysAgo: number;
  label: string;
  expiresAfterDays: number | null;
  zeroOut?: { daysAgo: number; reason: string };
}

const ADJUSTMENTS: AdjustmentDef[] = [
  { id: 'bcgr_acme_adj1', companyId: 'comp_acme', creditId: 'bcrd_support_hours', quantity: 2, daysAgo: 75, label: 'Goodwill: onboarding overran', expiresAfterDays: null },
  { id: 'bcgr_globex_adj1', companyId: 'comp_globex', creditId: 'bcrd_ai_tokens', quantity: 250_000, daysAgo: 33, label: 'Service credit: incident 2026-08-28', expiresAfterDays: 90 },
  { id: 'bcgr_initech_adj1', companyId: 'comp_initech', creditId: 'bcrd_compute_minutes', quantity: 100, daysAgo: 55, label: 'Migration assistance', expiresAfterDays: null, zeroOut: { daysAgo: 50, reason: 'manual' } },
  { id: 'bcgr_umbrella_adj1', companyId: 'comp_umbrella', creditId: 'bcrd_ai_tokens', quantity: 500_000, daysAgo: 12, label: 'Design partner bonus', expiresAfterDays: 180 },
  { id: 'bcgr_hooli_adj1', companyId: 'comp_hooli', creditId: 'bcrd_ai_tokens', quantity: 25_000, daysAgo: 130, label: 'Hackathon sponsorship', expiresAfterDays: 30 },
  { id: 'bcgr_wonka_adj1', companyId: 'comp_wonka', creditId: 'bcrd_compute_minutes', quantity: 200, daysAgo: 9, label: 'Fine-tuning trial', expiresAfterDays: 60 },
];

/** [from grant, to grant, amount]: moves between two live grants of the same company and credit. */
const TRANSFERS: Array<[string, string, number]> = [
  ['bcgr_acme_buy1', 'bcgr_acme_plan_tokens', 1_500_000],
  ['bcgr_globex_buy2', 'bcgr_globex_adj1', 200_000],
  ['bcgr_umbrella_buy2', 'bcgr_umbrella_plan_compute', 250],
  ['bcgr_wonka_buy2', 'bcgr_wonka_buy1', 1_000_000],
];

/** Open holds (leases) on live grants: counted in `reserved`, not in `quantity_remaining`. */
const RESERVED: Record<string, number> = {
  bcgr_acme_plan_compute: 120,
  bcgr_globex_plan_tokens: 50_000,
};

const WELCOME_CREDITS = 50_000;
const WELCOME_EXPIRY_DAYS = 90;

function baseGrant(
  id: string,
  company: Company,
  credit: BillingCredit,
  reason: string,
  quantity: number,
  validFrom: number,
  expiresAt: number | null,
  sourceLabel: string,
): BillingCreditGrant {
  return {
    id,
    company_id: company.id,
    company_name: company.name,
    credit_id: credit.id,
    credit_name: credit.name,
    credit_icon: credit.icon ?? null,
    grant_reason: reason,
    source_label: sourceLabel,
    quantity,
    quantity_used: 0,
    quantity_remaining: quantity,
    reserved: 0,
    settled: quantity,
    renewal_enabled: false,
    renewal_period: null,
    currency: null,
    company_license_id: null,
    license_name: null,
    plan_id: null,
    plan_name: null,
    credit_bundle_id: null,
    source_grant_id: null,
    transfers: [],
    valid_from: iso(validFrom),
    expires_at: expiresAt === null ? null : iso(expiresAt),
    zeroed_out_date: null,
    zeroed_out_reason: null,
    created_at: iso(validFrom),
    updated_at: iso(validFrom),
  };
}

function buildGrantDrafts(
  companies: Company[],
  credits: Map<string, BillingCredit>,
  bundles: Map<string, BillingCreditBundle>,
  planGrants: BillingPlanCreditGrant[],
): Draft[] {
  const drafts: Draft[] = [];
  const companyById = new Map(companies.map((c) => [c.id, c]));
  const creditOf = (id: string) => must(credits.get(id), id);

  companies.forEach((company, index) => {
    const profile = profileOf(company.id);
    // Plan grants: the current period and the previous one. At a period reset half the companies
    // had the old grant zeroed out, the others simply let it expire.
    for (const pg of planGrants.filter((g) => g.plan_id === profile.planId)) {
      const months = pg.reset_cadence === 'quarterly' ? 3 : 1;
      const creditKey = must(CREDIT_KEY[pg.credit_id], pg.credit_id);
      for (const k of [1, 0]) {
        const { start, end } = period(profile.anchorDay, months, k);
        const id = `bcgr_${short(company.id)}_plan_${creditKey}${k === 1 ? '_prev' : ''}`;
        const grant = baseGrant(id, company, creditOf(pg.credit_id), 'plan', pg.credit_amount, start, end, `Plan: ${pg.plan_name}`);
        grant.plan_id = pg.plan_id;
        grant.plan_name = pg.plan_name;
        grant.renewal_enabled = true;
        grant.renewal_period = pg.reset_cadence ?? null;
        const draft: Draft = {
          grant,
          validFrom: start,
          expiresAt: end,
          reserved: RESERVED[id] ?? 0,
          usage: k === 1 ? [0.55, 0.95] : [0.15, 0.6],
          expiry: { type: 'end_of_billing_period', unit: 'billing_periods', count: 1 },
        };
        if (k === 1 && index % 2 === 0) draft.zeroOut = { at: end, reason: 'plan_period_reset' };
        drafts.push(draft);

        // Rollover: part of last period's unused credits carried into this period.
        if (k === 0 && pg.rollover_percentage > 0) {
          const prevId = `${id}_prev`;
          const rollover = baseGrant(`bcgr_${short(company.id)}_rollover`, company, creditOf(pg.credit_id), 'rollover', 0, start, end, `Rollover from previous ${pg.plan_name} period`);
          rollover.plan_id = pg.plan_id;
          rollover.plan_name = pg.plan_name;
          rollover.source_grant_id = prevId;
          drafts.push({
            grant: rollover,
            validFrom: start,
            expiresAt: end,
            reserved: 0,
            usage: [0.3, 0.9],
            rolloverPercent: pg.rollover_percentage,
            expiry: { type: 'end_of_billing_period', unit: 'billing_periods', count: 1 },
          });
        }
      }
    }

    // Welcome credits at sign-up.
    const signup = Date.parse(company.created_at);
    const welcome = baseGrant(`bcgr_${short(company.id)}_welcome`, company, creditOf('bcrd_ai_tokens'), 'free', WELCOME_CREDITS, signup, signup + WELCOME_EXPIRY_DAYS * DAY_MS, 'Welcome credits');
    drafts.push({ grant: welcome, validFrom: signup, expiresAt: signup + WELCOME_EXPIRY_DAYS * DAY_MS, reserved: 0, usage: [0.3, 1], expiry: { type: 'duration', unit: 'days', count: WELCOME_EXPIRY_DAYS } });
  });

  for (const [id, companyId, bundleId, ago] of PURCHASES) {
    const company = must(companyById.get(companyId), companyId);
    const bundle = must(bundles.get(bundleId), bundleId);
    const currency = profileOf(companyId).currency;
    const at = daysAgo(ago);
    const expiresAt = at + (bundle.expiry_unit_count ?? 0) * DAY_MS;
    const grant = baseGrant(id, company, creditOf(bundle.credit_id), 'purchased', bundle.quantity ?? 0, at, expiresAt, `Bundle: ${bundle.name}`);
    grant.credit_bundle_id = bundle.id;
    grant.currency = currency;
    const paid = bundle.currency_prices.find((p) => p.currency === currency)?.price;
    if (paid) grant.price = paid;
    const draft: Draft = { grant, validFrom: at, expiresAt, reserved: 0, usage: [0.1, 0.7], expiry: { type: bundle.expiry_type, unit: bundle.expiry_unit, count: bundle.expiry_unit_count ?? null } };
    if (id === 'bcgr_acme_buy4') draft.zeroOut = { at: expiresAt, reason: 'expired' };
    drafts.push(draft);
  }

  for (const a of ADJUSTMENTS) {
    const company = must(companyById.get(a.companyId), a.companyId);
    const at = daysAgo(a.daysAgo);
    const expiresAt = a.expiresAfterDays === null ? null : at + a.expiresAfterDays * DAY_MS;
    const grant = baseGrant(a.id, company, creditOf(a.creditId), 'adjustment', a.quantity, at, expiresAt, a.label);
    const draft: Draft = {
      grant,
      validFrom: at,
      expiresAt,
      reserved: 0,
      usage: [0, 0.5],
      expiry: expiresAt === null ? { type: 'no_expiry', unit: 'days', count: null } : { type: 'duration', unit: 'days', count: a.expiresAfterDays },
    };
    if (a.zeroOut) draft.zeroOut = { at: daysAgo(a.zeroOut.daysAgo), reason: a.zeroOut.reason };
    drafts.push(draft);
  }

  // Oldest first, so a rollover grant is settled after its source grant.
  return drafts.sort((a, b) => a.validFrom - b.validFrom || a.grant.id.localeCompare(b.grant.id));
}

// ---------------------------------------------------------------- settling grants and the ledger

type PendingEvent = Omit<CreditLedgerEvent, 'event_id' | 'source_id' | 'environment_id'> & { at: number };

function settleWorld(
  drafts: Draft[],
  credits: Map<string, BillingCredit>,
  featureCredits: Record<string, string>,
): { grants: BillingCreditGrant[]; ledger: CreditLedgerEvent[] } {
  const rand = prng(20261001);
  const byId = new Map(drafts.map((d) => [d.grant.id, d]));
  const events: PendingEvent[] = [];
  const touched = new Map<string, number>(); // grant id -> last time something happened to it
  const touch = (id: string, at: number) => touched.set(id, Math.max(touched.get(id) ?? 0, at));
  const featuresOf = (creditId: string) => Object.keys(featureCredits).filter((f) => featureCredits[f] === creditId);
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();

  // Transfers first: they change what is available for usage.
  TRANSFERS.forEach(([fromId, toId, amount], i) => {
    const from = must(byId.get(fromId), fromId);
    const to = must(byId.get(toId), toId);
    const at = Math.max(from.validFrom, to.validFrom) + DAY_MS;
    const ends = [from.expiresAt, to.expiresAt, NOW_MS].filter((t): t is number => t !== null);
    if (from.grant.company_id !== to.grant.company_id || from.grant.credit_id !== to.grant.credit_id || at >= Math.min(...ends)) {
      throw new Error(`sandbox seed: transfer ${fromId} -> ${toId} is not between live grants of one company and credit`);
    }
    const transferId = `bctr_${short(from.grant.company_id)}_${i + 1}`;
    const createdAt = iso(at);
    from.grant.transfers?.push({ id: transferId, amount, direction: 'out', reason: 'manual', related_grant_id: toId, created_at: createdAt });
    to.grant.transfers?.push({ id: transferId, amount, direction: 'in', reason: 'manual', related_grant_id: fromId, created_at: createdAt });
    outflow.set(fromId, (outflow.get(fromId) ?? 0) + amount);
    inflow.set(toId, (inflow.get(toId) ?? 0) + amount);
    touch(fromId, at);
    touch(toId, at);
    events.push({
      at,
      event_at: createdAt,
      event_type: 'transfer',
      amount,
      company_id: from.grant.company_id,
      billing_credit_id: from.grant.credit_id,
      credit_name: from.grant.credit_name,
      grant_id: toId,
      from_grant_id: fromId,
      to_grant_id: toId,
    });
  });

  let usageSeq = 0;
  for (const d of drafts) {
    const g = d.grant;
    const unit = CREDIT_UNIT[g.credit_id] ?? 1;
    const roundDown = (x: number) => Math.floor(x / unit + 1e-9) * unit;

    if (d.rolloverPercent !== undefined) {
      const source = must(byId.get(g.source_grant_id ?? ''), `source of ${g.id}`);
      const leftover = source.zeroOut ? -(events.find((e) => e.event_type === 'zero_out' && e.grant_id === source.grant.id)?.amount ?? 0) : source.grant.quantity_remaining;
      g.quantity = roundDown((leftover * d.rolloverPercent) / 100);
    }

    const available = g.quantity + (inflow.get(g.id) ?? 0) - (outflow.get(g.id) ?? 0);
    const windowEnd = Math.min(NOW_MS, d.expiresAt ?? Infinity, d.zeroOut?.at ?? Infinity);
    const [lo, hi] = d.usage;
    const used = roundDown((available - d.reserved) * (lo + rand() * (hi - lo)));

    // Split the usage into a few events spread over the grant's active window.
    const parts = used > 0 ? 1 + Math.floor(rand() * 4) : 0;
    const weights = Array.from({ length: parts }, () => 0.2 + rand());
    const total = weights.reduce((s, w) => s + w, 0);
    const times = Array.from({ length: parts }, () => d.validFrom + rand() * (windowEnd - d.validFrom)).sort((a, b) => a - b);
    const features = featuresOf(g.credit_id);
    let left = used;
    weights.forEach((w, i) => {
      const amount = i === parts - 1 ? left : roundDown((used * w) / total);
      left -= amount;
      if (amount <= 0) return;
      const at = Math.floor(must(times[i], 'usage time') / 60_000) * 60_000; // whole minutes
      const featureId = must(features[Math.floor(rand() * features.length)], `feature of ${g.credit_id}`);
      usageSeq += 1;
      touch(g.id, at);
      events.push({
        at,
        event_at: iso(at),
        event_type: 'usage',
        amount: -amount,
        quantity_consumed: amount,
        company_id: g.company_id,
        billing_credit_id: g.credit_id,
        credit_name: g.credit_name,
        grant_id: g.id,
        feature_id: featureId,
        usage_event_id: `evt_sbx_${String(usageSeq).padStart(4, '0')}`,
        usage_reason: 'track',
      });
    });

    g.quantity_used = used;
    g.reserved = d.reserved;
    const remaining = available - used - d.reserved;
    if (d.zeroOut) {
      g.quantity_remaining = 0;
      g.settled = 0;
      g.zeroed_out_date = iso(d.zeroOut.at);
      g.zeroed_out_reason = d.zeroOut.reason;
      touch(g.id, d.zeroOut.at);
      events.push({
        at: d.zeroOut.at,
        event_at: iso(d.zeroOut.at),
        event_type: 'zero_out',
        amount: -remaining,
        quantity_remaining_at_zero_out: remaining,
        zeroed_out_reason: d.zeroOut.reason,
        company_id: g.company_id,
        billing_credit_id: g.credit_id,
        credit_name: g.credit_name,
        grant_id: g.id,
      });
    } else {
      g.quantity_remaining = remaining;
      g.settled = remaining + d.reserved; // settled ignores open holds
    }

    events.push({
      at: d.validFrom,
      event_at: iso(d.validFrom),
      event_type: 'grant',
      amount: g.quantity,
      company_id: g.company_id,
      billing_credit_id: g.credit_id,
      credit_name: g.credit_name,
      grant_id: g.id,
      grant_quantity: g.quantity,
      grant_quantity_remaining: g.quantity_remaining,
      grant_reason: g.grant_reason,
      grant_valid_from: g.valid_from ?? null,
      grant_expires_at: g.expires_at ?? null,
      plan_id: g.plan_id ?? null,
      billing_credit_bundle_id: g.credit_bundle_id ?? null,
      expiry_type: d.expiry.type,
      expiry_unit: d.expiry.unit,
      expiry_unit_count: d.expiry.count,
    });
  }

  for (const d of drafts) d.grant.updated_at = iso(Math.max(d.validFrom, touched.get(d.grant.id) ?? 0));

  // source_id is the ledger's own sequence: chronological, grant events before what follows them.
  const order: Record<string, number> = { grant: 0, transfer: 1, usage: 2, zero_out: 3 };
  events.sort((a, b) => a.at - b.at || (order[a.event_type] ?? 9) - (order[b.event_type] ?? 9) || (a.grant_id ?? '').localeCompare(b.grant_id ?? ''));
  const ledger = events.map(({ at: _at, ...e }, i): CreditLedgerEvent => {
    const credit = must(credits.get(e.billing_credit_id), e.billing_credit_id);
    return {
      ...e,
      credit_name: credit.name,
      event_id: `clev_${String(i + 1).padStart(5, '0')}`,
      source_id: i + 1,
      environment_id: ENVIRONMENT_ID,
    };
  });
  return { grants: drafts.map((d) => d.grant), ledger };
}

// ---------------------------------------------------------------- the world

export function seedSchematicWorld(): SchematicWorld {
  const credits = buildCredits();
  const creditById = new Map(credits.map((c) => [c.id, c]));
  const bundles = buildBundles(creditById);
  const plans = buildPlans();
  const planById = new Map(plans.map((p) => [p.id, p]));
  const planGrants = buildPlanGrants(creditById, planById);
  const features = buildFeatures();
  const featureCredits = Object.fromEntries(FEATURE_DEFS.map((f) => [f.id, f.creditId]));
  const companies = buildCompanies(planById);
  const drafts = buildGrantDrafts(companies, creditById, new Map(bundles.map((b) => [b.id, b])), planGrants);
  const { grants, ledger } = settleWorld(drafts, creditById, featureCredits);
  return { now: WORLD_NOW, credits, bundles, plans, planGrants, features, featureCredits, companies, grants, ledger };
}
