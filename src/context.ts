import type { YogaInitialContext } from 'graphql-yoga';
import type { MetronomeLink } from './config.ts';
import type { MetronomeClient } from './upstream/metronome/client.ts';
import type { SchematicClient } from './upstream/schematic/client.ts';

/** The upstream clients, built once at boot and shared by every request. */
export interface Upstreams {
  schematic: SchematicClient;
  metronome: MetronomeClient;
}

/** Settings resolvers read, fixed at boot (from config) and the same for every request. */
export interface ContextSettings {
  /** How a Schematic company finds its Metronome customer (`COMPANY_METRONOME_LINK`). */
  metronomeLink: MetronomeLink;
}

/**
 * Per-request context. Loaders are per request too: Pothos' dataloader plugin and the
 * getters in src/loaders key them on this object, so nothing is cached across requests.
 */
export interface Context extends ContextSettings {
  upstreams: Upstreams;
  /** Aborts when the client goes away; passed to every upstream call. */
  signal: AbortSignal;
}

export function createContext(upstreams: Upstreams, settings: ContextSettings) {
  return ({ request }: YogaInitialContext): Context => ({ upstreams, signal: request.signal, ...settings });
}
