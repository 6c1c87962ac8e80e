/**
 * Metronome contract credits: customer-level credits and the contract-level credits of a
 * customer's contracts, read through `POST /v1/contracts/customerCredits/list` (one customer a
 * call, 25 credits a page) and shown as Relay connections over the vendor's cursor pages.
 *
 * Amounts (`amount`, `balance`, ledger amounts) are in the credit's pricing unit: USD is counted
 * in cents (`USD (cents)`), custom units in whole units. They are `Decimal`s: Metronome's own
 * amounts are JSON numbers (doubles), spelled out as exact digits, never in exponent notation.
 */
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { ownedBy } from '../../auth/privateObjects.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { CREDITS_PAGE_SIZE, loadContract, loadCredit, type CreditView } from '../../loaders/metronome/index.ts';
import { orNull, UpstreamError } from '../../upstream/errors.ts';
import type { CreditListQuery } from '../../upstream/metronome/credits.ts';
import { isMetronomeId } from '../../upstream/metronome/ids.ts';
import type {
  CommitHierarchyConfiguration,
  CommitSpecifier,
  ContractV2Credit,
  Credit,
  ScheduleDuration,
  ScheduleItem,
} from '../../upstream/metronome/types.ts';
import { cursorConnection, CURSOR_CONNECTION_EXTENSIONS, type PageArgs } from '../kit/connection.ts';
import { Contract } from '../contract/contract.ts';
import { MetronomeCustomer } from '../metronomeCustomer/metronomeCustomer.ts';
import { partial } from '../kit/partial.ts';
import { PricingUnit, Product, type ProductNode } from '../product/product.ts';
import { ContractCreditLedgerEntryType, ContractCreditRateType, ContractCreditType, HierarchyChildAccessType } from './metronomeEnums.ts';
import { creditView } from './selection.ts';

/**
 * A credit as the gateway holds it: the vendor's v1 shape (from `customerCredits/list`) or v2
 * shape (embedded in a contract: `created_at`, `archived_at`, no `rate_type`), plus the id of the
 * customer it was read for (the credit itself does not say).
 */
export type CreditNode = Credit & { created_at?: string; archived_at?: string; customer_id: string };

export const withCustomer = (customerId: string, credit: Credit | ContractV2Credit): CreditNode => ({
  ...credit,
  customer_id: customerId,
});

/** Reads a credit by id with the include flags its selection needs; null when it does not exist. */
export async function readCredit(
  ctx: Context,
  customerId: string,
  creditId: string,
  info: GraphQLResolveInfo,
): Promise<CreditNode | null> {
  const credit = await loadCredit(ctx, customerId, creditId, creditView(info));
  return credit && withCustomer(customerId, credit);
}

/** The credit read again with a flag its parent read lacked (a path the look-ahead did not see). */
async function reread(credit: CreditNode, ctx: Context, view: CreditView): Promise<Credit> {
  const fresh = await loadCredit(ctx, credit.customer_id, credit.id, view);
  if (!fresh) {
    throw new GraphQLError(`ContractCredit "${credit.id}" was not found upstream`, {
      extensions: { code: 'NOT_FOUND', typename: 'ContractCredit', id: credit.id },
    });
  }
  return fresh;
}

/**
 * `created_at` / `archived_at` exist only in the v2 shape. For a contract-level credit read
 * through the v1 list they come from the customer's contracts (one cached call per customer);
 * a customer-level credit has no v2 shape: null.
 */
const v2Field =
  (key: 'created_at' | 'archived_at') =>
  async (credit: CreditNode, _args: unknown, ctx: Context): Promise<string | null> => {
    if (credit[key] !== undefined) return credit[key] ?? null;
    if (credit.created_at !== undefined || !credit.contract) return null; // a v2 shape without it, or no v2 shape at all
    const contract = await loadContract(ctx, credit.customer_id, credit.contract.id);
    return contract?.credits?.find((c) => c.id === credit.id)?.[key] ?? null;
  };

// ---------------------------------------------------------------- ledger

