/**
 * `@defer` and `@stream`: a page shows a company at once and its contract credits as they
 * arrive. The proof is causal, not timed: every Metronome call goes through a gate held shut
 * until the first multipart chunk has been read, so the first chunk can only have come before
 * the deferred upstream call completed.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../src/server.ts';
import { MetronomeClient } from '../../src/upstream/metronome/client.ts';
import { quiet, useTestGateway } from '../helpers/gateway.ts';

const gw = useTestGateway();

/** A proxy to the Metronome sandbox that holds every request until `open()`. */
function gatedProxy(target: string) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  let isOpen = false;
  const held: string[] = [];
  let arrived!: () => void;
  const firstArrival = new Promise<void>((resolve) => (arrived = resolve));
  const server: Server = createServer((req, res) => {
    held.push(`${req.method} ${req.url}`);
    arrived();
    void opened.then(() => {
      const upstream = httpRequest(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      req.pipe(upstream);
    });
  });
  return {
    server,
    held,
    firstArrival,
    isOpen: () => isOpen,
    open: () => {
      isOpen = true;
      open();
    },
  };
}

/**
 * One part of an incremental answer: the first holds `data` (`TData`), later ones add deferred
 * fragments' `data` or streamed `items` (`TMore`).
 */
interface Part<TData, TMore> {
  data?: TData;
  hasNext: boolean;
  errors?: unknown[];
  incremental?: { label?: string; path?: (string | number)[]; data?: TMore; items?: TMore[] }[];
}

/** Reads a `multipart/mixed` GraphQL response part by part, as a client would. */
async function* parts<TData, TMore = unknown>(response: Response): AsyncGenerator<Part<TData, TMore>> {
  const reader = response.body!.getReader();
  let buffer = Buffer.alloc(0);
  for (;;) {
    // Each part is headers, a blank line, then Content-Length bytes of JSON.
    const text = buffer.toString('latin1');
    const length = /Content-Length: (\d+)\r\n\r\n/i.exec(text);
    if (length) {
      const start = length.index + length[0].length;
      const end = start + Number(length[1]);
      if (buffer.length >= end) {
        yield JSON.parse(buffer.subarray(start, end).toString('utf8')) as Part<TData, TMore>;
        buffer = buffer.subarray(end);
        continue;
      }
    }
    const { done, value } = await reader.read();
    if (done) return;
    buffer = Buffer.concat([buffer, value]);
  }
}

describe('@defer', () => {
  let proxy: ReturnType<typeof gatedProxy>;
  let metronome: MetronomeClient;
  let yoga: ReturnType<typeof createGateway>;

  beforeAll(async () => {
    proxy = gatedProxy(gw.metronomeSandbox.url);
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    metronome = new MetronomeClient({ baseUrl: `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}`, token: 't', timeoutMs: 15_000 });
    yoga = createGateway({ upstreams: { schematic: gw.schematicClient, metronome }, logger: quiet });
  });

  afterAll(async () => {
    proxy.open();
    await metronome.close();
    await new Promise((resolve) => proxy.server.close(resolve));
  });

  it('sends the company first, and its contract credits once their (held) Metronome call completes', async () => {
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'multipart/mixed' },
      body: JSON.stringify({
        query: /* GraphQL */ `
          query CompanyThenCredits {
            company(id: "comp_acme") {
              name
              ... @defer(label: "contractCredits") {
                contractCredits(first: 5) { edges { node { name balance } } }
              }
            }
          }
        `,
      }),
    });
    expect(response.headers.get('content-type')).toMatch(/^multipart\/mixed/);
    const stream = parts<{ company: { name: string } }, { contractCredits: { edges: { node: { name: string } }[] } }>(response);

    const first = (await stream.next()).value;
    // The gate is still shut: no Metronome answer can be in this chunk.
    expect(proxy.isOpen()).toBe(false);
    expect(first).toEqual({ data: { company: { name: 'Acme Robotics' } }, hasNext: true });

    // The deferred part has asked Metronome and is waiting on it.
    await proxy.firstArrival;
    expect(proxy.held.some((call) => call.startsWith('POST /v1/contracts/customerCredits/list'))).toBe(true);
    proxy.open();

    const rest = [];
    for await (const part of stream) rest.push(part);
    expect(rest.at(-1)?.hasNext).toBe(false);
    const incremental = rest.flatMap((part) => part.incremental ?? []);
    expect(incremental).toHaveLength(1);
    expect(incremental[0]).toMatchObject({ label: 'contractCredits', path: ['company'] });
    const credits = incremental[0]?.data?.contractCredits.edges.map((edge) => edge.node.name);
    expect(credits).toContain('Onboarding credit');
  });
});

describe('@stream', () => {
  it('streams a list: the first items at once, the rest as further chunks', async () => {
    const response = await gw.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'multipart/mixed' },
      body: JSON.stringify({ query: '{ credits(first: 3) { edges @stream(initialCount: 1) { node { id name } } } }' }),
    });
    type Edge = { node: { id: string; name: string } };
    const all = [];
    for await (const part of parts<{ credits: { edges: Edge[] } }, Edge>(response)) all.push(part);
    expect(all[0]?.data?.credits.edges).toHaveLength(1);
    expect(all[0]?.hasNext).toBe(true);
    const streamed = all.flatMap((part) => part.incremental ?? []).flatMap((item) => item.items ?? []);
    expect(streamed).toHaveLength(2);
    expect(all.at(-1)?.hasNext).toBe(false);
    const names = [...(all[0]?.data?.credits.edges ?? []), ...streamed].map((edge) => edge.node.name);
    expect(new Set(names).size).toBe(3);
  });
});

describe('query limits and @defer', () => {
  it('a page deferring several parts of a company stays within the limits', async () => {
    const response = await gw.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'multipart/mixed' },
      body: JSON.stringify({
        query: /* GraphQL */ `
          query CompanyPage($id: ID!) {
            company(id: $id) {
              name
              creditBalances { remaining credit { name } }
              ... @defer(label: "grants") { creditGrants(first: 20) { edges { node { id quantityRemaining credit { name } } } } }
              ... @defer(label: "ledger") { ledger(first: 20) { edges { node { id amount eventType } } } }
              ... @defer(label: "contractCredits") {
                metronomeCustomer { name }
                contractCredits(first: 10) { edges { node { name balance accessSchedule { scheduleItems { amount } } } } }
              }
            }
          }
        `,
        variables: { id: 'comp_acme' },
      }),
    });
    const all = [];
    for await (const part of parts<{ company: { name: string } }>(response)) all.push(part);
    expect(all.flatMap((part) => part.errors ?? [])).toEqual([]);
    expect(all[0]?.data?.company.name).toBe('Acme Robotics');
    const labels = all.flatMap((part) => part.incremental ?? []).map((item) => item.label);
    expect(labels.sort()).toEqual(['contractCredits', 'grants', 'ledger']);
  });
});
