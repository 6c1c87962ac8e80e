/**
 * What each write endpoint does to the store, after requests.ts has validated its body: the
 * rules that need stored state (unknown ids are 404, references block deletes with 409, dates
 * are checked against the sandbox clock) and the effects. Each successful write advances the
 * clock once (`store.tick()`) and stamps itself with it; a refused write changes nothing.
 * Denormalised copies (names on grants, bundles, plan grants, the ledger; balances; a plan's
 * credits) are derived by the store on read, so a write only touches its own record.
 */
import type {
  BillingCredit,
  BillingCreditBundle,
  BillingCreditGrant,
  BillingPlanCreditGrant,
  BillingPrice,
  CreateBillingCreditRequestBody,
  CreateBillingPlanCreditGrantRequestBody,
  CreateCompanyCreditGrant,
  CreateCreditBundleRequestBody,
  CurrencyPrice,
  DeleteData,
  Plan,
  UpdateBillingCreditRequestBody,
  UpdateBillingPlanCreditGrantRequestBody,
  UpdateCreditBundleDetailsRequestBody,
  ZeroOutGrantRequestBody,
} from '../../upstream/schematic/types.ts';
import { badRequest, conflict, found, notFound } from './query.ts';
import { newId, type SchematicStore } from './store.ts';

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A read-back right after a write: the record is there by construction. */
function stored<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('schematic sandbox: a written record vanished');
  return value;
}

const invalid = (field: string, rule: string) => badRequest(`invalid field ${field}: ${rule}`);

/** `duration` needs a unit and a length, checked on the stored result of a create or an update. */
function requireLength(type: string | null | undefined, unit: unknown, count: unknown, prefix = ''): void {
  if (type !== 'duration') return;
  const why = `(required when ${prefix}expiry_type is duration)`;
  if (unit == null) throw badRequest(`missing required field: ${prefix}expiry_unit ${why}`);
  if (count == null) throw badRequest(`missing required field: ${prefix}expiry_unit_count ${why}`);
}

// ---------------------------------------------------------------- prices

interface Cost {
  /** int64: a `bigint` beyond 2^53 */
  minor: number | bigint;
  decimal: string;
}

/** A request's `x` / `x_decimal` pair; the decimal string wins when both are set (reference §2.6). */
function cost(minor: number | bigint | null | undefined, decimal: string | null | undefined): Cost | undefined {
  if (decimal != null) return { minor: roundMinor(decimal), decimal };
  if (minor != null) return { minor, decimal: String(minor) };
  return undefined;
}

/** A non-negative decimal string rounded half up to whole minor units, exactly (a `bigint` beyond 2^53). */
function roundMinor(decimal: string): number | bigint {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const rounded = BigInt(whole) + (fraction[0] !== undefined && fraction[0] >= '5' ? 1n : 0n);
  return rounded <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(rounded) : rounded;
}

function priceObject(id: string, currency: string, c: Cost): BillingPrice {
  return {
    id,
    currency,
    price: c.minor,
    price_decimal: c.decimal,
    interval: 'one-time',
    interval_count: 1,
    nickname: null,
    provider_type: 'schematic',
    scheme: 'per_unit',
    external_price_id: `price_sbx_${id.replace(/^bpri_/, '')}`,
  };
}

/** Exact `decimal × n` on decimal strings (bundle totals of sub-cent unit prices must not drift). */
function times(decimal: string, n: number): string {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const digits = (BigInt(whole + fraction) * BigInt(n)).toString().padStart(fraction.length + 1, '0');
  const cut = digits.length - fraction.length;
  const rest = digits.slice(cut).replace(/0+$/, '');
  return rest ? `${digits.slice(0, cut)}.${rest}` : digits.slice(0, cut);
}

/** `total / n` as a plain decimal string (no exponent), for unit prices of seeded bundles. */
function divide(total: string, n: number): string {
  return (Number(total) / n).toFixed(12).replace(/\.?0+$/, '');
}

// ---------------------------------------------------------------- credits

/** The credit's own currency: its price's, else the first one it lists. */
function mainCurrency(credit: BillingCredit): string {
  return credit.price?.currency ?? credit.currency_prices[0]?.currency ?? 'usd';
}