/** A ledger entry as the vendor sends it, any `type` (one it adds tomorrow included). */
interface LedgerWire {
  type: string;
  amount: number;
  timestamp: string;
  segment_id?: string;
  invoice_id?: string;
  contract_id?: string;
  reason?: string;
  new_contract_id?: string;
}

const LEDGER_TYPENAMES: Record<string, string> = {
  CREDIT_SEGMENT_START: 'ContractCreditSegmentStartLedgerEntry',
  CREDIT_AUTOMATED_INVOICE_DEDUCTION: 'ContractCreditAutomatedInvoiceDeductionLedgerEntry',
  CREDIT_EXPIRATION: 'ContractCreditExpirationLedgerEntry',
  CREDIT_CANCELED: 'ContractCreditCanceledLedgerEntry',
  CREDIT_CREDITED: 'ContractCreditCreditedLedgerEntry',
  CREDIT_MANUAL: 'ContractCreditManualLedgerEntry',
  CREDIT_SEAT_BASED_ADJUSTMENT: 'ContractCreditSeatBasedAdjustmentLedgerEntry',
  CREDIT_ROLLOVER: 'ContractCreditRolloverLedgerEntry',
};
const OTHER_LEDGER_TYPENAME = 'ContractCreditOtherLedgerEntry';

export const ContractCreditLedgerEntry = builder.interfaceRef<LedgerWire>('ContractCreditLedgerEntry').implement({
  description:
    'One event of a credit’s ledger; the object type tells the kind and carries its own fields. A kind Metronome ' +
    `adds later resolves to ${OTHER_LEDGER_TYPENAME} (type UNKNOWN), never to an error.`,
  resolveType: (entry) => LEDGER_TYPENAMES[entry.type] ?? OTHER_LEDGER_TYPENAME,
  fields: (t) => ({
    type: t.field({ type: ContractCreditLedgerEntryType, resolve: (e) => ContractCreditLedgerEntryType.wire(e.type) }),
    amount: t.field({
      type: 'Decimal',
      description: 'Signed, in the credit’s pricing unit (USD: cents): positive adds, negative draws down.',
      resolve: (e) => e.amount,
    }),
    timestamp: t.expose('timestamp', { type: 'DateTime' }),
  }),
});

const segmentDoc = 'The schedule item (segment) the entry belongs to.';

builder.objectRef<LedgerWire>('ContractCreditSegmentStartLedgerEntry').implement({
  description: 'A schedule segment started: its amount became available.',
  interfaces: [ContractCreditLedgerEntry],
  fields: (t) => ({ segmentId: t.id({ description: segmentDoc, resolve: (e) => e.segment_id as string }) }),
});

builder.objectRef<LedgerWire>('ContractCreditAutomatedInvoiceDeductionLedgerEntry').implement({
  description: 'An invoice drew the credit down.',
  interfaces: [ContractCreditLedgerEntry],
  fields: (t) => ({
    segmentId: t.id({ description: segmentDoc, resolve: (e) => e.segment_id as string }),
    invoiceId: t.id({ resolve: (e) => e.invoice_id as string }),
    contractId: t.id({ nullable: true, resolve: (e) => e.contract_id }),
  }),
});

builder.objectRef<LedgerWire>('ContractCreditExpirationLedgerEntry').implement({
  description: 'What was left of a segment expired at its end.',
  interfaces: [ContractCreditLedgerEntry],
  fields: (t) => ({ segmentId: t.id({ description: segmentDoc, resolve: (e) => e.segment_id as string }) }),
});

builder.objectRef<LedgerWire>('ContractCreditCanceledLedgerEntry').implement({
  description: 'An invoice deduction was canceled.',
  interfaces: [ContractCreditLedgerEntry],
  fields: (t) => ({
    segmentId: t.id({ description: segmentDoc, resolve: (e) => e.segment_id as string }),
    invoiceId: t.id({ resolve: (e) => e.invoice_id as string }),
    contractId: t.id({ nullable: true, resolve: (e) => e.contract_id }),
  }),
});

