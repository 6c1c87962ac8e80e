import { builder } from '../../builder.ts';
import { loadBundles } from '../../loaders/schematic/index.ts';
import type { BillingCredit, BillingCreditBundle } from '../../upstream/schematic/types.ts';
import { offsetConnection } from '../kit/connection.ts';
import { Credit } from '../credit/credit.ts';
import { CurrencyPrice, Price } from '../credit/price.ts';
import { BundleStatus, BundleType, ExpiryType, ExpiryUnit } from '../enums/enums.ts';
import { Plan } from '../plan/plan.ts';
import { loadableRef } from '../kit/loadable.ts';
import { partial } from '../kit/partial.ts';
import { knownEnum, maxItems } from '../kit/validate.ts';

export const CreditBundle = loadableRef<BillingCreditBundle>('CreditBundle', loadBundles);

CreditBundle.implement({
  description: 'A pack of credits sold at a price.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    bundleType: t.field({ type: BundleType, resolve: (b) => BundleType.wire(b.bundle_type) }),
    status: t.field({ type: BundleStatus, resolve: (b) => BundleStatus.wire(b.status) }),
    quantity: t.exposeFloat('quantity', { nullable: true, description: 'Credits per bundle (an int64 upstream: Float keeps values beyond 2^31).' }),
    price: t.expose('price', { type: Price, nullable: true }),
    unitPrice: t.field({ type: Price, nullable: true, description: 'Price per credit.', resolve: (b) => b.unit_price }),
    currencyPrices: t.field({ type: [CurrencyPrice], resolve: (b) => b.currency_prices }),
    expiryType: t.field({ type: ExpiryType, resolve: (b) => ExpiryType.wire(b.expiry_type) }),
    expiryUnit: t.field({ type: ExpiryUnit, resolve: (b) => ExpiryUnit.wire(b.expiry_unit) }),
    expiryUnitCount: t.exposeInt('expiry_unit_count', { nullable: true }),
    hasGrants: t.exposeBoolean('has_grants'),
    billingInvoiceId: t.exposeString('billing_invoice_id', { nullable: true }),
    singularName: t.exposeString('singular_name', { nullable: true }),
    pluralName: t.exposeString('plural_name', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (b) => b.created_at }),
    updatedAt: t.field({ type: 'DateTime', resolve: (b) => b.updated_at }),
    credit: t.field({
      type: Credit,
      resolve: (b) =>
        partial<BillingCredit>({
          id: b.credit_id,
          name: b.credit_name,
          description: b.credit_description,
          icon: b.credit_icon,
        }),
    }),
    compatiblePlanIds: t.exposeIDList('compatible_plan_ids', {
      description: 'Plans that may buy this bundle; empty means every plan.',
    }),
    compatiblePlans: t.field({
      type: [Plan],
      nullable: { list: false, items: true },
      description: 'The plans behind `compatiblePlanIds` (batched); empty means every plan.',
      resolve: (b) => b.compatible_plan_ids,
    }),
  }),
});

export const BundleConnection = {
  nodeType: CreditBundle,
  ref: builder.connectionObject({ type: CreditBundle, name: 'CreditBundleConnection' }),
};

const BundleFilter = builder.inputType('CreditBundleFilter', {
  fields: (t) => ({
    ids: t.idList({ required: false, description: 'At most 100 ids.' }),
    creditId: t.id({ required: false }),
    status: t.field({ type: BundleStatus, required: false }),
    bundleType: t.field({ type: BundleType, required: false }),
  }),
});

builder.queryFields((t) => ({
  creditBundle: t.field({
    type: CreditBundle,
    nullable: true,
    description: 'A credit bundle by id; null when it does not exist.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }) => id,
  }),
  creditBundles: t.connection(
    {
      type: CreditBundle,
      description: 'Credit bundles, newest first.',
      args: { filter: t.arg({ type: BundleFilter, required: false }) },
      resolve: (_root, args, ctx) => {
        const query = {
          ids: maxItems('filter.ids', args.filter?.ids),
          creditId: args.filter?.creditId,
          status: knownEnum('filter.status', args.filter?.status),
          bundleType: knownEnum('filter.bundleType', args.filter?.bundleType),
        };
        const bundles = ctx.upstreams.schematic.bundles;
        return offsetConnection(
          args,
          (page) => bundles.list({ ...query, ...page }, ctx),
          () => bundles.count(query, ctx),
          query,
        );
      },
    },
    BundleConnection.ref,
  ),
}));
