/**
 * Federation 2: which of our types other subgraphs may reference or extend (entities, with the
 * `@key` a router sends back in `_entities`), and which value types may be defined beside ours
 * (`@shareable`). Kept in one file so the domain folders stay about their domain.
 *
 * Every `resolveReference` goes through the request's loaders: a router's `_entities` call with
 * 50 `Company` representations costs one batched `GET /companies?ids=…`, exactly like 50 nested
 * `company` fields would. An id the upstream does not know resolves to null for that entity only.
 */
import { forbidden } from '../auth/errors.ts';
import { mayReadCustomer } from '../auth/tenancy.ts';
import { builder } from '../builder.ts';
import { BundleRef } from './bundle/bundle.ts';
import { Company } from './company/company.ts';
import { ContractCredit, readCredit } from './contractCredit/contractCredit.ts';
import { Credit } from './credit/credit.ts';
import { GrantRef } from './grant/grant.ts';
import { MetronomeCustomer } from './metronomeCustomer/metronomeCustomer.ts';
import { Plan } from './plan/plan.ts';

/**
 * The Federation spec this subgraph links, and the directives it imports from it: a directive a
 * type or field uses (a Pothos `tag:` or `inaccessible:` option, say) must be listed here too, or
 * the subgraph SDL cannot be printed.
 */
export const FEDERATION = {
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  directives: ['@key', '@shareable'],
} as const;

const byId = builder.selection<{ id: string }>('id');

// Schematic entities: one batched `?ids=` call per type for any number of representations.
builder.asEntity(Company.ref, { key: byId, resolveReference: ({ id }, ctx) => Company.loadOne(ctx, id) });
builder.asEntity(Plan.ref, { key: byId, resolveReference: ({ id }, ctx) => Plan.loadOne(ctx, id) });
builder.asEntity(Credit.ref, { key: byId, resolveReference: ({ id }, ctx) => Credit.loadOne(ctx, id) });
builder.asEntity(BundleRef, { key: byId, resolveReference: ({ id }, ctx) => BundleRef.getDataloader(ctx).load(id) });
builder.asEntity(GrantRef, { key: byId, resolveReference: ({ id }, ctx) => GrantRef.getDataloader(ctx).load(id) });

// Metronome entities. Customers batch through `customer_ids`; a credit has no get-one endpoint,
// so its key carries the customer it belongs to (`customerCredits/list` takes one customer).
builder.asEntity(MetronomeCustomer, {
  key: byId,
  resolveReference: ({ id }, ctx) => MetronomeCustomer.getDataloader(ctx).load(id),
});
builder.asEntity(ContractCredit, {
  key: builder.selection<{ id: string; customerId: string }>('id customerId'),
  // Another customer's credit is refused before any call, as the root `contractCredit` field does
  // (the upstream tenant guard stays the backstop). `info` is the `_entities` field: its
  // selection says whether to ask for balances / ledgers.
  resolveReference: async ({ id, customerId }, ctx, info) => {
    if (!(await mayReadCustomer(ctx, customerId))) throw forbidden();
    return readCredit(ctx, customerId, id, info);
  },
});

/**
 * Value types another subgraph may define too (its own `PageInfo`, money, mutation errors):
 * `@shareable` lets composition merge them instead of refusing the second definition.
 * The type options are set here, not in each domain file, through Pothos' own config hook.
 */
const SHAREABLE = [
  'PageInfo',
  'Price',
  'CurrencyPrice',
  'PricingUnit',
  'FieldViolation',
  'ValidationError',
  'NotFoundError',
  'ConflictError',
  'UpstreamError',
] as const;

for (const name of SHAREABLE) {
  // A name, not a ref: PageInfo is the relay plugin's, the error types' refs are private to mutation.ts.
  builder.configStore.onTypeConfig(name as never, (current, ref) => {
    // updateConfig runs this hook again with the new config: the check ends that loop.
    if ((current.pothosOptions as { shareable?: boolean }).shareable) return;
    ref.updateConfig((config: typeof current) => ({ ...config, pothosOptions: { ...config.pothosOptions, shareable: true } }) as typeof current);
  });
}