builder.objectRef<LedgerWire>('ContractCreditCreditedLedgerEntry').implement({
  description: 'An invoice credited the amount back.',
  interfaces: [ContractCreditLedgerEntry],
  fields: (t) => ({
    segmentId: t.id({ description: segmentDoc, resolve: (e) => e.segment_id as string }),
    invoiceId: t.id({ resolve: (e) => e.invoice_id as string }),
    contractId: t.id({ nullable: true, resolve: (e) => e.contract_id }),
  }),
});

builder.objectRef<LedgerWire>('ContractCreditManualLedgerEntry').implement({
  description: 'A manual balance adjustment (it names no segment).',
  interfaces: [ContractCreditLedgerEntry],
  fields: (t) => ({ reason: t.string({ resolve: (e) => e.reason ?? '' }) }),
});

builder.objectRef<LedgerWire>('ContractCreditSeatBasedAdjustmentLedgerEntry').implement({
  description: 'A seat-count change adjusted a seat-based credit.',
  interfaces: [ContractCreditLedgerEntry],
  fields: (t) => ({ segmentId: t.id({ description: segmentDoc, resolve: (e) => e.segment_id as string }) }),
});

builder.objectRef<LedgerWire>('ContractCreditRolloverLedgerEntry').implement({
  description: 'What was left rolled over to a new contract.',
  interfaces: [ContractCreditLedgerEntry],
  fields: (t) => ({
    segmentId: t.id({ description: segmentDoc, resolve: (e) => e.segment_id as string }),
    newContractId: t.id({ resolve: (e) => e.new_contract_id as string }),
  }),
});

builder.objectRef<LedgerWire>(OTHER_LEDGER_TYPENAME).implement({
  description: 'A ledger entry of a kind this gateway does not know yet (`type` is UNKNOWN): the vendor’s fields as sent.',
  interfaces: [ContractCreditLedgerEntry],
  fields: (t) => ({
    wireType: t.string({ description: 'The vendor’s `type` value.', resolve: (e) => e.type }),
    segmentId: t.id({ nullable: true, resolve: (e) => e.segment_id }),
    fields: t.field({ type: 'JSONObject', description: 'The whole entry, as sent.', resolve: (e) => ({ ...e }) }),
  }),
});

// ---------------------------------------------------------------- schedule, targeting, hierarchy

const ContractCreditScheduleItem = builder.objectRef<ScheduleItem>('ContractCreditScheduleItem').implement({
  description: 'One segment of a credit’s access schedule: an amount usable from startingAt until endingBefore.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Name it in editContractCredit’s updateScheduleItems / removeScheduleItems.' }),
    amount: t.field({
      type: 'Decimal',
      description: 'In the credit’s pricing unit (USD: cents).',
      resolve: (s) => s.amount,
    }),
    startingAt: t.field({ type: 'DateTime', description: 'Inclusive.', resolve: (s) => s.starting_at }),
    endingBefore: t.field({ type: 'DateTime', description: 'Exclusive.', resolve: (s) => s.ending_before }),
  }),
});

const ContractCreditAccessSchedule = builder.objectRef<ScheduleDuration>('ContractCreditAccessSchedule').implement({
  description: 'When the credit can be used, and how much, segment by segment.',
  fields: (t) => ({
    pricingUnit: t.field({
      type: PricingUnit,
      nullable: true,
      description: 'What the amounts are counted in (fixed when the credit is created).',
      resolve: (s) => s.credit_type ?? null,
    }),
    scheduleItems: t.field({ type: [ContractCreditScheduleItem], resolve: (s) => s.schedule_items }),
  }),
});

const ContractCreditSpecifier = builder.objectRef<CommitSpecifier>('ContractCreditSpecifier').implement({
  description: 'A usage filter: usage matching at least one of a credit’s specifiers draws it down.',
  fields: (t) => ({
    productId: t.id({ nullable: true, resolve: (s) => s.product_id }),
    product: t.field({ type: Product, nullable: true, description: 'One product read.', resolve: (s) => s.product_id ?? null }),
    productTags: t.stringList({ nullable: true, description: 'Products carrying all of these tags.', resolve: (s) => s.product_tags }),
    pricingGroupValues: t.field({ type: 'JSONObject', nullable: true, resolve: (s) => s.pricing_group_values }),
    presentationGroupValues: t.field({ type: 'JSONObject', nullable: true, resolve: (s) => s.presentation_group_values }),
  }),
});

