/**
 * An in-process gateway over real Schematic and Metronome sandboxes on loopback: integration
 * tests send operations over HTTP to the gateway's own Node listener (`run`, so that an operation
 * run again is answered by the fast lane, as in production) or call `yoga.fetch`, and count the
 * upstream calls each sandbox received.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Tracer } from '@opentelemetry/api';
import { print, type ExecutionResult } from 'graphql';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect } from 'vitest';
import type { GatewayAuth } from '../../src/auth/authenticate.ts';
import type { MetronomeLink } from '../../src/config.ts';
import { startMetronomeSandbox, type MetronomeSandbox } from '../../src/sandbox/metronome/server.ts';
import { startSchematicSandbox, type SchematicSandbox } from '../../src/sandbox/schematic/server.ts';
import { GatewayMetrics } from '../../src/observability/metrics.ts';
import { upstreamObserver } from '../../src/observability/upstream.ts';
import { createGateway } from '../../src/server.ts';
import type { RateLimitSettings, SharedState } from '../../src/shared/index.ts';
import { MetronomeClient } from '../../src/upstream/metronome/client.ts';
import { SchematicClient } from '../../src/upstream/schematic/client.ts';

/** A yoga logger that says nothing. */
export const quiet = { debug() {}, info() {}, warn() {}, error() {} };

export interface TestGatewayOptions {
  /** `COMPANY_METRONOME_LINK` for this gateway; default `key:metronome_customer_id`. */
  metronomeLink?: MetronomeLink;
  /** How callers are checked (`AUTH_MODE`); default none. */
  auth?: GatewayAuth;
  /** Traces requests and upstream calls with this tracer (a started SDK's); default off. */
  tracer?: Tracer;
}

export interface TestGateway {
  schematicSandbox: SchematicSandbox;
  metronomeSandbox: MetronomeSandbox;
  yoga: ReturnType<typeof createGateway>;
  /** `/graphql` of the gateway's Node listener on loopback (what `run` posts to): the fast lane, then yoga. */
  url: string;
  /** The gateway's Schematic client. */
  schematicClient: SchematicClient;
  /** The gateway's Metronome client. */
  metronomeClient: MetronomeClient;
  /** The gateway's metrics, its upstream calls included (what `/metrics` serves). */
  metrics: GatewayMetrics;
  /**
   * Runs an operation over HTTP on loopback, served as `npm start` serves it (the fast lane for an
   * operation run before, yoga otherwise), with `headers` if given; resets both sandboxes' call logs first.
   */
  run<TData, TVars>(
    document: TypedDocumentNode<TData, TVars> | string,
    variables?: TVars,
    headers?: Record<string, string>,
  ): Promise<ExecutionResult<TData> & { status: number }>;
  /** Schematic calls made by the last `run`, as `METHOD /path?query`. */
  calls(): string[];
  /** Metronome calls made by the last `run`, as `METHOD /path?query`. */
  metronomeCalls(): string[];
  /** How many calls each upstream received during the last `run`. */
  callCounts(): { schematic: number; metronome: number };
  close(): Promise<void>;
}

const format = (c: { method: string; path: string; query: URLSearchParams }) =>
  `${c.method} ${c.path}${c.query.size ? `?${c.query}` : ''}`;

export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const [schematicSandbox, metronomeSandbox] = await Promise.all([startSchematicSandbox(), startMetronomeSandbox()]);
  const metrics = new GatewayMetrics();
  const observer = upstreamObserver({ metrics, tracer: options.tracer });
  const schematicClient = new SchematicClient({ baseUrl: schematicSandbox.url, apiKey: 'test-key', timeoutMs: 5_000, observer });
  const metronomeClient = new MetronomeClient({ baseUrl: metronomeSandbox.url, token: 'test-token', timeoutMs: 5_000, observer });
  const yoga = createGateway({
    upstreams: { schematic: schematicClient, metronome: metronomeClient },
    ...(options.metronomeLink ? { metronomeLink: options.metronomeLink } : {}),
    ...(options.auth ? { auth: options.auth } : {}),
    logger: quiet,
    metrics,
    tracer: options.tracer,
    // Compiled from the first run, so that every test runs the operations as production runs them once repeated.
    compileAfterRuns: 0,
  });
  const server = createServer(yoga.nodeListener);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    schematicSandbox,
    metronomeSandbox,
    yoga,
    url,
    schematicClient,
    metronomeClient,
    metrics,
    async run(document, variables, headers = {}) {
      schematicSandbox.resetCalls();
      metronomeSandbox.resetCalls();
      const query = typeof document === 'string' ? document : print(document);
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { ...(await response.json()), status: response.status };
    },
    calls: () => schematicSandbox.calls.map(format),
    metronomeCalls: () => metronomeSandbox.calls.map(format),
    callCounts: () => ({ schematic: schematicSandbox.calls.length, metronome: metronomeSandbox.calls.length }),
    async close() {
      server.closeAllConnections();
      await new Promise((closed) => server.close(closed));
      await Promise.all([schematicClient.close(), metronomeClient.close()]);
      await Promise.all([schematicSandbox.close(), metronomeSandbox.close()]);
    },
  };
}

