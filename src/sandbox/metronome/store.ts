/**
 * The Metronome sandbox's in-memory state and its rules. Records are plain objects kept in
 * insertion order (that order is the list order and the cursor key); ledgers and balances are
 * computed from the schedule, the invoice deductions and the manual entries on every read, so a
 * write is seen by the next read with nothing to keep in sync.
 */
import { randomUUID } from 'node:crypto';
import Big from 'big.js';
import type {
  Amount,
  CommitSpecifier,
  ContractV2,
  ContractV2Credit,
  Credit,
  CreditLedgerEntry,
  CustomerDetail,
  PricingUnit,
  Product,
} from '../../upstream/metronome/types.ts';
import { USD_CENTS_PRICING_UNIT_ID } from '../world.ts';
import { big, toAmount } from './amount.ts';
import { seedMetronomeWorld, type ContractRecord, type CreditRecord, type MetronomeWorld, type SegmentRecord } from './seed.ts';
import { badRequest, conflict, notFound } from './validate.ts';

/** What a read of credits asks to see. */
export interface CreditViewOptions {
  balance?: boolean;
  ledgers?: boolean;
}

export interface CreditFilter {
  credit_id?: string;
  covering_date?: string;
  starting_at?: string;
  effective_before?: string;
  include_contract_credits?: boolean;
  include_archived?: boolean;
}

export interface ContractFilter {
  covering_date?: string;
  starting_at?: string;
  include_archived?: boolean;
}

/** A stored answer, replayed for a repeated `Idempotency-Key`. */
export interface StoredReply {
  fingerprint: string;
  status: number;
  body: unknown;
}

const ms = (iso: string) => Date.parse(iso);
const clone = <T>(value: T): T => structuredClone(value);

/** Segments in time order (ties by id), as schedules are shown. */
const bySchedule = (a: SegmentRecord, b: SegmentRecord) => ms(a.starting_at) - ms(b.starting_at) || a.id.localeCompare(b.id);

export class MetronomeStore {
  /** The sandbox clock: frozen at the world's date so balances are reproducible. */
  readonly now: string;
  readonly customers: CustomerDetail[];
  readonly pricingUnits: PricingUnit[];
  readonly products: Product[];
  readonly contracts: ContractRecord[];
  readonly credits: CreditRecord[];
  /** `Idempotency-Key` -> the first answer given under it. */
  readonly idempotency = new Map<string, StoredReply>();

  constructor(world: MetronomeWorld = seedMetronomeWorld()) {
    this.now = world.now;
    this.customers = world.customers;
    this.pricingUnits = world.pricingUnits;
    this.products = world.products;
    this.contracts = world.contracts;
    this.credits = world.credits;
  }

  // ---- customers

  customer(id: string): CustomerDetail | undefined {
    return this.customers.find((c) => c.id === id);
  }

  /** Active customers unless `onlyArchived`; unknown ids are left out. */
  listCustomers(filter: { ids?: string[]; alias?: string; onlyArchived?: boolean }): CustomerDetail[] {
    return this.customers
      .filter(
        (c) =>
          Boolean(c.archived_at) === Boolean(filter.onlyArchived) &&
          (!filter.ids || filter.ids.includes(c.id)) &&
          (filter.alias === undefined || c.ingest_aliases.includes(filter.alias)),
      )
      .map(clone);
  }

  // ---- catalogue

  product(id: string): Product | undefined {
    const product = this.products.find((p) => p.id === id);
    return product && clone(product);
  }

  listProducts(archiveFilter: 'ARCHIVED' | 'NOT_ARCHIVED' | 'ALL'): Product[] {
    return this.products
      .filter((p) => archiveFilter === 'ALL' || Boolean(p.archived_at) === (archiveFilter === 'ARCHIVED'))
      .map(clone);
  }

  pricingUnit(id: string): PricingUnit | undefined {
    return this.pricingUnits.find((u) => u.id === id);
  }

  // ---- contracts

  contract(customerId: string, id: string): ContractRecord | undefined {
    return this.contracts.find((c) => c.id === id && c.customer_id === customerId);
  }

  /** A customer's contracts, oldest first (the vendor's "chronological order"). */
  listContracts(customerId: string, filter: ContractFilter): ContractRecord[] {
    const covering = filter.covering_date === undefined ? undefined : ms(filter.covering_date);
    const from = filter.starting_at === undefined ? undefined : ms(filter.starting_at);
    return this.contracts
      .filter(
        (c) =>
          c.customer_id === customerId &&
          (filter.include_archived || !c.archived_at) &&
          (covering === undefined ||
            (ms(c.starting_at) <= covering && (c.ending_before === undefined || covering < ms(c.ending_before)))) &&
          (from === undefined || ms(c.starting_at) >= from),
      )
      .sort((a, b) => ms(a.starting_at) - ms(b.starting_at));
  }

