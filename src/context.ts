import type { YogaInitialContext } from 'graphql-yoga';
import type { SchematicClient } from './upstream/schematic/client.ts';

/** The upstream clients, built once at boot and shared by every request. */
export interface Upstreams {
  schematic: SchematicClient;
}

/**
 * Per-request context. Loaders are per request too: Pothos' dataloader plugin and the
 * getters in src/loaders key them on this object, so nothing is cached across requests.
 */
export interface Context {
  upstreams: Upstreams;
  /** Aborts when the client goes away; passed to every upstream call. */
  signal: AbortSignal;
}

export function createContext(upstreams: Upstreams) {
  return ({ request }: YogaInitialContext): Context => ({ upstreams, signal: request.signal });
}
