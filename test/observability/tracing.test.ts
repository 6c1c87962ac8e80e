/**
 * Tracing through the real process: `OTEL_EXPORTER_OTLP_ENDPOINT` points the gateway at a real
 * OTLP/HTTP receiver on loopback, which decodes the protobuf spans it is sent. Schematic is
 * reached through a fault-injecting proxy in front of its sandbox, so retries and an open
 * circuit breaker show in the spans; both sandboxes record the headers each call arrived with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy, type FaultRates } from '../../bench/fault-proxy.ts';
import { startMetronomeSandbox, type MetronomeSandbox } from '../../src/sandbox/metronome/server.ts';
import { startSchematicSandbox, type SchematicSandbox } from '../../src/sandbox/schematic/server.ts';
import { SPAN_KIND, STATUS, startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from '../helpers/otlp.ts';
import { post, startGatewayProcess, type GatewayProcess } from './helpers.ts';

const operation = (name: string) => readFileSync(join(import.meta.dirname, `../../schema/operations/${name}.graphql`), 'utf8');
const NO_FAULTS: FaultRates = { error500: 0, reset: 0, rateLimit: 0, malformed: 0, delay: 0 };

let receiver: OtlpReceiver;
let schematic: SchematicSandbox;
let metronome: MetronomeSandbox;
let proxy: FaultProxy;
let gateway: GatewayProcess;

beforeAll(async () => {
  [receiver, schematic, metronome] = await Promise.all([startOtlpReceiver(), startSchematicSandbox(), startMetronomeSandbox()]);
  proxy = await startFaultProxy({ target: schematic.url, rates: NO_FAULTS, delayMaxMs: 0, retryAfterMaxS: 0 });
  gateway = await startGatewayProcess({
    SCHEMATIC_API_URL: proxy.url,
    SCHEMATIC_API_KEY: 'test-key',
    METRONOME_API_URL: metronome.url,
    METRONOME_BEARER_TOKEN: 'test-token',
    AUTH_MODE: 'none',
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
    OTEL_SERVICE_NAME: 'gateway-under-test',
    OTEL_BSP_SCHEDULE_DELAY: '50',
    UPSTREAM_RETRY_BASE_DELAY_MS: '1',
    UPSTREAM_RETRY_MAX_DELAY_MS: '5',
    UPSTREAM_BREAKER_THRESHOLD: '3',
  });
});

afterAll(async () => {
  await Promise.all([receiver?.close(), proxy?.close()]);
  await Promise.all([schematic?.close(), metronome?.close()]);
});

const inTrace = (traceId: string) => (spans: ReceivedSpan[]) => spans.filter((span) => span.traceId === traceId);
/** The one span of `spans` named `name`. */
function one(spans: ReceivedSpan[], name: string): ReceivedSpan {
  const found = spans.filter((span) => span.name === name);
  expect(found.map((span) => span.name), `exactly one span named ${name}`).toEqual([name]);
  return found[0]!;
}
/** The trace id the gateway's answer to a request without traceparent started: read from the trace's server span. */
const newTraces = (before: Set<string>, spans: ReceivedSpan[]) =>
  spans.filter((span) => span.kind === SPAN_KIND.server && !before.has(span.traceId)).map((span) => span.traceId);