  /**
   * A v2 contract with its contract-level credits embedded, archived credits included (marked by
   * `archived_at`, which SDK 3.10 added to the embedded credit; whether the vendor embeds them is
   * UNCONFIRMED). The sandbox never truncates them: `has_more` is always false.
   */
  contractView(contract: ContractRecord, view: CreditViewOptions): ContractV2 {
    const credits = this.credits.filter((c) => c.contract_id === contract.id).map((c) => this.creditV2(c, view));
    return {
      id: contract.id,
      customer_id: contract.customer_id,
      name: contract.name,
      starting_at: contract.starting_at,
      ...(contract.ending_before ? { ending_before: contract.ending_before } : {}),
      ...(contract.archived_at ? { archived_at: contract.archived_at } : {}),
      created_at: contract.created_at,
      created_by: contract.created_by,
      ...(contract.priority === undefined ? {} : { priority: contract.priority }),
      rate_card_id: contract.rate_card_id,
      custom_fields: { ...contract.custom_fields },
      usage_statement_schedule: { billing_anchor_date: contract.starting_at, frequency: 'MONTHLY' },
      commits: [],
      overrides: [],
      scheduled_charges: [],
      transitions: clone(contract.transitions),
      usage_filter: [],
      credits,
      has_more: { commits: false, credits: false },
    };
  }

  // ---- credits

  credit(customerId: string, id: string): CreditRecord | undefined {
    return this.credits.find((c) => c.id === id && c.customer_id === customerId);
  }

  /** A customer's credits in creation order, after the `customerCredits/list` filters. */
  listCredits(customerId: string, filter: CreditFilter): CreditRecord[] {
    const covering = filter.covering_date === undefined ? undefined : ms(filter.covering_date);
    const from = filter.starting_at === undefined ? undefined : ms(filter.starting_at);
    const before = filter.effective_before === undefined ? undefined : ms(filter.effective_before);
    const archivedContract = (c: CreditRecord) =>
      c.contract_id !== undefined && Boolean(this.contracts.find((k) => k.id === c.contract_id)?.archived_at);
    return this.credits.filter(
      (c) =>
        c.customer_id === customerId &&
        (filter.credit_id === undefined || c.id === filter.credit_id) &&
        (filter.include_contract_credits || c.contract_id === undefined) &&
        (filter.include_archived || (!c.archived_at && !archivedContract(c))) &&
        (covering === undefined ||
          c.schedule.some((s) => ms(s.starting_at) <= covering && covering < ms(s.ending_before))) &&
        (from === undefined || c.schedule.some((s) => ms(s.ending_before) > from)) &&
        (before === undefined || c.schedule.some((s) => ms(s.starting_at) < before)),
    );
  }

  /**
   * The ledger and balance at `now`. Per segment: a start entry once it has started, its invoice
   * deductions and manual entries, and an expiration of what is left once it has ended. The
   * balance counts only current segments (expired and future ones count 0), manual entries of a
   * current segment included even when future-dated, and never goes below 0. Future segments
   * have no entries yet, so the ledger adds up to the balance.
   */
  ledger(credit: CreditRecord): { entries: CreditLedgerEntry[]; balance: Amount } {
    const now = ms(this.now);
    const entries: { entry: CreditLedgerEntry; order: number }[] = [];
    const push = (entry: CreditLedgerEntry) => entries.push({ entry, order: entries.length });
    let balance = new Big(0);
    for (const segment of [...credit.schedule].sort(bySchedule)) {
      if (ms(segment.starting_at) > now) continue;
      push({ type: 'CREDIT_SEGMENT_START', amount: segment.amount, segment_id: segment.id, timestamp: segment.starting_at });
      let left = big(segment.amount);
      for (const d of credit.deductions) {
        if (d.segment_id !== segment.id || ms(d.timestamp) > now) continue;
        push({
          type: 'CREDIT_AUTOMATED_INVOICE_DEDUCTION',
          amount: toAmount(big(d.amount).neg()),
          invoice_id: d.invoice_id,
          segment_id: segment.id,
          timestamp: d.timestamp,
          ...(credit.contract_id ? { contract_id: credit.contract_id } : {}),
        });
        left = left.minus(big(d.amount));
      }
      for (const m of credit.manual) {
        if (m.segment_id !== segment.id) continue;
        push({ type: 'CREDIT_MANUAL', amount: m.amount, reason: m.reason, timestamp: m.timestamp });
        left = left.plus(big(m.amount));
      }
      if (ms(segment.ending_before) <= now) {
        if (left.gt(0)) push({ type: 'CREDIT_EXPIRATION', amount: toAmount(left.neg()), segment_id: segment.id, timestamp: segment.ending_before });
      } else {
        balance = balance.plus(left);
      }
    }
    entries.sort((a, b) => ms(a.entry.timestamp) - ms(b.entry.timestamp) || a.order - b.order);
    return { entries: entries.map((e) => e.entry), balance: toAmount(balance.gt(0) ? balance : new Big(0)) };
  }

