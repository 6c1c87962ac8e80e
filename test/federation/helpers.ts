/** What the federation tests share: more companies in a test's own sandbox, and loopback servers. */
import { createServer, type IncomingHttpHeaders, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import type { TestGateway } from '../helpers/gateway.ts';

/** The companies the Schematic sandbox is seeded with. */
export const SEEDED_COMPANIES = [
  'comp_acme',
  'comp_globex',
  'comp_initech',
  'comp_umbrella',
  'comp_hooli',
  'comp_vandelay',
  'comp_wonka',
  'comp_tyrell',
];

/**
 * Adds companies to this test file's own Schematic sandbox (the sandbox has no create-company
 * endpoint, so they go into its store), each a copy of a seeded one with a new id and name, and
 * grants each one credit through the gateway's own `grantCreditsToCompany`, so every company
 * has a balance and a grant of its own. Returns the new ids.
 */
export async function addCompanies(gw: TestGateway, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const source = gw.schematicSandbox.store.companies.get(SEEDED_COMPANIES[i % SEEDED_COMPANIES.length]!)!;
    const id = `comp_fed_${String(i + 1).padStart(2, '0')}`;
    gw.schematicSandbox.store.companies.set(id, { ...structuredClone(source), id, name: `Federated ${i + 1}` });
    ids.push(id);
  }
  for (const id of ids) {
    const result = await gw.run<{ grantCreditsToCompany: { __typename: string } }, never>(
      `mutation { grantCreditsToCompany(input: { companyId: "${id}", creditId: "bcrd_ai_tokens", quantity: 5, reason: FREE }) { __typename } }`,
    );
    expect(result.data?.grantCreditsToCompany.__typename).toBe('GrantCreditsToCompanyPayload');
  }
  return ids;
}

export interface LoopbackServer {
  url: string;
  /** The headers of every request received, in order. */
  headers: IncomingHttpHeaders[];
  close(): Promise<void>;
}

/** Serves `listener` on 127.0.0.1 at a free port, recording each request's headers. */
export async function serve(listener: RequestListener): Promise<LoopbackServer> {
  const headers: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    headers.push(req.headers);
    listener(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    headers,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

export interface BarrierProxy extends LoopbackServer {
  /** The most requests matching `hold` that were waiting upstream at the same time. */
  maxConcurrent(): number;
}

/**
 * A loopback proxy to `target` that holds each request whose path starts with `hold` until
 * `expected` of them are waiting (or `fallbackMs` passed since the first), then lets them all
 * through. Requests sent in parallel all arrive before any is answered; requests sent one after
 * another never fill the barrier, so `maxConcurrent()` stays 1. No timing is asserted on.
 */
export async function barrierProxy(target: string, hold: string, expected: number, fallbackMs = 3_000): Promise<BarrierProxy> {
  let waiting: (() => void)[] = [];
  let open = false;
  let max = 0;
  let timer: NodeJS.Timeout | undefined;
  const release = () => {
    open = true;
    clearTimeout(timer);
    for (const go of waiting) go();
    waiting = [];
  };
  const server = await serve((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      if (!open && req.url?.startsWith(hold)) {
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          max = Math.max(max, waiting.length);
          timer ??= setTimeout(release, fallbackMs);
          if (waiting.length >= expected) release();
        });
      }
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([name]) => name !== 'host' && name !== 'connection' && name !== 'content-length'),
      ) as Record<string, string>;
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      const answer = await fetch(`${target}${req.url}`, { method: req.method, headers, body });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  return { ...server, maxConcurrent: () => max, close: () => (release(), server.close()) };
}