describe('tracing (OTEL_EXPORTER_OTLP_ENDPOINT set)', () => {
  it("continues the caller's trace through the operation to every upstream call, and sends each call's context to the vendor", async () => {
    expect(gateway.output()).toContain(`tracing: spans exported over OTLP/HTTP to ${receiver.endpoint}/v1/traces`);
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpanId = '00f067aa0ba902b7';
    schematic.resetCalls();
    metronome.resetCalls();
    const { status, json } = await post(
      gateway.base,
      { query: operation('CompanyWithContractCredits'), variables: { id: 'comp_acme' } },
      { traceparent: `00-${traceId}-${callerSpanId}-01`, tracestate: 'caller=1' },
    );
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();

    const spans = inTrace(traceId)(
      await receiver.waitFor((all) => inTrace(traceId)(all).some((span) => span.kind === SPAN_KIND.server) && inTrace(traceId)(all).filter((span) => span.kind === SPAN_KIND.client).length >= 6),
    );
    const server = one(spans, 'POST /graphql');
    expect(server).toMatchObject({
      kind: SPAN_KIND.server,
      parentSpanId: callerSpanId,
      traceState: 'caller=1',
      attributes: { 'http.request.method': 'POST', 'http.route': '/graphql', 'http.response.status_code': 200 },
      resource: { 'service.name': 'gateway-under-test' },
      scope: 'credits-gateway',
    });
    const op = one(spans, 'query CompanyWithContractCredits');
    expect(op).toMatchObject({
      parentSpanId: server.spanId,
      attributes: { 'graphql.operation.name': 'CompanyWithContractCredits', 'graphql.operation.type': 'query' },
      status: { code: STATUS.unset },
    });
    for (const phase of ['graphql.parse', 'graphql.validate', 'graphql.execute']) expect(one(spans, phase).parentSpanId).toBe(op.spanId);
    const execute = one(spans, 'graphql.execute');

    const clients = spans.filter((span) => span.kind === SPAN_KIND.client);
    expect(clients.map((span) => span.name).sort()).toEqual([
      'GET /billing/credits',
      'GET /billing/credits/grants/company/list',
      'GET /companies',
      'GET /v1/customers',
      'POST /v1/contracts/customerCredits/list',
      'POST /v2/contracts/list',
    ]);
    for (const span of clients) {
      expect(span.parentSpanId).toBe(execute.spanId);
      expect(span.attributes).toMatchObject({
        'credits_gateway.upstream': span.name.includes('/v') ? 'metronome' : 'schematic',
        'url.template': span.name.split(' ')[1],
        'http.response.status_code': 200,
        'credits_gateway.attempt': 1,
        'credits_gateway.breaker_state': 'closed',
      });
      expect(span.status.code).toBe(STATUS.unset);
    }
    // Every vendor call carried its own span as parent, in the caller's trace, with the caller's tracestate.
    const calls = [...schematic.calls, ...metronome.calls];
    expect(calls).toHaveLength(6);
    for (const call of calls) {
      const [, callTrace, parent, flags] = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/.exec(String(call.headers.traceparent)) ?? [];
      expect({ callTrace, flags, tracestate: call.headers.tracestate }).toEqual({ callTrace: traceId, flags: '01', tracestate: 'caller=1' });
      expect(clients.map((span) => span.spanId)).toContain(parent);
    }
    // No id in any name or attribute: the company id, its Metronome customer's UUID, credit ids.
    const text = JSON.stringify(spans);
    for (const id of ['comp_acme', '6f1c2a4e-0b7d-4c1e-9a55-3d2f8e7a1b01', 'bcrd_']) expect(text).not.toContain(id);
  });

  it('an operation the fast lane answers (src/fastLane.ts) has the same spans, without parse and validate', async () => {
    const body = { query: operation('CompanyWithContractCredits'), variables: { id: 'comp_acme' } };
    // Run on graphql-js, then compiled by yoga (COMPILE_AFTER_RUNS=1): the third request is the lane's.
    for (let run = 0; run < 2; run++) expect((await post(gateway.base, body)).status).toBe(200);
    const traceId = '5bf92f3577b34da6a3ce929d0e0e4737';
    const callerSpanId = '10f067aa0ba902b8';
    const { status, json } = await post(gateway.base, body, { traceparent: `00-${traceId}-${callerSpanId}-01` });
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    // Five calls: the credits' catalogue read is cached since the first run (CACHE_TTL_SECONDS).
    const spans = inTrace(traceId)(
      await receiver.waitFor((all) => inTrace(traceId)(all).some((span) => span.kind === SPAN_KIND.server) && inTrace(traceId)(all).filter((span) => span.kind === SPAN_KIND.client).length >= 5),
    );
    const server = one(spans, 'POST /graphql');
    expect(server).toMatchObject({ kind: SPAN_KIND.server, parentSpanId: callerSpanId, attributes: { 'http.route': '/graphql', 'http.response.status_code': 200 } });
    const op = one(spans, 'query CompanyWithContractCredits');
    expect(op).toMatchObject({
      parentSpanId: server.spanId,
      attributes: { 'graphql.operation.name': 'CompanyWithContractCredits', 'graphql.operation.type': 'query' },
    });
    const execute = one(spans, 'graphql.execute');
    expect(execute.parentSpanId).toBe(op.spanId);
    const clients = spans.filter((span) => span.kind === SPAN_KIND.client);
    expect(clients).toHaveLength(5);
    for (const span of clients) expect(span.parentSpanId).toBe(execute.spanId);
    // Nothing was parsed or validated: the lane ran the operation yoga had compiled.
    expect(spans.filter((span) => span.kind !== SPAN_KIND.client).map((span) => span.name).sort()).toEqual([
      'POST /graphql',
      'graphql.execute',
      'query CompanyWithContractCredits',
    ]);
  });

  it('names an upstream span by its route template, never by the id in its path', async () => {
    const before = new Set(receiver.spans.map((span) => span.traceId));
    const { json } = await post<{ updateCredit: { __typename: string } }>(gateway.base, {
      query: operation('UpdateCredit'),
      variables: { input: { id: 'bcrd_ai_tokens', name: 'AI Tokens', description: 'Tokens for the AI features' } },
    });
    expect(json.data?.updateCredit.__typename).toBe('UpdateCreditPayload');
    const spans = await receiver.waitFor((all) => all.some((span) => !before.has(span.traceId) && span.name === 'PUT /billing/credits/{id}'));
    const put = spans.find((span) => !before.has(span.traceId) && span.name === 'PUT /billing/credits/{id}')!;
    expect(put.attributes).toMatchObject({ 'http.request.method': 'PUT', 'url.template': '/billing/credits/{id}', 'http.response.status_code': 200 });
    expect(JSON.stringify(spans.filter((span) => span.traceId === put.traceId))).not.toContain('bcrd_ai_tokens');
  });

  it('shows each retry with its attempt number and reason, then the circuit breaker refusing', async () => {
    proxy.setRates({ ...NO_FAULTS, error500: 1 });
    try {
      const before = new Set(receiver.spans.map((span) => span.traceId));
      const failed = await post(gateway.base, { query: 'query OneCredit { credit(id: "bcrd_ai_tokens") { name } }' });
      expect(failed.json.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      const [traceId] = newTraces(before, await receiver.waitFor((all) => newTraces(before, all).length === 1));
      const spans = await receiver.waitFor((all) => all.filter((span) => span.traceId === traceId && span.kind === SPAN_KIND.client).length === 3);
      const attempts = spans
        .filter((span) => span.traceId === traceId && span.kind === SPAN_KIND.client)
        .sort((a, b) => Number(a.attributes['credits_gateway.attempt']) - Number(b.attributes['credits_gateway.attempt']));
      expect(attempts.map((span) => [span.name, span.attributes['credits_gateway.attempt'], span.attributes['credits_gateway.retry_reason'], span.attributes['http.request.resend_count']])).toEqual([
        ['GET /billing/credits', 1, undefined, undefined],
        ['GET /billing/credits', 2, 'server 500', 1],
        ['GET /billing/credits', 3, 'server 500', 2],
      ]);
      for (const span of attempts) {
        expect(span.attributes).toMatchObject({ 'http.response.status_code': 500, 'error.type': 'server' });
        expect(span.status.code).toBe(STATUS.error);
      }
      const op = spans.find((span) => span.traceId === traceId && span.name === 'query OneCredit')!;
      expect(op.status.code).toBe(STATUS.error);
      expect(op.attributes['graphql.error.codes']).toEqual(['UPSTREAM_UNAVAILABLE']);

      // Three failures in a row opened Schematic's breaker (UPSTREAM_BREAKER_THRESHOLD=3): the next attempt is refused unsent.
      const seen = new Set(receiver.spans.map((span) => span.traceId));
      const refused = await post(gateway.base, { query: 'query OneCredit { credit(id: "bcrd_ai_tokens") { name } }' });
      expect(refused.json.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      const [refusedTrace] = newTraces(seen, await receiver.waitFor((all) => newTraces(seen, all).length === 1));
      const refusal = (await receiver.waitFor((all) => all.some((span) => span.traceId === refusedTrace && span.kind === SPAN_KIND.client))).find(
        (span) => span.traceId === refusedTrace && span.kind === SPAN_KIND.client,
      )!;
      expect(refusal.attributes).toMatchObject({ 'credits_gateway.breaker_state': 'open', 'error.type': 'circuit_open' });
      expect(refusal.attributes['http.response.status_code']).toBeUndefined();
    } finally {
      proxy.setRates(NO_FAULTS);
    }
  });
});
