/**
 * `npm run bench`: the scenarios of bench/scenarios.ts through the gateway, side by side with
 * their floor (bench/floor.ts: the same upstream calls, by hand, without GraphQL), in one run.
 *
 * Both sandboxes run in this process with a fixed added latency, seeded with bench data
 * (bench/seed.ts); the gateway (`src/main.ts`, configured through the environment as in
 * production) and the floor run as child processes, so their memory is measured apart from the
 * load generator's (autocannon, here). For each scenario, on a freshly started gateway and floor:
 *   1. check: one request to each; their upstream calls (as a multiset) and their JSON answers must
 *      be equal, else the scenario fails and is not loaded;
 *   2. warm up (1 s of load), then count: a fixed number of requests; upstream calls per request;
 *   3. load at BENCH_CONNECTIONS for about BENCH_DURATION_S: p50/p99 latency, req/s, CPU per
 *      request, peak RSS; a number of requests (`timedRequests`), each answered within the run;
 *   4. load at BENCH_PEAK_CONNECTIONS for about BENCH_PEAK_DURATION_S: the same, for memory.
 * Every answer under load must equal the checked one (reads are deterministic).
 * Writes (no floor) run last: they change the sandbox.
 * Each read scenario also runs on a third, warm-catalogue gateway (CACHE_TTL_SECONDS=60, on Redis
 * when redis-server is installed, else in memory): loaded the same way, its warm-up fills the
 * catalogue cache, so it is measured warm, side by side with the cache-off gateway (the main one,
 * CACHE_TTL_SECONDS=0) and the floor. BENCH_WARM=redis|memory|off chooses.
 *
 * Settings (environment): BENCH_LATENCY_MS (20) added by the sandboxes to every answer;
 * BENCH_CONNECTIONS (10); BENCH_DURATION_S (3); BENCH_PEAK_CONNECTIONS (100);
 * BENCH_PEAK_DURATION_S (2); BENCH_SCENARIOS (all; a comma-separated list of names);
 * BENCH_PROFILE (1: write the gateway's and the floor's CPU profiles to bench/results/profiles/ and summarise them);
 * BENCH_LABEL (appended to the results file name); BENCH_GATEWAY_NODE_ARGS (extra Node flags for
 * the gateway process, e.g. `--max-semi-space-size=8`); BENCH_GATEWAY_DIR (run the gateway from
 * another checkout, e.g. a copy at the previous commit, to compare two versions on one machine);
 * BENCH_GATEWAY_ENTRY (default: what `npm start` runs, built first; src/main.ts runs under tsx, a
 * built .js/.mjs on plain Node);
 * BENCH_JSON (also write the figures as JSON to this file); BENCH_TRACING (grants-page; the read
 * scenarios, comma-separated, also run on a gateway with tracing on, exporting every span to an
 * OTLP receiver in this process, reported beside the same gateway without tracing; `none` skips it).
 * The gateway's own settings (UPSTREAM_*, ...) pass through.
 *
 * Output: a table on stdout and bench/results/<date>-<short sha>[-dirty][-label].md.
 * Exit code 1 when a scenario failed its check or its load had errors.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { startMetronomeSandbox } from '../src/sandbox/metronome/server.ts';
import { startSchematicSandbox } from '../src/sandbox/schematic/server.ts';
import { builtGateway, commitOf, countCalls, firstDifference, gatewayEnv, LABEL, post, setting as benchSetting, waitForIdle, type SettingRule } from './common.ts';
import { load, type LoadResult } from './load.ts';
import { startChild, type Child } from './proc.ts';
import { summarise } from './profile.ts';
import { report, type Meta, type ScenarioResult, type Side, type TracedSide } from './report.ts';
import { scenarios as allScenarios, type Scenario } from './scenarios.ts';
import { seedBenchData } from './seed.ts';
import { SPAN_KIND, startOtlpReceiver, type OtlpReceiver } from '../test/helpers/otlp.ts';
import { redisAvailable, startRedis, type TestRedis } from '../test/helpers/redis.ts';

// ---------------------------------------------------------------- settings

const DEFAULTS = {
  BENCH_LATENCY_MS: 20,
  BENCH_CONNECTIONS: 10,
  BENCH_DURATION_S: 3,
  BENCH_PEAK_CONNECTIONS: 100,
  BENCH_PEAK_DURATION_S: 2,
};

const setting = (name: keyof typeof DEFAULTS, rule: SettingRule) => benchSetting('bench', name, DEFAULTS[name], rule);

const LATENCY_MS = setting('BENCH_LATENCY_MS', 'whole');
const CONNECTIONS = setting('BENCH_CONNECTIONS', 'positive-whole');
const DURATION_S = setting('BENCH_DURATION_S', 'positive');
const PEAK_CONNECTIONS = setting('BENCH_PEAK_CONNECTIONS', 'positive-whole');
const PEAK_DURATION_S = setting('BENCH_PEAK_DURATION_S', 'positive');
const PROFILE = process.env.BENCH_PROFILE === '1';
/** The warm-catalogue variant: on Redis (the default where redis-server is installed), in memory, or off. */
const WARM = ((): 'redis' | 'memory' | 'off' => {
  const raw = process.env.BENCH_WARM?.trim();
  if (!raw) return redisAvailable ? 'redis' : 'memory';
  if (raw === 'redis' && !redisAvailable) {
    console.error('bench: BENCH_WARM=redis needs redis-server (Debian: apt-get install redis-server)');
    process.exit(1);
  }
  if (raw !== 'redis' && raw !== 'memory' && raw !== 'off') {
    console.error(`bench: BENCH_WARM must be redis, memory or off; got "${raw}"`);
    process.exit(1);
  }
  return raw;
})();
/** Extra Node flags for the gateway process only, for experiments (`--max-semi-space-size=8`, `--trace-gc`). */
const GATEWAY_NODE_ARGS = process.env.BENCH_GATEWAY_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];
/** Seconds of load on each fresh process before the counting pass, for the JIT (not reported). */
const WARMUP_S = 1;
/** Requests of the counting pass: enough to average out, quick at any latency. */
const COUNT_REQUESTS = Math.max(100, CONNECTIONS * 10);
/**
 * A timed run is a number of requests, each answered before the run ends, not a duration: a run
 * cut at a duration leaves one request per connection in flight, its CPU counted but not the
 * request (at 100 connections on the grants page, 100 requests' worth of CPU over about 400
 * counted). The number is what the counting pass's rate would serve in `durationS`, so a run
 * still takes about that long, and at least 10 per connection.
 */