/** Sets one currency's cost basis; an item without a price keeps whatever that currency had. */
function setCost(prices: Map<string, CurrencyPrice>, ownerId: string, currency: string, c: Cost | undefined): void {
  if (c) prices.set(currency, { currency, price: priceObject(`bpri_${ownerId}_${currency}`, currency, c) });
  else if (!prices.has(currency)) prices.set(currency, { currency });
}

/** Writes `currency_prices` and `price` (the main currency's entry; omitted, not null, when it has none). */
function setCreditPrices(credit: BillingCredit, prices: Map<string, CurrencyPrice>): void {
  credit.currency_prices = [...prices.values()];
  const price = prices.get(mainCurrency(credit))?.price;
  if (price) credit.price = price;
  else delete credit.price;
}

export function createCredit(store: SchematicStore, req: CreateBillingCreditRequestBody): BillingCredit {
  const at = store.tick();
  const id = newId('bcrd');
  // The main currency comes first; without a cost basis it is listed without a price.
  const prices = new Map<string, CurrencyPrice>();
  setCost(prices, id, req.currency, cost(req.per_unit_price, req.per_unit_price_decimal));
  for (const item of req.currency_prices ?? []) setCost(prices, id, item.currency, cost(item.price_per_unit, item.price_per_unit_decimal));
  const credit: BillingCredit = {
    id,
    name: req.name,
    description: req.description,
    icon: req.icon ?? null,
    singular_name: req.singular_name ?? null,
    plural_name: req.plural_name ?? null,
    // defaults for omitted enums are UNCONFIRMED: the most neutral value of each
    burn_strategy: req.burn_strategy ?? 'first_in_first_out',
    default_expiry_unit: req.default_expiry_unit ?? 'days',
    default_expiry_unit_count: req.default_expiry_unit_count ?? null,
    default_rollover_policy: req.default_rollover_policy ?? 'none',
    cost_editable: true,
    ledger_authority: 'schematic_authoritative',
    currency_prices: [],
    created_at: at,
    updated_at: at,
  };
  setCreditPrices(credit, prices);
  store.credits.set(id, credit);
  return stored(store.getCredit(id));
}

/** A full PUT of name and description; other fields left out (or null) keep their value. */
export function updateCredit(store: SchematicStore, id: string, req: UpdateBillingCreditRequestBody): BillingCredit {
  const credit = found(store.credits.get(id), `billing credit not found: ${id}`);
  const repriced = (['per_unit_price', 'per_unit_price_decimal', 'currency_prices'] as const).find((f) => req[f] !== undefined);
  // UNCONFIRMED: the vendor's `cost_editable` says "whether the cost basis may still be edited"; the sandbox enforces it.
  if (repriced && !credit.cost_editable) {
    throw invalid(repriced, `the cost basis of billing credit ${id} can no longer be edited (cost_editable is false)`);
  }
  const at = store.tick();
  const { currency_prices: items, per_unit_price, per_unit_price_decimal, ...fields } = req;
  if (repriced) {
    const currency = mainCurrency(credit);
    const prices = new Map(credit.currency_prices.map((p) => [p.currency, p]));
    setCost(prices, id, currency, cost(per_unit_price, per_unit_price_decimal));
    if (items) {
      // a sent list replaces the other currencies
      for (const other of [...prices.keys()]) if (other !== currency) prices.delete(other);
      for (const item of items) setCost(prices, id, item.currency, cost(item.price_per_unit, item.price_per_unit_decimal));
    }
    setCreditPrices(credit, prices);
  }
  Object.assign(credit, fields, { updated_at: at });
  return stored(store.getCredit(id));
}

/**
 * The vendor soft-deletes; the sandbox removes the credit from every read (a later GET is 404).
 * UNCONFIRMED (the reference says nothing about references): a credit that grants, bundles, plan
 * grants or features still use is refused with 409, so no read is left pointing at nothing.
 */
