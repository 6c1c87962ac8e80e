/**
 * Persisted operations: the manifest codegen writes (schema/generated/persisted-documents.json)
 * loaded as `PERSISTED_OPERATIONS`; in allow-list mode only its operations run, by id; otherwise
 * they run by id beside text operations, and automatic persisted queries (APQ) work.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print, type FormattedExecutionResult } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { readManifest } from '../../src/frontend/manifest.ts';
import type { PersistedOperations } from '../../src/frontend/persisted.ts';
import { createGateway } from '../../src/server.ts';
import { CreditCatalogueDocument, GrantsWithLinksDocument } from '../../schema/generated/graphql.ts';
import { quiet, useTestGateway, postTo } from '../helpers/gateway.ts';

const MANIFEST_PATH = join(import.meta.dirname, '../../schema/generated/persisted-documents.json');
const manifest = readManifest(MANIFEST_PATH);

const gw = useTestGateway();

const gateway = (persistedOperations: PersistedOperations | undefined) =>
  createGateway({ upstreams: { schematic: gw.schematicClient, metronome: gw.metronomeClient }, logger: quiet, persistedOperations });

/** The id codegen gave a generated document (`sha256:<hex>`). */
const idOf = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const post = (yoga: Parameters<typeof postTo>[1], body: unknown) => postTo(gw, yoga, body);

function expectRefused(result: { status: number; json: FormattedExecutionResult }, code: string, status: number) {
  expect(result.json.data ?? null).toBeNull();
  expect(result.json.errors).toHaveLength(1);
  expect(result.json.errors?.[0]?.extensions?.code).toBe(code);
  expect(result.status).toBe(status);
  expect([...gw.calls(), ...gw.metronomeCalls()]).toEqual([]);
}

