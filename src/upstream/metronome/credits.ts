import { LosslessNumber } from 'lossless-json';
import type { CursorPage } from '../page.ts';
import { given, Resource, type CallOptions, type WriteOptions } from '../resource.ts';
import type {
  Amount,
  CommitHierarchyConfiguration,
  CommitSpecifierInput,
  Credit,
  CreditArchiveParams,
  CreditCreateParams,
  CreditEditAccessSchedule,
  CreditEditParams,
  CreditListParams,
  CreditUpdateEndDateParams,
  HierarchyChildAccess,
  ID,
  ScheduleItemInput,
} from './types.ts';

/** `customerCredits/list` pages hold 1..25 credits (default 25). */
export const MAX_CREDITS_LIMIT = 25;

/** What `credits.list` reads: one customer's credits, filtered; null or absent fields are not sent. */
export interface CreditListQuery {
  customerId: string;
  /** One credit: the way to read a credit by id. */
  creditId?: string | null;
  /** Contract-level credits too (default false: only customer-level credits). */
  includeContractCredits?: boolean | null;
  /** Archived credits, and credits of archived contracts, too. */
  includeArchived?: boolean | null;
  /** Credits whose schedule covers this instant (RFC 3339). */
  coveringDate?: string | null;
  /** Credits with any access at or after this instant. */
  startingAt?: string | null;
  /** Credits with any access before this instant (exclusive). */
  effectiveBefore?: string | null;
  /** Fill each credit's balance (a slower read upstream). */
  includeBalance?: boolean | null;
  /** Fill each credit's ledger (a slower read upstream). */
  includeLedgers?: boolean | null;
  /** 1..25, default 25. */
  limit?: number;
  /** The previous page's `next_page`. */
  nextPage?: string | null;
}

/**
 * A schedule segment: `amount` usable from `startingAt` (inclusive) until `endingBefore`
 * (exclusive, RFC 3339). Amounts are decimal strings in the pricing unit (USD: cents), sent as
 * JSON numbers with exactly their digits: never rounded through a double.
 */
export interface ScheduleItemParams {
  amount: string;
  startingAt: string;
  endingBefore: string;
}

/** Changes to one existing segment (its `id`); null or absent fields keep their value. */
export interface ScheduleItemChange {
  id: string;
  /** a decimal string, as in ScheduleItemParams */
  amount?: string | null;
  startingAt?: string | null;
  endingBefore?: string | null;
}

/** A usage filter: usage matching at least one specifier draws the credit down. Null or absent fields are not sent. */
export interface SpecifierParams {
  productId?: string | null;
  /** products carrying all of these tags */
  productTags?: readonly string[] | null;
  pricingGroupValues?: Record<string, string> | null;
  presentationGroupValues?: Record<string, string> | null;
}

/** Which child contracts may draw the credit down; `contractIds` goes only with `CONTRACT_IDS`. */
export interface HierarchyParams {
  childAccess: { type: HierarchyChildAccess['type']; contractIds?: readonly string[] | null };
}

export type CreditRateType = NonNullable<CreditCreateParams['rate_type']>;

/** One credit of one customer: what archive names. */
export interface CreditKey {
  customerId: string;
  creditId: string;
}

/** A new customer-level credit; null or absent optional fields are not sent. */
export interface NewCredit {
  customerId: string;
  accessSchedule: {
    /** the pricing unit; left out: USD (cents). Fixed once created. */
    creditTypeId?: string | null;
    /** at least one */
    scheduleItems: readonly ScheduleItemParams[];
  };
  /** lower is consumed first */
  priority: number;
  /** the credit's own product (its invoice line) */
  productId: string;
  name?: string | null;
  description?: string | null;
  /** left out: every contract of the customer */
  applicableContractIds?: readonly string[] | null;
  /** not together with `specifiers` */
  applicableProductIds?: readonly string[] | null;
  /** not together with `specifiers` */
  applicableProductTags?: readonly string[] | null;
  specifiers?: readonly SpecifierParams[] | null;
  /** keys registered in Metronome */
  customFields?: Record<string, string> | null;
  rateType?: CreditRateType | null;
  /** 1..128 characters; a second create with the same key answers 409 */
  uniquenessKey?: string | null;
  netsuiteSalesOrderId?: string | null;
  salesforceOpportunityId?: string | null;
}

/** A new, earlier end of a customer-level credit (RFC 3339, exclusive). */
export interface CreditEndDate extends CreditKey {
  accessEndingBefore: string;
}

/**
 * Changes to one credit; absent fields keep their value. `null` is sent as null where the wire
 * takes it (`applicableContractIds`, `applicableProductIds`, `applicableProductTags`, `priority`,
 * `specifiers`: Metronome's meaning for it is undocumented) and left out elsewhere.
 */
