/**
 * The Metronome sandbox's seeded world, frozen at WORLD_NOW: one customer per linked Schematic
 * company (same UUIDs, same names, the company's domain among its ingest aliases), a customer
 * reachable only by alias (comp_hooli's domain), an archived customer, pricing units, a product
 * catalogue, v2 contracts, and customer- and contract-level credits whose access schedules mix
 * expired, current and future segments, with invoice deductions and manual ledger entries.
 *
 * Records keep what the vendor stores; everything derived (ledgers, balances, product and
 * pricing-unit names) is computed by the store on every read.
 */
import { createHash } from 'node:crypto';
import type {
  Amount,
  CommitHierarchyConfiguration,
  CommitSpecifier,
  CustomerDetail,
  PricingUnit,
  Product,
} from '../../upstream/metronome/types.ts';
import {
  METRONOME_ACME_CONTRACTS as ACME_CONTRACTS,
  METRONOME_ACME_CREDITS as ACME_CREDITS,
  METRONOME_ALIAS_ONLY_CUSTOMER,
  METRONOME_ARCHIVED_CUSTOMER,
  METRONOME_PRICING_UNITS as UNITS,
  METRONOME_PRODUCTS as P,
  WORLD_COMPANIES,
  WORLD_NOW,
} from '../world.ts';

// ---- records

export interface SegmentRecord {
  id: string;
  amount: Amount;
  starting_at: string;
  ending_before: string;
}

/** Usage drawn from one segment by one invoice. */
export interface DeductionRecord {
  segment_id: string;
  invoice_id: string;
  /** positive: what was drawn */
  amount: Amount;
  timestamp: string;
  /** A finalized invoice pins the segment (it cannot be removed, the credit cannot be archived). */
  finalized: boolean;
}

/** A manual ledger entry; it belongs to a segment, though the wire entry does not say which. */
export interface ManualRecord {
  segment_id: string;
  amount: Amount;
  reason: string;
  timestamp: string;
}

export interface CreditRecord {
  id: string;
  customer_id: string;
  /** set for contract-level credits */
  contract_id?: string;
  product_id: string;
  name?: string;
  description?: string;
  priority?: number;
  credit_type_id: string;
  schedule: SegmentRecord[];
  applicable_product_ids?: string[];
  applicable_product_tags?: string[];
  applicable_contract_ids?: string[];
  specifiers?: CommitSpecifier[];
  hierarchy_configuration?: CommitHierarchyConfiguration;
  rate_type: 'COMMIT_RATE' | 'LIST_RATE';
  uniqueness_key?: string;
  custom_fields: Record<string, string>;
  netsuite_sales_order_id?: string;
  salesforce_opportunity_id?: string;
  created_at: string;
  created_by: string;
  archived_at?: string;
  deductions: DeductionRecord[];
  manual: ManualRecord[];
}

export interface ContractRecord {
  id: string;
  customer_id: string;
  name: string;
  starting_at: string;
  ending_before?: string;
  archived_at?: string;
  created_at: string;
  created_by: string;
  priority?: number;
  rate_card_id: string;
  custom_fields: Record<string, string>;
  transitions: { type: 'SUPERSEDE' | 'RENEWAL'; from_contract_id: string; to_contract_id: string }[];
}

export interface MetronomeWorld {
  now: string;
  customers: CustomerDetail[];
  pricingUnits: PricingUnit[];
  products: Product[];
  contracts: ContractRecord[];
  credits: CreditRecord[];
}

// ---- helpers

