/**
 * `npm run bench:peers`: the bench's read scenarios through the gateway and through its closest
 * peer, GraphQL Mesh v1 served by Hive Gateway (bench/peers/), on the same sandboxes with the same
 * latency, measured the way `npm run bench` measures the gateway against its floor.
 *
 * The peer is composed at each run with `mesh-compose` from Schematic's OpenAPI document, read
 * where the contract tests read it (VENDOR_SPECS_DIR, relative to the project root, by default
 * ../shared/specs), into bench/peers/.out/ (not committed). Its dependencies are bench/peers'
 * own, installed with `npm ci --prefix bench/peers` on the first run.
 *
 * For each scenario, on a freshly started gateway and peer:
 *   1. check: one request to each, the peer with its own query for the same data (its schema is
 *      the OpenAPI document's); both answers, put in one shape (ids, quantities, names, enum
 *      values), must be equal, or the run stops with the first difference;
 *   2. warm up (1 s of load, not reported);
 *   3. load at BENCH_CONNECTIONS, then at BENCH_PEAK_CONNECTIONS, a fixed number of requests
 *      each (`timedRequests`): upstream calls per request (at BENCH_CONNECTIONS), p50/p99, req/s,
 *      CPU ms per request, peak RSS.
 * Every answer under load must equal the checked one.
 *
 * As in `npm run bench`, a timed run is a number of requests (here a fixed one), not a duration: a run cut at a
 * duration leaves one request per connection unfinished, whose CPU is counted but not the
 * request, and a side that needs more than the duration to answer its first 100 requests (the
 * peer on a loaded machine) would report mostly that.
 *
 * Settings: BENCH_LATENCY_MS, BENCH_CONNECTIONS, BENCH_PEAK_CONNECTIONS, BENCH_SCENARIOS and
 * BENCH_LABEL, as `npm run bench`; VENDOR_SPECS_DIR. Output: a table on stdout and
 * bench/results/<date>-<sha>[-dirty]-peers[-label].md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMetronomeSandbox } from '../src/sandbox/metronome/server.ts';
import { startSchematicSandbox } from '../src/sandbox/schematic/server.ts';
import { commitOf, countCalls, creditFields, enumValue, firstDifference, gatewayEnv, LABEL, post, setting as benchSetting, waitForIdle, type SettingRule } from './common.ts';
import { load, type LoadResult } from './load.ts';
import { startChild, type Child } from './proc.ts';
import { scenarios as benchScenarios, type Scenario } from './scenarios.ts';
import { seedBenchData } from './seed.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const peersDir = path.join(root, 'bench/peers');
const resultsDir = path.join(root, 'bench/results');

function fail(message: string): never {
  console.error(`bench:peers: ${message}`);
  process.exit(1);
}

// ---------------------------------------------------------------- settings (as npm run bench)

const setting = (name: string, fallback: number, rule: SettingRule) => benchSetting('bench:peers', name, fallback, rule);
const LATENCY_MS = setting('BENCH_LATENCY_MS', 20, 'whole');
const CONNECTIONS = setting('BENCH_CONNECTIONS', 10, 'positive-whole');
const PEAK_CONNECTIONS = setting('BENCH_PEAK_CONNECTIONS', 100, 'positive-whole');
const WARMUP_S = 1;
/** Requests of a timed run: ten per connection, and at least 200 for a p99. */
const timedRequests = (connections: number) => Math.max(200, 10 * connections);

// ---------------------------------------------------------------- the peer's scenarios

type Json = any; // GraphQL answers, read field by field below

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/** A company with its balances, in one shape; balances in credit id order, as both read them from a map. */
const company = (id: string, name: string, balances: { remaining: number; credit: { id: string; name: string } }[]) => ({
  id,
  name,
  creditBalances: balances.map(({ remaining, credit }) => ({ remaining, credit: { id: credit.id, name: credit.name } })).sort((a, b) => byId(a.credit, b.credit)),
});

interface PeerScenario {
  /** The peer's query for the data the scenario's operation reads, in the peer's schema. */
  query: string;
  variables: (scenario: Scenario) => Record<string, unknown>;
  /** Each answer's data, in one shape: what must be equal. */
  gateway: (data: Json) => unknown;
  peer: (data: Json) => unknown;
}

