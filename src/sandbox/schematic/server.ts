/**
 * The Schematic sandbox: a stateful emulator of the Schematic API over real HTTP (node:http).
 * Any non-empty `X-Schematic-Api-Key` is accepted; without one every route answers 401.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch, type Reply } from './routes.ts';
import { SchematicStore } from './store.ts';

export { SchematicStore } from './store.ts';

export interface SandboxCall {
  method: string;
  path: string;
  query: URLSearchParams;
}

export interface SchematicSandbox {
  /** e.g. http://127.0.0.1:54321 (no trailing slash) */
  url: string;
  /** every request received (including 401s), in order */
  calls: SandboxCall[];
  resetCalls(): void;
  store: SchematicStore;
  /** closes the server and all its sockets */
  close(): Promise<void>;
}

export async function startSchematicSandbox(opts: { port?: number; host?: string } = {}): Promise<SchematicSandbox> {
  const host = opts.host ?? '127.0.0.1';
  const store = new SchematicStore();
  const calls: SandboxCall[] = [];

  const server = createServer((req, res) => {
    // Concatenated, not resolved: a path starting with `//` must stay a path.
    const url = new URL(`http://sandbox${req.url ?? '/'}`);
    const method = req.method ?? 'GET';
    calls.push({ method, path: url.pathname, query: url.searchParams });
    // Drain any body so keep-alive connections stay usable (the GET routes ignore it).
    req.resume();
    req.on('end', () => send(res, handle(req, store, method, url)));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    calls,
    resetCalls: () => {
      calls.length = 0;
    },
    store,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function handle(req: IncomingMessage, store: SchematicStore, method: string, url: URL): Reply {
  const key = req.headers['x-schematic-api-key'];
  if (typeof key !== 'string' || key.trim() === '') {
    return { status: 401, body: { error: 'Unauthorized: missing or empty X-Schematic-Api-Key header' } };
  }
  return dispatch(store, method, url.pathname, url.searchParams);
}

function send(res: ServerResponse, reply: Reply): void {
  const body = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}
