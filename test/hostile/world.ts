/**
 * The sandbox world as the hostile suite sees it: every id the seed holds, grouped by kind (what
 * generated arguments draw from, so operations reach real objects), and the ids each tenant owns
 * (what a company-scoped caller must never be answered with). Read from fresh stores, so an id
 * the seed gains later is covered without a change here.
 */
import { MetronomeStore } from '../../src/sandbox/metronome/store.ts';
import { SchematicStore } from '../../src/sandbox/schematic/store.ts';
import { METRONOME_CUSTOMER_IDS } from '../../src/sandbox/world.ts';

const schematic = new SchematicStore();
const metronome = new MetronomeStore();

const unique = (ids: Iterable<string | null | undefined>): string[] => [...new Set([...ids].filter((id): id is string => typeof id === 'string' && id !== ''))];

/** Seed ids by kind. */
export const IDS = {
  company: unique(schematic.companies.keys()),
  customer: unique(metronome.customers.map((c) => c.id)),
  grant: unique(schematic.grants.keys()),
  credit: unique(schematic.credits.keys()),
  bundle: unique(schematic.bundles.keys()),
  plan: unique(schematic.plans.keys()),
  planVersion: unique(JSON.stringify([...schematic.plans.values(), ...schematic.planGrants.values()]).match(/plvr_\w+/g) ?? []),
  planGrant: unique(schematic.planGrants.keys()),
  feature: unique(schematic.features.keys()),
  product: unique(metronome.products.map((p) => p.id)),
  pricingUnit: unique(metronome.pricingUnits.map((u) => u.id)),
  contract: unique(metronome.contracts.map((c) => c.id)),
  contractCredit: unique(metronome.credits.map((c) => c.id)),
  segment: unique(metronome.credits.flatMap((c) => c.schedule.map((s) => s.id))),
  ledgerEvent: unique(schematic.ledger.map((e) => e.event_id)),
};

export const ALL_IDS = unique(Object.values(IDS).flat());

/** A contract credit's key (`id customerId`), for `_entities` and `contractCredit`. */
export const CONTRACT_CREDIT_KEYS = metronome.credits.map((c) => ({ id: c.id, customerId: c.customer_id }));

/** Every id owned by one company: its own, its Metronome customer's, their grants, ledger, keys, contracts, credits, segments and invoices. */
function tenantIds(companyId: string): string[] {
  const customerId = METRONOME_CUSTOMER_IDS[companyId];
  const grants = [...schematic.grants.values()].filter((g) => g.company_id === companyId);
  const company = schematic.companies.get(companyId);
  const credits = metronome.credits.filter((c) => c.customer_id === customerId);
  return unique([
    companyId,
    customerId,
    ...grants.flatMap((g) => [g.id, ...(g.transfers ?? []).map((t) => t.id)]),
    ...schematic.ledger.filter((e) => e.company_id === companyId).map((e) => e.event_id),
    ...(company?.keys ?? []).map((k) => k.id as string | undefined),
    ...metronome.contracts.filter((c) => c.customer_id === customerId).map((c) => c.id),
    ...credits.flatMap((c) => [c.id, ...c.schedule.map((s) => s.id), ...c.deductions.map((d) => d.invoice_id)]),
  ]);
}

/** Metronome customers no company of the seed links to by id (alias-only, archived): no caller's own. */
const unlinkedCustomers = IDS.customer.filter((id) => !Object.values(METRONOME_CUSTOMER_IDS).includes(id));

function unlinkedIds(): string[] {
  const credits = metronome.credits.filter((c) => unlinkedCustomers.includes(c.customer_id));
  return unique([
    ...unlinkedCustomers,
    ...metronome.contracts.filter((c) => unlinkedCustomers.includes(c.customer_id)).map((c) => c.id),
    ...credits.flatMap((c) => [c.id, ...c.schedule.map((s) => s.id), ...c.deductions.map((d) => d.invoice_id)]),
  ]);
}

/** The ids a caller scoped to `companyId` (or to no company: undefined) must never be answered with. */
export function foreignIds(companyId: string | undefined): string[] {
  const others = IDS.company.filter((id) => id !== companyId);
  return unique([...others.flatMap(tenantIds), ...unlinkedIds()]);
}

/** Id pools by the name of the argument or input field that takes them (`customerId`, `planVersionId` ...). */
export function idsFor(hint: string): readonly string[] {
  const name = hint.toLowerCase();
  const pools: [RegExp, string[]][] = [
    [/planversion/, IDS.planVersion],
    [/plancreditgrant|plangrant/, IDS.planGrant],
    [/contractcredit/, IDS.contractCredit],
    [/segment|scheduleitem/, IDS.segment],
    [/creditgrant|grant/, IDS.grant],
    [/bundle/, IDS.bundle],
    [/plan/, IDS.plan],
    [/customer/, IDS.customer],
    [/company|companies/, IDS.company],
    [/credittype|pricingunit/, IDS.pricingUnit],
    [/contract/, IDS.contract],
    [/product/, IDS.product],
    [/feature/, IDS.feature],
    [/credit/, [...IDS.credit, ...IDS.contractCredit]],
    [/ledger|event/, IDS.ledgerEvent],
  ];
  return pools.find(([pattern]) => pattern.test(name))?.[1] ?? ALL_IDS;
}

/** The sandboxes' stores back to the seed, in place (the servers keep their store objects). */
export function resetStores(stores: { schematic: SchematicStore; metronome: MetronomeStore }): void {
  Object.assign(stores.schematic, new SchematicStore());
  Object.assign(stores.metronome, new MetronomeStore());
}