const PEER_SCENARIOS: Record<string, PeerScenario> = {
  // The page itself; the gateway also reads one row more, for hasNextPage, which the peer cannot tell.
  'grants-page': {
    query: `query Grants($limit: BigInt!) {
      listGrantsForCredit(limit: $limit, offset: 0) {
        data { id quantity quantity_remaining grant_reason company_id company_name plan_id plan_name credit { id name description } }
      }
    }`,
    variables: (s) => ({ limit: s.variables.first }),
    gateway: (data) => data.creditGrants.edges.map((e: Json) => e.node),
    peer: (data) =>
      data.listGrantsForCredit.data.map((g: Json) => ({
        id: g.id,
        quantity: g.quantity,
        quantityRemaining: g.quantity_remaining,
        grantReason: enumValue(g.grant_reason),
        company: { id: g.company_id, name: g.company_name },
        plan: g.plan_id ? { id: g.plan_id, name: g.plan_name } : null,
        credit: g.credit,
      })),
  },
  // `_entities` in the peer's terms: the companies by id (Schematic answers them in its own order).
  entities: {
    query: `query Companies($ids: [String]!, $limit: BigInt!) {
      listCompanies(ids: $ids, limit: $limit) {
        data { id name creditBalances { remaining credit { id name } } }
      }
    }`,
    variables: (s) => {
      const ids = (s.variables.representations as { id: string }[]).map((r) => r.id);
      return { ids, limit: ids.length };
    },
    gateway: (data) => data._entities.map((c: Json) => company(c.id, c.name, c.creditBalances)).sort(byId),
    peer: (data) => data.listCompanies.data.map((c: Json) => company(c.id, c.name, c.creditBalances)).sort(byId),
  },
  credit: {
    query: `query Credit($id: String!) {
      getSingleBillingCredit(credit_id: $id) {
        data { id name description singular_name plural_name burn_strategy default_expiry_unit default_expiry_unit_count default_rollover_policy created_at updated_at }
      }
    }`,
    variables: (s) => ({ id: s.variables.id }),
    gateway: (data) => data.credit,
    // Mesh keeps the wire's names and enum spellings.
    peer: ({ getSingleBillingCredit: { data: c } }) => creditFields(c),
  },
};

/** Read scenarios the peer does not run, and why. */
const NOT_COMPARABLE: Record<string, string> = {
  'company-overview':
    'not comparable: a company reaches its Metronome customer through a value in its `keys` list ' +
    '(the entry whose key is `metronome_customer_id`), and Metronome’s credits and contracts are then read with POST ' +
    'bodies keyed by that customer; `@resolveTo` can express none of it, so the peer would be resolvers written by ' +
    'hand, not Mesh’s composition',
};

// ---------------------------------------------------------------- the peer: installed and composed

const specsDir = path.resolve(root, process.env.VENDOR_SPECS_DIR?.trim() || '../shared/specs');
const spec = path.join(specsDir, 'schematic-openapi.yaml');
if (!existsSync(spec)) fail(`no Schematic OpenAPI document at ${spec}: set VENDOR_SPECS_DIR to the folder holding schematic-openapi.yaml`);

