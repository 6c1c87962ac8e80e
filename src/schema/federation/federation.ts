/**
 * Federation 2: which of our types other subgraphs may reference or extend (entities, with the
 * `@key` a router sends back in `_entities`), and which value types may be defined beside ours
 * (`@shareable`). Kept in one file so the domain folders stay about their domain.
 *
 * Every `resolveReference` goes through the request's loaders: a router's `_entities` call with
 * 50 `Company` representations costs one batched `GET /companies?ids=…`, exactly like 50 nested
 * `company` fields would. An id the upstream does not know resolves to null for that entity only.
 */
import { isObjectType, type GraphQLSchema } from 'graphql';
import { forbidden } from '../../auth/errors.ts';
import { mayReadCustomer } from '../../auth/tenancy.ts';
import { builder } from '../../builder.ts';
import { CreditBundle } from '../bundle/bundle.ts';
import { Company } from '../company/company.ts';
import { ContractCredit, readCredit } from '../contractCredit/contractCredit.ts';
import { Credit } from '../credit/credit.ts';
import { badArgument } from '../kit/validate.ts';
import { CreditGrant } from '../grant/grant.ts';
import { idProblem } from '../kit/ids.ts';
import { MetronomeCustomer } from '../metronomeCustomer/metronomeCustomer.ts';
import { Plan } from '../plan/plan.ts';

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
builder.asEntity(Company, { key: byId, resolveReference: ({ id }, ctx) => Company.loadOne(ctx, id) });
builder.asEntity(Plan, { key: byId, resolveReference: ({ id }, ctx) => Plan.loadOne(ctx, id) });
builder.asEntity(Credit, { key: byId, resolveReference: ({ id }, ctx) => Credit.loadOne(ctx, id) });
builder.asEntity(CreditBundle, { key: byId, resolveReference: ({ id }, ctx) => CreditBundle.getDataloader(ctx).load(id) });
builder.asEntity(CreditGrant, { key: byId, resolveReference: ({ id }, ctx) => CreditGrant.getDataloader(ctx).load(id) });

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
  // A name, not a ref: PageInfo is the relay plugin's, the error types' refs are private to src/schema/errors/.
  builder.configStore.onTypeConfig(name as never, (current, ref) => {
    // updateConfig runs this hook again with the new config: the check ends that loop.
    if ((current.pothosOptions as { shareable?: boolean }).shareable) return;
    ref.updateConfig((config: typeof current) => ({ ...config, pothosOptions: { ...config.pothosOptions, shareable: true } }) as typeof current);
  });
}

/** Each entity type's `@key` fields (all flat: `id`, or `id customerId`), from the built schema. */
function entityKeys(schema: GraphQLSchema): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    const directives = (type.extensions as { directives?: { name: string; args?: { fields?: string } }[] }).directives ?? [];
    const key = directives.find((directive) => directive.name === 'key')?.args?.fields;
    if (key) keys.set(type.name, key.trim().split(/\s+/));
  }
  return keys;
}

/** Refuses, naming it, a representation that is not `{ __typename: <entity>, <key fields as ids> }`. */
function checkRepresentation(representation: unknown, index: number, keys: Map<string, string[]>): void {
  const at = `representations.${index}`;
  if (!representation || typeof representation !== 'object' || Array.isArray(representation)) {
    throw badArgument(at, 'must be an object with a __typename and its key fields');
  }
  const { __typename: typename } = representation as { __typename?: unknown };
  const fields = typeof typename === 'string' ? keys.get(typename) : undefined;
  if (!fields) throw badArgument(`${at}.__typename`, `must name an entity of this subgraph: ${[...keys.keys()].join(', ')}`);
  for (const field of fields) {
    const value = (representation as Record<string, unknown>)[field];
    if (typeof value !== 'string' || value === '') {
      throw badArgument(`${at}.${field}`, `is required: a ${typename} representation carries its key "${fields.join(' ')}" as ids`);
    }
    const problem = idProblem(value);
    if (problem) throw badArgument(`${at}.${field}`, problem);
  }
}

/**
 * `_entities` made safe for any caller. @apollo/subgraph resolves the representations in one
 * `map`: one that throws at once (an unknown `__typename`, a key left out) ends the map while the
 * loads of the representations before it are under way, and their rejections (FORBIDDEN for
 * another company's) have no handler, which ends the process. So every representation is checked
 * first, and a malformed one refuses the whole field (BAD_USER_INPUT naming it) before anything
 * is loaded; then each is resolved on its own, a throw becoming that entity's error, so a
 * forbidden or unknown id fails its own entity only. Returns `schema`.
 */
export function guardEntities(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  const resolveAll = field?.resolve;
  if (!field || !resolveAll) return schema;
  const keys = entityKeys(schema);
  field.resolve = (source, args: { representations: unknown[] }, ctx, info) => {
    args.representations.forEach((representation, index) => checkRepresentation(representation, index, keys));
    return args.representations.map((representation) => {
      try {
        return (resolveAll(source, { representations: [representation] }, ctx, info) as unknown[])[0];
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error)); // graphql-js fails this item alone
      }
    });
  };
  return schema;
}