export function deleteCredit(store: SchematicStore, id: string): DeleteData {
  found(store.credits.get(id), `billing credit not found: ${id}`);
  const users = [
    ['grant', [...store.grants.values()].filter((g) => g.credit_id === id).length],
    ['bundle', [...store.bundles.values()].filter((b) => b.credit_id === id).length],
    ['plan credit grant', [...store.planGrants.values()].filter((g) => g.credit_id === id).length],
    ['feature', [...store.featureCredits.values()].filter((c) => c === id).length],
  ] as const;
  const inUse = users.filter(([, n]) => n > 0).map(([what, n]) => `${n} ${what}${n === 1 ? '' : 's'}`);
  if (inUse.length > 0) throw conflict(`billing credit ${id} is still used by ${inUse.join(', ')}; it cannot be deleted`);
  store.tick();
  store.credits.delete(id);
  return { deleted: true };
}

// ---------------------------------------------------------------- bundles

function bundleCurrency(bundle: BillingCreditBundle): string {
  return bundle.unit_price?.currency ?? bundle.price?.currency ?? bundle.currency_prices[0]?.currency ?? 'usd';
}

/** Per-credit price of each currency (decimal strings); `currency_prices` hold bundle totals. */
function unitPrices(bundle: BillingCreditBundle): Map<string, string | undefined> {
  const quantity = bundle.quantity ?? 1;
  const units = new Map<string, string | undefined>(
    bundle.currency_prices.map((p) => [p.currency, p.price ? divide(p.price.price_decimal ?? String(p.price.price), quantity) : undefined]),
  );
  if (bundle.unit_price) units.set(bundle.unit_price.currency, bundle.unit_price.price_decimal ?? String(bundle.unit_price.price));
  return units;
}

/** `unit_price` (main currency, per credit), `price` and `currency_prices` (per bundle of `quantity`, 1 when unset). */
function setBundlePrices(bundle: BillingCreditBundle, currency: string, units: Map<string, string | undefined>): void {
  const quantity = bundle.quantity ?? 1;
  const entries = [...units].sort(([a], [b]) => (a === currency ? -1 : b === currency ? 1 : 0));
  bundle.currency_prices = entries.map(([cur, unit]) => {
    if (unit === undefined) return { currency: cur };
    const total = times(unit, quantity);
    return { currency: cur, price: priceObject(`bpri_${bundle.id}_${cur}`, cur, { minor: roundMinor(total), decimal: total }) };
  });
  const unit = units.get(currency);
  const main = bundle.currency_prices.find((p) => p.currency === currency)?.price;
  if (unit !== undefined) bundle.unit_price = priceObject(`bpri_${bundle.id}_unit_${currency}`, currency, { minor: roundMinor(unit), decimal: unit });
  if (main) bundle.price = main;
}

/** Plans a bundle is limited to; an unknown plan is a 404 like any unknown id. */
function knownPlans(store: SchematicStore, ids: string[] | null | undefined): string[] | undefined {
  for (const id of ids ?? []) found(store.plans.get(id), `plan not found: ${id}`);
  return ids ?? undefined;
}

export function createBundle(store: SchematicStore, req: CreateCreditBundleRequestBody): BillingCreditBundle {
  const credit = found(store.credits.get(req.credit_id), `billing credit not found: ${req.credit_id}`);
  const plans = knownPlans(store, req.compatible_plan_ids);
  // Omitted expiry: the credit's defaults (UNCONFIRMED), a duration when the credit has a length.
  const expiryType = req.expiry_type ?? (credit.default_expiry_unit_count ? 'duration' : 'no_expiry');
  const at = store.tick();
  const id = newId('bcb');
  const bundle: BillingCreditBundle = {
    id,
    name: req.bundle_name,
    bundle_type: req.bundle_type ?? 'fixed',
    status: req.status ?? 'active',
    credit_id: credit.id,
    credit_name: credit.name,
    quantity: req.quantity ?? null,
    currency_prices: [],
    compatible_plan_ids: plans ?? [],
    expiry_type: expiryType,
    expiry_unit: req.expiry_unit ?? credit.default_expiry_unit,
    expiry_unit_count: req.expiry_unit_count ?? (req.expiry_type ? null : (credit.default_expiry_unit_count ?? null)),
    has_grants: false,
    billing_invoice_id: null,
    created_at: at,
    updated_at: at,
  };
  const units = new Map<string, string | undefined>([[req.currency, cost(req.price_per_unit, req.price_per_unit_decimal)?.decimal]]);
  for (const item of req.currency_prices ?? []) {
    units.set(item.currency, cost(item.price_per_unit, item.price_per_unit_decimal)?.decimal ?? units.get(item.currency));
  }
  setBundlePrices(bundle, req.currency, units);
  store.bundles.set(id, bundle);
  return stored(store.getBundle(id));
}

