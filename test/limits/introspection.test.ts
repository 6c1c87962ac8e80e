/**
 * INTROSPECTION=off hides the schema: `__schema`/`__type` are refused, federation's
 * `_service { sdl }` too (unless SERVICE_SDL=on keeps it for a router), and no error suggests a
 * field, argument, type or enum value ("Did you mean …?").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryLimits } from '../../src/limits.ts';
import { createGateway } from '../../src/server.ts';
import { postTo, quiet, useTestGateway } from '../helpers/gateway.ts';

const gw = useTestGateway();

const gateway = (limits: Partial<QueryLimits>) =>
  createGateway({ upstreams: { schematic: gw.schematicClient, metronome: gw.metronomeClient }, logger: quiet, limits });

/** Requests whose errors graphql-js words with a suggestion, each naming something of the schema. */
const MISTAKES: [string, { query: string; variables?: Record<string, unknown> }, string][] = [
  ['a misspelt field', { query: '{ compan(id: "comp_acme") { id } }' }, 'company'],
  ['a misspelt argument', { query: '{ credits(frist: 1) { totalCount } }' }, '"first"'],
  ['a misspelt type', { query: 'query($f: CreditFiltr) { credits(filter: $f) { totalCount } }' }, 'CreditFilter'],
  ['a misspelt enum value', { query: '{ creditGrants(filter: { order: CREATED_A }) { totalCount } }' }, 'CREATED_AT'],
  ['a misspelt input field', { query: '{ credits(filter: { idz: ["x"] }) { totalCount } }' }, '"ids"'],
  [
    'a misspelt enum value in variables',
    { query: 'query($f: CreditGrantFilter) { creditGrants(filter: $f) { totalCount } }', variables: { f: { order: 'CREATED_A' } } },
    'CREATED_AT',
  ],
  [
    'a misspelt input field in variables',
    { query: 'query($f: CreditFilter) { credits(filter: $f) { totalCount } }', variables: { f: { idz: ['x'] } } },
    '"ids"',
  ],
];

describe('INTROSPECTION=off', () => {
  let closed: ReturnType<typeof gateway>;
  beforeAll(() => {
    closed = gateway({ introspection: false });
  });

  it.each([
    ['_service { sdl }', '{ _service { sdl } }'],
    ['an aliased _service', '{ s: _service { sdl } }'],
    ['_service in a fragment', '{ ...F } fragment F on Query { _service { sdl } }'],
  ])('refuses %s, with no SDL in the answer', async (_name, query) => {
    const result = await postTo(gw, closed, { query });
    expect(result.json.data ?? null).toBeNull();
    expect(result.json.errors).toEqual([
      expect.objectContaining({
        message: 'GraphQL introspection has been disabled, but the requested query contained the field "_service".',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
    expect(JSON.stringify(result.json)).not.toContain('grantCreditsToCompany');
  });

  it('refuses __schema and __type', async () => {
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Company") { fields { name } } }']) {
      const result = await postTo(gw, closed, { query });
      expect(result.json.data ?? null, query).toBeNull();
      expect(result.json.errors[0].message, query).toMatch(/introspection has been disabled/);
    }
  });

  it.each(MISTAKES)('answers %s without suggesting what the schema holds', async (_name, body, hidden) => {
    const result = await postTo(gw, closed, body);
    expect(result.json.errors?.length).toBeGreaterThan(0);
    for (const error of result.json.errors) {
      expect(error.message).not.toMatch(/Did you mean/);
      expect(error.message).not.toContain(hidden);
    }
    expect(gw.callCounts()).toEqual({ schematic: 0, metronome: 0 });
  });

  it('still answers the federation `_entities` a router sends', async () => {
    const result = await postTo(gw, closed, { query: '{ _entities(representations: [{ __typename: "Credit", id: "bcrd_ai_tokens" }]) { ... on Credit { id } } }' });
    expect(result.json).toEqual({ data: { _entities: [{ id: 'bcrd_ai_tokens' }] } });
  });
});

describe('SERVICE_SDL=on with INTROSPECTION=off', () => {
  it('keeps _service { sdl } for a router that fetches the SDL, and still refuses __schema', async () => {
    const router = gateway({ introspection: false, serviceSdl: true });
    const sdl = await postTo(gw, router, { query: '{ _service { sdl } }' });
    expect(sdl.json.errors).toBeUndefined();
    expect(sdl.json.data._service.sdl).toContain('type Company');
    const schema = await postTo(gw, router, { query: '{ __schema { queryType { name } } }' });
    expect(schema.json.errors[0].message).toMatch(/introspection has been disabled/);
  });
});

describe('SERVICE_SDL=off with INTROSPECTION=on', () => {
  it('refuses _service alone', async () => {
    const result = await postTo(gw, gateway({ serviceSdl: false }), { query: '{ _service { sdl } }' });
    expect(result.json.errors[0].message).toMatch(/contained the field "_service"/);
  });
});

describe('INTROSPECTION=on (the default)', () => {
  it('answers _service and keeps the suggestions that help someone exploring the API', async () => {
    expect((await postTo(gw, gw.yoga, { query: '{ _service { sdl } }' })).json.data._service.sdl).toContain('type Company');
    const [, body, hint] = MISTAKES[0]!;
    const result = await postTo(gw, gw.yoga, body);
    expect(result.json.errors[0].message).toMatch(/Did you mean/);
    expect(result.json.errors[0].message).toContain(hint);
  });
});