function timedRequests(countedRps: number, connections: number, durationS: number): number {
  const fromRate = Number.isFinite(countedRps) ? Math.round((countedRps * durationS) / connections) * connections : 0;
  return Math.max(10 * connections, fromRate);
}

const root = fileURLToPath(new URL('..', import.meta.url));
/** Where the gateway runs from: another checkout (with its own node_modules) to compare two versions on one machine. */
const GATEWAY_DIR = process.env.BENCH_GATEWAY_DIR?.trim() || root;
/**
 * The gateway's entry and Node flags, in GATEWAY_DIR. By default what its `npm start` runs: a
 * start script `node [flags] <file>.js` is built first (`npm run build`) and run on plain Node
 * with those flags; otherwise (a checkout from before the build) src/main.ts under tsx. Set,
 * BENCH_GATEWAY_ENTRY is run as it is: TypeScript through tsx, a built .js/.mjs on plain Node.
 */
const [GATEWAY_ENTRY, GATEWAY_START_ARGS] = gatewayEntry();
function gatewayEntry(): [string, string[]] {
  const entry = process.env.BENCH_GATEWAY_ENTRY?.trim();
  if (entry) return [entry, []];
  return builtGateway('bench', GATEWAY_DIR === root ? 'this checkout' : GATEWAY_DIR, GATEWAY_DIR) ?? ['src/main.ts', []];
}
const resultsDir = fileURLToPath(new URL('results/', import.meta.url));

// ---------------------------------------------------------------- upstreams

const [schematic, metronome] = await Promise.all([
  startSchematicSandbox({ latencyMs: LATENCY_MS }),
  startMetronomeSandbox({ latencyMs: LATENCY_MS }),
]);
const data = seedBenchData(schematic);
const sandboxes = [schematic, metronome];
/** The warm gateway's Redis (BENCH_WARM=redis), on a free loopback port, without persistence. */
const redis: TestRedis | undefined = WARM === 'redis' ? await startRedis() : undefined;

