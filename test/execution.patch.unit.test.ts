/**
 * graphql-jit as the gateway installs it: patches/graphql-jit+0.8.9.patch (applied by
 * patch-package on `npm install`) handles a resolver's value in place when it is not a promise,
 * and checks each leaf in a function of its own that builds an error's path only when there is
 * one (bench/README.md item 28). Every way a field can fail is answered by the compiled operation
 * exactly as graphql-js answers it: the same data, the same errors at the same paths.
 */
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import {
  GraphQLError,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  parse,
} from 'graphql';
import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { settleListItems, useCompiledExecution } from '../src/execution.ts';

const later = <T>(value: T, ms = 2) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

/** A scalar whose serializer throws for what it refuses, as the gateway's own scalars do. */
const Even = new GraphQLScalarType({
  name: 'Even',
  serialize: (value) => {
    if (typeof value !== 'number' || value % 2 !== 0) throw new GraphQLError(`Even cannot represent ${String(value)}`);
    return value;
  },
});
/** One whose serializer answers undefined for what it refuses. */
const Lenient = new GraphQLScalarType({ name: 'Lenient', serialize: (value) => (value === 'ok' ? value : undefined) });

const Box: GraphQLObjectType = new GraphQLObjectType({
  name: 'Box',
  fields: () => ({
    name: { type: new GraphQLNonNull(GraphQLString) },
    note: { type: GraphQLString },
    count: { type: GraphQLInt },
    even: { type: Even },
    lenient: { type: Lenient },
    // Resolvers: one answering at once, one throwing at once, one later, one rejecting later.
    now: { type: GraphQLString, resolve: (box: { name: string }) => `${box.name} now` },
    throws: { type: GraphQLString, resolve: (box: { name: string }) => { throw new Error(`${box.name} threw`); } },
    soon: { type: GraphQLString, resolve: (box: { name: string }) => later(`${box.name} soon`) },
    rejects: { type: GraphQLString, resolve: (box: { name: string }) => later(null).then(() => Promise.reject(new Error(`${box.name} rejected`))) },
    // A non-null field answering null, at once and later: the box itself becomes null.
    required: { type: new GraphQLNonNull(GraphQLString), resolve: () => null },
    requiredLater: { type: new GraphQLNonNull(GraphQLString), resolve: () => later(null) },
    inner: { type: Box, resolve: (box: { name: string }) => ({ name: `${box.name}.inner`, count: 1 }) },
  }),
});

const boxes = [
  { name: 'plain', note: 'a note', count: 2, even: 4, lenient: 'ok' },
  // A leaf holding an Error is that field's error; a value its scalar refuses is too.
  { name: 'errors', note: new Error('note unavailable'), count: 'many', even: 3, lenient: 'no' },
  { name: 'thrown', note: null, count: null, even: -2 },
];

const schema = settleListItems(
  new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        // Items given as they are, and as promises among them.
        boxes: { type: new GraphQLList(Box), resolve: () => boxes },
        mixed: { type: new GraphQLList(Box), resolve: () => [boxes[0], later(boxes[1]), boxes[2]] },
        box: { type: Box, resolve: () => boxes[0] },
        requiredBox: { type: new GraphQLNonNull(Box), resolve: () => boxes[0] },
      },
    }),
  }),
);

const yoga = createYoga({ schema, logging: false, maskedErrors: false, plugins: [useCompiledExecution()] });

async function run(query: string): Promise<unknown> {
  const response = await yoga.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

/** The first run is graphql-js's, every later one the compiled operation's. */
async function bothWays(query: string): Promise<[unknown, unknown]> {
  return [await run(query), await run(query)];
}

const LEAVES = 'name note count even now throws soon rejects';

describe('graphql-jit as patched answers as graphql-js', () => {
  it.each([
    ['leaves and resolvers of list items, failing in every way', `{ boxes { ${LEAVES} inner { name count now throws } } }`],
    ['list items given as promises among plain ones', `{ mixed { ${LEAVES} } }`],
    ['a non-null field left null at once: its object is null', '{ boxes { name required } box { name } }'],
    ['a non-null field left null later', '{ mixed { name requiredLater } }'],
    ['a null that reaches the root through non-null fields', '{ requiredBox { name required } box { name } }'],
  ])('%s', async (_title, query) => {
    const [interpreted, compiled] = await bothWays(query);
    expect((interpreted as { errors?: unknown[] }).errors?.length ?? 0).toBeGreaterThan(0);
    expect(compiled).toEqual(interpreted);
  });

  it('a serializer answering undefined: the field is null with an error at its path, in graphql-jit\'s words', async () => {
    const [interpreted, compiled] = (await bothWays('{ boxes { name lenient } }')) as { data: unknown; errors: { message: string; path: unknown[] }[] }[];
    expect(compiled!.data).toEqual(interpreted!.data);
    expect(compiled!.errors).toEqual([expect.objectContaining({ message: 'Expected a value of type "Lenient" but received: no', path: ['boxes', 1, 'lenient'] })]);
    expect(interpreted!.errors).toEqual([expect.objectContaining({ path: ['boxes', 1, 'lenient'] })]);
  });

  it('is installed with the patch (npm install runs patch-package: postinstall)', () => {
    const compiled = compileQuery(schema, parse('{ box { now count } }'), undefined, { debug: true } as never);
    if (!isCompiledQuery(compiled)) throw new Error('not compiled');
    const source = (compiled as unknown as { __DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation: string })
      .__DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation;
    expect(source, 'graphql-jit without patches/graphql-jit+0.8.9.patch: run `npm install` (patch-package)').not.toContain('callResolver(');
    expect(source).not.toContain('checkNullableLeaf(');
  });
});
