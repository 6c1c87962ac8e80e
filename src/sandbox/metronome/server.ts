/**
 * The Metronome sandbox: a stateful emulator of the Metronome API over real HTTP (node:http).
 * Any non-empty bearer token is accepted; without one every route answers 401.
 */
import type { IncomingMessage } from 'node:http';
import { listen, sendJson } from '../http.ts';
import { dispatch, type Reply } from './routes.ts';
import { MetronomeStore } from './store.ts';

export { MetronomeStore } from './store.ts';

export interface MetronomeSandboxCall {
  method: string;
  path: string;
  query: URLSearchParams;
  /** The parsed JSON body (undefined when there was none; the raw text when it was not JSON). */
  body: unknown;
  /** The `Idempotency-Key` header, if any. */
  idempotencyKey: string | undefined;
}

export interface MetronomeSandbox {
  /** e.g. http://127.0.0.1:54321 (no trailing slash) */
  url: string;
  /** every request received (including 401s), in order */
  calls: MetronomeSandboxCall[];
  resetCalls(): void;
  store: MetronomeStore;
  /** closes the server and all its sockets */
  close(): Promise<void>;
}

export async function startMetronomeSandbox(opts: { port?: number; host?: string } = {}): Promise<MetronomeSandbox> {
  const store = new MetronomeStore();
  const calls: MetronomeSandboxCall[] = [];

  const server = await listen((req, res) => {
    // Concatenated, not resolved: a path starting with `//` must stay a path.
    const url = new URL(`http://sandbox${req.url ?? '/'}`);
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      let malformed = false;
      if (text.trim() !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          body = text;
          malformed = true;
        }
      }
      const idempotencyKey = header(req, 'idempotency-key');
      calls.push({ method, path: url.pathname, query: url.searchParams, body, idempotencyKey });
      sendJson(res, handle(req, store, { method, pathname: url.pathname, query: url.searchParams, body, idempotencyKey }, malformed));
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

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function handle(
  req: IncomingMessage,
  store: MetronomeStore,
  request: Parameters<typeof dispatch>[1],
  malformed: boolean,
): Reply {
  const token = /^Bearer\s+(\S.*)$/i.exec(header(req, 'authorization') ?? '')?.[1]?.trim();
  if (!token) return { status: 401, body: { message: 'Unauthorized: send Authorization: Bearer <token>' } };
  if (malformed) return { status: 400, body: { message: 'request body is not valid JSON' } };
  return dispatch(store, request);
}
