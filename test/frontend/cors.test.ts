/**
 * CORS (`CORS_ORIGINS`) and CSRF prevention, as a browser meets them: preflights for an allowed
 * and a refused origin, credentials only with a listed origin, `*` without them, and the header a
 * simple (non-preflighted) request needs.
 */
import type { FormattedExecutionResult } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCorsOrigins, type CorsOrigins } from '../../src/frontend/cors.ts';
import { createGateway } from '../../src/server.ts';
import { quiet, useTestGateway } from '../helpers/gateway.ts';

const gw = useTestGateway();

const gateway = (corsOrigins?: CorsOrigins) =>
  createGateway({ upstreams: { schematic: gw.schematicClient, metronome: gw.metronomeClient }, logger: quiet, ...(corsOrigins ? { corsOrigins } : {}) });

const APP = 'https://app.example.com';
const OTHER = 'https://evil.example';

/** The preflight a browser sends before a cross-origin JSON POST with an Authorization header. */
const preflight = (yoga: ReturnType<typeof gateway>, origin: string) =>
  yoga.fetch('http://gateway.test/graphql', {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
  });

const post = (yoga: ReturnType<typeof gateway>, headers: Record<string, string>, body = JSON.stringify({ query: '{ credits(first: 1) { totalCount } }' })) =>
  yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

const corsHeaders = (response: Response) =>
  Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-')));

describe('CORS with listed origins', () => {
  let yoga: ReturnType<typeof gateway>;
  beforeAll(() => {
    yoga = gateway([APP, 'http://localhost:5173']);
  });

  it('a preflight from a listed origin is allowed, with credentials, its headers and a cache time', async () => {
    const response = await preflight(yoga, APP);
    expect(response.status).toBe(204);
    expect(corsHeaders(response)).toEqual({
      'access-control-allow-origin': APP,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': 'content-type, authorization',
      'access-control-max-age': '600',
    });
    expect(response.headers.get('vary')).toMatch(/Origin/);
    // The other listed origin gets its own origin back, never the first one.
    expect((await preflight(yoga, 'http://localhost:5173')).headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('a preflight from any other origin gets no Access-Control-Allow-* header, so the browser stops there', async () => {
    const response = await preflight(yoga, OTHER);
    expect(corsHeaders(response)).toEqual({});
    expect(response.headers.get('vary')).toMatch(/Origin/);
    // Nor does a near miss: scheme and port are part of the origin.
    expect(corsHeaders(await preflight(yoga, 'http://app.example.com'))).toEqual({});
    expect(corsHeaders(await preflight(yoga, 'https://app.example.com:8443'))).toEqual({});
  });

  it('the actual request from a listed origin is answered with its origin and credentials', async () => {
    const response = await post(yoga, { origin: APP });
    expect(response.status).toBe(200);
    expect(corsHeaders(response)).toEqual({
      'access-control-allow-origin': APP,
      'access-control-allow-credentials': 'true',
      'access-control-expose-headers': 'Retry-After', // a rate-limited app reads when to try again
    });
    expect(await response.json()).toEqual({ data: { credits: { totalCount: 3 } } });
  });

  it('a same-origin or server-side request (no Origin header) needs no CORS headers', async () => {
    const response = await post(yoga, {});
    expect(response.status).toBe(200);
    expect(corsHeaders(response)).toEqual({});
  });
});

describe('CORS defaults', () => {
  it('createGateway without corsOrigins allows no origin at all', async () => {
    const yoga = gateway();
    expect(corsHeaders(await preflight(yoga, APP))).toEqual({});
    expect(corsHeaders(await post(yoga, { origin: APP }))).toEqual({});
  });

  it('`*` (the sandboxes\' default) allows any origin, and never with credentials', async () => {
    const yoga = gateway('*');
    const response = await preflight(yoga, OTHER);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type, authorization');
    const answer = await post(yoga, { origin: OTHER });
    expect(corsHeaders(answer)).toEqual({ 'access-control-allow-origin': '*', 'access-control-expose-headers': 'Retry-After' });
  });
});

describe('CORS_ORIGINS parsing', () => {
  it('normalises origins as browsers send them and drops duplicates', () => {
    expect(parseCorsOrigins('https://App.Example.com/, http://localhost:5173 ,https://app.example.com:443')).toEqual([
      'https://app.example.com',
      'http://localhost:5173',
    ]);
    expect(parseCorsOrigins('*')).toBe('*');
  });

  it.each([
    ['https://app.example.com/path', /has a path, query or fragment/],
    ['https://app.example.com?x=1', /has a path, query or fragment/],
    ['app.example.com', /is not a URL/],
    ['ftp://app.example.com', /is not http\(s\)/],
    ['https://user:pw@app.example.com', /carries credentials/],
    ['*, https://app.example.com', /cannot be combined/],
  ])('refuses %s, naming it', (raw, message) => {
    expect(() => parseCorsOrigins(raw)).toThrow(message);
  });
});

describe('CSRF prevention', () => {
  let yoga: ReturnType<typeof gateway>;
  beforeAll(() => {
    yoga = gateway([APP]);
  });
  const query = encodeURIComponent('{ credits(first: 1) { totalCount } }');

  it('a GET without a CSRF header is refused (a browser sends it cross-site without a preflight)', async () => {
    gw.schematicSandbox.resetCalls();
    const response = await yoga.fetch(`http://gateway.test/graphql?query=${query}`);
    expect(response.status).toBe(403);
    const body = (await response.json()) as FormattedExecutionResult;
    expect(body.errors?.[0]?.extensions?.code).toBe('CSRF_HEADER_REQUIRED');
    expect(body.errors?.[0]?.message).toMatch(/x-graphql-yoga-csrf/);
    expect(gw.calls()).toEqual([]);
  });

  it('a text/plain or form POST without the header is refused too', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded']) {
      const response = await yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: contentType === 'text/plain' ? JSON.stringify({ query: '{ __typename }' }) : `query=${query}`,
      });
      expect(response.status, contentType).toBe(403);
    }
  });

  it('a GET with a CSRF header runs, and so does a JSON POST (preflighted) without one', async () => {
    for (const header of ['x-graphql-yoga-csrf', 'apollo-require-preflight']) {
      const response = await yoga.fetch(`http://gateway.test/graphql?query=${query}`, { headers: { [header]: '1' } });
      expect(await response.json(), header).toEqual({ data: { credits: { totalCount: 3 } } });
    }
    expect(await (await post(yoga, {})).json()).toEqual({ data: { credits: { totalCount: 3 } } });
  });

  it('GraphiQL\'s page and the health check are plain GETs and still work', async () => {
    expect((await yoga.fetch('http://gateway.test/graphql', { headers: { accept: 'text/html' } })).status).toBe(200);
    expect((await yoga.fetch('http://gateway.test/healthz')).status).toBe(200);
  });
});