/**
 * One gateway for the calling test file (or describe block): started before its tests, closed
 * after them. The returned object is filled in by `beforeAll`, so use it inside tests and hooks.
 */
export function useTestGateway(options: TestGatewayOptions = {}): TestGateway {
  const gw = {} as TestGateway;
  beforeAll(async () => {
    Object.assign(gw, await startTestGateway(options));
  });
  afterAll(() => gw.close());
  return gw;
}

/** The data of a result that must have no errors (the errors, if any, show in the failure). */
export function dataOf<TData>(result: ExecutionResult<TData>): TData {
  expect(result.errors).toBeUndefined();
  expect(result.data).toBeTruthy();
  return result.data!;
}

/**
 * A union result (a mutation payload or one of its errors) as its member `typename`, after
 * asserting that it is that one (the whole value shows in the failure when it is not).
 */
export function expectTypename<T extends { __typename: string }, N extends T['__typename']>(
  value: T | null | undefined,
  typename: N,
): Extract<T, { __typename: N }> {
  expect(value?.__typename, JSON.stringify(value)).toBe(typename);
  return value as Extract<T, { __typename: N }>;
}

/**
 * Asserts that a mutation's result is a ValidationError naming `field` (in its message, and as a
 * violation with `rule` and that path), and that the last `run` sent nothing to either upstream.
 * The operation must select the error's `code`, `message` and `violations { field path rule }`.
 */
export function expectValidationError(gw: TestGateway, result: unknown, field: string, rule: string): void {
  expect(result).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION_FAILED' });
  const error = result as { message: string; violations: unknown[] };
  expect(error.violations).toContainEqual(expect.objectContaining({ field, rule, path: field.split('.') }));
  expect(error.message).toContain(field);
  expect({ schematic: gw.calls(), metronome: gw.metronomeCalls() }).toEqual({ schematic: [], metronome: [] });
}

/**
 * POSTs a raw GraphQL request body to \`yoga\` (a gateway built by the test with its own options),
 * with \`headers\` if given, after resetting \`gw\`'s sandbox call logs so \`gw.calls()\` shows only
 * what this request sent.
 */
export async function postTo(gw: TestGateway, yoga: ReturnType<typeof createGateway>, body: unknown, headers: Record<string, string> = {}) {
  gw.schematicSandbox.resetCalls();
  gw.metronomeSandbox.resetCalls();
  const response = await yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as any };
}

/** A gateway with the replica state `shared` (src/shared/): its Redis or its memory. */
export interface SharedGateway {
  yoga: ReturnType<typeof createGateway>;
  shared: SharedState;
}

export interface SharedGatewayOptions {
  auth?: GatewayAuth;
  rateLimit?: RateLimitSettings;
  /** The catalogue cache's TTL; default 60 (on). */
  cacheTtlSeconds?: number;
}

/** A gateway built with createGateway over \`gw\`'s sandbox clients, sharing \`shared\` (as a replica would). */
export function sharedGateway(gw: TestGateway, shared: SharedState, options: SharedGatewayOptions = {}): SharedGateway {
  const yoga = createGateway({
    upstreams: { schematic: gw.schematicClient, metronome: gw.metronomeClient },
    logger: quiet,
    shared,
    compileAfterRuns: 0,
    cacheTtlSeconds: options.cacheTtlSeconds ?? 60,
    ...(options.auth ? { auth: options.auth } : {}),
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
  });
  return { yoga, shared };
}
