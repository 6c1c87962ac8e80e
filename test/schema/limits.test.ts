/** Query limits: refused before any upstream call, with an error naming the limit. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse, type FormattedExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, operationCost } from '../../src/limits.ts';
import { schema } from '../../src/schema/index.ts';
import { createGateway } from '../../src/server.ts';
import { quiet, useTestGateway, postTo } from '../helpers/gateway.ts';

const OPERATIONS = new URL('../../schema/operations/', import.meta.url);

const gw = useTestGateway();

const post = (yoga: Parameters<typeof postTo>[1], body: unknown) => postTo(gw, yoga, body);

/** A gateway over the same sandboxes with some limits changed. */
const withLimits = (limits: Parameters<typeof createGateway>[0]['limits']) =>
  createGateway({ upstreams: { schematic: gw.schematicClient, metronome: gw.metronomeClient }, logger: quiet, limits });

const nested = (depth: number) => {
  // credit -> grants -> edges -> node -> credit -> grants ... : four levels of depth per hop
  let query = 'id';
  for (let i = 0; i < depth; i++) query = `grants(first: 1) { edges { node { credit { ${query} } } } }`;
  return `{ credit(id: "bcrd_ai_tokens") { ${query} } }`;
};

function expectRefused(result: { json: FormattedExecutionResult }, limit: RegExp) {
  expect(result.json.data ?? null).toBeNull();
  expect(result.json.errors?.[0]?.message).toMatch(limit);
  expect(gw.calls()).toEqual([]);
  expect(gw.metronomeCalls()).toEqual([]);
}

describe('query limits (defaults)', () => {
  it('a query 42 levels deep is refused naming the depth limit', async () => {
    const result = await post(gw.yoga, { query: nested(10) });
    expectRefused(result, /depth limit of 15/i);
  });

  it('too many aliases are refused', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: credit(id: "bcrd_ai_tokens") { id }`).join(' ');
    expectRefused(await post(gw.yoga, { query: `{ ${aliases} }` }), /aliases limit of 30/i);
  });

  it('too many directives are refused', async () => {
    const directives = Array.from({ length: 21 }, () => '@include(if: true)').join(' ');
    expectRefused(await post(gw.yoga, { query: `{ credits(first: 1) ${directives} { totalCount } }` }), /directives limit of 20/i);
  });

  it('too many tokens are refused', async () => {
    const fields = Array.from({ length: 5_001 }, () => 'id').join(' ');
    expectRefused(await post(gw.yoga, { query: `{ credit(id: "x") { ${fields} } }` }), /token limit of 5000/i);
  });

  it('a costly query (100 x 100 nested lists) is refused naming the cost limit and the estimate', async () => {
    const query = '{ credits(first: 100) { edges { node { grants(first: 100) { edges { node { id quantity } } } } } } }';
    const result = await post(gw.yoga, { query });
    expectRefused(result, /cost limit of 10000 exceeded.*about \d+/);
    expect(result.json.errors[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxCost' });
  });

  it('the cost counts `first` given in variables', async () => {
    const query = 'query($n: Int) { credits(first: $n) { edges { node { grants(first: $n) { edges { node { id quantity } } } } } } }';
    expectRefused(await post(gw.yoga, { query, variables: { n: 100 } }), /cost limit/);
    const small = await post(gw.yoga, { query, variables: { n: 3 } });
    expect(small.json.errors).toBeUndefined();
  });

  it('the example operations fit within the limits', async () => {
    const result = await post(gw.yoga, {
      query: '{ creditGrants(first: 50) { edges { node { id credit { id name } company { id name } plan { id name } } } } }',
    });
    expect(result.json.errors).toBeUndefined();
  });

  it('a batch of more than 10 operations is refused', async () => {
    const batch = Array.from({ length: 11 }, () => ({ query: '{ __typename }' }));
    const result = await post(gw.yoga, batch);
    expect(result.status).toBe(400);
    expect(result.json.errors[0]).toMatchObject({ message: 'Batch limit of 10 operations exceeded (got 11).', extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxBatch' } });
  });

  it('a body larger than the limit is refused with 413 before it is parsed', async () => {
    const yoga = withLimits({ maxBodyBytes: 1_000 });
    const result = await post(yoga, { query: `{ __typename }`, variables: { pad: 'x'.repeat(2_000) } });
    expect(result.status).toBe(413);
    expect(result.json.errors[0]).toMatchObject({ extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxBodyBytes' } });
  });

  it('introspection works by default and can be switched off', async () => {
    expect((await post(gw.yoga, { query: '{ __schema { queryType { name } } }' })).json.data).toBeDefined();
    const closed = await post(withLimits({ introspection: false }), { query: '{ __schema { queryType { name } } }' });
    expect(closed.json.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('limits are configurable', async () => {
    const strict = withLimits({ maxDepth: 3 });
    expectRefused(await post(strict, { query: nested(1) }), /depth limit of 3/i);
  });
});

describe('operationCost', () => {
  const cost = (query: string, variables?: Record<string, unknown>) => operationCost(schema, parse(query), undefined, variables);

  it('counts each field and each object once, times the list sizes above it', () => {
    // credit 1 + its object 1 + id 1 + name 1
    expect(cost('{ credit(id: "x") { id name } }')).toBe(4);
    // credits(first: 10): 1 + the connection 1 + its 10 items + edges 1 + 10 x (node 1 + id 1) = 33
    expect(cost('{ credits(first: 10) { edges { node { id } } } }')).toBe(33);
    // without first, the default page size (20)
    expect(cost('{ credits { edges { node { id } } } }')).toBe(63);
  });

  it('multiplies a list field by its ids argument', () => {
    expect(cost('{ companies(ids: ["a", "b", "c"]) { id name } }')).toBe(1 + 3 * (1 + 2));
  });

  it('uses a variable\'s declared default when the request leaves it out', () => {
    const query = 'query($n: Int = 3) { credits(first: $n) { edges { node { id } } } }';
    expect(cost(query)).toBe(1 + 1 + 3 + 1 + 3 * 2);
    expect(cost(query, { n: 10 })).toBe(33);
  });

  it('every example operation (and GraphiQL\'s default) fits within the default cost limit', () => {
    for (const file of readdirSync(OPERATIONS)) {
      const document = parse(readFileSync(new URL(file, OPERATIONS), 'utf8'));
      expect(operationCost(schema, document, undefined, {}), file).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    }
  });

  it('follows fragments and inline fragments', () => {
    expect(cost('{ credit(id: "x") { ...F } } fragment F on Credit { id name }')).toBe(4);
    expect(cost('{ credit(id: "x") { ... on Credit { id } } }')).toBe(3);
  });
});
