/**
 * `GET /metrics` after real traffic: a gateway over both sandboxes on loopback, Schematic behind a
 * fault-injecting proxy (429s, then 500s until its circuit breaker opens), scraped through the
 * gateway's own HTTP surface and parsed as Prometheus text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy, type FaultRates } from '../../bench/fault-proxy.ts';
import { GatewayMetrics, MAX_OPERATION_NAMES } from '../../src/observability/metrics.ts';
import { upstreamObserver } from '../../src/observability/upstream.ts';
import { startMetronomeSandbox, type MetronomeSandbox } from '../../src/sandbox/metronome/server.ts';
import { startSchematicSandbox, type SchematicSandbox } from '../../src/sandbox/schematic/server.ts';
import { createGateway } from '../../src/server.ts';
import { MetronomeClient } from '../../src/upstream/metronome/client.ts';
import { retryPolicy } from '../../src/upstream/core/retry.ts';
import { SchematicClient } from '../../src/upstream/schematic/client.ts';
import { quiet } from '../helpers/gateway.ts';

const NO_FAULTS: FaultRates = { error500: 0, reset: 0, rateLimit: 0, malformed: 0, delay: 0 };
const KEY = 'sch_metrics_test_key';
const TOKEN = 'metronome-metrics-test-token';
const PERSISTED_ID = 'sha256:0000000000000000000000000000000000000000000000000000000000000001';
const PERSISTED = 'query PersistedCreditName { credit(id: "bcrd_ai_tokens") { name } }';
const ONE_CREDIT = 'query OneCredit { credit(id: "bcrd_ai_tokens") { name } }';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus text format: one sample a line, `# HELP`/`# TYPE` comments left out. */
function parseExposition(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a sample line: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1]!, m[2]!]));
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

let schematic: SchematicSandbox;
let metronome: MetronomeSandbox;
let proxy: FaultProxy;
let clients: { schematic: SchematicClient; metronome: MetronomeClient };
let metrics: GatewayMetrics;
let yoga: ReturnType<typeof createGateway>;

beforeAll(async () => {
  [schematic, metronome] = await Promise.all([startSchematicSandbox(), startMetronomeSandbox()]);
  proxy = await startFaultProxy({ target: schematic.url, rates: NO_FAULTS, delayMaxMs: 0, retryAfterMaxS: 0 });
  metrics = new GatewayMetrics();
  const observer = upstreamObserver({ metrics });
  const calls = { timeoutMs: 5_000, retry: retryPolicy({ baseDelayMs: 1, maxDelayMs: 2 }), breaker: { threshold: 3, cooldownMs: 60_000 }, observer };
  clients = {
    schematic: new SchematicClient({ baseUrl: proxy.url, apiKey: KEY, ...calls }),
    metronome: new MetronomeClient({ baseUrl: metronome.url, token: TOKEN, ...calls }),
  };
  yoga = createGateway({ upstreams: clients, logger: quiet, metrics, persistedOperations: { manifest: { [PERSISTED_ID]: PERSISTED } } });
});

afterAll(async () => {
  await Promise.all([clients?.schematic.close(), clients?.metronome.close()]);
  await proxy?.close();
  await Promise.all([schematic?.close(), metronome?.close()]);
});

/** POSTs a GraphQL body; `TData` is what the caller reads of its selection. */
async function graphql<TData = Record<string, unknown>>(body: object) {
  const response = await yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { data?: TData; errors?: { extensions?: { code?: string } }[] };
}

async function withFaults<T>(rates: Partial<FaultRates>, run: () => Promise<T>): Promise<T> {
  proxy.setRates({ ...NO_FAULTS, ...rates });
  try {
    return await run();
  } finally {
    proxy.setRates(NO_FAULTS);
  }
}

