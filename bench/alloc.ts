/**
 * `npm run bench:alloc`: what each read scenario allocates per operation, through the gateway's
 * execution path and through the floor's, by where the allocating code lives.
 *
 * At 100 connections most of the gateway's excess CPU over the floor is the collector's
 * (bench/README.md, "Where the gap to the floor lies"), and the young generation fills at the rate
 * a request allocates. This puts a figure on that rate for both sides, in one process: both
 * sandboxes (seeded as the bench seeds them, no latency), the gateway's path as `bench:micro` runs
 * it (bench/gateway-path.ts: context, compiled operation, loaders, clients, HTTP core, the result's
 * JSON) and the floor's handler (bench/floor.ts) with its JSON. After checking that both answer the
 * same JSON, each side runs a warm-up, then `ALLOC_OPERATIONS` operations `ALLOC_CONCURRENCY` at a
 * time under V8's sampling heap profiler (every allocation counted, those the collector has
 * already freed included). What the sandboxes allocate (their request handlers and all they call)
 * is left out; the HTTP parsing of the calls they receive is not, and is the same on both sides.
 * No HTTP server in front of either path: neither side's request parsing or response writing.
 *
 * Settings: BENCH_SCENARIOS (every read scenario), ALLOC_OPERATIONS (2000), ALLOC_CONCURRENCY
 * (10), ALLOC_TOP (8: sources listed per side).
 */
import { Session } from 'node:inspector/promises';
import { startMetronomeSandbox } from '../src/sandbox/metronome/server.ts';
import { startSchematicSandbox } from '../src/sandbox/schematic/server.ts';
import { FLOOR_HANDLERS, floorUpstreams } from './floor.ts';
import { gatewayPath } from './gateway-path.ts';
import { scenarios } from './scenarios.ts';
import { seedBenchData } from './seed.ts';

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const OPERATIONS = setting('ALLOC_OPERATIONS', 2000);
const CONCURRENCY = setting('ALLOC_CONCURRENCY', 10);
const TOP = setting('ALLOC_TOP', 8);
const wanted = process.env.BENCH_SCENARIOS?.split(',').map((name) => name.trim()).filter(Boolean);

interface ProfileNode {
  callFrame: { url: string };
  selfSize: number;
  children: ProfileNode[];
}

/** Where a frame's code lives: a package, a file of this repository, or a Node internal. */
function sourceOf(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const inModules = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(path);
  if (inModules) return inModules[1]!;
  if (path.startsWith('node:')) return path.startsWith('node:internal') ? 'node:internal' : path;
  const inRepo = /\/((src|bench)\/.*)$/.exec(path);
  return inRepo ? inRepo[1]! : path || '(native)';
}

/** Bytes by source, the sandboxes' subtrees left out: a frame without a URL (a builtin) counts as its caller's. */
function bySource(root: ProfileNode): Map<string, number> {
  const bytes = new Map<string, number>();
  const walk = (node: ProfileNode, inherited: string) => {
    const { url } = node.callFrame;
    if (url.includes('/src/sandbox/')) return;
    const source = url ? sourceOf(url) : inherited;
    bytes.set(source, (bytes.get(source) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child, source);
  };
  walk(root, '(native)');
  return bytes;
}

async function allocated(session: Session, run: () => Promise<string>): Promise<Map<string, number>> {
  const go = async (count: number) => {
    let left = count;
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (left-- > 0) await run();
    }));
  };
  await go(Math.max(500, OPERATIONS / 4));
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await go(OPERATIONS);
  const { profile } = await session.post('HeapProfiler.stopSampling');
  return bySource(profile.head as ProfileNode);
}

const kb = (bytes: number) => (bytes / OPERATIONS / 1024).toFixed(1);
const total = (bytes: Map<string, number>) => [...bytes.values()].reduce((a, b) => a + b, 0);

const [schematic, metronome] = await Promise.all([startSchematicSandbox({ latencyMs: 0 }), startMetronomeSandbox({ latencyMs: 0 })]);
const urls = { schematic: schematic.url, metronome: metronome.url };
const reads = scenarios(seedBenchData(schematic)).filter((s) => s.kind === 'read' && (!wanted || wanted.includes(s.name)));
const gateway = gatewayPath(urls);
const floor = floorUpstreams(urls);
const session = new Session();
session.connect();

console.log(`bench:alloc: KB allocated per operation (sandboxes left out), ${OPERATIONS} operations ${CONCURRENCY} at a time`);
for (const scenario of reads) {
  const handler = FLOOR_HANDLERS[scenario.name];
  if (!handler) throw new Error(`bench:alloc: no floor for ${scenario.name}`);
  const viaGateway = gateway.operation(scenario.query);
  const viaFloor = async () => JSON.stringify({ data: await handler(scenario.variables, floor) });
  const [fromFloor, fromGateway] = [await viaFloor(), await viaGateway(scenario.variables)];
  if (fromFloor !== fromGateway) throw new Error(`bench:alloc: ${scenario.name}: the two paths answer differently`);
  const sides = { floor: await allocated(session, viaFloor), gateway: await allocated(session, () => viaGateway(scenario.variables)) };
  const [f, g] = [total(sides.floor), total(sides.gateway)];
  console.log(`\n${scenario.name}: floor ${kb(f)}, gateway ${kb(g)} (${(g / f).toFixed(2)}×)`);
  for (const [side, bytes] of Object.entries(sides)) {
    const top = [...bytes].sort((a, b) => b[1] - a[1]).slice(0, TOP);
    console.log(`  ${side.padEnd(7)} ${top.map(([source, n]) => `${source} ${kb(n)}`).join(', ')}`);
  }
}
session.disconnect();
await Promise.all([gateway.close(), floor.close(), schematic.close(), metronome.close()]);
