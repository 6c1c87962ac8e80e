/**
 * A client that goes away mid-request cancels the gateway's upstream calls; that cancellation is
 * the client's doing, not the upstream's, so it must not count towards the circuit breaker.
 * Over real node:http (yoga's request signal there is @whatwg-node/server's own, which is where
 * it went wrong: its `aborted` kept reading false), against an upstream that never answers.
 * Then the HTTP core alone: a call cancelled after its headers came, or while it waits for one of
 * the pool's connections.
 */
import diagnostics from 'node:diagnostics_channel';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Pool } from 'undici';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { startMetronomeSandbox, type MetronomeSandbox } from '../../src/sandbox/metronome/server.ts';
import { createGateway } from '../../src/server.ts';
import { MetronomeClient } from '../../src/upstream/metronome/client.ts';
import { SchematicClient } from '../../src/upstream/schematic/client.ts';
import { HttpCore, type HttpCoreOptions } from '../../src/upstream/core/request.ts';
import { failure } from '../helpers/upstream.ts';
import { okAnswer, rawServer, type RawServer } from './raw-server.ts';
import { memoryLogger } from '../helpers/log.ts';

let upstream: RawServer | undefined;
let metronomeSandbox: MetronomeSandbox | undefined;
let server: Server | undefined;
const clients: { close(): Promise<void> }[] = [];

afterEach(async () => {
  server?.closeAllConnections();
  server?.close();
  for (const client of clients.splice(0)) await client.close();
  await upstream?.close();
  await metronomeSandbox?.close();
  server = upstream = metronomeSandbox = undefined;
});

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 2_000 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!done()) throw new Error('condition never held');
}

it('clients that go away mid-request leave the circuit breaker closed', async () => {
  const THRESHOLD = 3;
  // Hits 1..THRESHOLD+1 are held until their client goes away; the next one is answered.
  upstream = await rawServer((n, socket) => {
    if (n > THRESHOLD + 1) okAnswer(socket, { data: [{ id: 'bcrd_x', name: 'X' }], params: {} });
  });
  metronomeSandbox = await startMetronomeSandbox();
  const schematic = new SchematicClient({ baseUrl: upstream.url, apiKey: 'k', timeoutMs: 5_000, breaker: { threshold: THRESHOLD } });
  const metronome = new MetronomeClient({ baseUrl: metronomeSandbox.url, token: 't', timeoutMs: 5_000 });
  clients.push(schematic, metronome);
  // A cancelled call is logged once, at debug (yoga's own debug lines left out), not as an error.
  const log = memoryLogger();
  const logged = () => log.lines().filter((line) => line.level === 'debug' && line.msg.includes('(aborted)'));
  const errors = () => log.lines().filter((line) => line.level === 'error');
  server = createServer(createGateway({ upstreams: { schematic, metronome }, logger: log.logger }));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const ask = (signal?: AbortSignal) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ credit(id: "bcrd_x") { id name } }' }),
      ...(signal ? { signal } : {}),
    });

  for (let i = 1; i <= THRESHOLD + 1; i++) {
    const client = new AbortController();
    const answer = ask(client.signal).catch((error: Error) => error.name);
    await until(() => upstream!.hits() === i); // the upstream call is in flight
    client.abort();
    expect(await answer).toBe('AbortError');
    await until(() => logged().length === i); // the gateway has settled the cancelled call
  }

  expect(errors()).toEqual([]);
  expect(schematic.health()).toMatchObject({ state: 'closed', consecutiveFailures: 0 });
  const response = await ask();
  expect(await response.json()).toEqual({ data: { credit: { id: 'bcrd_x', name: 'X' } } });
});

describe('a call cancelled by its caller, over a real socket', () => {
  const core = (baseUrl: string, options: Partial<HttpCoreOptions> = {}) => {
    const http = new HttpCore({ upstream: 'schematic', baseUrl, headers: { 'x-schematic-api-key': 'k' }, timeoutMs: 5_000, ...options });
    clients.push(http, ...(options.dispatcher ? [options.dispatcher] : []));
    return http;
  };

  it('once the headers came: aborted with their status, and the connection closed mid-body', async () => {
    let closed = false;
    upstream = await rawServer((_n, socket) => {
      socket.once('close', () => (closed = true));
      // Headers and the start of a body that never ends.
      socket.write('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\nx-request-id: req-mid\r\n\r\n{"data":[');
    });
    let headersCame = false;
    const onHeaders = (message: unknown) => {
      if ((message as { response: { statusCode: number } }).response.statusCode === 200) headersCame = true;
    };
    diagnostics.subscribe('undici:request:headers', onHeaders);
    onTestFinished(() => void diagnostics.unsubscribe('undici:request:headers', onHeaders));
    const statuses: (number | undefined)[] = [];
    const http = core(upstream.url, { observer: { attempt: () => ({ end: ({ status }) => void statuses.push(status) }) } });
    const caller = new AbortController();
    const call = failure(http.request({ method: 'GET', path: '/companies', signal: caller.signal }));
    await until(() => headersCame); // undici has read the answer's headers
    caller.abort(new Error('client went away'));
    expect(await call).toMatchObject({ kind: 'aborted', status: 200, requestId: 'req-mid', attempts: 1 });
    expect(statuses).toEqual([200]);
    await until(() => closed);
  });

  it('while queued for a connection: it stops waiting at once, and is never sent', async () => {
    const held: Socket[] = [];
    upstream = await rawServer((_n, socket) => void held.push(socket));
    const http = core(upstream.url, { dispatcher: new Pool(upstream.url, { connections: 1 }) });
    const first = http.request({ method: 'GET', path: '/companies' });
    await until(() => upstream!.hits() === 1); // the pool's one connection is busy
    const caller = new AbortController();
    const second = failure(http.request({ method: 'GET', path: '/billing/credits', signal: caller.signal }));
    caller.abort(new Error('client went away'));
    expect(await second).toMatchObject({ kind: 'aborted', attempts: 1 });
    okAnswer(held[0]!, { data: [] });
    await expect(first).resolves.toEqual({ data: [] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(upstream.hits()).toBe(1);
  });
});