const installed = path.join(peersDir, 'node_modules/.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(path.join(peersDir, 'package-lock.json')).mtimeMs) {
  console.log('bench:peers: installing the peer (npm ci --prefix bench/peers)');
  execFileSync('npm', ['ci', '--prefix', peersDir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

console.log(`bench:peers: composing the peer from ${spec} (mesh-compose)`);
mkdirSync(path.join(peersDir, '.out'), { recursive: true });
try {
  execFileSync(path.join(peersDir, 'node_modules/.bin/mesh-compose'), ['-c', 'mesh.config.mjs', '-o', '.out/supergraph.graphql'], {
    cwd: peersDir,
    env: { ...process.env, PEER_SCHEMATIC_SPEC: spec },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
} catch (error) {
  const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
  console.error(`${stdout ?? ''}${stderr ?? ''}`);
  fail('mesh-compose failed (above)');
}

console.log('bench:peers: building the gateway (npm run build)');
execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
const start = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start ?? '';
const startMatch = /^node((?:\s+--?[\w-]+(?:=\S+)?)*)\s+(\S+\.m?js)$/.exec(start.trim());
if (!startMatch) fail(`runs what \`npm start\` runs, a \`node [flags] <file>.js\` script; package.json has "${start}"`);
/** The gateway as `npm start` runs it: its Node flags, then the bundle. */
const gatewayArgs = [...startMatch[1]!.split(/\s+/).filter(Boolean), startMatch[2]!];

// ---------------------------------------------------------------- upstreams

const [schematic, metronome] = await Promise.all([
  startSchematicSandbox({ latencyMs: LATENCY_MS }),
  startMetronomeSandbox({ latencyMs: LATENCY_MS }),
]);
const sandboxes = [schematic, metronome];
const data = seedBenchData(schematic);
const callsEver = countCalls(sandboxes);
const resetCalls = () => sandboxes.forEach((s) => s.resetCalls());
const callCount = () => schematic.calls.length + metronome.calls.length;

// The peer caches nothing, so both make every call: the gateway's catalogue cache stays off.
const env = gatewayEnv({ schematic: schematic.url, metronome: metronome.url });

/** Waits until the gateway, the peer and the upstreams are idle (common.ts). */
const settle = (children: Child[]) => waitForIdle('bench:peers', LATENCY_MS, callsEver, () => children.reduce((sum, child) => sum + child.cpuMs(), 0));

// ---------------------------------------------------------------- check and measure

interface Run {
  connections: number;
  load: LoadResult;
  cpuMsPerRequest: number;
  peakRssMb: number;
}
interface Side {
  callsPerRequest: number;
  runs: [Run, Run];
}
interface Result {
  scenario: Scenario;
  gateway: Side;
  peer: Side;
  /** What the check compared, said briefly: `50 grants`. */
  checked: string;
}

/** Warm-up, then the timed runs at BENCH_CONNECTIONS and BENCH_PEAK_CONNECTIONS, against one side. */
async function measure(url: string, child: Child, children: Child[], body: string, expected: string): Promise<Side> {
  const check = (text: string) => text === expected;
  await load({ url, body, connections: CONNECTIONS, durationS: WARMUP_S, check });
  const timed = async (connections: number): Promise<Run & { calls: number }> => {
    await settle(children);
    resetCalls();
    const peak = child.measurePeak();
    const cpuBefore = child.cpuMs();
    const result = await load({ url, body, connections, amount: timedRequests(connections), check });
    const cpuMs = child.cpuMs() - cpuBefore;
    return { connections, load: result, cpuMsPerRequest: cpuMs / Math.max(1, result.requests), peakRssMb: peak(), calls: callCount() };
  };
  const main = await timed(CONNECTIONS);
  const peak = await timed(PEAK_CONNECTIONS);
  return { callsPerRequest: Math.round((100 * main.calls) / Math.max(1, main.load.requests)) / 100, runs: [main, peak] };
}

/** The run stops at a scenario whose answers differ: its figures would compare different work. */
class Mismatch extends Error {}

async function run(scenario: Scenario, peerScenario: PeerScenario): Promise<Result> {
  const started = await Promise.allSettled([
    startChild('gateway', gatewayArgs, env, /GraphiQL at (http:\/\/\S+\/graphql)/, root),
    // As deployed: NODE_ENV=production (graphql-js then skips its second-copy checks, as the gateway's bundle does).
    startChild('peer', ['serve.mjs'], { ...env, NODE_ENV: 'production' }, /peer listening at (http:\/\/\S+)/, peersDir),
  ]);
  const children = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  try {
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    const [gateway, peer] = children as [Child, Child];
    const gatewayBody = JSON.stringify({ query: scenario.query, variables: scenario.variables });
    const peerBody = JSON.stringify({ query: peerScenario.query, variables: peerScenario.variables(scenario) });

    await settle(children);
    const answers = [];
    for (const [who, url, body] of [['gateway', gateway.url, gatewayBody], ['peer', peer.url, peerBody]] as const) {
      resetCalls();
      const answer = await post(url, body);
      if (answer.status !== 200 || answer.json?.errors || !answer.json?.data) {
        throw new Mismatch(`${scenario.name}: the ${who} answered ${answer.status}: ${answer.text.slice(0, 400)}`);
      }
      answers.push({ ...answer, calls: callCount() });
    }
    const [g, p] = answers as [(typeof answers)[0], (typeof answers)[0]];
    const same = [peerScenario.gateway(g.json.data), peerScenario.peer(p.json.data)] as const;
    const difference = firstDifference(...same, ['gateway', 'peer']);
    if (difference) throw new Mismatch(`${scenario.name}: the gateway and the peer answer different data, first at ${difference}`);
    const checked = Array.isArray(same[0]) ? `${same[0].length} items` : 'one item';
    console.log(`${scenario.name}: same data (${checked}); gateway ${g.calls} calls, peer ${p.calls}; loading`);

    return {
      scenario,
      checked,
      gateway: await measure(gateway.url, gateway, children, gatewayBody, g.text),
      peer: await measure(peer.url, peer, children, peerBody, p.text),
    };
  } finally {
    await Promise.all(children.map((child) => child.stop()));
  }
}

// ---------------------------------------------------------------- the run

const every = benchScenarios(data).filter((s) => s.kind === 'read');
const wanted = process.env.BENCH_SCENARIOS?.split(',').map((name) => name.trim()).filter(Boolean);
const unknown = wanted?.filter((name) => !every.some((s) => s.name === name)) ?? [];
if (unknown.length) fail(`BENCH_SCENARIOS names unknown read scenarios (${unknown.join(', ')}); known: ${every.map((s) => s.name).join(', ')}`);
const chosen = every.filter((s) => !wanted || wanted.includes(s.name));

const loadBefore = os.loadavg();
console.log(
  `bench:peers: upstream latency ${LATENCY_MS} ms; ${timedRequests(CONNECTIONS)} requests over ${CONNECTIONS} connections, then ${timedRequests(PEAK_CONNECTIONS)} over ${PEAK_CONNECTIONS}; ` +
    `a fresh gateway and peer for each scenario; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`,
);
const results: Result[] = [];
const skipped: string[] = [];
try {
  for (const scenario of chosen) {
    const peerScenario = PEER_SCENARIOS[scenario.name];
    if (!peerScenario) {
      skipped.push(`\`${scenario.name}\`: ${NOT_COMPARABLE[scenario.name] ?? 'no peer query'}`);
      console.log(`${scenario.name}: ${NOT_COMPARABLE[scenario.name] ?? 'no peer query'}`);
      continue;
    }
    results.push(await run(scenario, peerScenario));
  }
} catch (error) {
  if (!(error instanceof Mismatch)) throw error;
  fail(error.message);
} finally {
  await Promise.all(sandboxes.map((s) => s.close()));
}
const loadAfter = os.loadavg();

// ---------------------------------------------------------------- report

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '-');
const whole = (v: number) => v.toFixed(0);
const cpu = (v: number) => v.toFixed(2);
const calls = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2));
const ratio = (a: number, b: number) => (a > 0 && b > 0 && Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '-');
const problems = (l: LoadResult) => l.errors + l.non2xx + l.mismatches;

function rows(index: 0 | 1): string[][] {
  const c = index === 0 ? CONNECTIONS : PEAK_CONNECTIONS;
  const header = [
    'scenario',
    'calls/req gw / peer',
    `req/s @${c} gw / peer`,
    'req/s ×',
    'p50 ms gw / peer',
    'p50 ×',
    'p99 ms gw / peer',
    'p99 ×',
    'CPU ms/req gw / peer',
    'CPU ×',
    'peak RSS MB gw / peer',
    'RSS ×',
  ];
  return [
    header,
    ...results.map(({ scenario, gateway, peer }) => {
      const [g, p] = [gateway.runs[index], peer.runs[index]];
      const pair = (f: (r: Run) => number, format: (v: number) => string) => [`${format(f(g))} / ${format(f(p))}`, ratio(f(g), f(p))];
      const errors = [g, p].some((r) => problems(r.load) > 0) ? ' (errors)' : '';
      return [
        scenario.name + errors,
        `${calls(gateway.callsPerRequest)} / ${calls(peer.callsPerRequest)}`,
        ...pair((r) => r.load.rps, whole),
        ...pair((r) => r.load.p50, ms),
        ...pair((r) => r.load.p99, ms),
        ...pair((r) => r.cpuMsPerRequest, cpu),
        ...pair((r) => r.peakRssMb, whole),
      ];
    }),
  ];
}

function text(table: string[][]): string {
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(table[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...table.slice(1).map(line)].join('\n');
}
function markdown(table: string[][]): string {
  const line = (row: string[]) => `| ${row.join(' | ')} |`;
  return [line(table[0]!), `|${table[0]!.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...table.slice(1).map(line)].join('\n');
}

const peerVersion = (name: string) => (JSON.parse(readFileSync(path.join(peersDir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const commit = commitOf(root);
const date = new Date().toISOString().slice(0, 10);
const overrides = ['BENCH_LATENCY_MS', 'BENCH_CONNECTIONS', 'BENCH_PEAK_CONNECTIONS', 'BENCH_SCENARIOS', 'BENCH_LABEL', 'VENDOR_SPECS_DIR']
  .filter((name) => process.env[name]?.trim())
  .map((name) => `${name}=${process.env[name]!.trim()}`);
const settings =
  `BENCH_LATENCY_MS=${LATENCY_MS} BENCH_CONNECTIONS=${CONNECTIONS} (${timedRequests(CONNECTIONS)} requests) ` +
  `BENCH_PEAK_CONNECTIONS=${PEAK_CONNECTIONS} (${timedRequests(PEAK_CONNECTIONS)} requests)`;
const cpus = os.cpus();
const machine =
  `node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
  `${os.type()} ${os.release()}; load average (1, 5, 15 min) ${loadBefore.map((l) => l.toFixed(2)).join(', ')} at the start, ` +
  `${loadAfter.map((l) => l.toFixed(2)).join(', ')} at the end`;
const peer =
  `GraphQL Mesh v1 (@graphql-mesh/compose-cli ${peerVersion('@graphql-mesh/compose-cli')}, @omnigraph/openapi ${peerVersion('@omnigraph/openapi')}) ` +
  `served by Hive Gateway (@graphql-hive/gateway-runtime ${peerVersion('@graphql-hive/gateway-runtime')}, @graphql-mesh/transport-rest ${peerVersion('@graphql-mesh/transport-rest')})`;
const notes = [
  ...results.flatMap(({ scenario, gateway, peer }) =>
    [gateway, peer].flatMap((side, i) =>
      side.runs
        .filter((r) => problems(r.load) > 0)
        .map(
          (r) =>
            `${scenario.name}, ${i === 0 ? 'gateway' : 'peer'} at ${r.connections} connections: ${r.load.errors} connection errors, ` +
            `${r.load.non2xx} non-2xx, ${r.load.mismatches} wrong answers${r.load.sample ? `; the first: ${r.load.sample}` : ''}`,
        ),
    ),
  ),
  ...skipped,
];

const plain = [
  `credits-gateway against its peer, ${date}, ${commit}`,
  `peer: ${peer}`,
  `settings: ${settings}`,
  `machine: ${machine}`,
  '',
  text(rows(0)),
  '',
  text(rows(1)),
  ...notes.map((n) => `- ${n}`),
].join('\n');
console.log(`\n${plain}`);

const md = [
  `# Gateway and peer ${date} (${commit})`,
  '',
  `Command: \`${[...overrides, 'npm run bench:peers'].join(' ')}\``,
  '',
  `Peer: ${peer}, composed from Schematic’s OpenAPI document; links by batched \`@resolveTo\` keyed by id (bench/peers/).`,
  '',
  `Settings: ${settings}. Machine: ${machine}.`,
  '',
  'Each scenario runs on a freshly started gateway and peer, after checking that both answer the same data ' +
    `(${results.map((r) => `\`${r.scenario.name}\`: ${r.checked}`).join(', ')}). Calls per request are counted at the sandboxes; ` +
    'CPU ms/req is the process’s CPU time over the timed run divided by its requests; peak RSS is its high-water mark ' +
    'during the run; ratios are gateway / peer.',
  '',
  `## At ${CONNECTIONS} concurrent requests`,
  '',
  markdown(rows(0)),
  '',
  `## At ${PEAK_CONNECTIONS} concurrent requests`,
  '',
  markdown(rows(1)),
  '',
  ...notes.map((n) => `- ${n}`),
  '',
].join('\n');
mkdirSync(resultsDir, { recursive: true });
const file = path.join(resultsDir, `${date}-${commit}-peers${LABEL ? `-${LABEL}` : ''}.md`);
writeFileSync(file, md);
console.log(`\nwritten: ${path.relative(root, file)}`);
if (results.some(({ gateway, peer }) => [...gateway.runs, ...peer.runs].some((r) => problems(r.load) > 0))) {
  console.error('bench:peers: some requests failed under load (see above)');
  process.exitCode = 1;
}
