import { builder } from '../../builder.ts';
import { loadPlanGrants } from '../../loaders/schematic/index.ts';
import type { BillingCredit, BillingPlanCreditGrant, Plan as PlanWire } from '../../upstream/schematic/types.ts';
import { offsetConnection } from '../kit/connection.ts';
import { Credit } from '../credit/credit.ts';
import { Price } from '../credit/price.ts';
import {
  AutoTopupAvailability,
  ExpiryType,
  ExpiryUnit,
  PlanGrantBillingMode,
  ResetCadence,
  ResetStart,
  ResetType,
  Scaling,
  TiersMode,
} from '../enums/enums.ts';
import { loadableRef } from '../kit/loadable.ts';
import { INEXACT_NULL } from '../kit/numbers.ts';
import { partial } from '../kit/partial.ts';
import { maxItems } from '../kit/validate.ts';
import { Plan } from './plan.ts';

export const PlanCreditGrant = loadableRef<BillingPlanCreditGrant>('PlanCreditGrant', loadPlanGrants);

const PlanCreditGrantPriceTier = builder
  .objectRef<NonNullable<BillingPlanCreditGrant['price_tiers']>[number]>('PlanCreditGrantPriceTier')
  .implement({
    fields: (t) => ({
      from: t.exposeFloat('from', { nullable: true, description: INEXACT_NULL }),
      to: t.exposeFloat('to', { nullable: true }),
      perUnitPrice: t.exposeFloat('per_unit_price', { nullable: true, description: 'Minor units.' }),
      perUnitPriceDecimal: t.field({ type: 'Decimal', nullable: true, resolve: (p) => p.per_unit_price_decimal }),
    }),
  });

PlanCreditGrant.implement({
  description: 'Credits a plan hands to each company on it, and how they renew.',
  fields: (t) => ({
    id: t.exposeID('id'),
    creditAmount: t.exposeFloat('credit_amount', {
      nullable: true,
      description: `Credits per grant (per license when scaling is PER_LICENSE); up to 9,999,999,999, beyond Int. ${INEXACT_NULL}`,
    }),
    companyCreditAmount: t.exposeFloat('company_credit_amount', { nullable: true, description: INEXACT_NULL }),
    scaling: t.field({ type: Scaling, resolve: (g) => Scaling.wire(g.scaling) }),
    resetCadence: t.field({ type: ResetCadence, nullable: true, resolve: (g) => ResetCadence.wire(g.reset_cadence) }),
    resetStart: t.field({ type: ResetStart, nullable: true, resolve: (g) => ResetStart.wire(g.reset_start) }),
    resetType: t.field({ type: ResetType, nullable: true, resolve: (g) => ResetType.wire(g.reset_type) }),
    rolloverPercentage: t.exposeInt('rollover_percentage'),
    expiryType: t.field({ type: ExpiryType, nullable: true, resolve: (g) => ExpiryType.wire(g.expiry_type) }),
    expiryUnit: t.field({ type: ExpiryUnit, nullable: true, resolve: (g) => ExpiryUnit.wire(g.expiry_unit) }),
    expiryUnitCount: t.exposeInt('expiry_unit_count', { nullable: true }),
    autoTopupAvailability: t.field({
      type: AutoTopupAvailability,
      resolve: (g) => AutoTopupAvailability.wire(g.auto_topup_availability),
    }),
    autoTopupEnabled: t.exposeBoolean('auto_topup_enabled'),
    autoTopupSelfService: t.exposeBoolean('auto_topup_self_service'),
    autoTopupAmount: t.exposeFloat('auto_topup_amount', { nullable: true }),
    autoTopupAmountType: t.exposeString('auto_topup_amount_type', { nullable: true }),
    autoTopupThresholdCredits: t.exposeFloat('auto_topup_threshold_credits', { nullable: true }),
    autoTopupThresholdPercent: t.exposeInt('auto_topup_threshold_percent', { nullable: true }),
    autoTopupExpiryType: t.field({
      type: ExpiryType,
      nullable: true,
      resolve: (g) => ExpiryType.wire(g.auto_topup_expiry_type),
    }),
    autoTopupExpiryUnit: t.field({
      type: ExpiryUnit,
      nullable: true,
      resolve: (g) => ExpiryUnit.wire(g.auto_topup_expiry_unit),
    }),
    autoTopupExpiryUnitCount: t.exposeInt('auto_topup_expiry_unit_count', { nullable: true }),
    billingMode: t.field({
      type: PlanGrantBillingMode,
      nullable: true,
      resolve: (g) => PlanGrantBillingMode.wire(g.billing_mode),
    }),
    canBuyBundles: t.exposeBoolean('can_buy_bundles', { deprecationReason: 'Deprecated upstream; see bundle compatibility.' }),
    licenseId: t.exposeID('license_id', { nullable: true }),
    overdraftLimit: t.exposeFloat('overdraft_limit', { nullable: true }),
    postpaidEnabled: t.exposeBoolean('postpaid_enabled', { nullable: true }),
    postpaidRatePerUnit: t.exposeFloat('postpaid_rate_per_unit', { nullable: true, description: 'Minor units.' }),
    postpaidRatePerUnitDecimal: t.field({
      type: 'Decimal',
      nullable: true,
      resolve: (g) => g.postpaid_rate_per_unit_decimal,
    }),
    price: t.expose('price', { type: Price, nullable: true }),
    priceTiers: t.field({ type: [PlanCreditGrantPriceTier], resolve: (g) => g.price_tiers ?? [] }),
    tierMode: t.field({ type: TiersMode, nullable: true, resolve: (g) => TiersMode.wire(g.tier_mode) }),
    unitPrice: t.exposeFloat('unit_price', { nullable: true, description: 'Minor units.' }),
    unitPriceDecimal: t.field({ type: 'Decimal', nullable: true, resolve: (g) => g.unit_price_decimal }),
    planVersionId: t.exposeID('plan_version_id', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (g) => g.created_at }),
    updatedAt: t.field({ type: 'DateTime', resolve: (g) => g.updated_at }),
    credit: t.field({
      type: Credit,
      resolve: (g) =>
        g.credit ??
        partial<BillingCredit>({
          id: g.credit_id,
          name: g.credit_name,
          singular_name: g.credit_singular_name,
          plural_name: g.credit_plural_name,
        }),
    }),
    plan: t.field({
      type: Plan,
      resolve: (g) =>
        partial<PlanWire>({ id: g.plan_id, name: g.plan?.name ?? g.plan_name, description: g.plan?.description }),
    }),
  }),
});

