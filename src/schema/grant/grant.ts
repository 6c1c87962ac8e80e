import type { GraphQLResolveInfo } from 'graphql';
import { companyOf } from '../../auth/principal.ts';
import { ownedBy } from '../../auth/privateObjects.ts';
import { denyAfterLoad } from '../../auth/tenancy.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { loadGrants } from '../../loaders/schematic/index.ts';
import type {
  BillingCredit,
  BillingCreditGrant,
  KeptCompany as CompanyWire,
  CreditTransfer as CreditTransferWire,
  Plan as PlanWire,
} from '../../upstream/schematic/types.ts';
import { CreditBundle } from '../bundle/bundle.ts';
import { Company } from '../company/company.ts';
import { offsetConnection } from '../kit/connection.ts';
import { badArgument } from '../kit/validate.ts';
import { Credit } from '../credit/credit.ts';
import { Price } from '../credit/price.ts';
import { GrantReason, GrantSortOrder, ResetCadence, SortDirection, ZeroedOutReason } from '../enums/enums.ts';
import { loadableRef } from '../kit/loadable.ts';
import { selectedWireKeys } from '../kit/lookahead.ts';
import { INEXACT_NULL } from '../kit/numbers.ts';
import { partial, partialIf, type MaybePromise } from '../kit/partial.ts';
import { Plan } from '../plan/plan.ts';
import { knownEnum, maxItems } from '../kit/validate.ts';

/**
 * A company credit grant. There is no get-one endpoint: it loads through the `ids` filter, which
 * cannot be scoped to a company (Schematic's grant list has no `company_id` filter), so for a
 * company-scoped caller a grant is read, then refused unless it is the caller's; "another
 * company's" and "no such grant" give the same FORBIDDEN error.
 */
export const CreditGrant = loadableRef<BillingCreditGrant>('CreditGrant', denyAfterLoad(loadGrants, (g) => g.company_id));

const CreditTransfer = builder.objectRef<CreditTransferWire>('CreditTransfer').implement({
  description: 'Credits moved between this grant and another.',
  fields: (t) => ({
    id: t.exposeID('id'),
    amount: t.exposeFloat('amount', { nullable: true, description: INEXACT_NULL }),
    direction: t.exposeString('direction', { description: 'Free-form upstream value (for example `in` or `out`).' }),
    reason: t.exposeString('reason', { description: 'Free-form upstream value.' }),
    createdAt: t.field({ type: 'DateTime', resolve: (x) => x.created_at }),
    relatedGrantId: t.exposeID('related_grant_id'),
    relatedGrant: t.field({
      type: CreditGrant,
      nullable: true,
      description: 'The other grant of the transfer (batched).',
      resolve: (x) => x.related_grant_id,
    }),
  }),
});

CreditGrant.implement({
  description: 'Credits granted to a company: how many, why, how many remain, and until when.',
  extensions: ownedBy((g: { company_id: string }) => ({ company: g.company_id })),
  fields: (t) => ({
    id: t.exposeID('id'),
    quantity: t.exposeFloat('quantity', { nullable: true, description: INEXACT_NULL }),
    quantityRemaining: t.exposeFloat('quantity_remaining', { nullable: true, description: INEXACT_NULL }),
    quantityUsed: t.exposeFloat('quantity_used', { nullable: true, description: INEXACT_NULL }),
    reserved: t.exposeFloat('reserved', { nullable: true, description: 'Held by open leases or reservations.' }),
    settled: t.exposeFloat('settled', { nullable: true }),
    grantReason: t.field({ type: GrantReason, resolve: (g) => GrantReason.wire(g.grant_reason) }),
    sourceLabel: t.exposeString('source_label'),
    renewalEnabled: t.exposeBoolean('renewal_enabled'),
    renewalPeriod: t.field({ type: ResetCadence, nullable: true, resolve: (g) => ResetCadence.wire(g.renewal_period) }),
    currency: t.exposeString('currency', { nullable: true }),
    price: t.expose('price', { type: Price, nullable: true, description: 'What was paid for the grant.' }),
    validFrom: t.field({ type: 'DateTime', nullable: true, resolve: (g) => g.valid_from }),
    expiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (g) => g.expires_at }),
    zeroedOutDate: t.field({ type: 'DateTime', nullable: true, resolve: (g) => g.zeroed_out_date }),
    zeroedOutReason: t.field({
      type: ZeroedOutReason,
      nullable: true,
      resolve: (g) => ZeroedOutReason.wire(g.zeroed_out_reason),
    }),
    companyLicenseId: t.exposeID('company_license_id', { nullable: true }),
    licenseName: t.exposeString('license_name', { nullable: true }),
    postpaidChargeAmount: t.exposeFloat('postpaid_charge_amount', { nullable: true, description: 'Minor units.' }),
    postpaidChargeCurrency: t.exposeString('postpaid_charge_currency', { nullable: true }),
    postpaidChargedCredits: t.exposeFloat('postpaid_charged_credits', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (g) => g.created_at }),
    updatedAt: t.field({ type: 'DateTime', resolve: (g) => g.updated_at }),
    transfers: t.field({ type: [CreditTransfer], resolve: (g) => g.transfers ?? [] }),
    // The grant carries the names of what it links to: those selections cost no call.
    credit: t.field({ type: Credit, resolve: creditOf }),
    company: t.field({ type: Company, resolve: companyOfGrant }),
    plan: t.field({
      type: Plan,
      nullable: true,
      description: 'The plan that issued the grant, for plan grants.',
      resolve: planOf,
    }),
    bundle: t.field({
      type: CreditBundle,
      nullable: true,
      description: 'The bundle the grant was bought from.',
      resolve: (g) => g.credit_bundle_id ?? null,
    }),
    sourceGrant: t.field({
      type: CreditGrant,
      nullable: true,
      description: 'For a rollover grant: the grant it rolled over from.',
      resolve: (g) => g.source_grant_id ?? null,
    }),
  }),
});

