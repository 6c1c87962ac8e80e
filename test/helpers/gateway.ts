/**
 * An in-process gateway over a real Schematic sandbox on loopback: integration tests call
 * `yoga.fetch` exactly as a client would, and count the upstream calls the sandbox received.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { startSchematicSandbox, type SchematicSandbox } from '../../src/sandbox/schematic/server.ts';
import { createGateway } from '../../src/server.ts';
import { SchematicClient } from '../../src/upstream/schematic/client.ts';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

export interface TestGateway {
  sandbox: SchematicSandbox;
  yoga: ReturnType<typeof createGateway>;
  schematic: SchematicClient;
  /** Runs an operation over HTTP through yoga; resets the sandbox's call log first. */
  run<TData, TVars>(
    document: TypedDocumentNode<TData, TVars> | string,
    variables?: TVars,
  ): Promise<ExecutionResult<TData> & { status: number }>;
  /** Upstream calls made by the last `run`, as `METHOD /path?query`. */
  calls(): string[];
  close(): Promise<void>;
}

export async function startTestGateway(): Promise<TestGateway> {
  const sandbox = await startSchematicSandbox();
  const schematic = new SchematicClient({ baseUrl: sandbox.url, apiKey: 'test-key', timeoutMs: 5_000 });
  const yoga = createGateway({ upstreams: { schematic }, logger: quiet });
  return {
    sandbox,
    yoga,
    schematic,
    async run(document, variables) {
      sandbox.resetCalls();
      const query = typeof document === 'string' ? document : print(document);
      const response = await yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { ...(await response.json()), status: response.status };
    },
    calls: () => sandbox.calls.map((c) => `${c.method} ${c.path}${c.query.size ? `?${c.query}` : ''}`),
    async close() {
      await schematic.close();
      await sandbox.close();
    },
  };
}
