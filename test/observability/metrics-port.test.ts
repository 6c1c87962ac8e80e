/**
 * The real process without tracing and with `METRICS_PORT`: /metrics moves to its own port (the
 * public one no longer serves it), and no trace context is sent to the vendors.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMetronomeSandbox, type MetronomeSandbox } from '../../src/sandbox/metronome/server.ts';
import { startSchematicSandbox, type SchematicSandbox } from '../../src/sandbox/schematic/server.ts';
import { post, startGatewayProcess } from './helpers.ts';

let schematic: SchematicSandbox;
let metronome: MetronomeSandbox;

beforeAll(async () => {
  [schematic, metronome] = await Promise.all([startSchematicSandbox(), startMetronomeSandbox()]);
});
afterAll(async () => {
  await Promise.all([schematic?.close(), metronome?.close()]);
});

it('serves /metrics on METRICS_PORT only, and sends no traceparent when no OTLP endpoint is set', async () => {
  const gateway = await startGatewayProcess({
    SCHEMATIC_API_URL: schematic.url,
    SCHEMATIC_API_KEY: 'test-key',
    METRONOME_API_URL: metronome.url,
    METRONOME_BEARER_TOKEN: 'test-token',
    AUTH_MODE: 'none',
    METRICS_PORT: '0',
  });
  const metricsUrl = /metrics at (http:\/\/\S+\/metrics)/.exec(gateway.output())?.[1];
  expect(metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
  expect(gateway.output()).not.toContain('tracing:');

  const { json } = await post<{ credit: { name: string } }>(gateway.base, { query: 'query OneCredit { credit(id: "bcrd_ai_tokens") { name } }' });
  expect(json.data?.credit.name).toBe('AI Tokens');
  expect(schematic.calls.length).toBeGreaterThan(0);
  for (const call of schematic.calls) expect(call.headers.traceparent).toBeUndefined();

  expect((await fetch(`${gateway.base}/metrics`)).status).toBe(404);
  const scraped = await fetch(metricsUrl!);
  expect(scraped.status).toBe(200);
  const text = await scraped.text();
  expect(text).toMatch(/^gateway_graphql_operation_duration_seconds_count\{operation="OneCredit",type="query"\} 1$/m);
  expect(text).toMatch(/^gateway_upstream_request_duration_seconds_count\{vendor="schematic",method="GET",route="\/billing\/credits",status_class="2xx"\} 1$/m);
  expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
  expect((await fetch(metricsUrl!.replace(/\/metrics$/, '/graphql'))).status).toBe(404);

  gateway.child.kill('SIGTERM');
  expect(await gateway.exit).toBe(0);
});