const creditOf = (g: BillingCreditGrant) => partial<BillingCredit>({ id: g.credit_id, name: g.credit_name, icon: g.credit_icon });
const companyOfGrant = (g: BillingCreditGrant) => partial<CompanyWire>({ id: g.company_id, name: g.company_name });
const planOf = (g: BillingCreditGrant) => partialIf<PlanWire>(g.plan_id, { name: g.plan_name });

/**
 * A page of grants, once what its selection reads of their credits, companies and plans beyond
 * what the grants carry (their names) is loaded: one batch per type, before the page is returned,
 * so each grant's `credit { description }` answers at once instead of waiting on its own.
 */
const withLinks =
  (ctx: Context, info: GraphQLResolveInfo) =>
  (grants: BillingCreditGrant[]): MaybePromise<BillingCreditGrant[]> => {
    const selected = (typename: string, link: string) => selectedWireKeys(info, typename, ['edges', 'node', link]);
    const loading = [
      Credit.prefetch(ctx, selected('Credit', 'credit'), grants, creditOf),
      Company.prefetch(ctx, selected('Company', 'company'), grants, companyOfGrant),
      Plan.prefetch(ctx, selected('Plan', 'plan'), grants, planOf),
    ].filter((load) => load !== undefined);
    return loading.length === 0 ? grants : Promise.all(loading).then(() => grants);
  };

export const GrantConnection = {
  nodeType: CreditGrant,
  ref: builder.connectionObject({ type: CreditGrant, name: 'CreditGrantConnection' }),
  withLinks,
};

const GrantFilter = builder.inputType('CreditGrantFilter', {
  description:
    'By company (with optional sort), or by ids and/or credit. The upstream cannot combine a company with ids or a credit.',
  fields: (t) => ({
    companyId: t.id({ required: false }),
    ids: t.idList({ required: false, description: 'At most 100 ids.' }),
    creditId: t.id({ required: false }),
    order: t.field({ type: GrantSortOrder, required: false, description: 'Only with companyId.' }),
    dir: t.field({ type: SortDirection, required: false, description: 'Only with companyId.' }),
  }),
});

builder.queryFields((t) => ({
  creditGrant: t.field({
    type: CreditGrant,
    nullable: true,
    description: 'A company credit grant by id; null when it does not exist.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }) => id,
  }),
  creditGrants: t.connection(
    {
      type: CreditGrant,
      nullable: true,
      description:
        'Company credit grants, newest first unless sorted. A company-scoped caller lists only its own company’s: ' +
        'filter.companyId defaults to it, and another company, ids or creditId (which span companies) are forbidden (null).',
      args: { filter: t.arg({ type: GrantFilter, required: false }) },
      // Decided from the arguments, before any call. Another company's filter is refused rather than
      // silently rewritten, so a caller never mistakes its own grants for the ones it asked about.
      authScopes: (_root, args) => {
        const f = args.filter;
        if (f?.companyId) return { company: f.companyId };
        if (f?.ids || f?.creditId) return { admin: true };
        return { admin: true, tenant: true };
      },
      resolve: (_root, args, ctx, info) => {
        const f = args.filter;
        const grants = ctx.upstreams.schematic.grants;
        const linked = withLinks(ctx, info);
        const companyId = f?.companyId ?? companyOf(ctx.principal);
        if (companyId) {
          if (f?.ids || f?.creditId) throw badArgument('filter', 'cannot combine companyId with ids or creditId');
          const query = {
            companyId,
            order: knownEnum('filter.order', f?.order),
            dir: knownEnum('filter.dir', f?.dir),
          };
          return offsetConnection(
            args,
            (page) => grants.listForCompany({ ...query, ...page }, ctx).then(linked),
            () => grants.countForCompany(query, ctx),
          );
        }
        if (f?.order || f?.dir) throw badArgument('filter', 'order and dir need companyId');
        const query = { ids: maxItems('filter.ids', f?.ids), creditId: f?.creditId };
        return offsetConnection(
          args,
          (page) => grants.list({ ...query, ...page }, ctx).then(linked),
          () => grants.count(query, ctx),
          query,
        );
      },
    },
    GrantConnection.ref,
  ),
}));
