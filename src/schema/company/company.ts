import type { GraphQLResolveInfo } from 'graphql';
import { forbidden } from '../../auth/errors.ts';
import { companyOf, hasFullAccess } from '../../auth/principal.ts';
import { ownedBy } from '../../auth/privateObjects.ts';
import { denyBeforeLoad, mayReadCompany } from '../../auth/tenancy.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { balancesLoader, loadCompanies } from '../../loaders/schematic/index.ts';
import type {
  BillingCredit,
  CompanyCreditBalance,
  KeptCompany as CompanyWire,
  EntityKey as EntityKeyWire,
  Plan as PlanWire,
} from '../../upstream/schematic/types.ts';
import { offsetConnection } from '../kit/connection.ts';
import { badArgument } from '../kit/validate.ts';
import { Credit } from '../credit/credit.ts';
import { GrantSortOrder, ProviderType, SortDirection } from '../enums/enums.ts';
import { GrantConnection } from '../grant/grant.ts';
import { LedgerConnection, LedgerFilter } from '../ledger/ledger.ts';
import { loadable } from '../kit/loadable.ts';
import { selectedWireKeys } from '../kit/lookahead.ts';
import { INEXACT_NULL } from '../kit/numbers.ts';
import { partial, partialIf, readsWireKey, whenKnown, type MaybePromise } from '../kit/partial.ts';
import { Plan } from '../plan/plan.ts';
import { knownEnum, maxItems } from '../kit/validate.ts';

/** The company key whose value is the company's Metronome customer id. */
const METRONOME_CUSTOMER_KEY = 'metronome_customer_id';

/**
 * A company (`comp_...`). Grants and ledger entries carry its name. Private: a company-scoped
 * caller reads only its own; the id tells the owner, so another company's id is refused before
 * any call (on every path that loads a company by id: root fields, links, `_entities`).
 */
export const Company = loadable<CompanyWire>('Company', denyBeforeLoad(loadCompanies, mayReadCompany));
const { field, full } = Company;

const EntityKey = builder.objectRef<EntityKeyWire>('EntityKey').implement({
  description: 'A key that identifies a company in another system (a domain, a CRM id, a Metronome customer id).',
  fields: (t) => ({ key: t.string({ resolve: (k) => k.key }), value: t.string({ resolve: (k) => k.value }) }),
});

/**
 * A company's balance in one credit. The company payload's `billing_credit_balances` map gives
 * `remaining` for free; the other figures come from `/billing/credits/balance` (one call per company).
 */
type Balance = { companyId: string; creditId: string } & Partial<CompanyCreditBalance>;

async function balanceRow(balance: Balance, ctx: Parameters<typeof balancesLoader>[0]) {
  const rows = await balancesLoader(ctx).load(balance.companyId);
  return rows.find((row) => row.credit_id === balance.creditId);
}

/** A balance figure: from the company payload when it came with it (synchronously), else from the balance call. */
const balanceField =
  <K extends 'remaining' | 'reserved' | 'settled' | 'total' | 'source'>(key: K) =>
  (balance: Balance, _args: unknown, ctx: Parameters<typeof balancesLoader>[0]) =>
    balance[key] !== undefined ? balance[key] : balanceRow(balance, ctx).then((row) => row?.[key]);

const creditOf = (b: Balance) => partial<BillingCredit>({ id: b.creditId });

/** The balances a company payload carries (`remaining` only), if it carries them. */
const carriedBalances = (company: CompanyWire): Balance[] | undefined => {
  const map = company.billing_credit_balances;
  return map ? Object.entries(map).map(([creditId, remaining]) => ({ companyId: company.id, creditId, remaining })) : undefined;
};

/** The balances, once what `keys` (the wire keys their selection reads) needs of their credits is loaded in one batch. */
const withCredits = (ctx: Context, keys: ReadonlySet<PropertyKey>, balances: Balance[]): MaybePromise<Balance[]> =>
  whenKnown(Credit.prefetch(ctx, keys, balances, creditOf), () => balances);