describe('the committed manifest', () => {
  it('holds every generated operation under the id its document carries', () => {
    expect(manifest[idOf(GrantsWithLinksDocument)]).toMatch(/^query GrantsWithLinks\(/);
    expect(manifest[idOf(CreditCatalogueDocument)]).toMatch(/^query CreditCatalogue\(/);
    // The id is the sha256 of the stored text: what an APQ client would compute from it.
    for (const [id, document] of Object.entries(manifest)) expect(id).toBe(`sha256:${sha256(document)}`);
  });
});

describe('allow-list mode (PERSISTED_OPERATIONS_ONLY=1)', () => {
  let yoga: ReturnType<typeof gateway>;
  beforeAll(() => {
    yoga = gateway({ manifest, only: true });
  });

  it('an operation in the manifest runs by its id, sent as documentId', async () => {
    const result = await post(yoga, { documentId: idOf(GrantsWithLinksDocument), variables: { first: 2 } });
    expect(result.json.errors).toBeUndefined();
    expect(result.json.data.creditGrants.edges).toHaveLength(2);
    expect(result.json.data.creditGrants.edges[0].node.company.name).toBeTruthy();
  });

  it('... or as the APQ extension (what codegen\'s client preset examples send), or as the bare sha256', async () => {
    const hash = idOf(CreditCatalogueDocument);
    for (const sha256Hash of [hash, hash.slice('sha256:'.length)]) {
      const result = await post(yoga, { extensions: { persistedQuery: { version: 1, sha256Hash } } });
      expect(result.json.errors, sha256Hash).toBeUndefined();
      expect(result.json.data.credits.totalCount).toBe(3);
    }
  });

  it('... or by GET, with the CSRF header', async () => {
    const variables = encodeURIComponent(JSON.stringify({ first: 1 }));
    const response = await yoga.fetch(`http://gateway.test/graphql?documentId=${idOf(GrantsWithLinksDocument)}&variables=${variables}`, {
      headers: { 'x-graphql-yoga-csrf': '1' },
    });
    const json = (await response.json()) as FormattedExecutionResult<{ creditGrants: { edges: unknown[] } }>;
    expect(json.errors).toBeUndefined();
    expect(json.data?.creditGrants.edges).toHaveLength(1);
  });

  it('an operation outside the manifest is refused, with a clear error, and nothing is called', async () => {
    const result = await post(yoga, { query: '{ credits(first: 1) { totalCount } }' });
    expectRefused(result, 'PERSISTED_QUERY_ONLY', 400);
    expect(result.json.errors[0].message).toMatch(/Only persisted operations run on this gateway: send the operation's id/);
  });

  it('even the text of a listed operation is refused: only ids run', async () => {
    expectRefused(await post(yoga, { query: print(GrantsWithLinksDocument) }), 'PERSISTED_QUERY_ONLY', 400);
  });

  it('an id that is not in the manifest is refused as not found', async () => {
    const result = await post(yoga, { documentId: `sha256:${sha256('query Other { credits(first: 1) { totalCount } }')}` });
    expectRefused(result, 'PERSISTED_QUERY_NOT_FOUND', 404);
    expect(result.json.errors[0].message).toMatch(/not one of the gateway's persisted operations/);
  });

  it('APQ registration (hash + text) is no back door: the text is refused and the hash stays unknown', async () => {
    const query = '{ credits(first: 1) { totalCount } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    expectRefused(await post(yoga, { query, extensions }), 'PERSISTED_QUERY_ONLY', 400);
    expectRefused(await post(yoga, { extensions }), 'PERSISTED_QUERY_NOT_FOUND', 404);
  });

  it('a request naming no operation at all is told what to send', async () => {
    const result = await post(yoga, { variables: {} });
    expectRefused(result, 'PERSISTED_QUERY_ID_REQUIRED', 400);
  });

  it('a listed operation still goes through validation and the query limits', async () => {
    const result = await post(yoga, { documentId: idOf(GrantsWithLinksDocument), variables: { first: 1000 } });
    expect(result.json.errors[0].message).toMatch(/first/);
    expect(gw.calls()).toEqual([]);
  });

  it('createGateway refuses allow-list mode without a manifest', () => {
    expect(() => gateway({ only: true })).toThrow(/needs a manifest/);
  });
});

describe('with a manifest, not allow-list', () => {
  let yoga: ReturnType<typeof gateway>;
  beforeAll(() => {
    yoga = gateway({ manifest });
  });

  it('manifest operations run by id, and text operations run too', async () => {
    const byId = await post(yoga, { documentId: idOf(GrantsWithLinksDocument), variables: { first: 1 } });
    expect(byId.json.data.creditGrants.edges).toHaveLength(1);
    const byText = await post(yoga, { query: '{ credits(first: 1) { totalCount } }' });
    expect(byText.json).toEqual({ data: { credits: { totalCount: 3 } } });
  });

  it('an unknown documentId is refused as not found', async () => {
    expectRefused(await post(yoga, { documentId: 'sha256:0000' }), 'PERSISTED_QUERY_NOT_FOUND', 404);
  });
});

describe('automatic persisted queries (no allow-list)', () => {
  let yoga: ReturnType<typeof gateway>;
  beforeAll(() => {
    yoga = gateway(undefined);
  });

  it('hash alone: not found; hash with text: runs and is kept; then the hash alone runs', async () => {
    const query = '{ credits(first: 2) { edges { node { id } } } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const first = await post(yoga, { extensions });
    expect(first.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(yoga, { query, extensions });
    expect(registered.json.data.credits.edges).toHaveLength(2);
    const again = await post(yoga, { extensions });
    expect(again.json).toEqual(registered.json);
  });

  it('a hash that is not the text\'s sha256 is refused, and nothing is kept under it', async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256('something else') } };
    const mismatch = await post(yoga, { query: '{ credits(first: 1) { totalCount } }', extensions });
    expect(mismatch.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_MISMATCH');
    expect((await post(yoga, { extensions })).json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('a plain query still runs', async () => {
    expect((await post(yoga, { query: '{ credits(first: 1) { totalCount } }' })).json).toEqual({ data: { credits: { totalCount: 3 } } });
  });
});

describe('reading a manifest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it.each([
    ['missing.json', null, /cannot read ".*missing\.json" \(ENOENT\)/],
    ['bad.json', '{ "a": ', /is not valid JSON/],
    ['array.json', '["query { x }"]', /must map operation ids to documents/],
    ['empty.json', '{}', /holds no operations/],
    ['number.json', '{ "abc": 1 }', /"abc" maps to number/],
    ['syntax.json', '{ "abc": "query {" }', /operation "abc" is not a GraphQL document/],
    ['fragments.json', '{ "abc": "fragment F on Credit { id }" }', /"abc" holds fragments only/],
  ])('%s is refused, saying why', (name, text, message) => {
    const path = text === null ? join(dir, name) : write(name, text);
    expect(() => readManifest(path)).toThrow(message);
  });
});
