import type { MetronomeClient } from './metronome/client.ts';
import type { SchematicClient } from './schematic/client.ts';

/** The upstream clients, built once at boot and shared by every request. */
export interface Upstreams {
  schematic: SchematicClient;
  metronome: MetronomeClient;
}
