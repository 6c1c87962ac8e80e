/**
 * Federation 2: which of our types other subgraphs may reference or extend (entities, with the
 * `@key` a router sends back in `_entities`), and which value types may be defined beside ours
 * (`@shareable`). Kept in one file so the domain folders stay about their domain.
 *
 * Every `resolveReference` goes through the request's loaders: a router's `_entities` call with
 * 50 `Company` representations costs one batched `GET /companies?ids=…`, exactly like 50 nested
 * `company` fields would. An id the upstream does not know resolves to null for that entity only.
 */
import type DataLoader from 'dataloader';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { forbidden } from '../../auth/errors.ts';
import { mayReadCustomer } from '../../auth/tenancy.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
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

/**
 * The entities keyed by `id` alone and loaded by it through the request's loader: the Schematic
 * types (one batched `?ids=` call per type for any number of representations) and Metronome
 * customers (`customer_ids`). Tenancy is the loaders' own (auth/tenancy.ts), as on every other path.
 */
const LOADED_BY_ID = new Map<string, (ctx: Context) => DataLoader<string, unknown>>();
for (const ref of [Company, Plan, Credit, CreditBundle, CreditGrant, MetronomeCustomer]) {
  const loader = (ctx: Context) => ref.getDataloader(ctx) as DataLoader<string, unknown>;
  LOADED_BY_ID.set(ref.name, loader);
  builder.asEntity(ref as typeof Company, { key: byId, resolveReference: ({ id }, ctx) => loader(ctx).load(id) as never });
}

// A Metronome credit has no get-one endpoint, so its key carries the customer it belongs to
// (`customerCredits/list` takes one customer).
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
 *
 * When every representation is an entity loaded by id (`LOADED_BY_ID`, what a router asks of this
 * subgraph), they load as one list instead (`loadById`): the same loaders, batches and calls, the
 * same entity for each, null or its own error, one promise for the list where @apollo/subgraph
 * kept an async function, its promises and graphql-jit's callbacks for each entity while its
 * batch was out (a request of 50 companies held 72 KB more than the floor's while it waited, 43
 * since, which every scavenge at 100 connections copies; bench/README.md item 34).
 */
export function guardEntities(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  const resolveAll = field?.resolve;
  if (!field || !resolveAll) return schema;
  const keys = entityKeys(schema);
  field.resolve = (source, args: { representations: unknown[] }, ctx, info) => {
    args.representations.forEach((representation, index) => checkRepresentation(representation, index, keys));
    const representations = args.representations as { __typename: string; id: string }[];
    if (representations.every((representation) => LOADED_BY_ID.has(representation.__typename))) {
      return loadById(representations, ctx as Context);
    }
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

/**
 * Entities loaded by id, each type's through one `loadMany` of the request's loader (so a load of
 * the same ids elsewhere in the request, a tenancy check's, joins the same batch): their values in
 * the representations' order, a failed one its own Error (graphql-js and graphql-jit fail that
 * item alone), one the upstream does not know null. Each value carries its `__typename`, which the
 * `_Entity` union is resolved by, as @apollo/subgraph marks it.
 */
async function loadById(representations: { __typename: string; id: string }[], ctx: Context): Promise<unknown[]> {
  const byType = new Map<string, { ids: string[]; at: number[] }>();
  representations.forEach(({ __typename: typename, id }, index) => {
    let wanted = byType.get(typename);
    if (!wanted) byType.set(typename, (wanted = { ids: [], at: [] }));
    wanted.ids.push(id);
    wanted.at.push(index);
  });
  const entities = new Array<unknown>(representations.length);
  await Promise.all(
    [...byType].map(async ([typename, { ids, at }]) => {
      const loaded = await LOADED_BY_ID.get(typename)!(ctx).loadMany(ids);
      loaded.forEach((value, i) => (entities[at[i]!] = value instanceof Error ? value : withTypename(value, typename)));
    }),
  );
  return entities;
}

/** @apollo/subgraph's marking of a resolved entity: a copy when it already names another type. */
function withTypename(value: unknown, typename: string): unknown {
  if (value === null || typeof value !== 'object') return value;
  if ('__typename' in value && (value as { __typename: unknown }).__typename !== typename) return { ...value, __typename: typename };
  if (!('__typename' in value)) Object.defineProperty(value, '__typename', { value: typename });
  return value;
}