/** A full PUT of name and price; omitted fields keep their value (`compatible_plan_ids: []` opens it to every plan). */
export function updateBundle(store: SchematicStore, id: string, req: UpdateCreditBundleDetailsRequestBody): BillingCreditBundle {
  const bundle = found(store.bundles.get(id), `credit bundle not found: ${id}`);
  const plans = knownPlans(store, req.compatible_plan_ids);
  const expiry = {
    type: req.expiry_type ?? bundle.expiry_type,
    unit: req.expiry_unit ?? bundle.expiry_unit,
    count: req.expiry_unit_count ?? bundle.expiry_unit_count ?? null,
  };
  requireLength(expiry.type, expiry.unit, expiry.count);
  const at = store.tick();
  const currency = bundleCurrency(bundle);
  const units = unitPrices(bundle);
  if (req.currency_prices) for (const other of [...units.keys()]) if (other !== currency) units.delete(other);
  units.set(currency, cost(req.price_per_unit, req.price_per_unit_decimal)?.decimal);
  for (const item of req.currency_prices ?? []) {
    units.set(item.currency, cost(item.price_per_unit, item.price_per_unit_decimal)?.decimal ?? units.get(item.currency));
  }
  Object.assign(bundle, {
    name: req.bundle_name,
    status: req.status ?? bundle.status,
    quantity: req.quantity ?? bundle.quantity ?? null,
    compatible_plan_ids: plans ?? bundle.compatible_plan_ids,
    expiry_type: expiry.type,
    expiry_unit: expiry.unit,
    expiry_unit_count: expiry.count,
    updated_at: at,
  });
  setBundlePrices(bundle, currency, units);
  return stored(store.getBundle(id));
}

/**
 * UNCONFIRMED (hard or soft delete is unknown): a bundle that grants were bought from
 * (`has_grants`) is refused with 409, so no grant or ledger event points at nothing.
 */
export function deleteBundle(store: SchematicStore, id: string): DeleteData {
  found(store.bundles.get(id), `credit bundle not found: ${id}`);
  const grants = [...store.grants.values()].filter((g) => g.credit_bundle_id === id).length;
  if (grants > 0) throw conflict(`credit bundle ${id} has ${grants} grant${grants === 1 ? '' : 's'}; it cannot be deleted`);
  store.tick();
  store.bundles.delete(id);
  return { deleted: true };
}

// ---------------------------------------------------------------- company grants

const SOURCE_LABELS: Record<string, string> = {
  adjustment: 'Manual adjustment',
  billing_credit_auto_topup: 'Auto top-up',
  free: 'Free credits',
  plan: 'Plan grant',
  purchased: 'Purchase',
  rollover: 'Rollover',
};

function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}

/**
 * The end of the company's `n`-th billing period counted from `start` (1: the current one). The
 * sandbox's plans bill monthly; the current period ends when the company's live monthly plan
 * grant does (one month after `start` for a company without one).
 */
function periodEnd(store: SchematicStore, companyId: string, start: number, n: number): number {
  const ends = [...store.grants.values()]
    .filter((g) => g.company_id === companyId && g.grant_reason === 'plan' && g.renewal_period === 'monthly' && g.expires_at)
    .map((g) => Date.parse(g.expires_at ?? ''))
    .filter((end) => end > start);
  return addMonths(ends.length > 0 ? Math.min(...ends) : addMonths(start, 1), n - 1);
}

interface Expiry {
  expiresAt: number | null;
  type: string | null;
  unit: string | null;
  count: number | null;
}

/**
 * When a new grant expires. An explicit `expires_at` wins and must be after the grant starts.
 * Without any expiry field the credit's defaults apply (UNCONFIRMED: that is what "default
 * expiry" suggests). `end_of_trial` is refused: no sandbox company is on a trial.
 */