/**
 * When each call was handled, for the round-trip count: wraps the call log's push (bench only;
 * the sandbox records no times itself).
 */
const handledAt: number[] = [];
const callsEver = countCalls(sandboxes, () => handledAt.push(performance.now()));

/** Waits until the gateway, the floor and the upstreams are idle (common.ts). */
const settle = () => waitForIdle('bench', LATENCY_MS, callsEver, () => gateway.cpuMs() + floor.cpuMs());

const resetCalls = () => {
  for (const sandbox of sandboxes) sandbox.resetCalls();
  handledAt.length = 0;
};
const callCount = () => schematic.calls.length + metronome.calls.length;

/** Round trips on the critical path: calls handled more than half a latency apart are in different rounds. */
function roundTrips(): number | null {
  if (LATENCY_MS < 5 || handledAt.length === 0) return null;
  const times = [...handledAt].sort((a, b) => a - b);
  return 1 + times.slice(1).filter((t, i) => t - times[i]! > LATENCY_MS / 2).length;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** The calls received since the last reset, each as one comparable line, sorted. */
function callLines(): string[] {
  return [...schematic.calls, ...metronome.calls]
    .map((call) => {
      const query = [...call.query].sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
      const body = (call as { body?: unknown }).body;
      return `${call.method} ${call.path}${query.length ? `?${new URLSearchParams(query)}` : ''}${body === undefined ? '' : ` ${JSON.stringify(sortKeys(body))}`}`;
    })
    .sort();
}

// ---------------------------------------------------------------- gateway and floor

// The main gateway pays every round trip, as the floor does; the warm one (below) caches the catalogue.
const childEnv = {
  ...gatewayEnv({ schematic: schematic.url, metronome: metronome.url }),
  REDIS_URL: '',
  BENCH_SCHEMATIC_URL: schematic.url,
  BENCH_METRONOME_URL: metronome.url,
};
const profileDir = `${resultsDir}profiles`;
const profileStartedAt = Date.now();
if (PROFILE) mkdirSync(profileDir, { recursive: true });
const profileArgs = PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
/**
 * A fresh gateway and floor for each scenario, so one scenario's memory (V8 keeps a grown heap)
 * is not the next one's, and every process is measured from the same start.
 */

/** The warm-catalogue gateway's environment: the cache on, for a minute, on Redis or in memory. */
const warmEnv = { CACHE_TTL_SECONDS: '60', REDIS_URL: redis?.url ?? '' };

async function startTargets(): Promise<[Child, Child]> {
  const started = await Promise.allSettled([
    startGateway(),
    startChild('floor', [...profileArgs, '--import', 'tsx', 'bench/floor.ts'], childEnv, /floor listening at (http:\/\/\S+)/, root),
  ]);
  const [gatewayStart, floorStart] = started;
  if (gatewayStart.status === 'fulfilled' && floorStart.status === 'fulfilled') return [gatewayStart.value, floorStart.value];
  // One did not start: stop the other, and say why.
  await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.stop() : undefined)));
  throw started.find((s): s is PromiseRejectedResult => s.status === 'rejected')!.reason;
}
/** A fresh gateway, with `env` on top of the shared environment. */
function startGateway(env: NodeJS.ProcessEnv = {}): Promise<Child> {
  return startChild(
    'gateway',
    [
      ...GATEWAY_START_ARGS,
      ...GATEWAY_NODE_ARGS,
      ...profileArgs,
      ...(GATEWAY_ENTRY.endsWith('.ts') ? ['--import', 'tsx'] : []),
      GATEWAY_ENTRY,
    ],
    { ...childEnv, ...env },
    /GraphiQL at (http:\/\/\S+\/graphql)/,
    GATEWAY_DIR,
  );
}
let gateway: Child;
let floor: Child;
/** Gateway and floor pids -> the scenario each ran (to name its CPU profile). */
const profiledPids = new Map<number, string>();
/** Each process's RSS once started, before any load (the highest over the scenarios), and its highest over the run (MiB). */
const idleRssMb = { gateway: 0, floor: 0 };
const runPeakRssMb = { gateway: 0, floor: 0 };

