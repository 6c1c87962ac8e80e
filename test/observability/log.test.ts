/**
 * The gateway's log lines through yoga (src/observability/log.ts): request ids in and out, the
 * active span's ids, the readable format, the redaction net, and unexpected errors.
 */
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { context, ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, formatLine } from '../../src/observability/log.ts';
import { logUpstreamFailuresOnce } from '../../src/schema/errors/toGraphQL.ts';
import { memoryLogger } from '../helpers/log.ts';
import { mockGateway, type MockGateway } from '../helpers/mock-gateway.ts';

let gw: MockGateway | undefined;
afterEach(async () => {
  await gw?.close();
  gw = undefined;
  context.disable();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A gateway whose Schematic answers every credits read with a 503 carrying a vendor request id. */
function failingGateway() {
  const log = memoryLogger();
  gw = mockGateway({ logger: log.logger });
  gw.schematic
    .intercept({ path: (p) => p.startsWith('/billing/credits'), method: 'GET' })
    .reply(503, JSON.stringify({ error: 'maintenance' }), { headers: { 'content-type': 'application/json', 'x-request-id': 'vendor-9' } })
    .persist();
  const query = (headers: Record<string, string> = {}) =>
    gw!.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ credit(id: "bcrd_1") { name } }' }),
    });
  return { log, query };
}

describe('request ids', () => {
  it("keeps a caller's sane x-request-id, answers with it, and puts it on the request's lines", async () => {
    const { log, query } = failingGateway();
    for (const id of ['3f2b8c1e-9d4a-4f6b-8e2c-1a7d9b0c5e34', 'Root=1-5759e988-bd862e3fe1be46a994272793', 'req_42.a:b/c+d=']) {
      const response = await query({ 'x-request-id': id });
      expect(response.headers.get('x-request-id')).toBe(id);
      expect(log.lines().filter((line) => line.level === 'error').at(-1)).toMatchObject({ reqId: id, vendorRequestId: 'vendor-9' });
    }
  });

  it('replaces a missing, overlong or odd one with a new UUID, different for each request', async () => {
    const { log, query } = failingGateway();
    const given: (string | undefined)[] = [undefined, 'x'.repeat(129), 'two words', '<script>', 'é'];
    const answered: string[] = [];
    for (const id of given) {
      const response = await query(id === undefined ? {} : { 'x-request-id': id });
      const returned = response.headers.get('x-request-id')!;
      expect(returned).toMatch(UUID);
      answered.push(returned);
      expect(log.lines().filter((line) => line.level === 'error').at(-1)?.reqId).toBe(returned);
    }
    expect(new Set(answered).size).toBe(given.length);
    expect((await query({ 'x-request-id': 'x'.repeat(128) })).headers.get('x-request-id')).toBe('x'.repeat(128));
  });

  it('answers every route with one: probes, GraphiQL, a 404', async () => {
    gw = mockGateway();
    for (const path of ['/healthz', '/readyz', '/graphql', '/nowhere']) {
      const response = await gw.yoga.fetch(`http://gateway.test${path}`, { headers: { accept: 'text/html' } });
      expect(response.headers.get('x-request-id') ?? 'none', path).toMatch(UUID);
    }
  });

  it('logs one line per answered request at debug level, none at info', async () => {
    const debug = memoryLogger('debug');
    gw = mockGateway({ logger: debug.logger });
    await gw.yoga.fetch('http://gateway.test/healthz?probe=1', { headers: { 'x-request-id': 'probe-1' } });
    expect(debug.lines()).toEqual([expect.objectContaining({ msg: 'request answered', reqId: 'probe-1', method: 'GET', path: '/healthz', status: 200, ms: expect.any(Number) })]);
    await gw.close();
    const info = memoryLogger('info');
    gw = mockGateway({ logger: info.logger });
    await gw.yoga.fetch('http://gateway.test/healthz');
    expect(info.raw).toEqual([]);
  });
});

describe('trace ids', () => {
  it("every line of a request carries the active span's trace and span ids; none without a span", async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    const { log, query } = failingGateway();
    const span = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', traceFlags: TraceFlags.SAMPLED };
    await context.with(trace.setSpanContext(ROOT_CONTEXT, span), () => query());
    const traced = log.lines();
    expect(traced.length).toBeGreaterThan(0);
    for (const line of traced) expect(line).toMatchObject({ trace_id: span.traceId, span_id: span.spanId, reqId: expect.any(String) });

    const before = traced.length;
    await query();
    const untraced = log.lines().slice(before);
    expect(untraced.length).toBeGreaterThan(0);
    for (const line of untraced) expect(line.trace_id).toBeUndefined();
  });
});

describe('format and redaction', () => {
  it('pretty: time, level, message, fields, and an error stack below', () => {
    const written: string[] = [];
    const logger = createLogger({ format: 'pretty', destination: { write: (line: string) => void written.push(line) } });
    logger.warn({ upstream: 'schematic', status: 503 }, 'Schematic: circuit breaker open');
    logger.error({ err: new Error('boom') }, 'unexpected error: boom');
    expect(written[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} WARN  Schematic: circuit breaker open upstream=schematic status=503\n$/);
    expect(written[1]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} ERROR unexpected error: boom\n {4}Error: boom\n {8}at /);
    expect(formatLine('{"level":"info","time":"2026-01-02T03:04:05.678Z","msg":"hello","reqId":"r1"}')).toBe('03:04:05.678 INFO  hello reqId=r1\n');
  });

  it('json: level names, ISO time, pid and hostname', () => {
    const log = memoryLogger('info');
    log.logger.info('hello');
    expect(log.lines()[0]).toEqual({ level: 'info', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), pid: process.pid, hostname: expect.any(String), msg: 'hello' });
  });

  it('replaces credential-named fields wherever a logged object carries them', () => {
    const log = memoryLogger();
    log.logger.warn(
      {
        authorization: 'Bearer abc',
        apiKey: 'k1',
        headers: { authorization: 'Bearer def', 'x-schematic-api-key': 'k2', 'x-metronome-token': 'k3', accept: 'json' },
        config: { token: 't1', secret: 's1', password: 'p1', credential: 'c1' },
      },
      'with secrets',
    );
    const line = log.raw[0]!;
    for (const secret of ['abc', 'k1', 'def', 'k2', 'k3', 't1', 's1', 'p1', 'c1']) expect(line).not.toContain(`"${secret}`);
    expect(JSON.parse(line).headers).toEqual({
      authorization: '[redacted]',
      'x-schematic-api-key': '[redacted]',
      'x-metronome-token': '[redacted]',
      accept: 'json',
    });
  });

  it("an unexpected error (not an upstream failure) is logged once at error level with its stack and the field's path", async () => {
    const log = memoryLogger();
    const { GraphQLError } = await import('graphql');
    const original = new TypeError('cannot read x of undefined');
    logUpstreamFailuresOnce(log.logger).error(new GraphQLError('Unexpected error.', { originalError: original, path: ['credit', 'name'] }));
    expect(log.lines()).toEqual([
      expect.objectContaining({
        level: 'error',
        msg: 'unexpected error: cannot read x of undefined',
        graphqlPath: 'credit.name',
        err: expect.objectContaining({ type: 'TypeError', message: 'cannot read x of undefined', stack: expect.stringContaining('TypeError') }),
      }),
    ]);
  });
});