function grantExpiry(store: SchematicStore, req: CreateCompanyCreditGrant, credit: BillingCredit, start: number): Expiry {
  if (req.expires_at) {
    if (req.expiry_type === 'no_expiry') throw invalid('expires_at', 'cannot be combined with expiry_type no_expiry');
    const at = Date.parse(req.expires_at);
    if (at <= start) throw invalid('expires_at', `must be after the grant starts (${iso(start)})`);
    return { expiresAt: at, type: req.expiry_type ?? null, unit: req.expiry_unit ?? null, count: req.expiry_unit_count ?? null };
  }
  const defaulted = !req.expiry_type;
  const type = req.expiry_type ?? (credit.default_expiry_unit_count ? 'duration' : 'no_expiry');
  const unit = req.expiry_unit ?? (defaulted ? credit.default_expiry_unit : null);
  const count = req.expiry_unit_count ?? (defaulted ? (credit.default_expiry_unit_count ?? null) : null);
  const periods = (n: number) => periodEnd(store, req.company_id, start, n);
  switch (type) {
    case 'no_expiry':
      return { expiresAt: null, type, unit: null, count: null };
    case 'duration': {
      const length = count ?? 1; // requests.ts makes an explicit duration carry its length
      return { expiresAt: unit === 'billing_periods' ? periods(length) : start + length * DAY_MS, type, unit, count };
    }
    case 'end_of_billing_period':
      // billing_periods_count: how many periods the grant lasts (exact semantics UNCONFIRMED)
      return { expiresAt: periods(req.billing_periods_count ?? 1), type, unit, count };
    case 'end_of_next_billing_period':
      return { expiresAt: periods(2), type, unit, count };
    default:
      throw invalid('expiry_type', `company ${req.company_id} is not on a trial, so ${type} has no date`);
  }
}

/**
 * A new grant: starts at the write's instant (so it counts at once, see `SchematicStore.clock`),
 * raises the balance by `quantity`, and adds a `grant` ledger event, as seeded grants have.
 */
export function grantToCompany(store: SchematicStore, req: CreateCompanyCreditGrant): BillingCreditGrant {
  const company = found(store.companies.get(req.company_id), `company not found: ${req.company_id}`);
  const credit = found(store.credits.get(req.credit_id), `billing credit not found: ${req.credit_id}`);
  const bundle = req.credit_bundle_id ? found(store.bundles.get(req.credit_bundle_id), `credit bundle not found: ${req.credit_bundle_id}`) : undefined;
  if (bundle && bundle.credit_id !== credit.id) {
    throw invalid('credit_bundle_id', `bundle ${bundle.id} holds credit ${bundle.credit_id}, not ${credit.id}`);
  }
  const expiry = grantExpiry(store, req, credit, store.nextTick());
  const at = store.tick();
  const id = newId('bcgr');
  const grant: BillingCreditGrant = {
    id,
    company_id: company.id,
    company_name: company.name,
    credit_id: credit.id,
    credit_name: credit.name,
    credit_icon: credit.icon ?? null,
    grant_reason: req.reason,
    source_label: bundle ? `Bundle: ${bundle.name}` : (SOURCE_LABELS[req.reason] ?? 'Granted via API'),
    quantity: req.quantity,
    quantity_used: 0,
    quantity_remaining: req.quantity,
    reserved: 0,
    settled: req.quantity,
    renewal_enabled: req.renewal_enabled ?? false,
    // The request names when renewal starts (ResetStart), the grant its cadence (ResetCadence):
    // the sandbox's billing periods are monthly.
    renewal_period: req.renewal_enabled ? 'monthly' : null,
    currency: req.currency ?? null,
    company_license_id: null,
    license_name: null,
    plan_id: null,
    plan_name: null,
    credit_bundle_id: bundle?.id ?? null,
    source_grant_id: null,
    transfers: [],
    valid_from: at,
    expires_at: expiry.expiresAt === null ? null : iso(expiry.expiresAt),
    zeroed_out_date: null,
    zeroed_out_reason: null,
    created_at: at,
    updated_at: at,
  };
  const paid = bundle && (bundle.currency_prices.find((p) => p.currency === req.currency)?.price ?? bundle.price);
  if (paid) grant.price = paid;
  store.grants.set(id, grant);
  store.appendLedger({
    event_at: at,
    event_type: 'grant',
    amount: grant.quantity,
    company_id: company.id,
    billing_credit_id: credit.id,
    credit_name: credit.name,
    grant_id: id,
    grant_quantity: grant.quantity,
    grant_quantity_remaining: grant.quantity_remaining,
    grant_reason: grant.grant_reason,
    grant_valid_from: at,
    grant_expires_at: grant.expires_at ?? null,
    plan_id: null,
    billing_credit_bundle_id: grant.credit_bundle_id ?? null,
    expiry_type: expiry.type,
    expiry_unit: expiry.unit,
    expiry_unit_count: expiry.count,
  });
  return stored(store.getGrant(id));
}