// ---------------------------------------------------------------- scenarios


/** Counting pass, then the two timed runs, against one target. */
async function measure(url: string, child: Child, body: string, check: (body: string) => boolean): Promise<Side> {
  // A fresh process: let the JIT warm up before anything is counted or timed.
  await load({ url, body, connections: CONNECTIONS, durationS: WARMUP_S, check });
  await settle();
  resetCalls();
  const counted = await load({ url, body, connections: CONNECTIONS, amount: COUNT_REQUESTS, check });
  const callsPerRequest = Math.round((100 * callCount()) / counted.requests) / 100;
  const timed = async (connections: number, durationS: number): Promise<[LoadResult, number, number]> => {
    const peak = child.measurePeak();
    const cpuBefore = child.cpuMs();
    const result = await load({ url, body, connections, amount: timedRequests(counted.rps, connections, durationS), check });
    const cpuMs = child.cpuMs() - cpuBefore;
    const rss = peak();
    runPeakRssMb[child.name as 'gateway' | 'floor'] = Math.max(runPeakRssMb[child.name as 'gateway' | 'floor'], rss);
    return [result, rss, cpuMs / Math.max(1, result.requests)];
  };
  const [loaded, rssMb, cpuMsPerRequest] = await timed(CONNECTIONS, DURATION_S);
  const [peakLoad, peakRssMb, peakCpuMsPerRequest] = await timed(PEAK_CONNECTIONS, PEAK_DURATION_S);
  return { callsPerRequest, rounds: null, load: loaded, peakLoad, rssMb, peakRssMb, cpuMsPerRequest, peakCpuMsPerRequest };
}

/** A write's answer: its root field is the success payload (`...Payload`), not a typed error. */
function isPayload(json: any): boolean {
  const payload = Object.values((json?.data ?? {}) as Record<string, { __typename?: string } | null>)[0];
  return !json?.errors && payload?.__typename?.endsWith('Payload') === true;
}

const failedLoad = (side: Side | string | undefined) =>
  typeof side === 'string' || (side !== undefined && [side.load, side.peakLoad].some((l) => l.errors + l.non2xx + l.mismatches > 0));

async function run(scenario: Scenario): Promise<ScenarioResult> {
  [gateway, floor] = await startTargets();
  profiledPids.set(gateway.pid, scenario.name);
  profiledPids.set(floor.pid, `${scenario.name} (floor)`);
  for (const child of [gateway, floor]) {
    const name = child.name as 'gateway' | 'floor';
    idleRssMb[name] = Math.max(idleRssMb[name], child.rssMb());
    runPeakRssMb[name] = Math.max(runPeakRssMb[name], idleRssMb[name]);
  }
  try {
    const result = await runOn(scenario);
    if (result.status === 'ok' && receiver && TRACED.includes(scenario.name)) {
      try {
        result.traced = await runTraced(scenario);
      } catch (error) {
        result.tracedFailure = error instanceof Error ? error.message : String(error);
      }
    }
    if (WARM === 'off' || result.status !== 'ok' || !result.floor || !result.expected) return result;
    // The cache-off gateway makes way for the warm one; the floor stays, for settle().
    await gateway.stop();
    gateway = await startGateway(warmEnv);
    profiledPids.set(gateway.pid, `${scenario.name} (warm catalogue)`);
    return { ...result, warm: await runWarm(scenario, result.expected) };
  } finally {
    await Promise.all([gateway.stop(), floor.stop()]);
  }
}

/**
 * The scenario again on a fresh gateway with tracing on (every request sampled, the SDK's default),
 * exporting to this process's OTLP receiver; its answer must still equal the floor's.
 */