const CreditBalance = builder.objectRef<Balance>('CreditBalance').implement({
  description: 'What a company holds of one credit.',
  extensions: ownedBy((b: { companyId: string }) => ({ company: b.companyId })),
  fields: (t) => ({
    credit: t.field({ type: Credit, resolve: creditOf }),
    remaining: t.float({
      nullable: true,
      description: `Available now. ${INEXACT_NULL}`,
      resolve: (b, a, ctx) => whenKnown(balanceField('remaining')(b, a, ctx), (remaining) => remaining ?? 0),
    }),
    reserved: t.float({
      nullable: true,
      description: 'Held by open leases or reservations.',
      resolve: balanceField('reserved'),
    }),
    settled: t.float({ nullable: true, description: 'Net of real consumption.', resolve: balanceField('settled') }),
    total: t.float({ nullable: true, resolve: balanceField('total') }),
    source: t.field({
      type: ProviderType,
      nullable: true,
      description: 'Which system holds the balance.',
      resolve: (b, a, ctx) => whenKnown(balanceField('source')(b, a, ctx), (source) => ProviderType.wire(source)),
    }),
  }),
});

Company.implement({
  description: 'A customer company in Schematic, with its credit grants, balances and ledger.',
  // Checked on every Company object (a link's Partial included: its id is enough), so a denied
  // company is null with a FORBIDDEN error and none of its fields (grants, ledger, ...) resolve.
  extensions: ownedBy((c: { id: string }) => ({ company: c.id })),
  fields: (t) => ({
    id: t.exposeID('id'),
    // Shareable: the service that owns companies in a supergraph names them too (docs/federation.md, "Composing into a supergraph").
    name: t.string({ resolve: field('name'), shareable: true }),
    logoUrl: t.string({ nullable: true, resolve: field('logo_url') }),
    userCount: t.int({ resolve: field('user_count') }),
    lastSeenAt: t.field({ type: 'DateTime', nullable: true, resolve: field('last_seen_at') }),
    createdAt: t.field({ type: 'DateTime', resolve: field('created_at') }),
    updatedAt: t.field({ type: 'DateTime', resolve: field('updated_at') }),
    keys: t.field({ type: [EntityKey], resolve: field('keys') }),
    traits: t.field({ type: 'JSONObject', nullable: true, resolve: field('traits') }),
    metronomeCustomerId: t.id({
      nullable: true,
      description: `The Metronome customer behind this company (its \`${METRONOME_CUSTOMER_KEY}\` key).`,
      resolve: readsWireKey(
        (c, a, ctx) => whenKnown(field('keys')(c, a, ctx), (keys) => keys.find((k) => k.key === METRONOME_CUSTOMER_KEY)?.value ?? null),
        'keys',
      ),
    }),
    plan: t.field({
      type: Plan,
      nullable: true,
      description: 'The current base plan.',
      resolve: readsWireKey(
        (c, a, ctx) =>
          whenKnown(field('plan')(c, a, ctx), (plan) => partialIf<PlanWire>(plan?.id, { name: plan?.name, description: plan?.description })),
        'plan',
      ),
    }),
    creditBalances: t.field({
      type: [CreditBalance],
      description: 'One balance per credit the company holds (from the company payload: no extra call for `remaining`).',
      resolve: readsWireKey(
        (c, _a, ctx, info): MaybePromise<Balance[]> =>
          whenKnown(full(c, ctx), (company) => {
            const keys = selectedWireKeys(info, 'Credit', ['credit']);
            const carried = carriedBalances(company);
            if (carried) return withCredits(ctx, keys, carried);
            return balancesLoader(ctx)
              .load(company.id)
              .then((rows) => withCredits(ctx, keys, rows.map((row) => ({ ...row, companyId: company.id, creditId: row.credit_id }))));
          }),
        'billing_credit_balances',
      ),
    }),
    creditGrants: t.connection(
      {
        type: GrantConnection.nodeType,
        description: 'The company’s credit grants (one upstream call per company).',
        args: {
          order: t.arg({ type: GrantSortOrder, required: false }),
          dir: t.arg({ type: SortDirection, required: false }),
        },
        resolve: (c, args, ctx, info) => {
          const query = { companyId: c.id, order: knownEnum('order', args.order), dir: knownEnum('dir', args.dir) };
          const grants = ctx.upstreams.schematic.grants;
          return offsetConnection(
            args,
            (page) => grants.listForCompany({ ...query, ...page }, ctx).then(GrantConnection.withLinks(ctx, info)),
            () => grants.countForCompany(query, ctx),
          );
        },
      },
      GrantConnection.ref,
    ),
    ledger: t.connection(
      {
        type: LedgerConnection.nodeType,
        description: 'The company’s credit ledger events (one upstream call per company).',
        args: { filter: t.arg({ type: LedgerFilter, required: false }) },
        resolve: (c, args, ctx) => {
          const f = args.filter;
          if (f?.startTime && f.endTime && Date.parse(f.startTime) > Date.parse(f.endTime)) {
            throw badArgument('filter.endTime', 'must not be before filter.startTime');
          }
          const query = {
            companyId: c.id,
            creditId: f?.creditId,
            featureId: f?.featureId,
            eventType: knownEnum('filter.eventType', f?.eventType),
            startTime: f?.startTime,
            endTime: f?.endTime,
          };
          const ledger = ctx.upstreams.schematic.ledger;
          return offsetConnection(
            args,
            (page) => ledger.list({ ...query, ...page }, ctx),
            () => ledger.count(query, ctx),
          );
        },
      },
      LedgerConnection.ref,
    ),
  }),
});