type ChildAccessWire = { type: string; contract_ids?: string[] };

const HierarchyChildAccess = builder.objectRef<ChildAccessWire>('HierarchyChildAccess').implement({
  description: 'Which child contracts may draw the credit down.',
  fields: (t) => ({
    type: t.field({ type: HierarchyChildAccessType, resolve: (a) => HierarchyChildAccessType.wire(a.type) }),
    contractIds: t.idList({ description: 'With type CONTRACT_IDS; empty otherwise.', resolve: (a) => a.contract_ids ?? [] }),
  }),
});

const ContractCreditHierarchyConfiguration = builder.objectRef<CommitHierarchyConfiguration>('ContractCreditHierarchyConfiguration').implement({
  description: 'Access to the credit from child contracts (customer hierarchies).',
  fields: (t) => ({ childAccess: t.field({ type: HierarchyChildAccess, resolve: (h) => h.child_access }) }),
});

interface RolloverSource {
  customer_id: string;
  contract_id: string;
  credit_id: string;
}

const ContractCreditRolloverSource = builder.objectRef<RolloverSource>('ContractCreditRolloverSource').implement({
  description: 'The credit (and contract) this credit rolled over from.',
  fields: (t) => ({
    contractId: t.id({ resolve: (r) => r.contract_id }),
    creditId: t.id({ resolve: (r) => r.credit_id }),
    contract: t.field({
      type: Contract,
      nullable: true,
      resolve: (r, _a, ctx) => loadContract(ctx, r.customer_id, r.contract_id),
    }),
    credit: t.field({
      type: ContractCredit,
      nullable: true,
      description: 'One credit read.',
      resolve: (r, _a, ctx, info) => readCredit(ctx, r.customer_id, r.credit_id, info),
    }),
  }),
});

// ---------------------------------------------------------------- the credit

export const ContractCredit = builder.objectRef<CreditNode>('ContractCredit');

