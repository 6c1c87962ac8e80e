import { builder } from '../../builder.ts';
import { loadCredits } from '../../loaders/schematic/index.ts';
import type { BillingCredit } from '../../upstream/schematic/types.ts';
import { BundleConnection } from '../bundle/bundle.ts';
import { offsetConnection } from '../kit/connection.ts';
import { BundleStatus, BurnStrategy, ExpiryUnit, LedgerAuthority, RolloverPolicy } from '../enums/enums.ts';
import { GrantConnection } from '../grant/grant.ts';
import { loadable } from '../kit/loadable.ts';
import { PlanGrantConnection } from '../plan/planGrant.ts';
import { BillingProduct, CurrencyPrice, Price } from './price.ts';
import { knownEnum, maxItems, maxLength } from '../kit/validate.ts';

/** A credit type (`bcrd_...`). Grants, bundles and ledger entries carry its name, so links to it are often free. */
export const Credit = loadable<BillingCredit>('Credit', loadCredits);
const { field, enumField } = Credit;

Credit.implement({
  description: 'A billing credit type: what companies are granted, buy in bundles and consume.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.string({ resolve: field('name') }),
    description: t.string({ resolve: field('description') }),
    icon: t.string({ nullable: true, resolve: field('icon') }),
    singularName: t.string({ nullable: true, resolve: field('singular_name') }),
    pluralName: t.string({ nullable: true, resolve: field('plural_name') }),
    burnStrategy: t.field({
      type: BurnStrategy,
      resolve: enumField('burn_strategy', BurnStrategy),
    }),
    costEditable: t.boolean({ resolve: field('cost_editable') }),
    defaultExpiryUnit: t.field({
      type: ExpiryUnit,
      resolve: enumField('default_expiry_unit', ExpiryUnit),
    }),
    defaultExpiryUnitCount: t.int({ nullable: true, resolve: field('default_expiry_unit_count') }),
    defaultRolloverPolicy: t.field({
      type: RolloverPolicy,
      resolve: enumField('default_rollover_policy', RolloverPolicy),
    }),
    ledgerAuthority: t.field({
      type: LedgerAuthority,
      nullable: true,
      resolve: enumField('ledger_authority', LedgerAuthority),
    }),
    price: t.field({ type: Price, nullable: true, description: 'Cost basis in the default currency.', resolve: field('price') }),
    currencyPrices: t.field({ type: [CurrencyPrice], resolve: field('currency_prices') }),
    product: t.field({ type: BillingProduct, nullable: true, resolve: field('product') }),
    createdAt: t.field({ type: 'DateTime', resolve: field('created_at') }),
    updatedAt: t.field({ type: 'DateTime', resolve: field('updated_at') }),
    bundles: t.connection(
      {
        type: BundleConnection.nodeType,
        description: 'Bundles that sell this credit.',
        args: { status: t.arg({ type: BundleStatus, required: false }) },
        resolve: (credit, args, ctx) => {
          const query = { creditId: credit.id, status: knownEnum('status', args.status) };
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
    grants: t.connection(
      {
        type: GrantConnection.nodeType,
        nullable: true,
        description: 'Company grants of this credit, newest first. They span companies: forbidden (null) to a company-scoped caller.',
        authScopes: { admin: true },
        resolve: (credit, args, ctx, info) => {
          const grants = ctx.upstreams.schematic.grants;
          return offsetConnection(
            args,
            (page) => grants.list({ creditId: credit.id, ...page }, ctx).then(GrantConnection.withLinks(ctx, info)),
            () => grants.count({ creditId: credit.id }, ctx),
          );
        },
      },
      GrantConnection.ref,
    ),
    planCreditGrants: t.connection(
      {
        type: PlanGrantConnection.nodeType,
        description: 'Plan credit grants that hand out this credit.',
        resolve: (credit, args, ctx) => {
          const planGrants = ctx.upstreams.schematic.planGrants;
          return offsetConnection(
            args,
            (page) => planGrants.list({ creditId: credit.id, ...page }, ctx),
            () => planGrants.count({ creditId: credit.id }, ctx),
          );
        },
      },
      PlanGrantConnection.ref,
    ),
  }),
});

export const CreditConnection = {
  nodeType: Credit,
  ref: builder.connectionObject({ type: Credit, name: 'CreditConnection' }),
};

const CreditFilter = builder.inputType('CreditFilter', {
  fields: (t) => ({
    ids: t.idList({ required: false, description: 'At most 100 ids.' }),
    name: t.string({ required: false, description: 'Credit name (at most 255 characters).' }),
  }),
});

builder.queryFields((t) => ({
  credit: t.field({
    type: Credit,
    nullable: true,
    description: 'A credit by id; null when it does not exist.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }) => id,
  }),
  credits: t.connection(
    {
      type: Credit,
      description: 'The credit catalogue, newest first.',
      args: { filter: t.arg({ type: CreditFilter, required: false }) },
      resolve: (_root, args, ctx) => {
        const query = { ids: maxItems('filter.ids', args.filter?.ids), name: maxLength('filter.name', args.filter?.name, 255) };
        const credits = ctx.upstreams.schematic.credits;
        return offsetConnection(
          args,
          (page) => credits.list({ ...query, ...page }, ctx),
          () => credits.count(query, ctx),
          query,
        );
      },
    },
    CreditConnection.ref,
  ),
}));
