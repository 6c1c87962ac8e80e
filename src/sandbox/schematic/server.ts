/**
 * The Schematic sandbox: a stateful emulator of the Schematic API over real HTTP (node:http).
 * Any non-empty `X-Schematic-Api-Key` is accepted; without one every route answers 401.
 */
import type { IncomingMessage } from 'node:http';
import { startSandbox, type Reply, type Sandbox, type SandboxCall, type SandboxOptions } from '../http.ts';
import { MAX_BODY_BYTES, parseRawBody, type RawBody } from './body.ts';
import { dispatch } from './routes.ts';
import { SchematicStore } from './store.ts';

export { SchematicStore } from './store.ts';

export interface SchematicSandboxCall extends SandboxCall {
  /** the request's JSON body, parsed; undefined when it had none or it was not JSON */
  body?: unknown;
}

export type SchematicSandbox = Sandbox<SchematicStore, SchematicSandboxCall>;

/** Starts a sandbox with its seeded world; `latencyMs` delays every answer (benchmarks). */
export function startSchematicSandbox(opts: SandboxOptions = {}): Promise<SchematicSandbox> {
  const store = new SchematicStore();
  // The GET routes ignore the body; a larger one is refused with 413 where a body is read.
  return startSandbox<SchematicStore, SchematicSandboxCall>(store, { ...opts, maxBodyBytes: MAX_BODY_BYTES }, ({ req, method, url, text }) => {
    const raw: RawBody = text === undefined ? { kind: 'too_large' } : parseRawBody(text);
    return { call: raw.kind === 'json' ? { body: raw.value } : {}, reply: handle(req, store, method, url, raw) };
  });
}

function handle(req: IncomingMessage, store: SchematicStore, method: string, url: URL, raw: RawBody): Reply {
  const key = req.headers['x-schematic-api-key'];
  if (typeof key !== 'string' || key.trim() === '') {
    return { status: 401, body: { error: 'Unauthorized: missing or empty X-Schematic-Api-Key header' } };
  }
  return dispatch(store, method, url.pathname, url.searchParams, raw);
}
