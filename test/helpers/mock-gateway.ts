/**
 * A gateway whose upstreams are undici MockAgent pools, for failures the sandbox does not
 * produce (5xx, timeouts, resets, malformed bodies). `hits` counts requests per upstream.
 *
 * Each upstream call is sent once unless `retry` says otherwise (the older tables assert one
 * attempt per failure); `retry: {}` gives both clients the production policy (retry.ts defaults).
 */
import { MockAgent, type MockPool } from 'undici';
import type { Logger } from '../../src/observability/log.ts';
import { createGateway } from '../../src/server.ts';
import type { BreakerOptions } from '../../src/upstream/core/breaker.ts';
import { sendOnce } from '../../src/upstream/core/retry.ts';
import { MetronomeClient } from '../../src/upstream/metronome/client.ts';
import { retryPolicy, type RetryHooks, type RetryOptions } from '../../src/upstream/core/retry.ts';
import { SchematicClient } from '../../src/upstream/schematic/client.ts';

export const SCHEMATIC_ORIGIN = 'https://api.schematichq.com';
export const METRONOME_ORIGIN = 'https://api.metronome.com';
export const SCHEMATIC_KEY = 'sch_prod_supersecret';
export const METRONOME_TOKEN = 'mtr_prod_supersecret';
export const quiet = { debug() {}, info() {}, warn() {}, error() {} };

export interface MockGatewayOptions {
  /** Whole-call timeout of both clients; default 200 ms. */
  timeoutMs?: number;
  /** Per-attempt wait for response headers; default none (only the whole-call timeout). */
  headersTimeoutMs?: number;
  /** Retry options of both clients (`{}`: the production defaults); default: no retries. */
  retry?: Partial<RetryOptions> | false;
  /** Test seams of the retry policy (clock, random, sleep). */
  retryHooks?: RetryHooks;
  /** Circuit breaker of both clients; default the production one (5 failures, 10 s). */
  breaker?: Partial<BreakerOptions> | false;
  /** The gateway's logger; default one that says nothing. */
  logger?: Logger;
}

export interface MockGateway {
  agent: MockAgent;
  schematic: MockPool;
  metronome: MockPool;
  /** The gateway's clients (e.g. for `health()`). */
  clients: { schematic: SchematicClient; metronome: MetronomeClient };
  yoga: ReturnType<typeof createGateway>;
  run(query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: any[] }>;
  close(): Promise<void>;
}

export function mockGateway({
  timeoutMs = 200,
  headersTimeoutMs,
  retry = false,
  retryHooks,
  breaker,
  logger = quiet,
}: MockGatewayOptions = {}): MockGateway {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const common = {
    timeoutMs,
    headersTimeoutMs,
    dispatcher: agent,
    retry: retry === false ? sendOnce : retryPolicy(retry, retryHooks),
    breaker,
  };
  const schematicClient = new SchematicClient({ baseUrl: SCHEMATIC_ORIGIN, apiKey: SCHEMATIC_KEY, ...common });
  const metronomeClient = new MetronomeClient({ baseUrl: METRONOME_ORIGIN, token: METRONOME_TOKEN, ...common });
  const yoga = createGateway({
    upstreams: { schematic: schematicClient, metronome: metronomeClient },
    logger,
    compileAfterRuns: 0,
  });
  return {
    agent,
    schematic: agent.get(SCHEMATIC_ORIGIN),
    metronome: agent.get(METRONOME_ORIGIN),
    clients: { schematic: schematicClient, metronome: metronomeClient },
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