ContractCredit.implement({
  extensions: ownedBy((c: { customer_id: string }) => ({ customer: c.customer_id })),
  description:
    'A Metronome credit of a customer: customer-level, or contract-level (then `contract` is set). Amounts are in ' +
    'its pricing unit (USD: cents).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { nullable: true, description: 'Shown on invoices.' }),
    description: t.exposeString('description', { nullable: true }),
    type: t.field({ type: ContractCreditType, resolve: (c) => ContractCreditType.wire(c.type) }),
    priority: t.float({ nullable: true, description: 'Lower is consumed first.', resolve: (c) => c.priority }),
    rateType: t.field({
      type: ContractCreditRateType,
      nullable: true,
      description: 'Null when read embedded in a contract (the v2 shape has no rate type).',
      resolve: (c) => ContractCreditRateType.wire(c.rate_type),
    }),
    product: t.field({
      type: Product,
      description: 'The credit’s own product (its invoice line), not what it applies to. `id` and `name` cost no call.',
      resolve: (c) => partial<ProductNode>({ id: c.product.id, name: c.product.name }),
    }),
    pricingUnit: t.field({
      type: PricingUnit,
      nullable: true,
      description: 'What the credit is counted in (`accessSchedule.pricingUnit`). `id` and `name` cost no call.',
      resolve: (c) => c.access_schedule?.credit_type ?? null,
    }),
    accessSchedule: t.field({ type: ContractCreditAccessSchedule, nullable: true, resolve: (c) => c.access_schedule }),
    balance: t.field({
      type: 'Decimal',
      description:
        'What is usable now, in the pricing unit (USD: cents): expired and future segments count 0, never below 0; 0 once ' +
        'archived. Selecting it makes the credit read ask Metronome for balances (`include_balance`, a slower read).',
      resolve: async (c, _a, ctx) => (c.balance !== undefined ? c.balance : (await reread(c, ctx, { includeBalance: true })).balance) ?? 0,
    }),
    ledger: t.field({
      type: [ContractCreditLedgerEntry],
      nullable: true,
      description:
        'The credit’s ledger, oldest first; null for an archived credit. Selecting it makes the credit read ask Metronome ' +
        'for ledgers (`include_ledgers`, a slower read).',
      resolve: async (c, _a, ctx) =>
        ((c.ledger !== undefined ? c.ledger : (await reread(c, ctx, { includeLedgers: true })).ledger) ?? null) as LedgerWire[] | null,
    }),
    applicableProductIds: t.idList({
      nullable: true,
      description: 'Null (with applicableProductTags null): every product.',
      resolve: (c) => c.applicable_product_ids,
    }),
    applicableProducts: t.field({
      type: [Product],
      nullable: { list: true, items: true },
      description: 'The products of applicableProductIds, in order (one call per distinct product; null for an unknown one).',
      resolve: (c) => c.applicable_product_ids ?? null,
    }),
    applicableProductTags: t.stringList({ nullable: true, resolve: (c) => c.applicable_product_tags }),
    applicableContractIds: t.idList({
      nullable: true,
      description: 'Customer-level credits only; null: every contract of the customer.',
      resolve: (c) => c.applicable_contract_ids,
    }),
    applicableContracts: t.field({
      type: [Contract],
      nullable: { list: true, items: true },
      description: 'The contracts of applicableContractIds, in order (one contracts call per customer).',
      resolve: (c, _a, ctx) =>
        c.applicable_contract_ids ? Promise.all(c.applicable_contract_ids.map(async (id) => loadContract(ctx, c.customer_id, id))) : null,
    }),
    specifiers: t.field({
      type: [ContractCreditSpecifier],
      nullable: true,
      description: 'Usage filters; never together with applicableProductIds / applicableProductTags.',
      resolve: (c) => c.specifiers,
    }),
    hierarchyConfiguration: t.field({ type: ContractCreditHierarchyConfiguration, nullable: true, resolve: (c) => c.hierarchy_configuration }),
    contractId: t.id({ nullable: true, description: 'Set for a contract-level credit.', resolve: (c) => c.contract?.id }),
    contract: t.field({
      type: Contract,
      nullable: true,
      description: 'The contract holding a contract-level credit; null for a customer-level credit (one contracts call per customer).',
      resolve: (c, _a, ctx) => (c.contract ? loadContract(ctx, c.customer_id, c.contract.id) : null),
    }),
    customerId: t.id({ resolve: (c) => c.customer_id }),
    customer: t.field({
      type: MetronomeCustomer,
      nullable: true,
      description: 'The customer (batched with every other customer of the request).',
      resolve: (c) => c.customer_id,
    }),
    customFields: t.field({ type: 'JSONObject', resolve: (c) => c.custom_fields ?? {} }),
    uniquenessKey: t.string({ nullable: true, resolve: (c) => c.uniqueness_key }),
    recurringCreditId: t.id({ nullable: true, description: 'Set when a recurring credit generated it.', resolve: (c) => c.recurring_credit_id }),
    rolledOverFrom: t.field({
      type: ContractCreditRolloverSource,
      nullable: true,
      resolve: (c) =>
        c.rolled_over_from ? { customer_id: c.customer_id, contract_id: c.rolled_over_from.contract_id, credit_id: c.rolled_over_from.credit_id } : null,
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Metronome’s v2 shape only: known for contract-level credits (one contracts call per customer), null for customer-level ones.',
      resolve: v2Field('created_at'),
    }),
    archivedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Metronome’s v2 shape only: known for contract-level credits (one contracts call per customer), null for customer-level ones.',
      resolve: v2Field('archived_at'),
    }),
    createdBy: t.string({ nullable: true, description: 'Null for system-generated credits.', resolve: (c) => c.created_by }),
    netsuiteSalesOrderId: t.string({ nullable: true, resolve: (c) => c.netsuite_sales_order_id }),
    salesforceOpportunityId: t.string({ nullable: true, resolve: (c) => c.salesforce_opportunity_id }),
  }),
});

