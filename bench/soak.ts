/**
 * Soak: both sandboxes behind fault-injecting proxies (bench/fault-proxy.ts), the gateway as its
 * own process (`src/main.ts`, configured through the environment exactly as in production) in
 * front of them, and mixed read + mutation GraphQL traffic for SOAK_SECONDS. Reports requests,
 * outcomes and error codes by count, latency percentiles, upstream attempts per request, circuit
 * breaker transitions, and the gateway process's memory at the start and at the end.
 *
 *   npx tsx bench/soak.ts                      3 minutes, default fault rates
 *   SOAK_SECONDS=60 SOAK_CONCURRENCY=16 npx tsx bench/soak.ts
 *
 * Settings (environment): SOAK_SECONDS (180), SOAK_CONCURRENCY (8), SOAK_WRITE_SHARE (0.2),
 * fault rates per upstream request SOAK_FAULT_500 (0.03), SOAK_FAULT_RESET (0.02),
 * SOAK_FAULT_429 (0.02), SOAK_FAULT_MALFORMED (0.02), SOAK_FAULT_DELAY (0.05), SOAK_DELAY_MAX_MS
 * (5000: above the 4 s headers timeout, some delays become timeouts), SOAK_RETRY_AFTER_MAX_S (2).
 * The gateway's own UPSTREAM_* settings are passed through from this environment.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startMetronomeSandbox } from '../src/sandbox/metronome/server.ts';
import { startSchematicSandbox } from '../src/sandbox/schematic/server.ts';
import { startFaultProxy, type FaultName, type FaultRates } from './fault-proxy.ts';

const env = (name: string, fallback: number) => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number >= 0; got "${raw}"`);
  return value;
};

const SECONDS = env('SOAK_SECONDS', 180);
const CONCURRENCY = Math.max(1, Math.floor(env('SOAK_CONCURRENCY', 8)));
const WRITE_SHARE = env('SOAK_WRITE_SHARE', 0.2);
const RATES: FaultRates = {
  error500: env('SOAK_FAULT_500', 0.03),
  reset: env('SOAK_FAULT_RESET', 0.02),
  rateLimit: env('SOAK_FAULT_429', 0.02),
  malformed: env('SOAK_FAULT_MALFORMED', 0.02),
  delay: env('SOAK_FAULT_DELAY', 0.05),
};
const NO_FAULTS: FaultRates = { error500: 0, reset: 0, rateLimit: 0, malformed: 0, delay: 0 };
const root = fileURLToPath(new URL('..', import.meta.url));

// ---------------------------------------------------------------- operations

interface Operation {
  name: string;
  kind: 'read' | 'write';
  query: string;
  variables: () => Record<string, unknown>;
  weight: number;
}

const ACME_CUSTOMER = '6f1c2a4e-0b7d-4c1e-9a55-3d2f8e7a1b01';
const file = (name: string) => readFileSync(`${root}schema/operations/${name}.graphql`, 'utf8');
let serial = 0;

const OPERATIONS: Operation[] = [
  { name: 'CreditOverview', kind: 'read', query: file('CreditOverview'), variables: () => ({}), weight: 3 },
  { name: 'GrantsWithLinks', kind: 'read', query: file('GrantsWithLinks'), variables: () => ({ first: 20 }), weight: 2 },
  {
    name: 'CompanyWithContractCredits',
    kind: 'read',
    query: file('CompanyWithContractCredits'),
    variables: () => ({ id: 'comp_acme', creditsFirst: 5 }),
    weight: 2,
  },
  {
    name: 'ContractCreditDetail',
    kind: 'read',
    query: file('ContractCreditDetail'),
    variables: () => ({ customerId: ACME_CUSTOMER, id: 'def603d1-fb06-44d9-9db3-79fb25615281' }),
    weight: 1,
  },
  { name: 'CreditCatalogue', kind: 'read', query: file('CreditCatalogue'), variables: () => ({}), weight: 1 },
  {
    name: 'updateCredit',
    kind: 'write',
    query: `mutation ($input: UpdateCreditInput!) { updateCredit(input: $input) { __typename ... on MutationError { code } } }`,
    variables: () => ({ input: { id: 'bcrd_ai_tokens', name: `AI tokens ${++serial}` } }),
    weight: 2,
  },
  {
    name: 'grantCreditsToCompany',
    kind: 'write',
    query: `mutation ($input: GrantCreditsToCompanyInput!) { grantCreditsToCompany(input: $input) { __typename ... on MutationError { code } } }`,
    variables: () => ({ input: { companyId: 'comp_hooli', creditId: 'bcrd_ai_tokens', quantity: 1, reason: 'ADJUSTMENT' } }),
    weight: 2,
  },
  {
    name: 'editContractCredit',
    kind: 'write',
    query: `mutation ($input: EditContractCreditInput!) { editContractCredit(input: $input) { __typename ... on MutationError { code } } }`,
    variables: () => ({
      input: {
        customerId: ACME_CUSTOMER,
        creditId: 'ecaf9a30-390f-4c08-b7b0-e0b69bc95bd3',
        accessSchedule: { addScheduleItems: [{ amount: '100', startingAt: '2026-09-01T00:00:00Z', endingBefore: '2026-12-01T00:00:00Z' }] },
      },
    }),
    weight: 1,
  },
];

// ---------------------------------------------------------------- upstreams, proxies, gateway

const [schematicSandbox, metronomeSandbox] = await Promise.all([startSchematicSandbox(), startMetronomeSandbox()]);
const proxyOptions = { rates: NO_FAULTS, delayMaxMs: env('SOAK_DELAY_MAX_MS', 5_000), retryAfterMaxS: env('SOAK_RETRY_AFTER_MAX_S', 2) };
const schematicProxy = await startFaultProxy({ target: schematicSandbox.url, ...proxyOptions });
const metronomeProxy = await startFaultProxy({ target: metronomeSandbox.url, ...proxyOptions });

let startedAt = performance.now();

/** Answers `mem` over IPC with the gateway's memory after a full GC. */
const PROBE = `data:text/javascript,${encodeURIComponent(
  'process.on("message",(m)=>{if(m==="mem"){globalThis.gc?.();process.send(process.memoryUsage())}});process.channel?.unref();',
)}`;
const gatewayProcess = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', '--import', PROBE, 'src/main.ts'], {
  cwd: root,
  env: {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    SANDBOX: '',
    SCHEMATIC_API_URL: schematicProxy.url,
    SCHEMATIC_API_KEY: 'soak',
    METRONOME_API_URL: metronomeProxy.url,
    METRONOME_BEARER_TOKEN: 'soak',
    // Real upstreams require a caller-auth mode; the soak drives the open gateway unless told otherwise.
    AUTH_MODE: process.env.AUTH_MODE ?? 'none',
  },
  stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
});
const breakerLog: string[] = [];
/** A gateway log line's message (its lines are JSON objects when piped; anything else as it is). */
const message = (line: string) => {
  try {
    return (JSON.parse(line) as { msg?: string }).msg ?? line;
  } catch {
    return line;
  }
};
let gatewayLines = 0;
const gatewayUrl = await new Promise<string>((resolve, reject) => {
  gatewayProcess.once('exit', (code) => reject(new Error(`the gateway exited (${code}) before listening`)));
  for (const stream of [gatewayProcess.stdout, gatewayProcess.stderr]) {
    createInterface({ input: stream! }).on('line', (line) => {
      gatewayLines += 1;
      const listening = /GraphiQL at (http:\/\/\S+\/graphql)/.exec(line);
      if (listening?.[1]) resolve(listening[1]);
      if (/circuit breaker/.test(line)) breakerLog.push(`${((performance.now() - startedAt) / 1000).toFixed(1)}s ${message(line)}`);
      if (process.env.SOAK_VERBOSE) console.log(`  gateway: ${line}`);
    });
  }
});
type Memory = NodeJS.MemoryUsage;
function gatewayMemory(): Promise<Memory> {
  return new Promise((resolve) => {
    gatewayProcess.once('message', (message) => resolve(message as Memory));
    gatewayProcess.send('mem');
  });
}