export const PlanGrantConnection = {
  nodeType: PlanCreditGrant,
  ref: builder.connectionObject({ type: PlanCreditGrant, name: 'PlanCreditGrantConnection' }),
};

const PlanGrantFilter = builder.inputType('PlanCreditGrantFilter', {
  fields: (t) => ({
    ids: t.idList({ required: false, description: 'At most 100 ids.' }),
    creditId: t.id({ required: false }),
    planId: t.id({ required: false }),
    planIds: t.idList({ required: false, description: 'At most 100 ids.' }),
    planVersionId: t.id({ required: false }),
    planVersionIds: t.idList({ required: false, description: 'At most 100 ids.' }),
  }),
});

builder.queryFields((t) => ({
  planCreditGrant: t.field({
    type: PlanCreditGrant,
    nullable: true,
    description: 'A plan credit grant by id; null when it does not exist.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }) => id,
  }),
  planCreditGrants: t.connection(
    {
      type: PlanCreditGrant,
      description: 'Plan credit grants, newest first.',
      args: { filter: t.arg({ type: PlanGrantFilter, required: false }) },
      resolve: (_root, args, ctx) => {
        const f = args.filter;
        const query = {
          ids: maxItems('filter.ids', f?.ids),
          creditId: f?.creditId,
          planId: f?.planId,
          planIds: maxItems('filter.planIds', f?.planIds),
          planVersionId: f?.planVersionId,
          planVersionIds: maxItems('filter.planVersionIds', f?.planVersionIds),
        };
        const planGrants = ctx.upstreams.schematic.planGrants;
        return offsetConnection(
          args,
          (page) => planGrants.list({ ...query, ...page }, ctx),
          () => planGrants.count(query, ctx),
          query,
        );
      },
    },
    PlanGrantConnection.ref,
  ),
}));