export interface CreditChanges extends CreditKey {
  /** segments to add, change or remove (the pricing unit cannot change); `{}` is sent as `{}` */
  accessSchedule?: {
    addScheduleItems?: readonly ScheduleItemParams[] | null;
    updateScheduleItems?: readonly ScheduleItemChange[] | null;
    /** segment ids */
    removeScheduleItems?: readonly { id: string }[] | null;
  } | null;
  /** customer-level credits only */
  applicableContractIds?: readonly string[] | null;
  applicableProductIds?: readonly string[] | null;
  applicableProductTags?: readonly string[] | null;
  description?: string | null;
  hierarchyConfiguration?: HierarchyParams | null;
  name?: string | null;
  priority?: number | null;
  productId?: string | null;
  rateType?: CreditRateType | null;
  specifiers?: readonly SpecifierParams[] | null;
}

/**
 * Customer- and contract-level credits. Reads are POSTs (`readOnly`); every write carries an
 * `Idempotency-Key` and is sent at most once by this client. Failed writes carry `writeOutcome`.
 */
export class Credits extends Resource {
  /**
   * One page of one customer's credits (`POST /v1/contracts/customerCredits/list`; the cursor
   * goes in the BODY). `limit` (1..25, default 25) and `include_contract_credits` (default
   * false: only customer-level credits) are always sent, since the vendor's default for the
   * latter is undocumented. The other `include_*` flags are sent only when true: false is what
   * the vendor does without them. Use `creditId` to read one credit.
   * @throws UpstreamError `bad_request` before sending for a `limit` outside 1..25, or from the
   * vendor for a refused body; `not_found` for an unknown customer; `unauthorized`,
   * `rate_limited`, `server`, `timeout`, `connection`, `aborted`, `decode`.
   */
  async list(query: CreditListQuery, options?: CallOptions): Promise<CursorPage<Credit>> {
    const path = '/v1/contracts/customerCredits/list';
    const limit = query.limit ?? MAX_CREDITS_LIMIT;
    this.checkLimit('POST', path, limit, MAX_CREDITS_LIMIT);
    return this.postPage<Credit>(path, creditListWire(query, limit), options);
  }

  /**
   * Creates a customer-level credit (`POST /v1/contracts/customerCredits/create`). Returns its id.
   * @throws UpstreamError `bad_request` (refused body, unknown product or pricing unit),
   * `not_found` (unknown customer), `conflict` (a used `uniqueness_key`, or the idempotency key
   * reused with another body); `server`, `timeout`, `connection` (`writeOutcome` says whether
   * it may have been applied), `unauthorized`, `rate_limited`, `aborted`, `decode`.
   */
  create(params: NewCredit, options?: WriteOptions): Promise<ID> {
    return this.writeOnce('/v1/contracts/customerCredits/create', createWire(params), options);
  }

  /**
   * Moves a customer-level credit's end earlier (`POST /v1/contracts/customerCredits/updateEndDate`);
   * segments past the new end are cut or dropped. Extending needs `edit`. Returns the credit id.
   * @throws UpstreamError `bad_request` (not earlier than the current end, or a contract-level
   * credit), `not_found` (unknown customer or credit), `conflict` (idempotency key reused with
   * another body); otherwise as `create`.
   */
  updateEndDate(params: CreditEndDate, options?: WriteOptions): Promise<ID> {
    const body: CreditUpdateEndDateParams = {
      customer_id: params.customerId,
      credit_id: params.creditId,
      access_ending_before: params.accessEndingBefore,
    };
    return this.writeOnce('/v1/contracts/customerCredits/updateEndDate', body, options);
  }

  /**
   * Edits a customer- or contract-level credit in place (`POST /v2/contracts/credits/edit`):
   * schedule segments (add/update/remove), name, description, priority, product, rate type,
   * applicability, specifiers, hierarchy. Answers only `{ id }`: re-read the credit to see it.
   * @throws UpstreamError `not_found` (unknown customer: a 400 with code `CustomerNotFound`;
   * unknown credit), `bad_request` (refused edit: e.g. specifiers with applicable products,
   * `applicable_contract_ids` on a contract-level credit, removing a segment already on a
   * finalized invoice), `conflict` (idempotency key reused with another body); otherwise as `create`.
   */
  edit(changes: CreditChanges, options?: WriteOptions): Promise<ID> {
    return this.writeOnce('/v2/contracts/credits/edit', editWire(changes), options);
  }

  /**
   * Archives a credit (`POST /v2/contracts/credits/archive`; not in the Node SDK): hidden from
   * lists unless `include_archived`, balance 0. Returns the credit id.
   * @throws UpstreamError `not_found` (unknown customer: a 400 with code `CustomerNotFound`;
   * unknown credit), `bad_request` (already archived, or applied to a finalized invoice),
   * `conflict` (idempotency key reused with another body); otherwise as `create`.
   */
  archive(key: CreditKey, options?: WriteOptions): Promise<ID> {
    const body: CreditArchiveParams = { customer_id: key.customerId, credit_id: key.creditId };
    return this.writeOnce('/v2/contracts/credits/archive', body, options);
  }
}

