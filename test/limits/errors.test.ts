/**
 * Every query limit answers the same way, as docs/errors-resilience-limits.md's "Query limits" section says: HTTP 400
 * (413 for the body size), one error with `extensions.code: QUERY_LIMIT_EXCEEDED` and
 * `extensions.limit` naming the limit, no data, and no upstream call; whatever the client accepts.
 */
import type { FormattedExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { QueryLimits } from '../../src/limits.ts';
import { createGateway } from '../../src/server.ts';
import { quiet, useTestGateway } from '../helpers/gateway.ts';

const gw = useTestGateway();

/** A gateway over the same sandboxes with small limits, so each is easy to pass. */
const small = () =>
  createGateway({
    upstreams: { schematic: gw.schematicClient, metronome: gw.metronomeClient },
    logger: quiet,
    limits: { maxDepth: 3, maxAliases: 2, maxDirectives: 2, maxTokens: 40, maxCost: 50, maxListItems: 5, maxBatch: 2, maxBodyBytes: 2_000 },
  });

const ACCEPTS = ['application/json', 'application/graphql-response+json', undefined];

async function post(yoga: ReturnType<typeof createGateway>, body: unknown, accept: string | undefined) {
  gw.schematicSandbox.resetCalls();
  gw.metronomeSandbox.resetCalls();
  const response = await yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as FormattedExecutionResult | FormattedExecutionResult[] };
}

const CASES: [keyof QueryLimits, unknown, RegExp][] = [
  ['maxDepth', { query: '{ credit(id: "bcrd_ai_tokens") { grants(first: 1) { edges { node { id } } } } }' }, /^Query depth limit of 3 exceeded, found 5\.$/],
  ['maxAliases', { query: '{ a: credit(id: "bcrd_ai_tokens") { id } b: credit(id: "x") { id } c: credit(id: "y") { id } }' }, /^Aliases limit of 2 exceeded, found 3\.$/],
  // `__typename` aliases count: each is a field of the answer
  ['maxAliases', { query: '{ a: __typename b: __typename c: __typename }' }, /^Aliases limit of 2 exceeded, found 3\.$/],
  ['maxDirectives', { query: '{ credit(id: "bcrd_ai_tokens") @include(if: true) { id @include(if: true) name @skip(if: false) } }' }, /^Directives limit of 2 exceeded, found 3\.$/],
  ['maxTokens', { query: `{ credit(id: "bcrd_ai_tokens") { ${'id '.repeat(40)} } }` }, /^Token limit of 40 exceeded\.$/],
  ['maxCost', { query: '{ credits(first: 50) { __typename } }' }, /^Query cost limit of 50 exceeded: this operation would cost about 53/],
  ['maxListItems', { query: 'query($ids: [ID!]!) { companies(ids: $ids) { id } }', variables: { ids: ['a', 'b', 'c', 'd', 'e', 'f'] } }, /^List limit of 5 items exceeded/],
  ['maxListItems', { query: '{ companies(ids: ["a", "b", "c", "d", "e", "f"]) { id } }' }, /^List limit of 5 items exceeded/],
  ['maxBatch', [{ query: '{ credit(id: "bcrd_ai_tokens") { id } }' }, { query: '{ __typename }' }, { query: '{ __typename }' }], /^Batch limit of 2 operations exceeded \(got 3\)\.$/],
];

describe.each(ACCEPTS)('a client accepting %s', (accept) => {
  it.each(CASES)('%s: HTTP 400, QUERY_LIMIT_EXCEEDED naming the limit, no data, no upstream call', async (limit, body, message) => {
    const result = await post(small(), body, accept);
    expect(result.status).toBe(400);
    expect(result.json).toEqual({ errors: [{ message: expect.stringMatching(message), extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit } }] });
    expect(gw.callCounts()).toEqual({ schematic: 0, metronome: 0 });
  });

  it('maxBodyBytes: HTTP 413, refused before the body is read', async () => {
    const result = await post(small(), { query: '{ __typename }', variables: { pad: 'x'.repeat(3_000) } }, accept);
    expect(result.status).toBe(413);
    expect(result.json).toEqual({
      errors: [{ message: expect.stringMatching(/^Request body limit of 2000 bytes exceeded/), extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxBodyBytes' } }],
    });
    expect(gw.callCounts()).toEqual({ schematic: 0, metronome: 0 });
  });
});

it('with batching off (QUERY_MAX_BATCH=0), a batch of one is refused naming maxBatch', async () => {
  const off = createGateway({ upstreams: { schematic: gw.schematicClient, metronome: gw.metronomeClient }, logger: quiet, limits: { maxBatch: 0 } });
  const result = await post(off, [{ query: '{ __typename }' }], undefined);
  expect(result.status).toBe(400);
  // refused as a whole: one answer, not a list
  expect((result.json as FormattedExecutionResult).errors).toEqual([{ message: expect.stringMatching(/^Batching is off/), extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxBatch' } }]);
});

it('in a batch, an operation over a limit gets the error in its place and the others still run', async () => {
  const result = await post(small(), [{ query: '{ credits(first: 50) { __typename } }' }, { query: '{ credit(id: "bcrd_ai_tokens") { id } }' }], undefined);
  expect(result.status).toBe(200);
  expect(result.json).toEqual([
    { errors: [{ message: expect.stringMatching(/^Query cost limit of 50 exceeded/), extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxCost' } }] },
    { data: { credit: { id: 'bcrd_ai_tokens' } } },
  ]);
});

it('just within every limit, the same operations are answered', async () => {
  const yoga = small();
  const fits = [
    '{ credit(id: "bcrd_ai_tokens") { grants(first: 1) { totalCount } } }',
    '{ a: __typename b: __typename }',
    '{ credit(id: "bcrd_ai_tokens") @include(if: true) { id @include(if: true) name } }',
  ];
  for (const query of fits) {
    const result = await post(yoga, { query }, undefined);
    expect(result.status, query).toBe(200);
    expect((result.json as FormattedExecutionResult).errors, query).toBeUndefined();
  }
  const batch = await post(yoga, [{ query: '{ __typename }' }, { query: '{ __typename }' }], undefined);
  expect(batch.json).toEqual([{ data: { __typename: 'Query' } }, { data: { __typename: 'Query' } }]);
});
