/**
 * QUERY_MAX_BODY_BYTES over real node:http, for both ways a client can send a body: with a
 * Content-Length (refused before it is read) and chunked, without one (refused while it is read;
 * yoga's own per-body stream copy is off, see src/limits.ts).
 */
import type { FormattedExecutionResult } from 'graphql';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../src/server.ts';
import { quiet, useTestGateway } from '../helpers/gateway.ts';

const gw = useTestGateway();
let server: Server;
let port: number;

beforeAll(async () => {
  const yoga = createGateway({ upstreams: { schematic: gw.schematicClient, metronome: gw.metronomeClient }, logger: quiet, limits: { maxBodyBytes: 1_000 } });
  server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** POSTs `body` in two chunks, with a Content-Length or chunked. */
function post(body: string, chunked: boolean): Promise<{ status: number; json: FormattedExecutionResult }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'content-type': 'application/json' };
    if (!chunked) headers['content-length'] = Buffer.byteLength(body);
    const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    req.on('error', reject);
    const half = Math.floor(body.length / 2);
    req.write(body.slice(0, half));
    req.end(body.slice(half));
  });
}

const query = (padding: number) => JSON.stringify({ query: '{ credit(id: "bcrd_ai_tokens") { id } }', variables: { pad: 'x'.repeat(padding) } });

describe.each([
  ['with a Content-Length', false],
  ['chunked, without a Content-Length', true],
])('a body sent %s', (_how, chunked) => {
  it('within the limit is answered', async () => {
    const result = await post(query(100), chunked);
    expect(result).toEqual({ status: 200, json: { data: { credit: { id: 'bcrd_ai_tokens' } } } });
  });

  it('over the limit is refused with 413, naming the limit, and makes no upstream call', async () => {
    gw.schematicSandbox.resetCalls();
    const result = await post(query(2_000), chunked);
    expect(result.status).toBe(413);
    expect(result.json.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxBodyBytes' } });
    expect(result.json.errors?.[0]?.message).toMatch(/Request body limit of 1000 bytes exceeded/);
    expect(gw.schematicSandbox.calls).toHaveLength(0);
  });
});
