/**
 * Compiled execution (src/execution.ts) on a schema of its own, through yoga as the gateway runs
 * it: operations run compiled, each under its own name; what graphql-jit would answer differently
 * from graphql-js (list items that fail, variables refused, incremental delivery) answers the same.
 */
import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import { GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, type FieldNode } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { settleListItems, useCompiledExecution } from '../src/execution.ts';

const later = <T>(value: T, ms = 5) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
const failNow = (message: string) => Promise.reject(new Error(message));

/** The `fieldNodes` arrays resolvers saw: graphql-js builds them afresh per execution, compiled code keeps its own. */
const seen: (readonly FieldNode[])[] = [];

const Item = new GraphQLObjectType({ name: 'Item', fields: { name: { type: GraphQLString } } });
const schema = settleListItems(
  new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        hello: {
          type: GraphQLString,
          args: { times: { type: new GraphQLNonNull(GraphQLInt) } },
          resolve: (_root, { times }: { times: number }, _ctx, info) => {
            seen.push(info.fieldNodes);
            return 'hello'.repeat(times);
          },
        },
        bye: { type: GraphQLString, resolve: () => 'bye' },
        // The last item fails at once, before the others resolve.
        items: { type: new GraphQLList(Item), resolve: () => [later({ name: 'a' }), later({ name: 'b' }, 1), failNow('c failed')] },
        slow: { type: GraphQLString, resolve: () => later('slow') },
      },
    }),
  }),
);

const yoga = createYoga({ schema, logging: false, maskedErrors: false, plugins: [useDeferStream(), useCompiledExecution()] });

async function post(body: object, accept = 'application/json') {
  const response = await yoga.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

describe('compiled execution', () => {
  it('runs an operation compiled from its second run on, and each operation of a document under its own name', async () => {
    const document = 'query Hello($n: Int!) { hello(times: $n) } query Bye { bye }';
    seen.length = 0;
    for (const n of [1, 2, 3]) {
      expect(JSON.parse((await post({ query: document, operationName: 'Hello', variables: { n } })).text)).toEqual({ data: { hello: 'hello'.repeat(n) } });
      for (let i = 0; i < 2; i++) expect(JSON.parse((await post({ query: document, operationName: 'Bye' })).text)).toEqual({ data: { bye: 'bye' } });
    }
    // The first run interpreted (field nodes of its own), the next two the same compiled code.
    expect(seen).toHaveLength(3);
    expect(seen[1]).not.toBe(seen[0]);
    expect(seen[2]).toBe(seen[1]);
  });

  it('compileAfterRuns: Infinity (COMPILE_AFTER_RUNS=off) never compiles', async () => {
    const interpreted = createYoga({ schema, logging: false, plugins: [useCompiledExecution({ compileAfterRuns: Infinity })] });
    seen.length = 0;
    for (const n of [1, 2, 3]) {
      const response = await interpreted.fetch('http://gateway/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query Hello($n: Int!) { hello(times: $n) }', variables: { n } }),
      });
      expect(await response.json()).toEqual({ data: { hello: 'hello'.repeat(n) } });
    }
    expect(new Set(seen).size).toBe(3);
  });

  it('a list item that fails is null at its own index, with its error there', async () => {
    await post({ query: '{ items { name } }' }); // the first run: graphql-js
    const result = JSON.parse((await post({ query: '{ items { name } }' })).text);
    expect(result.data).toEqual({ items: [{ name: 'a' }, { name: 'b' }, null] });
    expect(result.errors).toEqual([expect.objectContaining({ message: 'c failed', path: ['items', 2] })]);
  });

  it('its errors keep their locations in the document, as graphql-js gives them (yoga writes errors again from their source)', async () => {
    const query = 'query Located {\r\n  bye\r\r    items {\n    name\n  }\n}'; // \r\n, \r and \n each end a line
    const [interpreted, compiled] = [JSON.parse((await post({ query })).text), JSON.parse((await post({ query })).text)];
    expect(interpreted.errors).toEqual([expect.objectContaining({ locations: [{ line: 4, column: 5 }], path: ['items', 2] })]);
    expect(compiled).toEqual(interpreted);
  });

  it('variables it refuses are refused as graphql-js words them, with status 400', async () => {
    await post({ query: 'query Hello($n: Int!) { hello(times: $n) }', variables: { n: 1 } }); // the first run: graphql-js
    const { status, text } = await post({ query: 'query Hello($n: Int!) { hello(times: $n) }', variables: { n: 'x' } });
    expect(status).toBe(400);
    expect(JSON.parse(text).errors).toEqual([expect.objectContaining({ message: 'Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x"' })]);
  });

  it('an operation with @defer still delivers incrementally', async () => {
    const { text } = await post({ query: '{ bye ... @defer { slow } }' }, 'multipart/mixed');
    expect(text).toContain('"bye":"bye"');
    expect(text).toContain('"slow":"slow"');
    expect(text).toContain('"hasNext":false');
  });
});
