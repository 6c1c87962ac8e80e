/**
 * AUTH_MODE=forward: each request's own vendor credentials reach the upstreams, never the
 * gateway's; an upstream the request brought no credential for fails its own fields only; and
 * no credential ever appears in an error or a log line.
 */
import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startMetronomeSandbox } from '../../src/sandbox/metronome/server.ts';
import { startSchematicSandbox } from '../../src/sandbox/schematic/server.ts';
import { createGateway } from '../../src/server.ts';
import { MetronomeClient } from '../../src/upstream/metronome/client.ts';
import { SchematicClient } from '../../src/upstream/schematic/client.ts';
import { useTestGateway } from '../helpers/gateway.ts';
import { memoryLogger } from '../helpers/log.ts';
import { A, run } from './helpers.ts';

const BOTH = `{
  company(id: "${A.company}") { id name }
  metronomeCustomer(id: "${A.customer}") { id name }
}`;

describe('forwarded credentials', () => {
  // The helper's clients are configured with their own key and token ("test-key", "test-token").
  const gw = useTestGateway({ auth: { mode: 'forward' } });

  it('the caller’s Schematic key and Metronome bearer token reach the upstreams, not the configured ones', async () => {
    const result = await run<{ company: { id: string }; metronomeCustomer: { id: string } }>(gw, BOTH, {
      'x-schematic-api-key': 'sch_caller_one',
      authorization: 'Bearer mtr_caller_one',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.company.id).toBe(A.company);
    expect(result.data?.metronomeCustomer.id).toBe(A.customer);
    expect(gw.schematicSandbox.calls.length).toBeGreaterThan(0);
    expect(gw.schematicSandbox.calls.map((c) => c.headers['x-schematic-api-key'])).toEqual(gw.schematicSandbox.calls.map(() => 'sch_caller_one'));
    expect(gw.metronomeSandbox.calls.map((c) => c.headers.authorization)).toEqual(gw.metronomeSandbox.calls.map(() => 'Bearer mtr_caller_one'));
  });

  it('X-Metronome-Token carries the Metronome token too (Authorization then stays free)', async () => {
    const result = await run(gw, BOTH, { 'x-schematic-api-key': 'sch_caller_two', 'x-metronome-token': 'mtr_caller_two', authorization: 'Basic whatever' });
    expect(result.errors).toBeUndefined();
    expect(gw.metronomeSandbox.calls.map((c) => c.headers.authorization)).toEqual(gw.metronomeSandbox.calls.map(() => 'Bearer mtr_caller_two'));
  });

  it('with only a Schematic key: Schematic fields arrive, Metronome fields fail with UNAUTHENTICATED, and Metronome is never called', async () => {
    const result = await run(gw, BOTH, { 'x-schematic-api-key': 'sch_caller_three' });
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ company: { id: A.company, name: 'Acme Robotics' }, metronomeCustomer: null });
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: ['metronomeCustomer'],
        message: expect.stringMatching(/AUTH_MODE=forward: this request carries no Metronome token/),
        extensions: { code: 'UNAUTHENTICATED' },
      }),
    ]);
    expect(gw.metronomeCalls()).toEqual([]);
  });

  it('with only a Metronome token: the Schematic side fails alike, never falling back to the gateway’s key', async () => {
    const result = await run(gw, BOTH, { authorization: 'Bearer mtr_caller_four' });
    expect(result.data).toEqual({ company: null, metronomeCustomer: { id: A.customer, name: expect.any(String) } });
    expect(result.errors?.[0]?.message).toMatch(/carries no X-Schematic-Api-Key/);
    expect(gw.calls()).toEqual([]);
  });

  it('with no credential at all: 401 before anything runs', async () => {
    const result = await run(gw, BOTH);
    expect(result.status).toBe(401);
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/send your own vendor credentials: X-Schematic-Api-Key/),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(gw.calls()).toEqual([]);
    expect(gw.metronomeCalls()).toEqual([]);
  });

  it('forward callers may run mutations: the vendor key decides', async () => {
    const result = await run(
      gw,
      `mutation { grantCreditsToCompany(input: { companyId: "${A.company}", creditId: "bcrd_ai_tokens", quantity: 1, reason: ADJUSTMENT }) { __typename } }`,
      { 'x-schematic-api-key': 'sch_caller_five' },
    );
    expect(result.data).toEqual({ grantCreditsToCompany: { __typename: 'GrantCreditsToCompanyPayload' } });
    expect(gw.schematicSandbox.calls.find((c) => c.method === 'POST')?.headers['x-schematic-api-key']).toBe('sch_caller_five');
  });
});