  /** Fields the v1 and v2 shapes share. */
  private creditCommon(credit: CreditRecord, view: CreditViewOptions) {
    const product = this.products.find((p) => p.id === credit.product_id);
    const unit = this.pricingUnit(credit.credit_type_id);
    const computed = view.balance || view.ledgers ? this.ledger(credit) : undefined;
    const archived = Boolean(credit.archived_at);
    return {
      id: credit.id,
      type: 'CREDIT' as const,
      product: { id: credit.product_id, name: product?.current.name ?? '' },
      name: credit.name ?? product?.current.name ?? '',
      ...(credit.description === undefined ? {} : { description: credit.description }),
      ...(credit.priority === undefined ? {} : { priority: credit.priority }),
      access_schedule: {
        credit_type: { id: credit.credit_type_id, name: unit?.name ?? '' },
        schedule_items: [...credit.schedule].sort(bySchedule).map((s) => ({ ...s })),
      },
      ...(credit.contract_id ? { contract: { id: credit.contract_id } } : {}),
      ...(credit.applicable_product_ids ? { applicable_product_ids: [...credit.applicable_product_ids] } : {}),
      ...(credit.applicable_product_tags ? { applicable_product_tags: [...credit.applicable_product_tags] } : {}),
      ...(credit.applicable_contract_ids ? { applicable_contract_ids: [...credit.applicable_contract_ids] } : {}),
      ...(credit.specifiers ? { specifiers: clone(credit.specifiers) } : {}),
      ...(credit.hierarchy_configuration ? { hierarchy_configuration: clone(credit.hierarchy_configuration) } : {}),
      custom_fields: { ...credit.custom_fields },
      ...(credit.netsuite_sales_order_id ? { netsuite_sales_order_id: credit.netsuite_sales_order_id } : {}),
      ...(credit.salesforce_opportunity_id ? { salesforce_opportunity_id: credit.salesforce_opportunity_id } : {}),
      created_by: credit.created_by,
      // an archived credit has a 0 balance and a null ledger (reference §2.5)
      ...(view.balance ? { balance: archived ? 0 : (computed?.balance ?? 0) } : {}),
      ...(view.ledgers ? { ledger: archived ? null : (computed?.entries ?? []) } : {}),
    };
  }

  /** The v1 shape (`customerCredits/list`): with `rate_type` and `uniqueness_key`. */
  creditV1(credit: CreditRecord, view: CreditViewOptions): Credit {
    return {
      ...this.creditCommon(credit, view),
      rate_type: credit.rate_type,
      ...(credit.uniqueness_key ? { uniqueness_key: credit.uniqueness_key } : {}),
    };
  }

  /** The v2 shape (embedded in contracts): with `created_at` and `archived_at`. */
  creditV2(credit: CreditRecord, view: CreditViewOptions): ContractV2Credit {
    return {
      ...this.creditCommon(credit, view),
      created_at: credit.created_at,
      ...(credit.archived_at ? { archived_at: credit.archived_at } : {}),
    };
  }

  // ---- writes (bodies are validated by the routes; the rules that need state live here)

  /** Refuses product ids the catalogue does not know. */
  checkProducts(field: string, ids: readonly string[] | null | undefined): void {
    const unknown = ids?.find((id) => !this.products.some((p) => p.id === id));
    if (unknown !== undefined) throw badRequest(`${field}: product not found: ${unknown}`);
  }

  /** Refuses contract ids that are not the customer's. */
  checkContracts(field: string, customerId: string, ids: readonly string[] | null | undefined): void {
    const unknown = ids?.find((id) => !this.contract(customerId, id));
    if (unknown !== undefined) throw badRequest(`${field}: contract not found for this customer: ${unknown}`);
  }

