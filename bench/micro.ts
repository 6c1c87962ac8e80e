/**
 * `npm run bench:micro`: one credit by id, in this process, through the gateway's own execution
 * path and through the floor's, alternately; the process's CPU time per operation for each.
 *
 * The gateway's path is what its fast lane runs for a known operation, without the HTTP server in
 * front: a `Cancellation` and the context (src/context.ts), the compiled operation
 * (graphql-jit), Pothos' loaders, the Schematic client and the HTTP core (with its retry policy,
 * breaker and metrics observer), and the result's JSON. The floor's is `bench/floor.ts`'s credit
 * handler and clients: undici `Pool.request`, `body.json()`, the same JSON. Both call a
 * `node:http` server in this process answering the sandbox's body for the credit, at once or
 * after `MICRO_LATENCY_MS`, so its CPU counts on both sides alike. No sockets to a client, no other process: a change to the
 * gateway's per-request work shows here in seconds, where `npm run bench:pair` needs minutes (and
 * then says what it is worth through HTTP).
 *
 * Settings: MICRO_LATENCY_MS (0), MICRO_CONCURRENCY (10), MICRO_OPERATIONS (20000 a run, after
 * 5000 of warm-up for each), MICRO_ROUNDS (3). V8's flags go on the command line:
 *   node --import tsx --trace-gc-nvp bench/micro.ts
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSchematicSandbox } from '../src/sandbox/schematic/server.ts';
import { FLOOR_HANDLERS, floorUpstreams } from './floor.ts';
import { gatewayPath } from './gateway-path.ts';
import { CREDIT_QUERY, SINGLE_CREDIT } from './scenarios.ts';

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const LATENCY_MS = setting('MICRO_LATENCY_MS', 0);
const CONCURRENCY = setting('MICRO_CONCURRENCY', 10);
const OPERATIONS = setting('MICRO_OPERATIONS', 20_000);
const ROUNDS = setting('MICRO_ROUNDS', 3);

// The upstream: the sandbox's answer for the credit, taken once and served from memory.
const sandbox = await startSchematicSandbox({ latencyMs: 0 });
const taken = await fetch(`${sandbox.url}/billing/credits?ids=${SINGLE_CREDIT}&limit=1`, { headers: { 'x-schematic-api-key': 'micro' } });
const body = Buffer.from(await taken.text());
await sandbox.close();
const upstream = createServer((req, res) => {
  req.resume();
  const answer = () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  };
  if (LATENCY_MS > 0) setTimeout(answer, LATENCY_MS);
  else answer();
});
await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;

// The floor's path: bench/floor.ts's own credit handler and clients.
const up = floorUpstreams({ schematic: baseUrl, metronome: baseUrl });
const floorCredit = FLOOR_HANDLERS.credit!;
const floor = async (): Promise<string> => JSON.stringify({ data: await floorCredit({ id: SINGLE_CREDIT }, up) });

// The gateway's path: its clients and context (bench/gateway-path.ts), and the fast lane's per-request work.
const { operation, close } = gatewayPath({ schematic: baseUrl, metronome: baseUrl });
const credit = operation(CREDIT_QUERY);
const variables = { id: SINGLE_CREDIT };
const viaGateway = () => credit(variables);

const [fromFloor, fromGateway] = [await floor(), await viaGateway()];
if (fromFloor !== fromGateway) throw new Error(`micro: the two paths answer differently:\n  floor:   ${fromFloor}\n  gateway: ${fromGateway}`);

/** CPU µs per operation over `count` operations, `CONCURRENCY` at a time. */
async function cpuPerOperation(run: () => Promise<string>, count: number): Promise<number> {
  let left = count;
  const before = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (left-- > 0) await run();
    }),
  );
  const used = process.cpuUsage(before);
  return (used.user + used.system) / count;
}

console.log(`bench:micro: one credit in process, upstream latency ${LATENCY_MS} ms, ${CONCURRENCY} at a time, ${OPERATIONS} operations a run`);
await cpuPerOperation(floor, 5_000);
await cpuPerOperation(viaGateway, 5_000);
for (let round = 1; round <= ROUNDS; round++) {
  const floorUs = await cpuPerOperation(floor, OPERATIONS);
  const gatewayUs = await cpuPerOperation(viaGateway, OPERATIONS);
  console.log(`round ${round}: CPU µs per operation: floor ${floorUs.toFixed(1)}, gateway ${gatewayUs.toFixed(1)} (${(gatewayUs / floorUs).toFixed(2)}×)`);
}
await Promise.all([up.close(), close()]);
upstream.close();
