/**
 * `npm run bench`: the 50-grants-with-links page through the gateway, side by side with the
 * baseline a frontend would write by hand against the REST API (list the grants, then fetch each
 * grant's credit by id). Both run against the same sandbox over loopback in the same process.
 * Reports upstream calls per request, latency percentiles, throughput and memory.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { print } from 'graphql';
import { GrantsWithLinksDocument } from '../schema/generated/graphql.ts';
import { startMetronomeSandbox } from '../src/sandbox/metronome/server.ts';
import { startSchematicSandbox } from '../src/sandbox/schematic/server.ts';
import { createGateway } from '../src/server.ts';
import { MetronomeClient } from '../src/upstream/metronome/client.ts';
import { SchematicClient } from '../src/upstream/schematic/client.ts';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const sandbox = await startSchematicSandbox();
const metronomeSandbox = await startMetronomeSandbox();
const schematic = new SchematicClient({ baseUrl: sandbox.url, apiKey: 'bench', timeoutMs: 10_000 });
const metronome = new MetronomeClient({ baseUrl: metronomeSandbox.url, token: 'bench', timeoutMs: 10_000 });
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const server = createServer(createGateway({ upstreams: { schematic, metronome }, logger: quiet }));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const gatewayUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
const body = JSON.stringify({ query: print(GrantsWithLinksDocument), variables: { first: 50 } });

async function viaGateway() {
  const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { errors?: unknown };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
}

/** The hand-written baseline: the same data (grant, company, plan, credit with description). */
async function byHand() {
  const headers = { 'x-schematic-api-key': 'bench' };
  const grants = (await (await fetch(`${sandbox.url}/billing/credits/grants/list?limit=50`, { headers })).json()) as {
    data: { credit_id: string }[];
  };
  await Promise.all(grants.data.map((g) => fetch(`${sandbox.url}/billing/credits/${g.credit_id}`, { headers }).then((r) => r.json())));
}

async function measure(name: string, run: () => Promise<void>) {
  for (let i = 0; i < 20; i++) await run(); // warm-up
  sandbox.resetCalls();
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const latencies: number[] = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < ITERATIONS) {
        const t0 = performance.now();
        await run();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
  return {
    name,
    'upstream calls/req': (sandbox.calls.length / latencies.length).toFixed(2),
    'p50 ms': pct(50),
    'p95 ms': pct(95),
    'p99 ms': pct(99),
    'req/s': (latencies.length / seconds).toFixed(0),
    'rss MB': (process.memoryUsage().rss / 2 ** 20).toFixed(0),
    'rss delta MB': ((process.memoryUsage().rss - rssBefore) / 2 ** 20).toFixed(1),
  };
}

console.log(`50 grants with company, plan and credit (name + description); ${ITERATIONS} requests, concurrency ${CONCURRENCY}`);
console.table([await measure('gateway (batched)', viaGateway), await measure('by hand (N+1 REST)', byHand)]);

server.closeAllConnections();
server.close();
await schematic.close();
await sandbox.close();
await metronome.close();
await metronomeSandbox.close();
