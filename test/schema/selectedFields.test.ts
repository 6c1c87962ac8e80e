/**
 * kit/lookahead.ts's selectedFields: the names selected below a field, through fragments, honouring
 * @skip/@include (what decides Metronome's include_balance / include_ledgers on a credit read).
 */
import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedFields } from '../../src/schema/kit/lookahead.ts';

const schema = buildSchema(`
  type Credit { id: ID balance: Int ledger: [Int] name: String }
  type Edge { node: Credit }
  type Connection { edges: [Edge] }
  type Query { credits: Connection credit: Credit }
`);

/** What selectedFields saw below `field` for this query. */
async function seen(field: 'credits' | 'credit', query: string, path: string[] = [], variables?: Record<string, unknown>) {
  let names: string[] = [];
  const capture = (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
    names = [...selectedFields(info, path)].sort();
    return null;
  };
  const result = await graphql({ schema, source: query, rootValue: { [field]: capture }, variableValues: variables });
  expect(result.errors).toBeUndefined();
  return names;
}

describe('selectedFields', () => {
  it('names the fields directly below the field', async () => {
    expect(await seen('credit', '{ credit { id balance } }')).toEqual(['balance', 'id']);
  });

  it('follows a path down a connection', async () => {
    expect(await seen('credits', '{ credits { edges { node { id ledger } } } }', ['edges', 'node'])).toEqual(['id', 'ledger']);
  });

  it('looks through fragment spreads and inline fragments', async () => {
    const query = `{ credits { edges { node { ...F ... on Credit { name } } } } }
      fragment F on Credit { balance }`;
    expect(await seen('credits', query, ['edges', 'node'])).toEqual(['balance', 'name']);
  });

  it('leaves out a field under @skip(if: true) or @include(if: false)', async () => {
    const query = `query($skip: Boolean!) { credit { id balance @skip(if: $skip) ledger @include(if: false) } }`;
    expect(await seen('credit', query, [], { skip: true })).toEqual(['id']);
    expect(await seen('credit', query, [], { skip: false })).toEqual(['balance', 'id']);
  });
});