/**
 * Zero-out: what is left goes to 0 (and out of the balance), with a `zero_out` ledger event, as
 * seeded zero-outs have. Open holds stay recorded in `reserved`, like the seed's. A grant already
 * zeroed out is answered as it is: 200, unchanged (first date and reason kept), no second event.
 * UNCONFIRMED; chosen because the endpoint is a PUT (idempotent), so a resent request must not
 * zero out twice or change the recorded reason.
 */
export function zeroOutGrant(store: SchematicStore, id: string, req: ZeroOutGrantRequestBody): BillingCreditGrant {
  const grant = found(store.grants.get(id), `credit grant not found: ${id}`);
  if (grant.zeroed_out_date) return stored(store.getGrant(id));
  const at = store.tick();
  const remaining = grant.quantity_remaining;
  // the reason when none is sent is UNCONFIRMED; `manual` is what a call from outside is
  const reason = req.reason ?? 'manual';
  Object.assign(grant, { quantity_remaining: 0, settled: 0, zeroed_out_date: at, zeroed_out_reason: reason, updated_at: at });
  store.appendLedger({
    event_at: at,
    event_type: 'zero_out',
    amount: -remaining,
    quantity_remaining_at_zero_out: remaining,
    zeroed_out_reason: reason,
    company_id: grant.company_id,
    billing_credit_id: grant.credit_id,
    credit_name: grant.credit_name,
    grant_id: id,
  });
  return stored(store.getGrant(id));
}

// ---------------------------------------------------------------- plan credit grants

function autoTopupAvailability(req: UpdateBillingPlanCreditGrantRequestBody, current: BillingPlanCreditGrant): string {
  if (req.auto_topup_availability) return req.auto_topup_availability;
  if (req.auto_topup_enabled == null && req.auto_topup_self_service == null) return current.auto_topup_availability;
  // the legacy flags, which availability supersedes
  const enabled = req.auto_topup_enabled ?? current.auto_topup_enabled;
  const selfService = req.auto_topup_self_service ?? current.auto_topup_self_service;
  return !enabled ? 'off' : selfService ? 'user_controlled' : 'automatic';
}

/**
 * Applies a create or update body to a plan grant (fields left out keep their value) and checks
 * the rules that span fields on the result. `apply_to_existing` is accepted and has no effect:
 * the sandbox does not re-issue or revoke companies' plan grants (UNCONFIRMED what the vendor
 * does; companies' plan grants change at the next period reset, which the frozen world never reaches).
 */
