import { ownedBy } from '../../auth/privateObjects.ts';
import { builder } from '../../builder.ts';
import type {
  BillingCredit,
  KeptCompany as CompanyWire,
  CreditLedgerEvent,
  Feature as FeatureWire,
  Plan as PlanWire,
} from '../../upstream/schematic/types.ts';
import { CreditBundle } from '../bundle/bundle.ts';
import { Company } from '../company/company.ts';
import { Credit } from '../credit/credit.ts';
import { CreditEventType, ExpiryType, ExpiryUnit, GrantReason, TransferReason, UsageReason, ZeroedOutReason } from '../enums/enums.ts';
import { Feature } from '../feature/feature.ts';
import { CreditGrant } from '../grant/grant.ts';
import { INEXACT_NULL } from '../kit/numbers.ts';
import { partial, partialIf } from '../kit/partial.ts';
import { Plan } from '../plan/plan.ts';

export const CreditLedgerEntry = builder.objectRef<CreditLedgerEvent>('CreditLedgerEntry').implement({
  description: 'One credit ledger event: a grant, a usage draw, a transfer or a zero-out.',
  extensions: ownedBy((e: { company_id: string }) => ({ company: e.company_id })),
  fields: (t) => ({
    id: t.exposeID('event_id', { description: 'The ledger event id (`event_id`).' }),
    eventType: t.field({ type: CreditEventType, resolve: (e) => CreditEventType.wire(e.event_type) }),
    eventAt: t.field({ type: 'DateTime', resolve: (e) => e.event_at }),
    amount: t.exposeFloat('amount', { nullable: true, description: `Signed credit amount. ${INEXACT_NULL}` }),
    sourceId: t.field({ type: 'MinorUnits', description: 'Upstream int64 sequence id.', resolve: (e) => e.source_id }),
    grantQuantity: t.exposeFloat('grant_quantity', { nullable: true }),
    grantQuantityRemaining: t.exposeFloat('grant_quantity_remaining', { nullable: true }),
    grantReason: t.field({ type: GrantReason, nullable: true, resolve: (e) => GrantReason.wire(e.grant_reason) }),
    grantValidFrom: t.field({ type: 'DateTime', nullable: true, resolve: (e) => e.grant_valid_from }),
    grantExpiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (e) => e.grant_expires_at }),
    quantityConsumed: t.exposeFloat('quantity_consumed', { nullable: true }),
    quantityRemainingAtZeroOut: t.exposeFloat('quantity_remaining_at_zero_out', { nullable: true }),
    usageReason: t.field({ type: UsageReason, nullable: true, resolve: (e) => UsageReason.wire(e.usage_reason) }),
    usageEventId: t.exposeID('usage_event_id', { nullable: true }),
    transferReason: t.field({
      type: TransferReason,
      nullable: true,
      resolve: (e) => TransferReason.wire(e.transfer_reason),
    }),
    zeroedOutReason: t.field({
      type: ZeroedOutReason,
      nullable: true,
      resolve: (e) => ZeroedOutReason.wire(e.zeroed_out_reason),
    }),
    expiryType: t.field({ type: ExpiryType, nullable: true, resolve: (e) => ExpiryType.wire(e.expiry_type) }),
    expiryUnit: t.field({ type: ExpiryUnit, nullable: true, resolve: (e) => ExpiryUnit.wire(e.expiry_unit) }),
    expiryUnitCount: t.exposeInt('expiry_unit_count', { nullable: true }),
    autoTopupLogId: t.exposeID('auto_topup_log_id', { nullable: true }),
    // Embedded summaries answer the common selections without a call.
    credit: t.field({
      type: Credit,
      resolve: (e) => partial<BillingCredit>({ name: e.credit_name, ...e.credit, id: e.billing_credit_id }),
    }),
    company: t.field({
      type: Company,
      resolve: (e) => partial<CompanyWire>({ ...e.company, id: e.company_id }),
    }),
    feature: t.field({
      type: Feature,
      nullable: true,
      resolve: (e) => partialIf<FeatureWire>(e.feature_id, { ...e.feature }),
    }),
    plan: t.field({ type: Plan, nullable: true, resolve: (e) => partialIf<PlanWire>(e.plan_id, {}) }),
    grant: t.field({ type: CreditGrant, nullable: true, resolve: (e) => e.grant_id ?? null }),
    fromGrant: t.field({ type: CreditGrant, nullable: true, resolve: (e) => e.from_grant_id ?? null }),
    toGrant: t.field({ type: CreditGrant, nullable: true, resolve: (e) => e.to_grant_id ?? null }),
    bundle: t.field({ type: CreditBundle, nullable: true, resolve: (e) => e.billing_credit_bundle_id ?? null }),
  }),
});

export const LedgerConnection = {
  nodeType: CreditLedgerEntry,
  ref: builder.connectionObject({ type: CreditLedgerEntry, name: 'CreditLedgerEntryConnection' }),
};

export const LedgerFilter = builder.inputType('CreditLedgerFilter', {
  fields: (t) => ({
    creditId: t.id({ required: false }),
    featureId: t.id({ required: false }),
    eventType: t.field({ type: CreditEventType, required: false }),
    startTime: t.field({ type: 'DateTime', required: false }),
    endTime: t.field({
      type: 'DateTime',
      required: false,
      description: 'Pin it while paging so new events do not shift the pages.',
    }),
  }),
});