// ---------------------------------------------------------------- lists

export const ContractCreditConnection = builder.connectionObject({
  type: ContractCredit,
  name: 'ContractCreditConnection',
  extensions: CURSOR_CONNECTION_EXTENSIONS,
});

export const ContractCreditFilter = builder.inputType('ContractCreditFilter', {
  description: 'Filters of Metronome’s credit list (`customerCredits/list`).',
  fields: (t) => ({
    coveringDate: t.field({ type: 'DateTime', required: false, description: 'Credits whose schedule covers this instant.' }),
    startingAt: t.field({ type: 'DateTime', required: false, description: 'Credits with any access at or after this instant.' }),
    effectiveBefore: t.field({ type: 'DateTime', required: false, description: 'Credits with any access before this instant (exclusive).' }),
    includeArchived: t.boolean({
      required: false,
      defaultValue: false,
      description: 'Archived credits, and credits of archived contracts, too. Default false.',
    }),
    includeContractCredits: t.boolean({
      required: false,
      defaultValue: true,
      description:
        'Contract-level credits too (default true, unlike Metronome, which lists only customer-level credits unless asked).',
    }),
  }),
});

export interface ContractCreditFilterArgs {
  coveringDate?: string | null;
  startingAt?: string | null;
  effectiveBefore?: string | null;
  includeArchived?: boolean | null;
  includeContractCredits?: boolean | null;
}

/**
 * One customer's credits as a connection: pages of 25 (the vendor's cap), read only as far as
 * `first` needs, asking Metronome for balances / ledgers only when the selection asks for
 * balance / ledger. Null when Metronome does not know the customer.
 */
export async function contractCreditConnection(
  ctx: Context,
  customerId: string,
  args: PageArgs & { filter?: ContractCreditFilterArgs | null },
  info: GraphQLResolveInfo,
) {
  // Not a UUID: no Metronome customer has it (and Metronome would refuse it).
  if (!isMetronomeId(customerId)) return null;
  const query: CreditListQuery = { ...args.filter, customerId, includeContractCredits: args.filter?.includeContractCredits ?? true };
  const view = creditView(info, ['edges', 'node']);
  const credits = ctx.upstreams.metronome.credits;
  return orNull(
    cursorConnection(
      args,
      async (cursor) => {
        const page = await credits.list({ ...query, ...view, limit: CREDITS_PAGE_SIZE, nextPage: cursor }, ctx);
        return { data: page.data.map((credit) => withCustomer(customerId, credit)), next_page: page.next_page };
      },
      // counting needs neither balances nor ledgers
      { countPage: (cursor) => credits.list({ ...query, limit: CREDITS_PAGE_SIZE, nextPage: cursor }, ctx) },
    ),
  );
}

builder.queryFields((t) => ({
  contractCredit: t.field({
    type: ContractCredit,
    nullable: true,
    description:
      'One Metronome credit of a customer (customer- or contract-level, archived ones too); null when the customer or the credit does not exist.',
    args: { customerId: t.arg.id({ required: true }), id: t.arg.id({ required: true }) },
    // The customer is in the arguments: another company's customer is refused before any call.
    authScopes: (_root, args) => ({ customer: args.customerId }),
    resolve: (_root, args, ctx, info) => readCredit(ctx, args.customerId, args.id, info),
  }),
  contractCredits: t.connection(
    {
      type: ContractCredit,
      nullable: true,
      description:
        'A Metronome customer’s credits, oldest first, 25 per upstream page; null when the customer does not exist. ' +
        '`totalCount` reads every remaining page (one upstream call each).',
      args: {
        customerId: t.arg.id({ required: true }),
        filter: t.arg({ type: ContractCreditFilter, required: false }),
      },
      authScopes: (_root, args) => ({ customer: args.customerId }),
      resolve: (_root, args, ctx, info) => contractCreditConnection(ctx, args.customerId, args, info),
    },
    ContractCreditConnection,
  ),
}));
