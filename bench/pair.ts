/**
 * `npm run bench:pair`: two builds of the gateway side by side, under the same load at the same
 * time, to tell a change of a few per cent from the machine's drift.
 *
 * Alternating `npm run bench` runs compare figures taken a minute apart; on a shared machine the
 * CPU a request costs moves by up to a fifth between them (bench/README.md), more than most single
 * changes. Here both gateways serve their own connections concurrently, over the same sandboxes
 * and on the same cores, so whatever slows the machine slows both: each round gives the ratio of
 * their CPU per request, and the report is the median of the rounds' ratios.
 *
 *   BENCH_PAIR_BASE=<checkout> npm run bench:pair      # that checkout against this one
 *   BENCH_PAIR_BASE=. BENCH_PAIR_HEAD_NODE_ARGS=--max-semi-space-size=12 npm run bench:pair   # a flag
 *
 * Settings: BENCH_PAIR_BASE (required: another checkout with its own node_modules, e.g. a
 * `git worktree` of the commit before, or `.` for this one), BENCH_SCENARIOS (default: the read scenarios),
 * BENCH_PAIR_ROUNDS (5), BENCH_PAIR_DURATION_S (3 s a round), BENCH_PAIR_CONNECTIONS (10,100:
 * each side's connections, one set of rounds for each), BENCH_LATENCY_MS (20), BENCH_PAIR_BASE_NODE_ARGS
 * and BENCH_PAIR_HEAD_NODE_ARGS (Node flags after the start script's, for one side).
 * Both answer every request checked against the first answer; the two first answers must agree.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { startMetronomeSandbox } from '../src/sandbox/metronome/server.ts';
import { startSchematicSandbox } from '../src/sandbox/schematic/server.ts';
import { builtGateway, commitOf, countCalls, gatewayEnv, post, setting, waitForIdle } from './common.ts';
import { load, type LoadResult } from './load.ts';
import { startChild, type Child } from './proc.ts';
import { scenarios as allScenarios } from './scenarios.ts';
import { seedBenchData } from './seed.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
if (!process.env.BENCH_PAIR_BASE?.trim()) {
  console.error('bench:pair: set BENCH_PAIR_BASE to the checkout to compare this one with');
  process.exit(2);
}
const BASE_DIR = resolve(process.env.BENCH_PAIR_BASE.trim());
const LATENCY_MS = setting('bench:pair', 'BENCH_LATENCY_MS', 20, 'whole');
const ROUNDS = setting('bench:pair', 'BENCH_PAIR_ROUNDS', 5, 'positive-whole');
const DURATION_S = setting('bench:pair', 'BENCH_PAIR_DURATION_S', 3, 'positive');
const CONNECTION_SETS = (process.env.BENCH_PAIR_CONNECTIONS?.trim() || '10,100').split(',').map(Number);
if (CONNECTION_SETS.some((c) => !Number.isInteger(c) || c <= 0)) {
  console.error('bench:pair: BENCH_PAIR_CONNECTIONS is a comma-separated list of whole numbers of connections');
  process.exit(2);
}

const [schematic, metronome] = await Promise.all([
  startSchematicSandbox({ latencyMs: LATENCY_MS }),
  startMetronomeSandbox({ latencyMs: LATENCY_MS }),
]);
const data = seedBenchData(schematic);
const callsEver = countCalls([schematic, metronome]);
const env = { ...gatewayEnv({ schematic: schematic.url, metronome: metronome.url }), REDIS_URL: '' };

// Built once each, before anything runs (this checkout on both sides is built once: an A/A run
// shows the noise alone, or a Node flag's effect with BENCH_PAIR_*_NODE_ARGS).
const builds = new Map(
  [...new Set([BASE_DIR, root])].map((dir) => {
    const built = builtGateway('bench:pair', dir, dir);
    if (!built) throw new Error(`${dir}: its start script does not run a built file`);
    return [dir, built];
  }),
);
function startGateway(name: 'base' | 'head', dir: string): Promise<Child> {
  const [entry, flags] = builds.get(dir)!;
  const extra = process.env[`BENCH_PAIR_${name.toUpperCase()}_NODE_ARGS`]?.split(/\s+/).filter(Boolean) ?? [];
  return startChild(name, [...flags, ...extra, entry], env, /GraphiQL at (http:\/\/\S+\/graphql)/, dir);
}

const wanted = process.env.BENCH_SCENARIOS?.split(',').map((s) => s.trim()).filter(Boolean);
const scenarios = allScenarios(data).filter((s) => s.kind === 'read' && (!wanted || wanted.includes(s.name)));
console.log(`bench:pair: ${commitOf(BASE_DIR)} (base, ${BASE_DIR}) against ${commitOf(root)} (this checkout); ${ROUNDS} rounds of ${DURATION_S} s`);

const rows: string[] = [];
for (const scenario of scenarios) {
  // Fresh processes for each scenario, as in `npm run bench`.
  const [base, head] = await Promise.all([startGateway('base', BASE_DIR), startGateway('head', root)]);
  try {
    const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
    const [a, b] = await Promise.all([post(base.url, body), post(head.url, body)]);
    if (a.status !== 200 || b.status !== 200 || !isDeepStrictEqual(a.json, b.json) || (a.json as { errors?: unknown }).errors) {
      throw new Error(`${scenario.name}: the two answers differ or failed (${a.status} / ${b.status})`);
    }
    const expected = JSON.stringify(a.json);
    const check = (text: string) => text === expected;
    const both = (connections: number, durationS: number): Promise<[LoadResult, LoadResult]> =>
      Promise.all([
        load({ url: base.url, body, connections, durationS, check }),
        load({ url: head.url, body, connections, durationS, check }),
      ]);
    const settle = () => waitForIdle('bench:pair', LATENCY_MS, callsEver, () => base.cpuMs() + head.cpuMs());
    await both(CONNECTION_SETS[0]!, 1); // warm-up, not counted
    await settle();
    for (const connections of CONNECTION_SETS) {
      const ratios: number[] = [];
      const cpu: [number[], number[]] = [[], []];
      const peaks = [base.measurePeak(), head.measurePeak()];
      for (let round = 0; round < ROUNDS; round++) {
        const before = [base.cpuMs(), head.cpuMs()];
        const [ra, rb] = await both(connections, DURATION_S);
        const perRequest = [(base.cpuMs() - before[0]!) / ra.requests, (head.cpuMs() - before[1]!) / rb.requests];
        for (const r of [ra, rb]) {
          if (r.errors || r.non2xx || r.mismatches) throw new Error(`${scenario.name}: ${r.errors} errors, ${r.non2xx} non-2xx, ${r.mismatches} wrong answers ${r.sample ?? ''}`);
        }
        cpu[0].push(perRequest[0]!);
        cpu[1].push(perRequest[1]!);
        ratios.push(perRequest[1]! / perRequest[0]!);
        console.log(
          `${scenario.name} @${connections} round ${round + 1}: CPU ms/req base ${perRequest[0]!.toFixed(2)} head ${perRequest[1]!.toFixed(2)} (${ratios.at(-1)!.toFixed(3)}); req/s ${ra.rps.toFixed(0)} / ${rb.rps.toFixed(0)}`,
        );
        await settle();
      }
      const rss = peaks.map((peak) => peak().toFixed(0)).join(' / ');
      const row = `| \`${scenario.name}\` | ${connections} | ${median(cpu[0]).toFixed(2)} | ${median(cpu[1]).toFixed(2)} | ${median(ratios).toFixed(3)} | ${Math.min(...ratios).toFixed(3)}-${Math.max(...ratios).toFixed(3)} | ${rss} |`;
      rows.push(row);
      console.log(row);
    }
  } finally {
    await Promise.all([base.stop(), head.stop()]);
  }
}
console.log('\n| scenario | connections each | base CPU ms/req | head CPU ms/req | head ÷ base, median | rounds | peak RSS MB base / head |\n|---|---:|---:|---:|---:|---|---:|');
for (const row of rows) console.log(row);
await Promise.all([schematic.close(), metronome.close()]);

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