describe('GET /metrics', () => {
  let samples: Sample[];
  const series = (name: string, labels: Record<string, string> = {}) =>
    samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  const value = (name: string, labels: Record<string, string> = {}) => series(name, labels).reduce((sum, s) => sum + s.value, 0);

  beforeAll(async () => {
    const overview = readFileSync(join(import.meta.dirname, '../../schema/operations/CompanyWithContractCredits.graphql'), 'utf8');
    expect((await graphql({ query: overview, variables: { id: 'comp_acme' } })).errors).toBeUndefined();
    // A client naming every request differently: the names beyond the cap share one label.
    for (let i = 0; i < MAX_OPERATION_NAMES + 5; i++) {
      expect((await graphql({ query: `query Named${i} { nope }` })).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    // A persisted operation keeps its own label however many names clients have used.
    expect((await graphql<{ credit: { name: string } }>({ documentId: PERSISTED_ID })).data?.credit.name).toBe('AI Tokens');
    expect((await graphql({ query: '{ credit(id: "bcrd_ai_tokens") { name } }' })).errors).toBeUndefined();
    // A write whose path holds the credit's id.
    const update = 'mutation { updateCredit(input: { id: "bcrd_ai_tokens", name: "AI Tokens", description: "Tokens" }) { __typename } }';
    expect((await graphql<{ updateCredit: { __typename: string } }>({ query: update })).data?.updateCredit.__typename).toBe('UpdateCreditPayload');
    // Schematic rate-limits every attempt (3 sends, Retry-After 0), then fails every attempt until its breaker opens.
    const limited = await withFaults({ rateLimit: 1 }, () => graphql({ query: ONE_CREDIT }));
    expect(limited.errors?.[0]?.extensions?.code).toBe('UPSTREAM_RATE_LIMITED');
    const failed = await withFaults({ error500: 1 }, () => graphql({ query: ONE_CREDIT }));
    expect(failed.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(clients.schematic.health().state).toBe('open');
    metrics.rateLimited();

    const response = await yoga.fetch('http://gateway.test/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    samples = parseExposition(await response.text());
  });

  it('times operations by name, capped, `anonymous` without one, persisted operations always by theirs', () => {
    const count = 'gateway_graphql_operation_duration_seconds_count';
    expect(value(count, { operation: 'CompanyWithContractCredits', type: 'query' })).toBe(1);
    expect(value(count, { operation: 'PersistedCreditName', type: 'query' })).toBe(1);
    expect(value(count, { operation: 'anonymous', type: 'query' })).toBe(1);
    expect(value(count, { operation: 'anonymous', type: 'mutation' })).toBe(1);
    const names = new Set(series(count).map((s) => s.labels.operation));
    const own = [...names].filter((name) => !['anonymous', 'other', 'PersistedCreditName'].includes(name!));
    expect(own.sort()).toEqual(['CompanyWithContractCredits', ...Array.from({ length: MAX_OPERATION_NAMES - 1 }, (_, i) => `Named${i}`)].sort());
    // Named99..Named104, then OneCredit twice: new names once the cap is reached.
    expect(value(count, { operation: 'other' })).toBe(8);
    expect(value(count, { operation: 'OneCredit' })).toBe(0);
    expect(value('gateway_graphql_operation_duration_seconds_bucket', { operation: 'CompanyWithContractCredits', le: '+Inf' })).toBe(1);
  });

  it('counts the errors sent to callers by extensions.code', () => {
    expect(value('gateway_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(MAX_OPERATION_NAMES + 5);
    expect(value('gateway_graphql_errors_total', { code: 'UPSTREAM_RATE_LIMITED' })).toBe(1);
    expect(value('gateway_graphql_errors_total', { code: 'UPSTREAM_UNAVAILABLE' })).toBe(1);
  });

  it('times every upstream attempt by vendor, method, route template and status class, and counts retries and 429s', () => {
    const count = 'gateway_upstream_request_duration_seconds_count';
    expect(value(count, { vendor: 'schematic', method: 'GET', route: '/companies', status_class: '2xx' })).toBe(1);
    expect(value(count, { vendor: 'metronome', method: 'POST', route: '/v2/contracts/list', status_class: '2xx' })).toBe(1);
    expect(value(count, { vendor: 'schematic', method: 'PUT', route: '/billing/credits/{id}', status_class: '2xx' })).toBe(1);
    expect(value(count, { vendor: 'schematic', method: 'GET', route: '/billing/credits', status_class: '4xx' })).toBe(3);
    // The third 500 opened the breaker: its retry was refused unsent, and is not an attempt.
    expect(value(count, { vendor: 'schematic', method: 'GET', route: '/billing/credits', status_class: '5xx' })).toBe(3);
    expect(value('gateway_upstream_retries_total', { vendor: 'schematic' })).toBe(4);
    expect(value('gateway_upstream_retries_total', { vendor: 'metronome' })).toBe(0);
    expect(value('gateway_upstream_rate_limited_total', { vendor: 'schematic' })).toBe(3);
  });

  it("reports each vendor's breaker state, requests in flight, rate-limit refusals and Node's process metrics", () => {
    expect(value('gateway_upstream_circuit_breaker_state', { vendor: 'schematic', state: 'open' })).toBe(1);
    expect(value('gateway_upstream_circuit_breaker_state', { vendor: 'schematic', state: 'closed' })).toBe(0);
    expect(value('gateway_upstream_circuit_breaker_state', { vendor: 'metronome', state: 'closed' })).toBe(1);
    expect(series('gateway_http_requests_in_flight')).toEqual([{ name: 'gateway_http_requests_in_flight', labels: {}, value: 0 }]);
    expect(value('gateway_rate_limit_refusals_total')).toBe(1);
    for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_seconds']) {
      expect(series(name).length, name).toBeGreaterThan(0);
    }
  });

  it('never puts an id, a company, a key or a token in a label', () => {
    const store = schematic.store;
    const forbidden = [
      ...[store.credits, store.bundles, store.grants, store.planGrants, store.companies, store.plans, store.features].flatMap((map) => [...map.keys()]),
      ...[...store.companies.values()].map((company) => company.name),
      ...metronome.store.customers.flatMap((customer) => [customer.id, customer.name]),
      KEY,
      TOKEN,
    ];
    const values = [...new Set(samples.flatMap((s) => Object.values(s.labels)))];
    expect(values.length).toBeGreaterThan(20);
    for (const label of values) {
      expect(label).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
      expect(label).not.toMatch(/\b(comp|bcrd|bcgr|bcb|bpcg|plan|feat)_/);
      for (const id of forbidden) expect(label).not.toContain(id);
    }
  });
});