// ---------------------------------------------------------------- traffic

interface Outcome {
  ok: boolean;
  codes: string[];
  ms: number;
}

async function send(op: Operation): Promise<Outcome> {
  const t0 = performance.now();
  const codes: string[] = [];
  try {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: op.query, variables: op.variables() }),
    });
    const result = (await response.json()) as { data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[] };
    if (response.status !== 200) codes.push(`HTTP ${response.status}`);
    for (const error of result.errors ?? []) codes.push(error.extensions?.code ?? 'UNCODED');
    // A mutation's expected failures are typed results, not errors.
    for (const value of Object.values(result.data ?? {})) {
      if (value && typeof value === 'object' && 'code' in value) codes.push(`${value.__typename}:${value.code}`);
    }
  } catch (error) {
    codes.push(`CLIENT ${(error as Error).message}`);
  }
  return { ok: codes.length === 0, codes, ms: performance.now() - t0 };
}

const totalWeight = (kind: Operation['kind'], ops: Operation[]) => ops.filter((o) => o.kind === kind).reduce((s, o) => s + o.weight, 0);
function pick(ops: Operation[]): Operation {
  const kind = Math.random() < WRITE_SHARE ? 'write' : 'read';
  let draw = Math.random() * totalWeight(kind, ops);
  const candidates = ops.filter((o) => o.kind === kind);
  for (const op of candidates) if ((draw -= op.weight) < 0) return op;
  return candidates[candidates.length - 1]!;
}

