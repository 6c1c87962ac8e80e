/**
 * Facts shared by every sandbox, so the Schematic and Metronome emulators seed one linked world:
 * the same companies, the same starting clock.
 */

/**
 * The sandboxes' "now" when they start. Seeded dates are placed relative to it and balances are
 * computed at it, so every run (and every test) sees the same numbers. The Metronome sandbox stays
 * at it; the Schematic sandbox's clock moves on by one millisecond per successful write (see
 * `SchematicStore.tick`), so writes are stamped in order after everything seeded.
 */
export const WORLD_NOW = '2026-10-01T00:00:00.000Z';

export interface WorldCompany {
  /** Schematic company id */
  id: string;
  name: string;
  domain: string;
  /** Metronome customer id, stored on the Schematic company as key `metronome_customer_id` */
  metronomeCustomerId?: string;
}

export const WORLD_COMPANIES: readonly WorldCompany[] = [
  { id: 'comp_acme', name: 'Acme Robotics', domain: 'acme.example', metronomeCustomerId: '6f1c2a4e-0b7d-4c1e-9a55-3d2f8e7a1b01' },
  { id: 'comp_globex', name: 'Globex Logistics', domain: 'globex.example', metronomeCustomerId: '0d8e5b7a-4c21-4f3a-8e6d-91b2c3d4e502' },
  { id: 'comp_initech', name: 'Initech', domain: 'initech.example', metronomeCustomerId: 'a3b9c1d2-7e4f-4a6b-b8c9-2d3e4f5a6b03' },
  { id: 'comp_umbrella', name: 'Umbrella Biotech', domain: 'umbrella.example', metronomeCustomerId: 'c7d8e9f0-1a2b-4c3d-9e4f-5a6b7c8d9e04' },
  { id: 'comp_hooli', name: 'Hooli Search', domain: 'hooli.example' },
  { id: 'comp_vandelay', name: 'Vandelay Imports', domain: 'vandelay.example' },
  { id: 'comp_wonka', name: 'Wonka Labs', domain: 'wonka.example', metronomeCustomerId: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a05' },
  { id: 'comp_tyrell', name: 'Tyrell Systems', domain: 'tyrell.example' },
];

/** Schematic company id -> Metronome customer id, for the companies billed through Metronome. */
export const METRONOME_CUSTOMER_IDS: Record<string, string> = Object.fromEntries(
  WORLD_COMPANIES.flatMap((c) => (c.metronomeCustomerId ? [[c.id, c.metronomeCustomerId]] : [])),
);

// ---- Metronome: facts the Metronome sandbox seeds and the gateway's tests rely on ----

/** Metronome's built-in pricing unit for US dollars, counted in cents (the default credit type). */
export const USD_CENTS_PRICING_UNIT_ID = '2714e483-4ff1-48e4-9e25-ac732e8f24f2';

export interface WorldPricingUnit {
  id: string;
  name: string;
  isCurrency: boolean;
}

/** The Metronome pricing units (credit types), in the order `/v1/credit-types/list` returns them. */
export const METRONOME_PRICING_UNITS = {
  usdCents: { id: USD_CENTS_PRICING_UNIT_ID, name: 'USD (cents)', isCurrency: true },
  eurCents: { id: '45971542-04d9-4b8b-a911-5c895dbb85df', name: 'EUR (cents)', isCurrency: true },
  gbpPence: { id: '7d4fc689-d6d6-4cf9-9cdd-28ff22356602', name: 'GBP (pence)', isCurrency: true },
  cadCents: { id: '3ae5a504-69ef-4f7e-b7b9-f15f5b73c958', name: 'CAD (cents)', isCurrency: true },
  /** A custom (non-currency) pricing unit. */
  aiTokens: { id: '7e1189cc-18cf-495a-b19c-046ed3aad045', name: 'AI Tokens (thousands)', isCurrency: false },
} as const satisfies Record<string, WorldPricingUnit>;

/**
 * A Metronome customer that no company stores as `metronome_customer_id`: it is reachable only
 * through its ingest alias, the domain of `comp_hooli` (link mode `alias:domain`).
 */
export const METRONOME_ALIAS_ONLY_CUSTOMER = {
  id: 'bb46774a-ded2-4164-9227-00d6bfb1f2b6',
  name: 'Hooli Search',
  ingestAlias: 'hooli.example',
  companyId: 'comp_hooli',
} as const;

/** An archived Metronome customer (linked to no company): only `only_archived` lists find it. */
export const METRONOME_ARCHIVED_CUSTOMER = {
  id: 'e4dde73f-3f26-4373-9030-7355ead34857',
  name: 'Initrode Systems',
  ingestAlias: 'initrode.example',
} as const;

/**
 * The customer with more than 50 credits (customer- and contract-level together, archived left
 * out), so listing them all takes three pages of 25: the Metronome customer of `comp_acme`.
 */
export const METRONOME_PAGED_CUSTOMER_ID = '6f1c2a4e-0b7d-4c1e-9a55-3d2f8e7a1b01';

/** Product ids (the contract-pricing catalogue). */
export const METRONOME_PRODUCTS = {
  apiRequests: 'c7711ac6-8696-4407-a2ec-2ad727386852',
  aiTokens: '161478d6-6521-4395-b2ec-c5034fe67541',
  computeMinutes: '7a04be59-ec12-463d-9c9b-00ce923ceb94',
  storage: '7e4498eb-7573-48db-b588-609e0ef12124',
  platformFee: 'fdb3968a-7bdf-48af-8a4e-0a4f7d1e5a9c',
  seats: '2327c512-d087-425d-9605-29bbf9549e70',
  onboardingServices: 'cf917e85-3c4d-4d01-b720-796e725c7774',
  usageBundle: '6cd50988-fc73-458d-ac7b-eb815f115a0d',
  /** the own product of promotional credits (what `credit.product` names) */
  promotionalCredit: '66671ce4-7a29-474f-be9d-da530f2e9e7b',
  /** the own product of committed-spend and support credits */
  commitCredit: '917bd128-5d54-4fcf-aa69-8626c959c517',
  /** archived: listed only with `archive_filter` ARCHIVED or ALL */
  legacyBandwidth: '28769b03-0ed2-4848-9125-93f11af2aa90',
} as const;

/** Contracts of the `comp_acme` customer. */
export const METRONOME_ACME_CONTRACTS = {
  /** 2025-01-01 to 2026-01-01: ended */
  enterprise2025: '6b473d3d-2047-42c0-b28c-af45883039e6',
  /** 2026-01-01 to 2027-01-01: current */
  enterprise2026: '28d05a29-0fd6-4011-9c15-9b05926bd207',
} as const;

/** A few notable credits of the `comp_acme` customer, with what the sandbox computes for them at WORLD_NOW. */
export const METRONOME_ACME_CREDITS = {
  /**
   * Customer-level, USD cents, three segments (expired, current, future). Current segment 100000,
   * invoice deductions of 12000 (finalized: July, August) and 8000 (September's draft invoice), a
   * manual +10000: balance 90000.
   */
  onboarding: 'ecaf9a30-390f-4c08-b7b0-e0b69bc95bd3',
  /** Contract-level (2026 contract), AI Tokens (thousands), with specifiers: balance 3800. */
  aiTokensStarter: 'def603d1-fb06-44d9-9db3-79fb25615281',
  /** Contract-level (2026 contract), USD cents, applicable to two products: balance 122000. */
  annualCommitBonus: 'df8d1b96-d738-4bca-9d82-b62390dd7116',
  /** Customer-level, only a future segment: balance 0. */
  supportHours: 'afe31d05-6530-4b13-8e2f-6e55c1d0ab5b',
  /** Customer-level, archived: hidden unless `include_archived`; balance 0, ledger null. */
  archivedPromo: 'c0602a7d-b673-415c-b654-02a8b9dcc0cb',
  /** Customer-level, a manual clawback larger than what is left: balance 0, never below. */
  clawback: '51f712ab-6cbc-4e70-9d79-8f29c792e600',
} as const;
