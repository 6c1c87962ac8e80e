/**
 * The per-object check of private types (src/auth/privateObjects.ts), on a schema of its own where
 * nothing else guards: resolvers hand out other owners' objects directly (the gateway's loaders
 * and tenant guard refuse those earlier; this check is the last line). Run under both executors
 * the gateway uses, graphql-js and graphql-jit, which must answer the same.
 */
import {
  execute,
  GraphQLID,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  GraphQLUnionType,
  parse,
  type ExecutionResult,
} from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { describe, expect, it } from 'vitest';
import { guardPrivateObjects, ownedBy } from '../../src/auth/privateObjects.ts';
import type { Principal } from '../../src/auth/principal.ts';
import type { AuthContext } from '../../src/auth/tenancy.ts';

interface Grant {
  id: string;
  company_id: string;
}
interface Credit {
  id: string;
  customer_id: string;
}

const Grant = new GraphQLObjectType<Grant>({
  name: 'Grant',
  extensions: ownedBy((g: Grant) => ({ company: g.company_id })),
  fields: {
    id: { type: new GraphQLNonNull(GraphQLID) },
    note: { type: GraphQLString, resolve: (g) => `of ${g.company_id}` },
  },
});
const Credit = new GraphQLObjectType<Credit>({
  name: 'Credit',
  extensions: ownedBy((c: Credit) => ({ customer: c.customer_id })),
  fields: { id: { type: new GraphQLNonNull(GraphQLID) } },
});
const Feature = new GraphQLObjectType({
  name: 'Feature',
  fields: { id: { type: GraphQLID } },
});
const Entity = new GraphQLUnionType({
  name: 'Entity',
  types: [Grant, Credit, Feature],
});

const mine: Grant = { id: 'g1', company_id: 'comp_a' };
const theirs: Grant = { id: 'g2', company_id: 'comp_b' };
const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 1));

const Holder = new GraphQLObjectType({
  name: 'Holder',
  fields: {
    grant: { type: Grant, resolve: () => theirs },
    name: { type: GraphQLString, resolve: () => 'holder' },
  },
});

const schema = guardPrivateObjects(
  new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        mine: { type: Grant, resolve: () => mine },
        theirs: { type: Grant, resolve: () => theirs },
        theirsLater: { type: Grant, resolve: () => later(theirs) },
        grants: {
          type: new GraphQLList(Grant),
          resolve: () => [mine, later(theirs), later(mine), theirs, null],
        },
        grantsLater: {
          type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Grant))),
          resolve: () => later([mine, theirs]),
        },
        nested: {
          type: new GraphQLList(new GraphQLList(Grant)),
          resolve: () => [[mine], [theirs, mine]],
        },
        holder: { type: Holder, resolve: () => ({}) },
        credits: {
          type: new GraphQLList(Credit),
          resolve: () => [
            { id: 'c1', customer_id: 'cust_a' },
            { id: 'c2', customer_id: 'cust_b' },
          ],
        },
        entities: {
          type: new GraphQLList(Entity),
          resolve: () => [
            { __typename: 'Grant', ...theirs },
            later({ __typename: 'Credit', id: 'c1', customer_id: 'cust_a' }),
            { __typename: 'Feature', id: 'f1' },
            new Error('unknown entity'),
          ],
        },
      },
    }),
  }),
);

const QUERY = parse(`{
  mine { id note }
  theirs { id note }
  theirsLater { id }
  grants { id }
  nested { id }
  holder { name grant { id } }
  credits { id }
  entities { __typename ... on Grant { id } ... on Credit { id } ... on Feature { id } }
}`);
const NON_NULL_ITEMS = parse('{ grantsLater { id } }');

const companyCaller: AuthContext = {
  principal: {
    kind: 'company',
    subject: 'user',
    companyId: 'comp_a',
  } as Principal,
  // The caller's company leads to Metronome customer cust_a, after a lookup (as the schema's link does).
  tenantLinks: {
    linkValue: () => later('cust_a'),
    customerId: () => later('cust_a'),
  },
};
const admin: AuthContext = {
  ...companyCaller,
  principal: { kind: 'admin', subject: 'ops' } as Principal,
};

const executors: [string, (document: ReturnType<typeof parse>, ctx: AuthContext) => Promise<ExecutionResult>][] = [
  ['graphql-js', async (document, ctx) => execute({ schema, document, contextValue: ctx })],
  [
    'graphql-jit',
    async (document, ctx) => {
      const compiled = compileQuery(schema, document);
      if (!isCompiledQuery(compiled)) throw new Error(JSON.stringify(compiled));
      return compiled.query(undefined, ctx, {});
    },
  ],
];

/** Errors as `path: code` (the unknown entity has no code), sorted: the executors order them differently. */
const errorsOf = (result: ExecutionResult) =>
  (result.errors ?? []).map((e) => `${e.path?.join('.')}: ${String(e.extensions?.code ?? e.message)}`).sort();

describe.each(executors)('private objects under %s', (_name, run) => {
  it('a company caller gets its own objects, and FORBIDDEN in place of each other one, wherever it was found', async () => {
    const result = await run(QUERY, companyCaller);
    expect(result.data).toEqual({
      mine: { id: 'g1', note: 'of comp_a' },
      theirs: null,
      theirsLater: null,
      grants: [{ id: 'g1' }, null, { id: 'g1' }, null, null],
      nested: [[{ id: 'g1' }], [null, { id: 'g1' }]],
      holder: { name: 'holder', grant: null },
      credits: [{ id: 'c1' }, null],
      entities: [null, { __typename: 'Credit', id: 'c1' }, { __typename: 'Feature', id: 'f1' }, null],
    });
    expect(errorsOf(result)).toEqual([
      'credits.1: FORBIDDEN',
      'entities.0: FORBIDDEN',
      'entities.3: unknown entity',
      'grants.1: FORBIDDEN',
      'grants.3: FORBIDDEN',
      'holder.grant: FORBIDDEN',
      'nested.1.0: FORBIDDEN',
      'theirs: FORBIDDEN',
      'theirsLater: FORBIDDEN',
    ]);
  });

  it('a denied item of a non-null list nulls the list, as any error there does', async () => {
    const result = await run(NON_NULL_ITEMS, companyCaller);
    expect(result.data).toBeNull();
    expect(errorsOf(result)).toEqual(['grantsLater.1: FORBIDDEN']);
  });

  it('a caller who may read everything gets every object, unchecked', async () => {
    const result = await run(QUERY, admin);
    expect(result.errors?.map((e) => e.message)).toEqual(['unknown entity']);
    expect(result.data?.['theirs']).toEqual({ id: 'g2', note: 'of comp_b' });
    expect(result.data?.['grants']).toEqual([{ id: 'g1' }, { id: 'g2' }, { id: 'g1' }, { id: 'g2' }, null]);
    expect(result.data?.['credits']).toEqual([{ id: 'c1' }, { id: 'c2' }]);
  });
});
