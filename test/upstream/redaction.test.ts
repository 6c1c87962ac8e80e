/**
 * A vendor (or a proxy in front of it) that echoes the key it was sent, in every place it can:
 * the request id header, the error message and code, the content type, a body that is not JSON.
 * Nothing of it reaches a caller (GraphQL errors, typed mutation errors) or a log line.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMetronomeSandbox, type MetronomeSandbox } from '../../src/sandbox/metronome/server.ts';
import { createGateway } from '../../src/server.ts';
import { HttpCore } from '../../src/upstream/core/request.ts';
import { MetronomeClient } from '../../src/upstream/metronome/client.ts';
import { SchematicClient } from '../../src/upstream/schematic/client.ts';
import { failure, KEY } from '../helpers/upstream.ts';

/** What the echoing vendor answers, chosen by the request path. */
const ANSWERS: Record<string, (key: string) => { status: number; type: string; body: string }> = {
  '/server-error': (key) => ({ status: 500, type: 'application/json', body: JSON.stringify({ message: `key ${key} is broken`, code: key }) }),
  '/not-json': (key) => ({ status: 200, type: 'application/json', body: `{"data": "${key}` }),
  '/html': (key) => ({ status: 200, type: `text/html; key=${key}`, body: '<html></html>' }),
};

let vendor: Server;
let url: string;

beforeAll(async () => {
  vendor = createServer((req, res) => {
    const key = String(req.headers['x-schematic-api-key'] ?? '');
    const answer = ANSWERS[new URL(req.url ?? '/', 'http://x').pathname] ?? ANSWERS['/server-error']!;
    const { status, type, body } = answer(key);
    res.writeHead(status, { 'content-type': type, 'x-request-id': `req_${key}` }).end(body);
  });
  await new Promise<void>((resolve) => vendor.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(vendor.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => vendor.close(() => resolve())));

describe('the HTTP core', () => {
  it.each(Object.keys(ANSWERS))('%s: the request id, message, code and cause carry [redacted], never the key', async (path) => {
    const http = new HttpCore({ upstream: 'schematic', baseUrl: url, headers: { 'x-schematic-api-key': KEY }, timeoutMs: 2_000 });
    try {
      const error = await failure(http.request({ method: 'GET', path })); // checks message, stack and inspect(depth 10)
      expect(error.requestId).toBe('req_[redacted]');
      expect(inspect(error.cause, { depth: 10 })).not.toContain(KEY);
      if (path === '/server-error') expect(error).toMatchObject({ detail: 'key [redacted] is broken', code: '[redacted]' });
    } finally {
      await http.close();
    }
  });
});

describe('through the gateway', () => {
  let metronome: MetronomeSandbox;
  let schematic: SchematicClient;
  let metronomeClient: MetronomeClient;
  let yoga: ReturnType<typeof createGateway>;
  const lines: string[] = [];
  const record = (message: unknown, ...rest: unknown[]) =>
    lines.push([message, ...rest].map((x) => (typeof x === 'string' ? x : inspect(x, { depth: 10 }))).join(' '));

  beforeAll(async () => {
    metronome = await startMetronomeSandbox();
    schematic = new SchematicClient({ baseUrl: url, apiKey: KEY, timeoutMs: 2_000, breaker: false });
    metronomeClient = new MetronomeClient({ baseUrl: metronome.url, token: 'test-token', timeoutMs: 2_000 });
    yoga = createGateway({ upstreams: { schematic, metronome: metronomeClient }, logger: { debug: record, info: record, warn: record, error: record } });
  });
  afterAll(async () => {
    await Promise.all([schematic.close(), metronomeClient.close()]);
    await metronome.close();
  });

  async function post(query: string) {
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const text = await response.text();
    return { text, body: JSON.parse(text) };
  }

  it('a read: extensions.requestId and the message are redacted, and so is every log line', async () => {
    lines.length = 0;
    const { text, body } = await post('{ company(id: "comp_acme") { id } }');
    expect(body.errors[0].extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', requestId: 'req_[redacted]' });
    expect(body.errors[0].message).toContain('key [redacted] is broken');
    expect(lines.length).toBeGreaterThan(0);
    for (const output of [text, ...lines]) expect(output).not.toContain(KEY);
  });

  it('a write: the typed UpstreamError’s requestId and message are redacted', async () => {
    lines.length = 0;
    const { text, body } = await post(`mutation {
      grantCreditsToCompany(input: { companyId: "comp_acme", creditId: "bcrd_ai_tokens", quantity: 1, reason: ADJUSTMENT }) {
        __typename ... on UpstreamError { message requestId outcome }
      }
    }`);
    expect(body.data.grantCreditsToCompany).toMatchObject({ __typename: 'UpstreamError', requestId: 'req_[redacted]', outcome: 'UNKNOWN' });
    expect(body.data.grantCreditsToCompany.message).toContain('key [redacted] is broken');
    for (const output of [text, ...lines]) expect(output).not.toContain(KEY);
  });
});
