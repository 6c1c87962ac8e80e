/**
 * An upstream answer longer than `maxBodyBytes` (UPSTREAM_MAX_BODY_BYTES) is not buffered: the
 * read stops, the connection is closed, and the call fails with its own code. What proves the
 * memory stays bounded is what the upstream sees: its connection closed after a small part of
 * the body was sent, not the whole of it.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startMetronomeSandbox } from '../../src/sandbox/metronome/server.ts';
import { createGateway } from '../../src/server.ts';
import { HttpCore } from '../../src/upstream/core/request.ts';
import { MetronomeClient } from '../../src/upstream/metronome/client.ts';
import { SchematicClient } from '../../src/upstream/schematic/client.ts';
import { failure, KEY } from '../helpers/upstream.ts';

const MB = 1024 * 1024;
/** What the endless upstream would send in all. */
const HUGE = 200 * MB;
const LIMIT = 1 * MB;

interface Streamed {
  /** Bytes of body handed to the socket before it closed. */
  sent: number;
  closed: Promise<void>;
}

/** An upstream that answers 200 JSON and streams a body (200 MB unless `total`), 64 KB at a time, as fast as it is read. */
async function endlessUpstream(options: { declareLength?: boolean; total?: number } = {}) {
  const total = options.total ?? HUGE;
  const streams: Streamed[] = [];
  const server: Server = createServer((_req, res: ServerResponse) => {
    const stream: Streamed = { sent: 0, closed: new Promise((resolve) => res.on('close', () => resolve())) };
    streams.push(stream);
    res.writeHead(200, {
      'content-type': 'application/json',
      ...(options.declareLength ? { 'content-length': String(total) } : {}),
    });
    const chunk = Buffer.alloc(64 * 1024, 0x20); // JSON whitespace
    res.write('{"data": [');
    const pump = () => {
      while (!res.destroyed && stream.sent < total) {
        stream.sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end(']}');
    };
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    streams,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function core(options: Parameters<typeof endlessUpstream>[0] = {}) {
  const upstream = await endlessUpstream(options);
  const http = new HttpCore({
    upstream: 'schematic',
    baseUrl: upstream.url,
    headers: { 'x-schematic-api-key': KEY },
    timeoutMs: 20_000,
    maxBodyBytes: LIMIT,
  });
  closers.push(upstream.close, () => http.close());
  return { upstream, http };
}

describe('HttpCore maxBodyBytes', () => {
  it('a streamed answer past the limit: the read stops, the connection closes, the call fails too_large', async () => {
    const { upstream, http } = await core();
    const error = await failure(http.request({ method: 'GET', path: '/companies' }));
    expect(error).toMatchObject({ kind: 'too_large', status: 200, attempts: 1 });
    expect(error.detail).toContain(`larger than ${LIMIT} bytes`);
    const [stream] = upstream.streams;
    await stream!.closed; // the upstream saw its connection go, with most of the body unsent
    expect(stream!.sent).toBeLessThan(HUGE / 4);
  });

  it('a declared content-length past the limit fails before any of the body is read', async () => {
    const { upstream, http } = await core({ declareLength: true });
    const error = await failure(http.request({ method: 'GET', path: '/companies' }));
    expect(error).toMatchObject({ kind: 'too_large', status: 200 });
    await upstream.streams[0]!.closed;
    expect(upstream.streams[0]!.sent).toBeLessThan(HUGE / 4);
  });

  it('a write whose 2xx answer is too large was applied, and says so; it is not resent', async () => {
    const { upstream, http } = await core();
    const error = await failure(http.request({ method: 'POST', path: '/billing/credits/grants/company', body: {} }));
    expect(error).toMatchObject({ kind: 'too_large', writeOutcome: 'applied', attempts: 1 });
    expect(upstream.streams).toHaveLength(1);
  });

  it('an answer within the limit is read whole', async () => {
    const { http } = await core({ total: LIMIT / 2 });
    await expect(http.request({ method: 'GET', path: '/companies' })).resolves.toEqual({ data: [] });
  });
});

describe('through the gateway', () => {
  it('a read answers UPSTREAM_RESPONSE_TOO_LARGE for the fields that needed it', async () => {
    const upstream = await endlessUpstream();
    const metronome = await startMetronomeSandbox();
    const schematic = new SchematicClient({ baseUrl: upstream.url, apiKey: KEY, timeoutMs: 20_000, maxBodyBytes: LIMIT });
    const metronomeClient = new MetronomeClient({ baseUrl: metronome.url, token: 'test-token', timeoutMs: 5_000 });
    closers.push(upstream.close, () => metronome.close(), () => schematic.close(), () => metronomeClient.close());
    const yoga = createGateway({ upstreams: { schematic, metronome: metronomeClient }, logger: { debug() {}, info() {}, warn() {}, error() {} } });
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ company(id: "comp_acme") { id } }' }),
    });
    const body = await response.json();
    expect(body.data).toEqual({ company: null });
    expect(body.errors[0].extensions).toMatchObject({ code: 'UPSTREAM_RESPONSE_TOO_LARGE', upstream: 'schematic' });
    await upstream.streams[0]!.closed;
    expect(upstream.streams.every((s) => s.sent < HUGE / 4)).toBe(true);
  });
});
