/**
 * A gateway whose upstreams are undici MockAgent pools, for failures the sandbox does not
 * produce (5xx, timeouts, resets, malformed bodies). `hits` counts requests per upstream.
 */
import { MockAgent, type MockPool } from 'undici';
import { createGateway } from '../../src/server.ts';
import { MetronomeClient } from '../../src/upstream/metronome/client.ts';
import { SchematicClient } from '../../src/upstream/schematic/client.ts';

export const SCHEMATIC_ORIGIN = 'https://api.schematichq.com';
export const METRONOME_ORIGIN = 'https://api.metronome.com';
export const SCHEMATIC_KEY = 'sch_prod_supersecret';
export const METRONOME_TOKEN = 'mtr_prod_supersecret';
export const quiet = { debug() {}, info() {}, warn() {}, error() {} };

export interface MockGateway {
  agent: MockAgent;
  schematic: MockPool;
  metronome: MockPool;
  yoga: ReturnType<typeof createGateway>;
  run(query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: any[] }>;
  close(): Promise<void>;
}

export function mockGateway({ timeoutMs = 200 }: { timeoutMs?: number } = {}): MockGateway {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const schematicClient = new SchematicClient({ baseUrl: SCHEMATIC_ORIGIN, apiKey: SCHEMATIC_KEY, timeoutMs, dispatcher: agent });
  const metronomeClient = new MetronomeClient({ baseUrl: METRONOME_ORIGIN, token: METRONOME_TOKEN, timeoutMs, dispatcher: agent });
  const yoga = createGateway({ upstreams: { schematic: schematicClient, metronome: metronomeClient }, logger: quiet });
  return {
    agent,
    schematic: agent.get(SCHEMATIC_ORIGIN),
    metronome: agent.get(METRONOME_ORIGIN),
    yoga,
    async run(query, variables) {
      const response = await yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    close: () => agent.close(),
  };
}