  /** `specifiers` and `applicable_product_*` are mutually exclusive (vendor rule). */
  static checkTargeting(credit: Pick<CreditRecord, 'specifiers' | 'applicable_product_ids' | 'applicable_product_tags'>): void {
    const products = (credit.applicable_product_ids?.length ?? 0) > 0 || (credit.applicable_product_tags?.length ?? 0) > 0;
    if ((credit.specifiers?.length ?? 0) > 0 && products) {
      throw badRequest(
        'specifiers cannot be used together with applicable_product_ids or applicable_product_tags: put product or tag targeting inside the specifiers',
      );
    }
  }

  /** Creates a customer-level credit; answers 409 for a uniqueness key already used by this customer. */
  createCredit(
    fields: Omit<CreditRecord, 'id' | 'schedule' | 'deductions' | 'manual' | 'created_at' | 'created_by' | 'credit_type_id' | 'rate_type'> & {
      credit_type_id?: string;
      rate_type?: CreditRecord['rate_type'];
      schedule: Omit<SegmentRecord, 'id'>[];
    },
  ): CreditRecord {
    if (fields.uniqueness_key !== undefined && this.credits.some((c) => c.customer_id === fields.customer_id && c.uniqueness_key === fields.uniqueness_key)) {
      throw conflict('uniqueness key has already been used');
    }
    const creditTypeId = fields.credit_type_id ?? USD_CENTS_PRICING_UNIT_ID;
    if (!this.pricingUnit(creditTypeId)) throw badRequest(`access_schedule.credit_type_id: pricing unit not found: ${creditTypeId}`);
    this.checkProducts('product_id', [fields.product_id]);
    this.checkProducts('applicable_product_ids', fields.applicable_product_ids);
    this.checkContracts('applicable_contract_ids', fields.customer_id, fields.applicable_contract_ids);
    MetronomeStore.checkTargeting(fields);
    const record: CreditRecord = {
      ...fields,
      id: randomUUID(),
      credit_type_id: creditTypeId,
      rate_type: fields.rate_type ?? 'COMMIT_RATE',
      schedule: fields.schedule.map((s) => ({ id: randomUUID(), ...s })),
      created_at: this.now,
      created_by: 'sandbox API token',
      deductions: [],
      manual: [],
    };
    this.credits.push(record);
    return record;
  }

  /**
   * Edits a credit: every rule is checked on a copy, which replaces the record only when the
   * whole edit is valid (a refused edit changes nothing).
   */
  editCredit(credit: CreditRecord, edit: CreditEdit): void {
    if (credit.archived_at) throw badRequest(`credit ${credit.id} is archived and cannot be edited`);
    const next: CreditRecord = clone(credit);
    const set = <K extends keyof CreditRecord>(key: K, value: CreditRecord[K] | null | undefined) => {
      if (value === undefined) return;
      if (value === null) delete next[key];
      else next[key] = value;
    };
    if (edit.applicable_contract_ids !== undefined && edit.applicable_contract_ids !== null && credit.contract_id) {
      throw badRequest('applicable_contract_ids cannot be set on a contract-level credit');
    }
    this.checkContracts('applicable_contract_ids', credit.customer_id, edit.applicable_contract_ids);
    if (edit.product_id !== undefined) this.checkProducts('product_id', [edit.product_id]);
    this.checkProducts('applicable_product_ids', edit.applicable_product_ids);
    set('name', edit.name);
    set('description', edit.description);
    set('priority', edit.priority);
    set('product_id', edit.product_id);
    set('rate_type', edit.rate_type);
    set('applicable_product_ids', edit.applicable_product_ids);
    set('applicable_product_tags', edit.applicable_product_tags);
    set('applicable_contract_ids', edit.applicable_contract_ids);
    set('specifiers', edit.specifiers);
    set('hierarchy_configuration', edit.hierarchy_configuration);
    // the edit on its own was checked by the route, before the credit was looked up; this checks
    // it together with what the credit keeps
    MetronomeStore.checkTargeting(next);

    const schedule = edit.access_schedule;
    if (schedule) {
      const known = (field: string, id: string) => {
        if (!next.schedule.some((s) => s.id === id)) throw badRequest(`${field}: schedule item not found: ${id}`);
      };
      for (const [i, r] of schedule.remove.entries()) {
        known(`access_schedule.remove_schedule_items[${i}].id`, r.id);
        const pinned = next.deductions.find((d) => d.segment_id === r.id && d.finalized);
        if (pinned) {
          throw badRequest(
            `access_schedule.remove_schedule_items[${i}]: schedule item ${r.id} was applied to finalized invoice ${pinned.invoice_id}; void the invoice before removing it`,
          );
        }
        next.schedule = next.schedule.filter((s) => s.id !== r.id);
        next.deductions = next.deductions.filter((d) => d.segment_id !== r.id);
        next.manual = next.manual.filter((m) => m.segment_id !== r.id);
      }
      for (const [i, u] of schedule.update.entries()) {
        const field = `access_schedule.update_schedule_items[${i}]`;
        known(`${field}.id`, u.id);
        const segment = next.schedule.find((s) => s.id === u.id) as SegmentRecord;
        if (u.amount !== undefined) segment.amount = u.amount;
        if (u.starting_at !== undefined) segment.starting_at = u.starting_at;
        if (u.ending_before !== undefined) segment.ending_before = u.ending_before;
        if (ms(segment.ending_before) <= ms(segment.starting_at)) throw badRequest(`${field}: ending_before must be after starting_at`);
      }
      for (const add of schedule.add) next.schedule.push({ id: randomUUID(), ...add });
      if (next.schedule.length === 0) throw badRequest('access_schedule: a credit must keep at least one schedule item');
    }
    Object.assign(credit, next);
    for (const key of Object.keys(credit) as (keyof CreditRecord)[]) if (!(key in next)) delete credit[key];
  }

