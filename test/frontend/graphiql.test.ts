/**
 * GraphiQL is the first thing a new user sees: the page is served with every asset from the
 * gateway itself (no CDN), it opens on the curated examples, and each example runs on the
 * sandboxes with its sample variables. The browser test (graphiql.browser.test.ts) drives it.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GRAPHIQL_ASSETS_PATH } from '../../src/graphiql/assets.ts';
import { GRAPHIQL_EXAMPLES, graphiqlExamples, readExample, sampleVariables } from '../../src/graphiql/examples.ts';
import { createGateway } from '../../src/server.ts';
import { quiet, useTestGateway } from '../helpers/gateway.ts';

const gw = useTestGateway();

const get = (path: string, headers: Record<string, string> = {}) => gw.yoga.fetch(`http://gateway.test${path}`, { headers });

/** The options object the page hands to renderYogaGraphiQL (the fields these tests read). */
interface PageOptions {
  title: string;
  query: string;
  defaultTabs: { query: string; variables: string | null; headers: string }[];
  defaultHeaders: string;
}

function pageOptions(html: string): PageOptions {
  const match = /renderYogaGraphiQL\(document\.getElementById\('root'\), (.*)\);<\/script>/.exec(html);
  expect(match, 'the page calls renderYogaGraphiQL').not.toBeNull();
  return JSON.parse(match![1]!);
}

describe('the GraphiQL page', () => {
  it('is served to a browser at /graphql, titled after the gateway', async () => {
    const response = await get('/graphql', { accept: 'text/html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<title>credits-gateway</title>');
    expect(pageOptions(html).title).toBe('credits-gateway');
  });

  it('loads nothing from another origin: every src and href is the gateway\'s own (or data:)', async () => {
    const html = await (await get('/graphql', { accept: 'text/html' })).text();
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThanOrEqual(3);
    for (const url of urls) expect(url, url).toMatch(/^(\/graphiql\/assets\/|data:)/);
    expect(html).not.toMatch(/unpkg|jsdelivr|cdn\.|raw\.githubusercontent/i);
    // The Monaco workers too.
    const workers = JSON.parse(/const workers = (\{[^;]*\});/.exec(html)![1]!) as Record<string, string>;
    expect(Object.keys(workers).sort()).toEqual(['editorWorkerService', 'graphql', 'json']);
    for (const url of Object.values(workers)) expect(url.startsWith(GRAPHIQL_ASSETS_PATH)).toBe(true);
  });

  it('opens on the curated examples, one tab each, with their sample variables', async () => {
    const options = pageOptions(await (await get('/graphql', { accept: 'text/html' })).text());
    const tabs = options.defaultTabs as { query: string; variables: string | null; headers: string }[];
    expect(tabs.map((tab) => /(?:query|mutation) (\w+)/.exec(tab.query)?.[1])).toEqual([...GRAPHIQL_EXAMPLES]);
    // The headers pane starts with what a caller needs (nothing, with no caller auth configured).
    for (const tab of tabs) expect(JSON.parse(tab.headers)).toEqual({});
    expect(JSON.parse(tabs[3]!.variables!)).toEqual({
      input: { companyId: 'comp_hooli', creditId: 'bcrd_ai_tokens', quantity: 10, reason: 'ADJUSTMENT' },
    });
    // The first tab is also the initial query, so GraphiQL does not put its welcome text there.
    expect(options.query).toBe(tabs[0]!.query);
  });

  it('can start its tabs with the headers a caller needs (e.g. a development token)', async () => {
    const yoga = createGateway({
      upstreams: { schematic: gw.schematicClient, metronome: gw.metronomeClient },
      logger: quiet,
      graphiql: { headers: { Authorization: 'Bearer dev-token' } },
    });
    const html = await (await yoga.fetch('http://gateway.test/graphql', { headers: { accept: 'text/html' } })).text();
    const options = pageOptions(html);
    expect(JSON.parse(options.defaultTabs[0]!.headers)).toEqual({ Authorization: 'Bearer dev-token' });
    expect(JSON.parse(options.defaultHeaders)).toEqual({ Authorization: 'Bearer dev-token' });
  });
});

describe('GraphiQL assets', () => {
  it.each([
    ['yoga-graphiql.umd.js', /^text\/javascript/, 'renderYogaGraphiQL'],
    ['graphiql.css', /^text\/css/, '.graphiql-container'],
    ['editor.worker.js', /^text\/javascript/, ''],
    ['json.worker.js', /^text\/javascript/, ''],
    ['graphql.worker.js', /^text\/javascript/, ''],
  ])('%s is served with its content type and a year of caching', async (name, type, contains) => {
    const response = await get(`${GRAPHIQL_ASSETS_PATH}${name}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(type);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBeNull();
    const body = await response.text();
    expect(body.length).toBeGreaterThan(1_000);
    expect(body).toContain(contains);
  });

  it('is gzipped for a browser that accepts it', async () => {
    const plain = Buffer.from(await (await get(`${GRAPHIQL_ASSETS_PATH}graphiql.css`)).arrayBuffer());
    const response = await get(`${GRAPHIQL_ASSETS_PATH}graphiql.css`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    const gzipped = Buffer.from(await response.arrayBuffer());
    expect(gzipped.length).toBeLessThan(plain.length);
    expect(gunzipSync(gzipped).equals(plain)).toBe(true);
  });

  it('answers 404 for anything else under /graphiql/assets/ (no file outside the list is reachable)', async () => {
    for (const path of [
      `${GRAPHIQL_ASSETS_PATH}package.json`,
      `${GRAPHIQL_ASSETS_PATH}..%2Fpackage.json`,
      `${GRAPHIQL_ASSETS_PATH}../../../package.json`,
      '/graphiql/assets/0.0.1/graphiql.css',
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });
});

describe('GraphiQL examples', () => {
  it.each(graphiqlExamples.map((example) => [example.name, example]))('%s runs on the sandboxes with its sample variables', async (_name, example) => {
    const result = await gw.run<Record<string, unknown>, Record<string, unknown>>(example.query, example.variables ? JSON.parse(example.variables) : undefined);
    expect(result.errors).toBeUndefined();
    const root = Object.values(result.data ?? {})[0];
    expect(root).toBeTruthy();
    // A mutation answers its payload, not a typed error.
    if (typeof root === 'object' && root !== null && '__typename' in root) expect(root.__typename).toMatch(/Payload$/);
  });

  it('reads sample variables from the leading comment, on one line or several', () => {
    expect(sampleVariables('# Sample variables: { "id": "a" }\nquery Q($id: ID!) { credit(id: $id) { id } }')).toEqual({ id: 'a' });
    expect(sampleVariables('# About it.\n# Sample variables (sandbox: "x {y}"):\n# {\n#   "a": { "b": "}" }\n# }\nquery Q { x }')).toEqual({
      a: { b: '}' },
    });
    expect(sampleVariables('# Nothing here.\nquery Q { x }')).toBeUndefined();
    expect(() => sampleVariables('# Sample variables: { "id": }\nquery Q { x }', 'Q.graphql')).toThrow(/Q\.graphql: its sample variables are not valid JSON/);
    expect(() => sampleVariables('# Sample variables: { "id": "a"\nquery Q { x }', 'Q.graphql')).toThrow(/not closed/);
  });

  it('an example that needs variables but has none is refused, naming the file', () => {
    expect(() => readExample('CompanyByKeys')).toThrow(/CompanyByKeys\.graphql needs variables but has no "Sample variables" comment/);
  });
});
