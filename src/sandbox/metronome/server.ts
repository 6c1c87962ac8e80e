/**
 * The Metronome sandbox: a stateful emulator of the Metronome API over real HTTP (node:http).
 * Any non-empty bearer token is accepted; without one every route answers 401.
 */
import type { IncomingMessage } from 'node:http';
import { parseJson } from '../../upstream/core/json.ts';
import { startSandbox, stringifyExact, type Reply, type Sandbox, type SandboxCall, type SandboxOptions } from '../http.ts';
import { dispatch, type Request } from './routes.ts';
import { MetronomeStore } from './store.ts';

export { MetronomeStore } from './store.ts';

export interface MetronomeSandboxCall extends SandboxCall {
  /** The parsed JSON body (undefined when there was none; the raw text when it was not JSON). */
  body: unknown;
  /** The `Idempotency-Key` header, if any. */
  idempotencyKey: string | undefined;
}

export type MetronomeSandbox = Sandbox<MetronomeStore, MetronomeSandboxCall>;

/** Starts a sandbox with its seeded world; `latencyMs` delays every answer (benchmarks). */
export function startMetronomeSandbox(opts: SandboxOptions = {}): Promise<MetronomeSandbox> {
  const store = new MetronomeStore();
  // Amounts are read and answered with every digit (see amount.ts).
  return startSandbox<MetronomeStore, MetronomeSandboxCall>(store, { ...opts, stringify: stringifyExact }, ({ req, method, url, text = '' }) => {
    let body: unknown;
    let malformed = false;
    if (text.trim() !== '') {
      try {
        body = parseJson(text);
      } catch {
        body = text;
        malformed = true;
      }
    }
    const idempotencyKey = header(req, 'idempotency-key');
    const request: Request = { method, pathname: url.pathname, query: url.searchParams, body, idempotencyKey };
    return { call: { body, idempotencyKey }, reply: handle(req, store, request, malformed) };
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function handle(req: IncomingMessage, store: MetronomeStore, request: Request, malformed: boolean): Reply {
  const token = /^Bearer\s+(\S.*)$/i.exec(header(req, 'authorization') ?? '')?.[1]?.trim();
  if (!token) return { status: 401, body: { message: 'Unauthorized: send Authorization: Bearer <token>' } };
  if (malformed) return { status: 400, body: { message: 'request body is not valid JSON' } };
  return dispatch(store, request);
}
