/**
 * Metronome customers, and the link from a Schematic company to its Metronome customer.
 *
 * The link follows `ctx.metronomeLink` (`COMPANY_METRONOME_LINK`): in `key` mode the company
 * key (default `metronome_customer_id`) holds the customer id, so every company of a request
 * resolves through ONE batched `GET /v1/customers?customer_ids=…` call; in `alias` mode the key's
 * value is one of the customer's ingest aliases, and the vendor takes one alias a call: one
 * lookup per distinct alias, all in parallel.
 */
import { ownedBy } from '../../auth/privateObjects.ts';
import { denyBeforeLoad, mayReadCustomer, type TenantLinks } from '../../auth/tenancy.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { customerByAlias, loadContracts, loadCustomers } from '../../loaders/metronome/index.ts';
import type { CustomerDetail } from '../../upstream/metronome/types.ts';
import type { KeptCompany as CompanyWire } from '../../upstream/schematic/types.ts';
import { Company } from '../company/company.ts';
import { Contract } from '../contract/contract.ts';
import {
  contractCreditConnection,
  ContractCreditConnection,
  ContractCreditFilter,
  ContractCredit,
} from '../contractCredit/contractCredit.ts';
import { loadableRef } from '../kit/loadable.ts';
import { partial } from '../kit/partial.ts';
import { maxItems } from '../kit/validate.ts';

/**
 * A Metronome customer by id, batched through `customer_ids` (100 a call); null for an unknown id.
 * Private: a company-scoped caller reads only its company's customer (found through the company
 * link below), and another customer's id is refused before any call.
 */
export const MetronomeCustomer = loadableRef<CustomerDetail>('MetronomeCustomer', denyBeforeLoad(loadCustomers, mayReadCustomer));

MetronomeCustomer.implement({
  description: 'A customer in Metronome, with its contracts and contract credits.',
  extensions: ownedBy((c: { id: string }) => ({ customer: c.id })),
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    ingestAliases: t.exposeStringList('ingest_aliases', { description: 'Ids of this customer in usage events (unique across the account).' }),
    externalId: t.exposeString('external_id', { description: 'Deprecated by Metronome: the first ingest alias, or the id.' }),
    customFields: t.field({ type: 'JSONObject', resolve: (c) => c.custom_fields ?? {} }),
    salesforceAccountId: t.string({ nullable: true, resolve: (c) => c.customer_config?.salesforce_account_id ?? null }),
    createdAt: t.field({ type: 'DateTime', resolve: (c) => c.created_at }),
    updatedAt: t.field({ type: 'DateTime', resolve: (c) => c.updated_at }),
    archivedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.archived_at ?? null }),
    contractCredits: t.connection(
      {
        type: ContractCredit,
        description:
          'The customer’s credits (contract-level ones too, unless filtered), 25 per upstream page. `totalCount` reads every remaining page.',
        args: { filter: t.arg({ type: ContractCreditFilter, required: false }) },
        resolve: async (c, args, ctx, info) => (await contractCreditConnection(ctx, c.id, args, info)) ?? emptyConnection(),
      },
      ContractCreditConnection,
    ),
    contracts: t.field({
      type: [Contract],
      description: 'The customer’s contracts, oldest first (one unpaged call, shared by every contract read of the request).',
      args: { includeArchived: t.arg.boolean({ required: false, defaultValue: false }) },
      resolve: async (c, args, ctx) => {
        const contracts = (await loadContracts(ctx, c.id)) ?? [];
        return args.includeArchived ? contracts : contracts.filter((contract) => !contract.archived_at);
      },
    }),
  }),
});

/** A customer that exists has a (possibly empty) credit list; this stands for it if the vendor loses the customer mid-request. */
const emptyConnection = () => ({
  edges: [],
  pageInfo: { startCursor: null, endCursor: null, hasPreviousPage: false, hasNextPage: false },
  totalCount: () => Promise.resolve(0),
});

// ---------------------------------------------------------------- the company link

/** The value of the company key `ctx.metronomeLink` names, or null when the company has none. */
async function linkValue(company: Parameters<ReturnType<typeof Company.field>>[0], ctx: Context): Promise<string | null> {
  const keys = await Company.field('keys')(company, {}, ctx);
  return keys.find((k) => k.key === ctx.metronomeLink.key)?.value || null;
}

/**
 * The company's Metronome customer: its id in `key` mode (the loadable ref then batches it with
 * every other id of the request), the customer itself in `alias` mode (one lookup per alias).
 */
async function linkedCustomer(company: Parameters<typeof linkValue>[0], ctx: Context): Promise<string | CustomerDetail | null> {
  const value = await linkValue(company, ctx);
  if (value === null) return null;
  if (ctx.metronomeLink.kind === 'key') return value;
  const customer = await customerByAlias(ctx).load(value);
  if (customer) MetronomeCustomer.getDataloader(ctx).prime(customer.id, customer);
  return customer;
}

/** The id of the company's Metronome customer, or null: in key mode the key's value, with no customer read. */
async function linkedCustomerId(company: Parameters<typeof linkValue>[0], ctx: Context): Promise<string | null> {
  const customer = await linkedCustomer(company, ctx);
  return customer === null || typeof customer === 'string' ? customer : customer.id;
}

/**
 * A company-scoped caller's own customer is the one this link finds for its own company: the
 * tenant checks (src/auth/tenancy.ts) get it through the context and follow the same rule as
 * Company.metronomeCustomer.
 */
export const tenantLinks: TenantLinks = {
  linkValue: (ctx: Context, companyId: string) => linkValue(partial<CompanyWire>({ id: companyId }), ctx),
  customerId: (ctx: Context, companyId: string) => linkedCustomerId(partial<CompanyWire>({ id: companyId }), ctx),
};

builder.objectFields(Company, (t) => ({
  metronomeCustomer: t.field({
    type: MetronomeCustomer,
    nullable: true,
    description:
      'The company’s Metronome customer (COMPANY_METRONOME_LINK: by default the `metronome_customer_id` key holds its id, batched ' +
      'with every other company of the request; in alias mode a key holds an ingest alias, one lookup per company). Null when the ' +
      'company has no such key or Metronome does not know the customer.',
    resolve: (company, _args, ctx) => linkedCustomer(company, ctx),
  }),
  contractCredits: t.connection(
    {
      type: ContractCredit,
      nullable: true,
      description:
        'The Metronome credits of the company’s customer (see metronomeCustomer), 25 per upstream page. Null, not empty, when the ' +
        'company has no Metronome customer: “not billed through Metronome” differs from “no credits”.',
      args: { filter: t.arg({ type: ContractCreditFilter, required: false }) },
      resolve: async (company, args, ctx, info) => {
        const customerId = await linkedCustomerId(company, ctx);
        return customerId === null ? null : contractCreditConnection(ctx, customerId, args, info);
      },
    },
    ContractCreditConnection,
  ),
}));

// ---------------------------------------------------------------- root fields

builder.queryFields((t) => ({
  metronomeCustomer: t.field({
    type: MetronomeCustomer,
    nullable: true,
    description: 'A Metronome customer by id (archived ones too); null when it does not exist.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }) => id,
  }),
  metronomeCustomers: t.field({
    type: [MetronomeCustomer],
    nullable: { list: false, items: true },
    description: 'Metronome customers by id, in the order asked, null for an unknown id (at most 100: one upstream call).',
    args: { ids: t.arg.idList({ required: true }) },
    resolve: (_root, { ids }) => [...maxItems('ids', ids)!],
  }),
}));