function applyPlanGrant(grant: BillingPlanCreditGrant, req: UpdateBillingPlanCreditGrantRequestBody, plan: Plan | undefined): void {
  const {
    apply_to_existing: _applyToExisting,
    auto_topup_availability: _availability,
    auto_topup_enabled: _enabled,
    auto_topup_self_service: _selfService,
    price_tiers: tiers,
    ...fields
  } = req;
  const { credit_id: _creditId, plan_id: _planId, plan_version_id: _versionId, ...plain } = fields as Partial<CreateBillingPlanCreditGrantRequestBody>;
  const availability = autoTopupAvailability(req, grant);
  Object.assign(grant, plain, {
    auto_topup_availability: availability,
    auto_topup_enabled: availability !== 'off',
    auto_topup_self_service: availability === 'user_controlled',
  });
  if (tiers) {
    grant.price_tiers = tiers.map((t, i) => ({
      from: tiers[i - 1]?.up_to ?? 0,
      to: t.up_to ?? null,
      per_unit_price: t.per_unit_price == null ? null : Number(t.per_unit_price),
      per_unit_price_decimal: t.per_unit_price_decimal ?? null,
    }));
  }

  if (grant.scaling === 'per_license') {
    if (!grant.license_id) throw badRequest('missing required field: license_id (required when scaling is per_license)');
  } else {
    if (req.company_credit_amount) throw invalid('company_credit_amount', 'only valid when scaling is per_license');
    // moving off per-license scaling clears the license (spec field doc)
    grant.license_id = null;
    grant.company_credit_amount = 0;
  }
  requireLength(grant.expiry_type, grant.expiry_unit, grant.expiry_unit_count);
  requireLength(grant.auto_topup_expiry_type, grant.auto_topup_expiry_unit, grant.auto_topup_expiry_unit_count, 'auto_topup_');
  if ((grant.price_tiers?.length ?? 0) > 0 && !grant.tier_mode) throw badRequest('missing required field: tier_mode (required with price_tiers)');
  // SDK-only field, UNCONFIRMED: the SDK documents `billed` as custom plans only, and no sandbox plan is custom
  if (grant.billing_mode === 'billed' && !plan?.company_id) throw invalid('billing_mode', `billed is only allowed on custom plans, and ${grant.plan_id} is not one`);
}

export function createPlanGrant(store: SchematicStore, req: CreateBillingPlanCreditGrantRequestBody): BillingPlanCreditGrant {
  const plan = found(store.plans.get(req.plan_id), `plan not found: ${req.plan_id}`);
  const credit = found(store.credits.get(req.credit_id), `billing credit not found: ${req.credit_id}`);
  const versions = (plan.versions as { id: string }[] | undefined) ?? [];
  if (req.plan_version_id && !versions.some((v) => v.id === req.plan_version_id)) {
    throw notFound(`plan version not found: ${req.plan_version_id} (plan ${plan.id})`);
  }
  const grant: BillingPlanCreditGrant = {
    id: newId('bpcg'),
    plan_id: plan.id,
    plan_name: plan.name,
    plan_version_id: req.plan_version_id ?? (plan.active_version as { id?: string } | undefined)?.id ?? null,
    credit_id: credit.id,
    credit_name: credit.name,
    credit_amount: req.credit_amount,
    // defaults the spec documents: fixed scaling, 0 company credits, 0 % rollover, granted
    company_credit_amount: 0,
    scaling: 'fixed',
    rollover_percentage: 0,
    billing_mode: 'granted',
    postpaid_enabled: false,
    price_tiers: [],
    can_buy_bundles: true,
    auto_topup_availability: 'off',
    auto_topup_enabled: false,
    auto_topup_self_service: false,
    license_id: null,
    created_at: '',
    updated_at: '',
  };
  applyPlanGrant(grant, req, plan);
  const at = store.tick();
  Object.assign(grant, { created_at: at, updated_at: at });
  store.planGrants.set(grant.id, grant);
  return stored(store.getPlanGrant(grant.id));
}

export function updatePlanGrant(store: SchematicStore, id: string, req: UpdateBillingPlanCreditGrantRequestBody): BillingPlanCreditGrant {
  const current = found(store.planGrants.get(id), `plan credit grant not found: ${id}`);
  const next = { ...current };
  applyPlanGrant(next, req, store.plans.get(current.plan_id)); // throws before anything is stored
  next.updated_at = store.tick();
  store.planGrants.set(id, next);
  return stored(store.getPlanGrant(id));
}

/** Removes the plan grant from every read (the plan's credits and included grants follow); `apply_to_existing` as on create. */
export function deletePlanGrant(store: SchematicStore, id: string): DeleteData {
  found(store.planGrants.get(id), `plan credit grant not found: ${id}`);
  store.tick();
  store.planGrants.delete(id);
  return { deleted: true };
}