const onlyTrue = (flag: boolean | null | undefined) => (flag ? true : undefined);

function creditListWire(q: CreditListQuery, limit: number): CreditListParams {
  return {
    customer_id: q.customerId,
    ...given({
      credit_id: q.creditId,
      include_archived: onlyTrue(q.includeArchived),
      covering_date: q.coveringDate,
      starting_at: q.startingAt,
      effective_before: q.effectiveBefore,
      include_balance: onlyTrue(q.includeBalance),
      include_ledgers: onlyTrue(q.includeLedgers),
      next_page: q.nextPage,
    }),
    include_contract_credits: q.includeContractCredits ?? false,
    limit,
  };
}

/**
 * A decimal as the JSON number Metronome takes, written with its digits as given: `Number(…)`
 * would send `12345678901234567.89` as 12345678901234568, and 32 nines as 1e+32.
 */
const amountWire = (decimal: string): Amount => new LosslessNumber(decimal);

const scheduleItemWire = (item: ScheduleItemParams): ScheduleItemInput => ({
  amount: amountWire(item.amount),
  starting_at: item.startingAt,
  ending_before: item.endingBefore,
});

const copyOf = (list: readonly string[] | null | undefined) => (list ? [...list] : undefined);

const specifiersWire = (specifiers: readonly SpecifierParams[]): CommitSpecifierInput[] =>
  specifiers.map((s) =>
    given({
      product_id: s.productId,
      product_tags: copyOf(s.productTags),
      pricing_group_values: s.pricingGroupValues,
      presentation_group_values: s.presentationGroupValues,
    }),
  );

function hierarchyWire({ childAccess: { type, contractIds } }: HierarchyParams): CommitHierarchyConfiguration {
  return { child_access: type === 'CONTRACT_IDS' ? { type, contract_ids: [...(contractIds ?? [])] } : { type } };
}

function createWire(p: NewCredit): CreditCreateParams {
  return {
    customer_id: p.customerId,
    access_schedule: {
      ...given({ credit_type_id: p.accessSchedule.creditTypeId }),
      schedule_items: p.accessSchedule.scheduleItems.map(scheduleItemWire),
    },
    priority: p.priority,
    product_id: p.productId,
    ...given({
      name: p.name,
      description: p.description,
      applicable_contract_ids: copyOf(p.applicableContractIds),
      applicable_product_ids: copyOf(p.applicableProductIds),
      applicable_product_tags: copyOf(p.applicableProductTags),
      specifiers: p.specifiers ? specifiersWire(p.specifiers) : undefined,
      custom_fields: p.customFields,
      rate_type: p.rateType,
      uniqueness_key: p.uniquenessKey,
      netsuite_sales_order_id: p.netsuiteSalesOrderId,
      salesforce_opportunity_id: p.salesforceOpportunityId,
    }),
  };
}

/** `null` kept (the wire takes it), `undefined` left out. */
const nullOrList = (list: readonly string[] | null | undefined) => (list === null ? null : copyOf(list));

function scheduleChangesWire(schedule: NonNullable<CreditChanges['accessSchedule']>): CreditEditAccessSchedule {
  return given({
    add_schedule_items: schedule.addScheduleItems?.map(scheduleItemWire),
    update_schedule_items: schedule.updateScheduleItems?.map((item) =>
      given({
        id: item.id,
        amount: item.amount == null ? undefined : amountWire(item.amount),
        starting_at: item.startingAt,
        ending_before: item.endingBefore,
      }),
    ),
    remove_schedule_items: schedule.removeScheduleItems?.map((item) => ({ id: item.id })),
  });
}

function editWire(p: CreditChanges): CreditEditParams {
  const edit: CreditEditParams = {
    customer_id: p.customerId,
    credit_id: p.creditId,
    access_schedule: p.accessSchedule ? scheduleChangesWire(p.accessSchedule) : undefined,
    applicable_contract_ids: nullOrList(p.applicableContractIds),
    applicable_product_ids: nullOrList(p.applicableProductIds),
    applicable_product_tags: nullOrList(p.applicableProductTags),
    description: p.description ?? undefined,
    hierarchy_configuration: p.hierarchyConfiguration ? hierarchyWire(p.hierarchyConfiguration) : undefined,
    name: p.name ?? undefined,
    priority: p.priority,
    product_id: p.productId ?? undefined,
    rate_type: p.rateType ?? undefined,
    specifiers: p.specifiers === null ? null : p.specifiers && specifiersWire(p.specifiers),
  };
  return Object.fromEntries(Object.entries(edit).filter(([, value]) => value !== undefined)) as CreditEditParams;
}