// Warm-up without faults: every operation must work against this schema (one that does not,
// for example an operation another change renamed, is left out and named).
const operations: Operation[] = [];
for (const op of OPERATIONS) {
  const outcome = await send(op);
  if (outcome.ok) operations.push(op);
  else console.warn(`left out ${op.name}: ${outcome.codes.join(', ')}`);
}
for (let i = 0; i < 50; i++) await send(pick(operations));
const memoryStart = await gatewayMemory();
const before = { schematic: schematicProxy.counts(), metronome: metronomeProxy.counts() };
const callsBefore = { schematic: schematicSandbox.calls.length, metronome: metronomeSandbox.calls.length };

console.log(
  `soak: ${SECONDS} s, concurrency ${CONCURRENCY}, ${Math.round(WRITE_SHARE * 100)}% mutations; faults per upstream request: ` +
    Object.entries(RATES)
      .map(([name, rate]) => `${name} ${(rate * 100).toFixed(1)}%`)
      .join(', '),
);
schematicProxy.setRates(RATES);
metronomeProxy.setRates(RATES);
startedAt = performance.now();
const deadline = startedAt + SECONDS * 1000;
const results: (Outcome & { kind: Operation['kind'] })[] = [];
let peakRss = memoryStart.rss;
const sampler = setInterval(() => {
  void gatewayMemory().then((m) => (peakRss = Math.max(peakRss, m.rss)));
}, 5_000);
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (performance.now() < deadline) {
      const op = pick(operations);
      results.push({ ...(await send(op)), kind: op.kind });
    }
  }),
);
clearInterval(sampler);
const elapsed = (performance.now() - startedAt) / 1000;
const during = (now: Record<FaultName, number>, then: Record<FaultName, number>) =>
  Object.fromEntries(Object.entries(now).map(([name, n]) => [name, n - then[name as FaultName]])) as Record<FaultName, number>;
