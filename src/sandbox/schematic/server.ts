/**
 * The Schematic sandbox: a stateful emulator of the Schematic API over real HTTP (node:http).
 * Any non-empty `X-Schematic-Api-Key` is accepted; without one every route answers 401.
 */
import type { IncomingMessage } from 'node:http';
import { listen, sendJson } from '../http.ts';
import { MAX_BODY_BYTES, parseRawBody, type RawBody } from './body.ts';
import { dispatch, type Reply } from './routes.ts';
import { SchematicStore } from './store.ts';

export { SchematicStore } from './store.ts';

export interface SandboxCall {
  method: string;
  path: string;
  query: URLSearchParams;
  /** the request's JSON body, parsed; undefined when it had none or it was not JSON */
  body?: unknown;
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
  const store = new SchematicStore();
  const calls: SandboxCall[] = [];

  const server = await listen((req, res) => {
    // Concatenated, not resolved: a path starting with `//` must stay a path.
    const url = new URL(`http://sandbox${req.url ?? '/'}`);
    const method = req.method ?? 'GET';
    // Read the whole body (the GET routes ignore it), keeping at most MAX_BODY_BYTES; draining
    // the rest keeps keep-alive connections usable.
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      const raw: RawBody = size > MAX_BODY_BYTES ? { kind: 'too_large' } : parseRawBody(Buffer.concat(chunks).toString('utf8'));
      calls.push({ method, path: url.pathname, query: url.searchParams, ...(raw.kind === 'json' ? { body: raw.value } : {}) });
      sendJson(res, handle(req, store, method, url, raw));
    });
  }, opts);

  return {
    url: server.url,
    calls,
    resetCalls: () => {
      calls.length = 0;
    },
    store,
    close: server.close,
  };
}

function handle(req: IncomingMessage, store: SchematicStore, method: string, url: URL, raw: RawBody): Reply {
  const key = req.headers['x-schematic-api-key'];
  if (typeof key !== 'string' || key.trim() === '') {
    return { status: 401, body: { error: 'Unauthorized: missing or empty X-Schematic-Api-Key header' } };
  }
  return dispatch(store, method, url.pathname, url.searchParams, raw);
}