/** A stable UUID from a name, so every run seeds the same ids. */
function seededUuid(name: string): string {
  const h = createHash('sha1').update(`metronome-sandbox:${name}`).digest('hex');
  const variant = (8 | (Number.parseInt(h[16] ?? '0', 16) & 3)).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** `2026-01-01` -> `2026-01-01T00:00:00.000Z`; a full date-time is normalised. */
const at = (date: string) => new Date(date.length === 10 ? `${date}T00:00:00Z` : date).toISOString();
const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();
const addMonths = (iso: string, months: number) => {
  const d = new Date(iso);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString();
};
const firstOfNextMonth = (iso: string) => {
  const d = new Date(iso);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString();
};

const ADMIN = 'sandbox-admin@metronome.example';

interface SegmentSpec {
  from: string;
  to: string;
  amount: number;
  /** [month's first day, amount]: a deduction by that month's usage invoice */
  deductions?: [string, number][];
  /** [timestamp, amount (negative draws down), reason] */
  manual?: [string, number, string][];
}

interface CreditSpec extends Omit<Partial<CreditRecord>, 'schedule' | 'deductions' | 'manual' | 'credit_type_id'> {
  /** seeds the segment ids (and the credit id when `id` is not given) */
  key: string;
  customer_id: string;
  product_id: string;
  unit: string;
  segments: SegmentSpec[];
}

/**
 * A monthly usage invoice: its id depends on the customer and the period, so credits drawn by
 * the same invoice name the same invoice. It is finalized once its period has ended before now;
 * the invoice of the period that ends at WORLD_NOW is still a draft.
 */
function invoice(customerId: string, periodStart: string, now: string) {
  const start = at(periodStart);
  return {
    id: seededUuid(`invoice:${customerId}:${start}`),
    timestamp: start,
    finalized: Date.parse(addMonths(start, 1)) < Date.parse(now),
  };
}

function credit(spec: CreditSpec, now: string): CreditRecord {
  const { key, unit, segments, ...fields } = spec;
  const schedule: SegmentRecord[] = [];
  const deductions: DeductionRecord[] = [];
  const manual: ManualRecord[] = [];
  segments.forEach((s, i) => {
    const id = seededUuid(`segment:${key}:${i}`);
    schedule.push({ id, amount: s.amount, starting_at: at(s.from), ending_before: at(s.to) });
    for (const [month, amount] of s.deductions ?? []) {
      const inv = invoice(spec.customer_id, month, now);
      deductions.push({ segment_id: id, invoice_id: inv.id, amount, timestamp: inv.timestamp, finalized: inv.finalized });
    }
    for (const [timestamp, amount, reason] of s.manual ?? []) {
      manual.push({ segment_id: id, amount, reason, timestamp: at(timestamp) });
    }
  });
  return {
    id: spec.id ?? seededUuid(`credit:${key}`),
    rate_type: 'COMMIT_RATE',
    custom_fields: {},
    created_at: schedule[0]?.starting_at ?? now,
    created_by: ADMIN,
    ...fields,
    credit_type_id: unit,
    schedule,
    deductions,
    manual,
  };
}

function product(
  id: string,
  type: Product['type'],
  name: string,
  createdAt: string,
  state: Partial<Product['current']> = {},
  extra: Partial<Product> = {},
): Product {
  const base = { name, created_at: at(createdAt), created_by: ADMIN, starting_at: at(createdAt), ...state };
  return { id, type, initial: base, current: { ...base }, updates: [], archived_at: null, custom_fields: {}, ...extra };
}

function contract(
  spec: Omit<ContractRecord, 'created_at' | 'created_by' | 'rate_card_id' | 'custom_fields' | 'transitions'> &
    Partial<ContractRecord>,
): ContractRecord {
  return {
    created_at: addDays(spec.starting_at, -14),
    created_by: ADMIN,
    rate_card_id: seededUuid('rate-card:standard-2025'),
    custom_fields: {},
    transitions: [],
    ...spec,
  };
}

/** `months` consecutive month starts from `first`, each deducting `amount`. */
const monthly = (first: string, months: number, amount: number): [string, number][] =>
  Array.from({ length: months }, (_, i) => [addMonths(at(first), i).slice(0, 10), amount]);

// ---- the world

export function seedMetronomeWorld(now: string = WORLD_NOW): MetronomeWorld {
  const company = (id: string) => {
    const found = WORLD_COMPANIES.find((c) => c.id === id);
    if (!found?.metronomeCustomerId) throw new Error(`world company ${id} has no Metronome customer`);
    return found as Required<typeof found>;
  };
  const acme = company('comp_acme');
  const globex = company('comp_globex');
  const initech = company('comp_initech');
  const umbrella = company('comp_umbrella');
  const wonka = company('comp_wonka');

  // ---- customers: one per linked company, in world order, then the alias-only and the archived one
  const customerFacts: Record<string, { created: string; alias: string; fields: Record<string, string>; salesforce?: string }> = {
    comp_acme: { created: '2024-11-04', alias: 'acme-robotics-prod', fields: { region: 'us-east', segment: 'enterprise' }, salesforce: '0015500001AcmeR0b' },
    comp_globex: { created: '2025-02-17', alias: 'globex-logistics', fields: { region: 'eu-west', segment: 'growth' } },
    comp_initech: { created: '2025-04-22', alias: 'initech-main', fields: { region: 'us-west', segment: 'startup' } },
    comp_umbrella: { created: '2025-06-09', alias: 'umbrella-bio', fields: { region: 'eu-central', segment: 'enterprise' }, salesforce: '0015500001UmbrBio' },
    comp_wonka: { created: '2025-12-01', alias: 'wonka-labs', fields: { region: 'us-east', segment: 'growth' } },
  };
  const customers: CustomerDetail[] = WORLD_COMPANIES.flatMap((c) => {
    const facts = customerFacts[c.id];
    if (!c.metronomeCustomerId || !facts) return [];
    const aliases = [c.domain, facts.alias];
    return [
      {
        id: c.metronomeCustomerId,
        name: c.name,
        ingest_aliases: aliases,
        external_id: aliases[0] ?? c.metronomeCustomerId,
        custom_fields: { schematic_company_id: c.id, ...facts.fields },
        customer_config: { salesforce_account_id: facts.salesforce ?? null },
        created_at: at(facts.created),
        updated_at: addDays(at(facts.created), 30),
        archived_at: null,
      },
    ];
  });
  const hooli = METRONOME_ALIAS_ONLY_CUSTOMER;
  customers.push({
    id: hooli.id,
    name: hooli.name,
    ingest_aliases: [hooli.ingestAlias],
    external_id: hooli.ingestAlias,
    custom_fields: { schematic_company_id: hooli.companyId, region: 'us-west', segment: 'enterprise' },
    customer_config: { salesforce_account_id: null },
    created_at: at('2026-03-20'),
    updated_at: at('2026-03-20'),
    archived_at: null,
  });
  const initrode = METRONOME_ARCHIVED_CUSTOMER;
  customers.push({
    id: initrode.id,
    name: initrode.name,
    ingest_aliases: [initrode.ingestAlias],
    external_id: initrode.ingestAlias,
    custom_fields: { region: 'us-east' },
    customer_config: { salesforce_account_id: null },
    created_at: at('2024-12-10'),
    updated_at: at('2026-06-30'),
    archived_at: at('2026-06-30'),
  });

  // ---- pricing units: the documented USD cents, a few currencies, one custom unit
  const pricingUnits: PricingUnit[] = Object.values(UNITS).map((u) => ({ id: u.id, name: u.name, is_currency: u.isCurrency }));

  // ---- products
  const products: Product[] = [
    product(P.apiRequests, 'USAGE', 'API Requests', '2025-01-06', {
      tags: ['usage', 'api'],
      billable_metric_id: seededUuid('billable-metric:api-requests'),
      pricing_group_key: ['region'],
      presentation_group_key: ['endpoint'],
    }),
    (() => {
      // renamed once: `initial` keeps the first name, `current` and `updates` the new one
      const p = product(P.aiTokens, 'USAGE', 'Tokens', '2025-01-06', {
        tags: ['usage', 'ai'],
        billable_metric_id: seededUuid('billable-metric:ai-tokens'),
        pricing_group_key: ['model'],
        presentation_group_key: ['region'],
        quantity_conversion: { conversion_factor: 1000, operation: 'DIVIDE', name: 'tokens to thousands' },
      });
      p.current = { ...p.current, name: 'AI Tokens', starting_at: at('2026-02-01') };
      p.updates = [{ created_at: at('2026-01-20'), created_by: ADMIN, name: 'AI Tokens', starting_at: at('2026-02-01') }];
      return p;
    })(),
    product(P.computeMinutes, 'USAGE', 'Compute Minutes', '2025-01-06', {
      tags: ['usage', 'compute'],
      billable_metric_id: seededUuid('billable-metric:compute-minutes'),
      quantity_rounding: { decimal_places: 0, rounding_method: 'ROUND_UP' },
    }),
    product(P.storage, 'USAGE', 'Storage (GB-month)', '2025-01-06', {
      tags: ['usage', 'storage'],
      billable_metric_id: seededUuid('billable-metric:storage'),
      quantity_conversion: { conversion_factor: 1024, operation: 'DIVIDE', name: 'MB to GB' },
    }),
    product(P.platformFee, 'FIXED', 'Platform Fee', '2025-01-06', { tags: ['platform'] }),
    product(P.seats, 'SUBSCRIPTION', 'Seats', '2025-01-06', { tags: ['seats'] }),
    product(P.onboardingServices, 'PRO_SERVICE', 'Onboarding Services', '2025-01-06', { tags: ['services'] }),
    product(P.usageBundle, 'COMPOSITE', 'Usage Bundle', '2025-02-03', {
      composite_tags: ['usage'],
      composite_product_ids: [P.apiRequests, P.computeMinutes],
    }),
    product(P.promotionalCredit, 'FIXED', 'Promotional Credit', '2025-01-06', { tags: ['credit'] }),
    product(P.commitCredit, 'FIXED', 'Commit Credit', '2025-01-06', { tags: ['credit', 'commit'] }),
    product(
      P.legacyBandwidth,
      'USAGE',
      'Legacy Bandwidth',
      '2024-06-03',
      { tags: ['usage'], billable_metric_id: seededUuid('billable-metric:bandwidth') },
      { archived_at: at('2026-03-31') },
    ),
  ];

  // ---- contracts
  const C = {
    acme2025: ACME_CONTRACTS.enterprise2025,
    acme2026: ACME_CONTRACTS.enterprise2026,
    globex: seededUuid('contract:globex:2026'),
    initech: seededUuid('contract:initech:2026'),
    umbrella2025: seededUuid('contract:umbrella:2025'),
    umbrella2026: seededUuid('contract:umbrella:2026'),
    wonkaCancelled: seededUuid('contract:wonka:cancelled'),
    wonka: seededUuid('contract:wonka:2026'),
    hooli: seededUuid('contract:hooli:2026'),
    initrode: seededUuid('contract:initrode:2025'),
  };
  const acmeRenewal = { type: 'RENEWAL' as const, from_contract_id: C.acme2025, to_contract_id: C.acme2026 };
  const umbrellaRenewal = { type: 'RENEWAL' as const, from_contract_id: C.umbrella2025, to_contract_id: C.umbrella2026 };
  const contracts: ContractRecord[] = [
    contract({ id: C.acme2025, customer_id: acme.metronomeCustomerId, name: 'Acme Robotics Enterprise 2025', starting_at: at('2025-01-01'), ending_before: at('2026-01-01'), priority: 1, transitions: [acmeRenewal], custom_fields: { sales_order: 'SO-2024-0981' } }),
    contract({ id: C.acme2026, customer_id: acme.metronomeCustomerId, name: 'Acme Robotics Enterprise 2026', starting_at: at('2026-01-01'), ending_before: at('2027-01-01'), priority: 1, transitions: [acmeRenewal], custom_fields: { sales_order: 'SO-2025-1207' } }),
    contract({ id: C.globex, customer_id: globex.metronomeCustomerId, name: 'Globex Logistics Growth 2026', starting_at: at('2026-03-01'), ending_before: at('2027-03-01') }),
    contract({ id: C.initech, customer_id: initech.metronomeCustomerId, name: 'Initech Starter 2026', starting_at: at('2026-05-01'), ending_before: at('2027-05-01') }),
    contract({ id: C.umbrella2025, customer_id: umbrella.metronomeCustomerId, name: 'Umbrella Biotech 2025', starting_at: at('2025-07-01'), ending_before: at('2026-07-01'), transitions: [umbrellaRenewal] }),
    contract({ id: C.umbrella2026, customer_id: umbrella.metronomeCustomerId, name: 'Umbrella Biotech 2026 renewal', starting_at: at('2026-07-01'), ending_before: at('2027-07-01'), transitions: [umbrellaRenewal] }),
    contract({ id: C.wonkaCancelled, customer_id: wonka.metronomeCustomerId, name: 'Wonka Labs 2026 (cancelled)', starting_at: at('2026-01-01'), ending_before: at('2027-01-01'), archived_at: at('2026-02-15') }),
    contract({ id: C.wonka, customer_id: wonka.metronomeCustomerId, name: 'Wonka Labs 2026', starting_at: at('2026-03-01') }),
    contract({ id: C.hooli, customer_id: hooli.id, name: 'Hooli Search 2026', starting_at: at('2026-04-01'), ending_before: at('2027-04-01') }),
    contract({ id: C.initrode, customer_id: initrode.id, name: 'Initrode 2025', starting_at: at('2025-01-01'), ending_before: at('2026-01-01'), archived_at: at('2026-06-30') }),
  ];

  // ---- credits
  const a = acme.metronomeCustomerId;
  const usd = UNITS.usdCents.id;
  const specs: CreditSpec[] = [
    // Acme: customer-level, three segments (expired, current, future), draft and finalized deductions, a manual entry
    {
      key: 'acme:onboarding', id: ACME_CREDITS.onboarding, customer_id: a, product_id: P.promotionalCredit, unit: usd,
      name: 'Onboarding credit', description: 'Welcome credit for the 2026 onboarding', priority: 10,
      applicable_product_tags: ['usage'], custom_fields: { campaign: 'onboarding-2026' },
      segments: [
        { from: '2026-01-01', to: '2026-04-01', amount: 50_000, deductions: [['2026-02-01', 18_000], ['2026-03-01', 12_000]] },
        {
          from: '2026-07-01', to: '2027-01-01', amount: 100_000,
          deductions: [['2026-07-01', 7_000], ['2026-08-01', 5_000], ['2026-09-01', 8_000]],
          manual: [['2026-08-15', 10_000, 'Service outage goodwill']],
        },
        { from: '2027-01-01', to: '2027-07-01', amount: 50_000 },
      ],
      created_at: at('2025-12-18'),
    },
    // Acme: contract-level, custom pricing unit, specifiers, hierarchy
    {
      key: 'acme:ai-tokens', id: ACME_CREDITS.aiTokensStarter, customer_id: a, contract_id: C.acme2026, product_id: P.commitCredit, unit: UNITS.aiTokens.id,
      name: 'AI Tokens starter pack', priority: 5,
      specifiers: [{ product_id: P.aiTokens, pricing_group_values: { model: 'large' } }, { product_tags: ['ai'] }],
      hierarchy_configuration: { child_access: { type: 'ALL' } },
      segments: [
        { from: '2026-01-01', to: '2026-07-01', amount: 5_000, deductions: [['2026-02-01', 1_500], ['2026-03-01', 1_800], ['2026-04-01', 1_200]] },
        { from: '2026-07-01', to: '2027-01-01', amount: 5_000, deductions: [['2026-07-01', 400], ['2026-08-01', 500], ['2026-09-01', 300]] },
      ],
    },
    // Acme: contract-level, applicable products, monthly deductions
    {
      key: 'acme:commit-bonus', id: ACME_CREDITS.annualCommitBonus, customer_id: a, contract_id: C.acme2026, product_id: P.commitCredit, unit: usd,
      name: 'Annual commit bonus', description: 'Bonus for the 2026 annual commitment', priority: 20,
      applicable_product_ids: [P.apiRequests, P.computeMinutes], custom_fields: { sales_order: 'SO-2025-1207' },
      segments: [
        {
          from: '2026-01-01', to: '2027-01-01', amount: 240_000,
          deductions: [
            ['2026-01-01', 12_000], ['2026-02-01', 14_000], ['2026-03-01', 13_000], ['2026-04-01', 15_000],
            ['2026-05-01', 16_000], ['2026-06-01', 14_000], ['2026-07-01', 17_000], ['2026-08-01', 9_000], ['2026-09-01', 8_000],
          ],
        },
      ],
    },
    // Acme: contract-level on the ended 2025 contract: fully expired
    {
      key: 'acme:2025-commit', customer_id: a, contract_id: C.acme2025, product_id: P.commitCredit, unit: usd,
      name: '2025 contract credit', priority: 20,
      segments: [{ from: '2025-01-01', to: '2026-01-01', amount: 200_000, deductions: monthly('2025-02-01', 11, 15_000) }],
    },
    // Acme: customer-level, only a future segment, scoped to one contract
    {
      key: 'acme:support', id: ACME_CREDITS.supportHours, customer_id: a, product_id: P.commitCredit, unit: usd,
      name: 'Support hours credit', priority: 30, rate_type: 'LIST_RATE',
      applicable_product_ids: [P.onboardingServices], applicable_contract_ids: [C.acme2026],
      hierarchy_configuration: { child_access: { type: 'NONE' } },
      segments: [{ from: '2026-11-01', to: '2027-11-01', amount: 300_000 }],
    },
    // Acme: archived
    {
      key: 'acme:archived-promo', id: ACME_CREDITS.archivedPromo, customer_id: a, product_id: P.promotionalCredit, unit: usd,
      name: 'Spring promo (archived)', priority: 50, archived_at: at('2026-05-01'),
      segments: [{ from: '2026-03-01', to: '2026-12-01', amount: 20_000 }],
    },
    // Acme: a manual clawback larger than what is left: the balance stops at 0
    {
      key: 'acme:clawback', id: ACME_CREDITS.clawback, customer_id: a, product_id: P.promotionalCredit, unit: usd,
      name: 'Referral bonus (clawed back)', priority: 40, uniqueness_key: 'acme-referral-bonus-2026',
      segments: [
        { from: '2026-06-01', to: '2026-12-01', amount: 10_000, deductions: [['2026-06-01', 4_000]], manual: [['2026-07-10', -8_000, 'Clawback: duplicate referral']] },
      ],
    },
    // Acme: contract-level with only a draft deduction (its segment can be removed, the credit archived)
    {
      key: 'acme:q4-capacity', customer_id: a, contract_id: C.acme2026, product_id: P.commitCredit, unit: usd,
      name: 'Q4 capacity credit', priority: 15, rate_type: 'LIST_RATE', specifiers: [{ product_tags: ['compute'] }],
      segments: [{ from: '2026-09-01', to: '2026-12-01', amount: 60_000, deductions: [['2026-09-01', 6_500]] }],
    },
    // Acme: one referral reward a week since 2025-09-01, valid 12 months: 48 small customer-level credits
    ...Array.from({ length: 48 }, (_, i): CreditSpec => {
      const from = addDays(at('2025-09-01'), 7 * i);
      const drawn = i % 3 === 2 ? [] : ([[firstOfNextMonth(from).slice(0, 10), 500 + ((i * 337) % 2_000)]] as [string, number][]);
      const n = String(i + 1).padStart(2, '0');
      return {
        key: `acme:referral:${n}`, customer_id: a, product_id: P.promotionalCredit, unit: usd,
        name: `Referral reward #${n}`, priority: 60, custom_fields: { referral_id: `ref_${n}` },
        created_at: from,
        segments: [{ from, to: addDays(from, 365), amount: 2_500, deductions: drawn.filter(([m]) => Date.parse(at(m)) < Date.parse(now)) }],
      };
    }),

    // Globex: EUR, a customer-level credit over two segments and a contract-level one; a segment starting exactly now
    {
      key: 'globex:migration', customer_id: globex.metronomeCustomerId, product_id: P.promotionalCredit, unit: UNITS.eurCents.id,
      name: 'Migration credit', priority: 10,
      segments: [
        { from: '2026-03-01', to: '2026-06-01', amount: 30_000, deductions: [['2026-04-01', 10_000], ['2026-05-01', 12_000]] },
        { from: '2026-06-01', to: '2026-12-01', amount: 30_000, deductions: [['2026-07-01', 6_000], ['2026-09-01', 4_000]] },
      ],
    },
    {
      key: 'globex:growth-commit', customer_id: globex.metronomeCustomerId, contract_id: C.globex, product_id: P.commitCredit, unit: UNITS.eurCents.id,
      name: 'Growth plan commit credit', priority: 20, applicable_product_tags: ['usage'],
      segments: [{ from: '2026-03-01', to: '2027-03-01', amount: 120_000, deductions: [...monthly('2026-04-01', 5, 9_000), ['2026-09-01', 7_000]] }],
    },
    {
      key: 'globex:storage', customer_id: globex.metronomeCustomerId, contract_id: C.globex, product_id: P.promotionalCredit, unit: usd,
      name: 'Storage credit', priority: 25, specifiers: [{ product_id: P.storage }],
      segments: [{ from: '2026-10-01', to: '2027-01-01', amount: 15_000 }],
    },

    // Initech: an expired pilot, a contract-level token credit
    {
      key: 'initech:pilot', customer_id: initech.metronomeCustomerId, product_id: P.promotionalCredit, unit: usd,
      name: 'Pilot credit', priority: 10,
      segments: [{ from: '2026-05-01', to: '2026-08-01', amount: 25_000, deductions: [['2026-06-01', 9_000], ['2026-07-01', 11_000]] }],
    },
    {
      key: 'initech:ai-trial', customer_id: initech.metronomeCustomerId, contract_id: C.initech, product_id: P.commitCredit, unit: UNITS.aiTokens.id,
      name: 'AI Tokens trial', priority: 5,
      specifiers: [{ product_tags: ['ai'], presentation_group_values: { region: 'us' } }],
      segments: [{ from: '2026-05-01', to: '2026-11-01', amount: 2_000, deductions: [['2026-06-01', 300], ['2026-07-01', 450], ['2026-08-01', 250], ['2026-09-01', 100]] }],
    },

    // Umbrella: GBP scoped to the renewal contract, an expired commit credit, a segment ending exactly now
    {
      key: 'umbrella:research', customer_id: umbrella.metronomeCustomerId, product_id: P.promotionalCredit, unit: UNITS.gbpPence.id,
      name: 'Research grant credit', priority: 10, applicable_contract_ids: [C.umbrella2026],
      segments: [{ from: '2026-07-01', to: '2027-07-01', amount: 80_000, deductions: [['2026-08-01', 5_000], ['2026-09-01', 3_000]] }],
    },
    {
      key: 'umbrella:2025-commit', customer_id: umbrella.metronomeCustomerId, contract_id: C.umbrella2025, product_id: P.commitCredit, unit: usd,
      name: '2025 commit credit', priority: 20,
      segments: [{ from: '2025-07-01', to: '2026-07-01', amount: 150_000, deductions: monthly('2025-08-01', 11, 12_000) }],
    },
    {
      key: 'umbrella:renewal-bonus', customer_id: umbrella.metronomeCustomerId, contract_id: C.umbrella2026, product_id: P.commitCredit, unit: usd,
      name: 'Renewal bonus', priority: 15,
      hierarchy_configuration: { child_access: { type: 'CONTRACT_IDS', contract_ids: [C.umbrella2026] } },
      segments: [
        { from: '2026-07-01', to: '2026-10-01', amount: 30_000, deductions: [['2026-08-01', 10_000], ['2026-09-01', 10_000]] },
        { from: '2026-10-01', to: '2027-01-01', amount: 30_000 },
      ],
    },

    // Wonka: a credit on an archived contract, a CAD credit, a customer-level credit with three monthly segments
    {
      key: 'wonka:launch', customer_id: wonka.metronomeCustomerId, contract_id: C.wonkaCancelled, product_id: P.promotionalCredit, unit: usd,
      name: 'Launch credit', priority: 10,
      segments: [{ from: '2026-01-01', to: '2026-12-01', amount: 50_000 }],
    },
    {
      key: 'wonka:platform', customer_id: wonka.metronomeCustomerId, contract_id: C.wonka, product_id: P.commitCredit, unit: UNITS.cadCents.id,
      name: 'Platform credit', priority: 10, applicable_product_ids: [P.platformFee],
      segments: [{ from: '2026-03-01', to: '2027-03-01', amount: 60_000, deductions: [...monthly('2026-04-01', 5, 5_000), ['2026-09-01', 5_000]] }],
    },
    {
      key: 'wonka:loyalty', customer_id: wonka.metronomeCustomerId, product_id: P.promotionalCredit, unit: usd,
      name: 'Loyalty credit', priority: 20, rate_type: 'LIST_RATE', custom_fields: { tier: 'gold' },
      segments: [
        { from: '2026-09-01', to: '2026-10-01', amount: 5_000 },
        { from: '2026-10-01', to: '2026-11-01', amount: 5_000 },
        { from: '2026-11-01', to: '2026-12-01', amount: 5_000 },
      ],
    },

    // Hooli (reachable by alias only)
    {
      key: 'hooli:welcome', customer_id: hooli.id, product_id: P.promotionalCredit, unit: usd,
      name: 'Welcome credit', priority: 10,
      segments: [{ from: '2026-04-01', to: '2027-04-01', amount: 40_000, deductions: [...monthly('2026-05-01', 4, 3_000), ['2026-09-01', 2_000]] }],
    },
    {
      key: 'hooli:compute', customer_id: hooli.id, contract_id: C.hooli, product_id: P.commitCredit, unit: usd,
      name: 'Compute commit credit', priority: 20, specifiers: [{ product_id: P.computeMinutes }],
      segments: [
        { from: '2026-04-01', to: '2026-10-01', amount: 20_000, deductions: monthly('2026-05-01', 4, 4_000) },
        { from: '2026-10-01', to: '2027-04-01', amount: 20_000 },
      ],
    },

    // Initrode (archived customer)
    {
      key: 'initrode:legacy', customer_id: initrode.id, product_id: P.promotionalCredit, unit: usd,
      name: 'Legacy credit', priority: 10,
      segments: [{ from: '2025-01-01', to: '2026-01-01', amount: 10_000, deductions: [['2025-02-01', 3_000]] }],
    },
  ];

  return { now, customers, pricingUnits, products, contracts, credits: specs.map((s) => credit(s, now)) };
}