const CompanyKeyInput = builder.inputType('CompanyKeyInput', {
  fields: (t) => ({ key: t.string({ required: true }), value: t.string({ required: true }) }),
});

/** `companies(ids)` splits above 100 ids into parallel upstream calls; this caps one request's fan-out. */
const MAX_COMPANIES = 250;
/** `companyByKeys` sends its keys as URL-encoded JSON in the query string: this keeps that URL well under the 8 KB servers accept. */
const MAX_LOOKUP_BYTES = 4_096;

builder.queryFields((t) => ({
  company: t.field({
    type: Company,
    nullable: true,
    description: 'A company by id; null when it does not exist.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }) => id,
  }),
  companies: t.field({
    type: [Company],
    nullable: { list: false, items: true },
    description: `Companies by id, in the order asked, null for an unknown id (at most ${MAX_COMPANIES}).`,
    args: { ids: t.arg.idList({ required: true }) },
    resolve: (_root, { ids }) => [...maxItems('ids', ids, MAX_COMPANIES)!],
  }),
  companyByKeys: t.field({
    type: Company,
    nullable: true,
    description: 'The company matching every given key (for example `{ key: "domain", value: "acme.example" }`); null if none.',
    args: { keys: t.arg({ type: [CompanyKeyInput], required: true }) },
    resolve: async (_root, { keys }, ctx) => {
      if (keys.length === 0) throw badArgument('keys', 'needs at least one key');
      const lookup = Object.fromEntries(keys.map((k) => [k.key, k.value]));
      const encoded = encodeURIComponent(JSON.stringify(lookup)).length;
      if (encoded > MAX_LOOKUP_BYTES) throw badArgument('keys', `must fit in ${MAX_LOOKUP_BYTES} bytes once URL-encoded (they travel in the URL); got ${encoded}`);
      if (!hasFullAccess(ctx.principal)) {
        // Only the upstream knows whose keys these are, so a company-scoped caller's lookup never goes
        // upstream: it matches its own company's keys (its own company, read by id). Another company's
        // keys and keys nobody has give the same FORBIDDEN error.
        const own = companyOf(ctx.principal);
        const company = own === undefined ? null : await Company.loadOne(ctx, own);
        const matches = company && keys.every((k) => company.keys.some((ck) => ck.key === k.key && ck.value === k.value));
        if (!matches) throw forbidden();
        return company;
      }
      const company = await ctx.upstreams.schematic.companies.lookup(lookup, ctx);
      if (company) Company.getDataloader(ctx).prime(company.id, company);
      return company;
    },
  }),
}));