const proxiedDuring = { schematic: during(schematicProxy.counts(), before.schematic), metronome: during(metronomeProxy.counts(), before.metronome) };
const callsDuring = {
  schematic: schematicSandbox.calls.length - callsBefore.schematic,
  metronome: metronomeSandbox.calls.length - callsBefore.metronome,
};

// Faults off: the gateway must recover on its own (an open breaker closes after its cool-down).
schematicProxy.setRates(NO_FAULTS);
metronomeProxy.setRates(NO_FAULTS);
const recoveryMs = env('UPSTREAM_BREAKER_COOLDOWN_MS', 10_000) + 1_000;
await new Promise((resolve) => setTimeout(resolve, recoveryMs));
let recovered = 0;
for (let i = 0; i < 20; i++) if ((await send(pick(operations))).ok) recovered += 1;
const memoryEnd = await gatewayMemory();

// ---------------------------------------------------------------- report

const pct = (values: number[], p: number) => {
  if (values.length === 0) return '-';
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(0);
};
const row = (name: string, rows: typeof results) => ({
  requests: rows.length,
  ok: rows.filter((r) => r.ok).length,
  'with errors': rows.filter((r) => !r.ok).length,
  'p50 ms': pct(rows.map((r) => r.ms), 50),
  'p99 ms': pct(rows.map((r) => r.ms), 99),
  'max ms': pct(rows.map((r) => r.ms), 100),
  name,
});
const codes = new Map<string, number>();
for (const r of results) for (const code of r.codes) codes.set(code, (codes.get(code) ?? 0) + 1);
const proxied = (counts: Record<FaultName, number>) => Object.values(counts).reduce((s, n) => s + n, 0);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

console.log(`\n${results.length} GraphQL requests in ${elapsed.toFixed(0)} s (${(results.length / elapsed).toFixed(1)} req/s)`);
console.table(Object.fromEntries([row('all', results), row('reads', results.filter((r) => r.kind === 'read')), row('mutations', results.filter((r) => r.kind === 'write'))].map(({ name, ...rest }) => [name, rest])));
console.log('error codes (GraphQL errors, and mutation results as Type:code), by count:');
console.table(Object.fromEntries([...codes].sort((a, b) => b[1] - a[1]).map(([code, n]) => [code, { count: n }])));
console.log('upstream requests seen by the proxies during the run, by injected fault:');
console.table(proxiedDuring);
const upstreamRequests = proxied(proxiedDuring.schematic) + proxied(proxiedDuring.metronome);
console.log(
  `upstream requests per GraphQL request: ${(upstreamRequests / results.length).toFixed(2)}` +
    ` (reaching the sandboxes: Schematic ${callsDuring.schematic}, Metronome ${callsDuring.metronome})`,
);
console.log(`circuit breaker transitions: ${breakerLog.length}${breakerLog.length ? `\n  ${breakerLog.slice(0, 20).join('\n  ')}${breakerLog.length > 20 ? '\n  …' : ''}` : ''}`);
console.log(`after faults stopped (${recoveryMs / 1000} s later): ${recovered}/20 requests ok`);
console.table({
  start: { 'rss MB': mb(memoryStart.rss), 'heap used MB': mb(memoryStart.heapUsed), 'heap total MB': mb(memoryStart.heapTotal), 'external MB': mb(memoryStart.external) },
  end: { 'rss MB': mb(memoryEnd.rss), 'heap used MB': mb(memoryEnd.heapUsed), 'heap total MB': mb(memoryEnd.heapTotal), 'external MB': mb(memoryEnd.external) },
  peak: { 'rss MB': mb(peakRss), 'heap used MB': '', 'heap total MB': '', 'external MB': '' },
});
console.log(`(gateway process memory after a full GC; ${gatewayLines} gateway log lines)`);

gatewayProcess.kill('SIGTERM');
await new Promise((resolve) => gatewayProcess.once('exit', resolve));
await Promise.all([schematicProxy.close(), metronomeProxy.close()]);
await Promise.all([schematicSandbox.close(), metronomeSandbox.close()]);