  /**
   * Moves a customer-level credit's end earlier: segments that start at or after the new end
   * are dropped, the one that spans it is cut. Extending, or cutting everything, is refused.
   */
  updateEndDate(credit: CreditRecord, endingBefore: string): void {
    if (credit.contract_id) {
      throw badRequest(`credit ${credit.id} is a contract-level credit: edit it with /v2/contracts/credits/edit`);
    }
    if (credit.archived_at) throw badRequest(`credit ${credit.id} is archived`);
    const end = ms(endingBefore);
    const currentEnd = Math.max(...credit.schedule.map((s) => ms(s.ending_before)));
    if (end >= currentEnd) {
      throw badRequest(
        `access_ending_before must be earlier than the credit's current end (${new Date(currentEnd).toISOString()}); use /v2/contracts/credits/edit to extend a credit`,
      );
    }
    const dropped = credit.schedule.filter((s) => ms(s.starting_at) >= end);
    if (dropped.length === credit.schedule.length) {
      throw badRequest("access_ending_before must be after the start of the credit's first schedule item");
    }
    const pinned = credit.deductions.find((d) => d.finalized && dropped.some((s) => s.id === d.segment_id));
    if (pinned) throw badRequest(`a schedule item past access_ending_before was applied to finalized invoice ${pinned.invoice_id}`);
    credit.schedule = credit.schedule.filter((s) => !dropped.includes(s));
    for (const s of credit.schedule) if (ms(s.ending_before) > end) s.ending_before = endingBefore;
    credit.deductions = credit.deductions.filter((d) => !dropped.some((s) => s.id === d.segment_id));
    credit.manual = credit.manual.filter((m) => !dropped.some((s) => s.id === m.segment_id));
  }

  /** Archives a credit, unless it was applied to a finalized invoice (vendor rule: void it first). */
  archiveCredit(credit: CreditRecord): void {
    if (credit.archived_at) throw badRequest(`credit ${credit.id} is already archived`);
    const pinned = credit.deductions.find((d) => d.finalized);
    if (pinned) {
      throw badRequest(`credit ${credit.id} was applied to finalized invoice ${pinned.invoice_id}; void the invoice before archiving the credit`);
    }
    credit.archived_at = this.now;
  }

  /** Looks up a credit of a customer, or answers 404 `{ message }`. */
  requireCredit(customerId: string, creditId: string): CreditRecord {
    const credit = this.credit(customerId, creditId);
    if (!credit) throw notFound(`credit not found: ${creditId}`);
    return credit;
  }
}

/** A validated `/v2/contracts/credits/edit` body, in store terms (null clears a field). */
export interface CreditEdit {
  name?: string;
  description?: string;
  priority?: number | null;
  product_id?: string;
  rate_type?: CreditRecord['rate_type'];
  applicable_product_ids?: string[] | null;
  applicable_product_tags?: string[] | null;
  applicable_contract_ids?: string[] | null;
  specifiers?: CommitSpecifier[] | null;
  hierarchy_configuration?: CreditRecord['hierarchy_configuration'];
  access_schedule?: {
    add: Omit<SegmentRecord, 'id'>[];
    update: { id: string; amount?: Amount; starting_at?: string; ending_before?: string }[];
    remove: { id: string }[];
  };
}