async function runTraced(scenario: Scenario): Promise<TracedSide> {
  await gateway.stop();
  gateway = await startGateway({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver!.endpoint });
  profiledPids.set(gateway.pid, `${scenario.name} (tracing on)`);
  const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
  await settle();
  const answer = await post(gateway.url, body);
  const reference = await post(`${floor.url}/${scenario.name}`, body);
  const difference = firstDifference(answer.json, reference.json, ['gateway', 'floor']);
  if (answer.status !== 200 || difference) throw new Error(`${scenario.name} with tracing on: the answer differs from the floor's at ${difference}`);
  console.log(`${scenario.name}: checked with tracing on; loading`);
  const [spansBefore, requestsBefore, bytesBefore] = [receiver!.spans.length, receiver!.requests, receiver!.bytes];
  const side = await measure(gateway.url, gateway, body, (text) => text === answer.text);
  // Every request the gateway handled, those a timed run left in flight included: its own operations count.
  await settle();
  const metrics = await (await fetch(gateway.url.replace(/\/graphql$/, '/metrics'))).text();
  const handled = [...metrics.matchAll(/^gateway_graphql_operation_duration_seconds_count\{[^}]*\} (\d+)$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
  // SIGTERM: the gateway exports the spans still queued before it exits.
  await gateway.stop();
  const spans = receiver!.spans.slice(spansBefore);
  receiver!.spans.length = 0;
  const traced = spans.filter((span) => span.kind === SPAN_KIND.server).length;
  return {
    ...side,
    spansPerRequest: spans.length / Math.max(1, traced),
    tracedShare: traced / Math.max(1, handled),
    exports: receiver!.requests - requestsBefore,
    exportedKbPerRequest: (receiver!.bytes - bytesBefore) / 1024 / Math.max(1, traced),
  };
}

/**
 * The warm-catalogue side of a read scenario: its first answer must equal the cache-off gateway's;
 * then the same warm-up (which fills the cache), count and timed runs, each answer checked.
 */
async function runWarm(scenario: Scenario, expected: string): Promise<Side | string> {
  const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
  await settle();
  const answer = await post(gateway.url, body);
  if (answer.status !== 200 || !isDeepStrictEqual(answer.json, JSON.parse(expected))) {
    return `the warm-catalogue gateway answered ${answer.status} ${answer.text.slice(0, 300)}, not the cache-off answer`;
  }
  console.log(`${scenario.name}: warm-catalogue gateway (${WARM}) checked; loading`);
  const side = await measure(gateway.url, gateway, body, (text) => text === answer.text);
  return { ...side, rounds: null };
}

async function runOn(scenario: Scenario): Promise<ScenarioResult> {
  const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
  const floorUrl = `${floor.url}/${scenario.name}`;

  await settle();
  resetCalls();
  const answer = await post(gateway.url, body);
  const gatewayCalls = callLines();
  const gatewayRounds = roundTrips();
  const errors: { message?: string }[] = answer.json?.errors ?? [];
  if (scenario.requires && errors.some((e) => e.message?.includes(scenario.requires!) || e.message?.includes('_Any'))) {
    return { scenario, status: 'skipped', reason: `no ${scenario.requires} in schema` };
  }
  if (answer.status !== 200 || errors.length > 0 || !answer.json?.data) {
    return { scenario, status: 'failed', reason: `gateway answered ${answer.status}: ${answer.text.slice(0, 300)}` };
  }
  if (scenario.kind === 'write') {
    if (!isPayload(answer.json)) return { scenario, status: 'failed', reason: `the write was refused: ${answer.text.slice(0, 300)}` };
    console.log(`${scenario.name}: checked (${gatewayCalls.length} upstream calls, ${gatewayRounds ?? '?'} round trips); loading`);
    const side = await measure(gateway.url, gateway, body, (text) => isPayload(JSON.parse(text)));
    return { scenario, status: 'ok', gateway: { ...side, rounds: gatewayRounds } };
  }

  resetCalls();
  const floorAnswer = await post(floorUrl, body);
  const floorCalls = callLines();
  const floorRounds = roundTrips();
  if (floorAnswer.status !== 200) return { scenario, status: 'failed', reason: `floor answered ${floorAnswer.status}: ${floorAnswer.text.slice(0, 300)}` };
  if (!isDeepStrictEqual(gatewayCalls, floorCalls)) {
    // Each line with how many more times one side made it than the other.
    const only = (a: string[], b: string[]) =>
      [...new Set(a)].flatMap((line) => {
        const extra = a.filter((x) => x === line).length - b.filter((x) => x === line).length;
        return extra > 0 ? [`${line}${extra > 1 ? ` ×${extra}` : ''}`] : [];
      });
    return {
      scenario,
      status: 'failed',
      reason:
        `the floor's upstream calls differ from the gateway's: gateway only [${only(gatewayCalls, floorCalls).join('; ')}], ` +
        `floor only [${only(floorCalls, gatewayCalls).join('; ')}]`,
    };
  }
  const difference = firstDifference(answer.json, floorAnswer.json, ['gateway', 'floor']);
  if (difference) return { scenario, status: 'failed', reason: `the answers differ at ${difference}` };
  if (gatewayRounds !== floorRounds) console.log(`${scenario.name}: note: round trips differ (gateway ${gatewayRounds}, floor ${floorRounds})`);
  console.log(`${scenario.name}: checked (${gatewayCalls.length} upstream calls, ${gatewayRounds ?? '?'} round trips, same answer); loading`);

  const gatewaySide = await measure(gateway.url, gateway, body, (text) => text === answer.text);
  const floorSide = await measure(floorUrl, floor, body, (text) => text === floorAnswer.text);
  return {
    scenario,
    status: 'ok',
    gateway: { ...gatewaySide, rounds: gatewayRounds },
    floor: { ...floorSide, rounds: floorRounds },
    expected: answer.text,
  };
}

const wanted = process.env.BENCH_SCENARIOS?.split(',').map((name) => name.trim()).filter(Boolean);
const every = allScenarios(data);
const unknown = wanted?.filter((name) => !every.some((s) => s.name === name)) ?? [];
if (unknown.length) {
  console.error(`bench: BENCH_SCENARIOS names unknown scenarios (${unknown.join(', ')}); known: ${every.map((s) => s.name).join(', ')}`);
  process.exit(1);
}
// Writes last: they change what the reads would see.
const chosen = every.filter((s) => !wanted || wanted.includes(s.name)).sort((a, b) => Number(a.kind === 'write') - Number(b.kind === 'write'));

/** Read scenarios also run with tracing on (BENCH_TRACING; default the grants page, `none` for none). */
const tracingSetting = process.env.BENCH_TRACING?.trim() || 'grants-page';
const TRACED = tracingSetting === 'none' ? [] : tracingSetting.split(',').map((name) => name.trim()).filter(Boolean);
const notReads = TRACED.filter((name) => every.find((s) => s.name === name)?.kind !== 'read');
if (notReads.length) {
  console.error(`bench: BENCH_TRACING names ${notReads.join(', ')}, not read scenarios; known: ${every.filter((s) => s.kind === 'read').map((s) => s.name).join(', ')}`);
  process.exit(1);
}
const receiver: OtlpReceiver | undefined = chosen.some((s) => TRACED.includes(s.name)) ? await startOtlpReceiver() : undefined;

const loadBefore = os.loadavg()[0]!;
console.log(
  `bench: upstream latency ${LATENCY_MS} ms, ${CONNECTIONS} connections for about ${DURATION_S} s, then ${PEAK_CONNECTIONS} for about ${PEAK_DURATION_S} s ` +
    '(as many requests as the counting pass would serve in that time); ' +
    'a fresh gateway and floor for each scenario',
);
const results: ScenarioResult[] = [];
try {
  for (const scenario of chosen) {
    const result = await run(scenario);
    if (result.status !== 'ok') console.log(`${scenario.name}: ${result.status}: ${result.reason}`);
    results.push(result);
  }
} finally {
  await Promise.all([...sandboxes.map((s) => s.close()), receiver?.close(), redis?.close()]);
}

// ---------------------------------------------------------------- report

const commit = commitOf(root);
const date = new Date().toISOString().slice(0, 10);
const overrides = [...Object.keys(DEFAULTS), 'BENCH_SCENARIOS', 'BENCH_TRACING', 'BENCH_PROFILE', 'BENCH_LABEL', 'BENCH_WARM', 'BENCH_GATEWAY_NODE_ARGS', 'BENCH_GATEWAY_DIR', 'BENCH_GATEWAY_ENTRY']
  .filter((name) => process.env[name]?.trim())
  .map((name) => `${name}=${process.env[name]!.trim()}`);
const cpus = os.cpus();
const notes: string[] = [];
if (results.some((r) => r.status === 'ok' && r.gateway?.rounds !== r.floor?.rounds && r.floor)) {
  notes.push('Round trips differ between gateway and floor in some scenario: the floor does not mirror the gateway’s parallelism.');
}
for (const r of results) {
  if (typeof r.warm === 'string') notes.push(`${r.scenario.name}, warm catalogue: ${r.warm}`);
  if (r.tracedFailure) notes.push(`${r.scenario.name}, tracing on: ${r.tracedFailure}`);
  const warm = typeof r.warm === 'string' ? undefined : r.warm;
  for (const [who, side] of [['gateway', r.gateway], ['floor', r.floor], ['warm-catalogue gateway', warm], ['gateway with tracing on', r.traced]] as const) {
    for (const [at, l] of side ? ([[CONNECTIONS, side.load], [PEAK_CONNECTIONS, side.peakLoad]] as const) : []) {
      if (l.errors + l.non2xx + l.mismatches > 0) {
        notes.push(
          `${r.scenario.name}, ${who} at ${at} connections: ${l.errors} connection errors, ${l.non2xx} non-2xx, ${l.mismatches} wrong answers` +
            (l.sample ? `; the first wrong answer: ${l.sample}` : ''),
        );
      }
    }
  }
  if (r.status !== 'ok') notes.push(`${r.scenario.name}: ${r.status}: ${r.reason}`);
}
notes.push(
  `Load average (1 min) ${loadBefore.toFixed(2)} at the start, ${os.loadavg()[0]!.toFixed(2)} at the end: ` +
    'on a shared machine, compare ratios from one run, not absolute figures across runs.',
);
const meta: Meta = {
  date,
  commit,
  command: [...overrides, 'npm run bench'].join(' '),
  settings: {
    BENCH_LATENCY_MS: LATENCY_MS,
    BENCH_CONNECTIONS: CONNECTIONS,
    BENCH_DURATION_S: DURATION_S,
    BENCH_PEAK_CONNECTIONS: PEAK_CONNECTIONS,
    BENCH_PEAK_DURATION_S: PEAK_DURATION_S,
    'counting requests': COUNT_REQUESTS,
    'warm catalogue': WARM === 'off' ? 'off' : `CACHE_TTL_SECONDS=60, ${WARM === 'redis' ? 'on Redis' : 'in memory'}`,
  },
  machine: {
    node: process.version,
    cpus: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown'}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()}`,
  },
  idleRssMb,
  runPeakRssMb,
  notes,
};
const output = report(results, meta);
console.log(`\n${output.text}`);
mkdirSync(resultsDir, { recursive: true });
const file = `${resultsDir}${date}-${commit}${LABEL ? `-${LABEL}` : ''}.md`;
writeFileSync(file, output.markdown);
console.log(`\nwritten: ${file.slice(root.length)}`);
if (process.env.BENCH_JSON?.trim()) writeFileSync(process.env.BENCH_JSON.trim(), JSON.stringify({ meta, results }, null, 2));

if (PROFILE) {
  // File names hold the pid. With --import tsx the module loader runs on a thread of its own,
  // profiled apart: a process's main-thread profile is its largest.
  const byPid = new Map<number, string>();
  for (const name of readdirSync(profileDir).filter((n) => n.endsWith('.cpuprofile'))) {
    const path = `${profileDir}/${name}`;
    const pid = Number(name.split('.')[3]);
    if (!profiledPids.has(pid) || statSync(path).mtimeMs < profileStartedAt) continue;
    const held = byPid.get(pid);
    if (!held || statSync(path).size > statSync(held).size) byPid.set(pid, path);
  }
  for (const [pid, path] of byPid) console.log(`\n${profiledPids.get(pid)}: ${summarise(path)}`);
  if (byPid.size === 0) console.log('\nno CPU profile was written (did the processes exit cleanly?)');
}

const failed = results.filter((r) => r.status === 'failed' || r.tracedFailure || failedLoad(r.gateway) || failedLoad(r.floor) || failedLoad(r.traced) || failedLoad(r.warm));
if (failed.length) {
  console.error(`\nbench: ${failed.map((r) => r.scenario.name).join(', ')} failed (see above)`);
  process.exitCode = 1;
}