describe('a credential header sent twice', () => {
  const gw = useTestGateway({ auth: { mode: 'forward' } });

  it.each([
    ['X-Schematic-Api-Key', 'x-schematic-api-key'],
    ['X-Metronome-Token', 'x-metronome-token'],
  ])('%s twice (HTTP joins the copies as "a, b"): 400 BAD_REQUEST naming the header, nothing sent on', async (shown, name) => {
    gw.schematicSandbox.resetCalls();
    gw.metronomeSandbox.resetCalls();
    const headers = new Headers([
      ['content-type', 'application/json'],
      [name, 'sch_first_key'],
      [name, 'sch_second_key'],
    ]);
    const response = await gw.yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers, body: JSON.stringify({ query: BOTH }) });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: `${shown} must be sent once, holding one credential: it came more than once (or held a comma)`, extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(text).not.toMatch(/first_key|second_key/);
    expect(gw.calls()).toEqual([]);
    expect(gw.metronomeCalls()).toEqual([]);
  });

  it('Authorization twice, served by node:http (which keeps only the first): 400 as well, not the first one used', async () => {
    const server = createServer(gw.yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const body = JSON.stringify({ query: BOTH });
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString()));
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
        // Written, not ended: the server answers, then closes (Connection: close).
        socket.write(
          'POST /graphql HTTP/1.1\r\nHost: gateway.test\r\nConnection: close\r\nContent-Type: application/json\r\n' +
            'X-Schematic-Api-Key: sch_one\r\nAuthorization: Bearer mtr_first\r\nAuthorization: Bearer mtr_second\r\n' +
            `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
        );
      });
      expect(raw).toMatch(/^HTTP\/1\.1 400 /);
      expect(raw).toContain('Authorization must be sent once');
      expect(gw.calls()).toEqual([]);
      expect(gw.metronomeCalls()).toEqual([]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('no credential in errors or logs', () => {
  it('an upstream 401 that echoes the refused key: the error and every log line leave the key out', async () => {
    const key = 'sch_live_caller_SECRET_0123456789';
    // A vendor that quotes the key it refuses (the worst case).
    const vendor = createServer((req, res) => {
      const sent = String(req.headers['x-schematic-api-key'] ?? '');
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `invalid api key ${sent}` }));
    });
    await new Promise<void>((resolve) => vendor.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(vendor.address() as AddressInfo).port}`;
    const metronome = await startMetronomeSandbox();
    const log = memoryLogger();
    const schematic = new SchematicClient({ baseUrl: url, apiKey: '', timeoutMs: 2_000 });
    const metronomeClient = new MetronomeClient({ baseUrl: metronome.url, token: '', timeoutMs: 2_000 });
    const yoga = createGateway({
      auth: { mode: 'forward' },
      upstreams: { schematic, metronome: metronomeClient },
      logger: log.logger,
    });
    try {
      const response = await yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-schematic-api-key': key, authorization: 'Bearer mtr_live_SECRET_token_42' },
        body: JSON.stringify({ query: `{ company(id: "${A.company}") { id } credits(first: 1) { totalCount } }` }),
      });
      const text = await response.text();
      const body = JSON.parse(text);
      expect(body.errors.length).toBeGreaterThan(0);
      expect(body.errors[0].extensions.code).toBe('UPSTREAM_UNAUTHORIZED');
      expect(body.errors[0].message).toContain('invalid api key [redacted]');
      await yoga.fetch('http://gateway.test/readyz');
      expect(log.raw.some((line) => line.includes('invalid api key'))).toBe(true); // yoga logged the upstream error
      for (const output of [text, ...log.raw]) expect(output).not.toContain('SECRET');
    } finally {
      await Promise.all([schematic.close(), metronomeClient.close()]);
      await metronome.close();
      await new Promise<void>((resolve) => vendor.close(() => resolve()));
    }
  });
});

describe('readiness in forward mode', () => {
  it('an upstream that answers 401 to the gateway (it holds no key) counts as reachable', async () => {
    const [sandbox, metronome] = await Promise.all([startSchematicSandbox(), startMetronomeSandbox()]);
    const schematic = new SchematicClient({ baseUrl: sandbox.url, apiKey: '', timeoutMs: 2_000 });
    const metronomeClient = new MetronomeClient({ baseUrl: metronome.url, token: '', timeoutMs: 2_000 });
    const quiet = { debug() {}, info() {}, warn() {}, error() {} };
    try {
      const forward = createGateway({ auth: { mode: 'forward' }, upstreams: { schematic, metronome: metronomeClient }, logger: quiet });
      expect((await forward.fetch('http://gateway.test/readyz')).status).toBe(200);
      expect(sandbox.calls.at(-1)?.headers['x-schematic-api-key']).toBe('');
      // The same 401 with the gateway's own (bad) key means not ready.
      const none = createGateway({ upstreams: { schematic, metronome: metronomeClient }, logger: quiet });
      expect((await none.fetch('http://gateway.test/readyz')).status).toBe(503);
    } finally {
      await Promise.all([schematic.close(), metronomeClient.close()]);
      await Promise.all([sandbox.close(), metronome.close()]);
    }
  });
});
