/**
 * The framework's own floor: what serving the `credit` scenario through GraphQL costs before any
 * of the gateway's work. An SDL schema and one resolver making the floor's single upstream call
 * (bench/floor.ts), served three ways (`BENCH_FRAMEWORK`):
 *
 * - `yoga` (default): graphql-yoga as its README shows it, `createYoga` on `node:http`;
 * - `yoga-jit`: the same with the gateway's compiled execution (src/execution.ts);
 * - `jit`: no yoga, a bare `node:http` handler running the operation compiled by graphql-jit.
 *
 * And one that serves every read scenario: `gateway-jit`, the gateway's own schema, context,
 * loaders and upstream clients (src/) behind that bare handler, with none of yoga and none of the
 * gateway's yoga plugins: what answering known operations without yoga would leave to pay.
 *
 * Between them they split the gateway's cost over the floor into yoga's HTTP layer and plugin
 * pipeline, graphql-js's execution, and the gateway's own work (bench/README.md, "The framework's
 * floor"). Run in the gateway's place; the runner checks its calls and answer against the floor's:
 *   BENCH_GATEWAY_ENTRY=bench/framework-floor.ts BENCH_FRAMEWORK=jit BENCH_SCENARIOS=credit npm run bench
 */
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { parse, type ExecutionResult } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { createSchema, createYoga } from 'graphql-yoga';
import { Pool } from 'undici';
import { useCompiledExecution } from '../src/execution.ts';
import { creditFields } from './common.ts';

export const FRAMEWORKS = ['yoga', 'yoga-jit', 'jit', 'gateway-jit'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

type Credit = Parameters<typeof creditFields>[0];

const typeDefs = /* GraphQL */ `
  type Query {
    credit(id: ID!): Credit
  }
  type Credit {
    id: ID!
    name: String!
    description: String!
    singularName: String
    pluralName: String
    burnStrategy: String
    defaultExpiryUnit: String
    defaultExpiryUnitCount: Int
    defaultRolloverPolicy: String
    createdAt: String!
    updatedAt: String!
  }
`;

/** Starts a framework floor over the sandboxes at `urls`; resolves with its GraphQL URL and a way to stop it. */
export async function startFrameworkFloor(urls: { schematic: string; metronome: string }, framework: Framework = 'yoga', port = 0) {
  if (framework === 'gateway-jit') return startGatewayWithoutYoga(urls, port);
  const schematic = new URL(urls.schematic);
  const pool = new Pool(schematic.origin);
  const basePath = schematic.pathname.replace(/\/+$/, '');
  const headers = { accept: 'application/json', 'x-schematic-api-key': 'bench' };
  const schema = createSchema({
    typeDefs,
    resolvers: {
      Query: {
        // The floor's call: the credit through Schematic's `ids` filter.
        credit: async (_: unknown, { id }: { id: string }) => {
          const query = new URLSearchParams([['ids', id], ['limit', '1']]);
          const response = await pool.request({ method: 'GET', path: `${basePath}/billing/credits?${query}`, headers });
          const { data } = (await response.body.json()) as { data: Credit[] };
          const credit = data.find((c) => c.id === id);
          return credit ? creditFields(credit) : null;
        },
      },
    },
  });
  const server =
    framework === 'jit'
      ? createServer(compiledHandler((query) => compileQuery(schema, parse(query)), () => ({})))
      : createServer(
          createYoga({
            schema,
            logging: false,
            landingPage: false,
            plugins: framework === 'yoga-jit' ? [useCompiledExecution({ compileAfterRuns: 0 })] : [],
          }),
        );
  return listen(server, port, () => pool.close());
}

async function listen(server: ReturnType<typeof createServer>, port: number, closeClients: () => Promise<void>) {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await closeClients();
    },
  };
}

/**
 * `gateway-jit`: the gateway's schema, its per-request context (no caller auth, catalogue cache
 * off), loaders and upstream clients with the default timeouts, retries, breaker and metrics
 * observer, behind the bare handler. Imported only for this one, so the others' memory is theirs.
 */
async function startGatewayWithoutYoga(urls: { schematic: string; metronome: string }, port: number) {
  const { gatewayPath } = await import('./gateway-path.ts');
  const { schema, contextOf, close } = gatewayPath(urls);
  const contextFor = (req: IncomingMessage, res: ServerResponse) => {
    // What the context reads of yoga's fetch Request: its headers and its signal (aborted when the caller goes away).
    const controller = new AbortController();
    res.on('close', () => controller.abort());
    const request = { headers: new Headers(), signal: controller.signal } as unknown as Request;
    return contextOf({ request, req, params: {} } as unknown as Parameters<typeof contextOf>[0]);
  };
  const compile = (query: string) => compileQuery(schema, parse(query), undefined, { disablingCapturingStackErrors: true });
  const server = createServer(compiledHandler(compile, contextFor));
  return listen(server, port, close);
}

/** A POST's JSON body (`query`, `variables`) run by its compiled operation, compiled on first sight; nothing else. */
function compiledHandler(
  compile: (query: string) => CompiledQuery | ExecutionResult,
  contextFor: (req: IncomingMessage, res: ServerResponse) => unknown,
): RequestListener {
  const compiled = new Map<string, CompiledQuery>();
  return (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown> };
      let operation = compiled.get(query);
      if (!operation) {
        const made = compile(query);
        if (!isCompiledQuery(made)) throw new Error(`not compiled: ${JSON.stringify(made.errors)}`);
        compiled.set(query, (operation = made));
      }
      const text = JSON.stringify(await operation.query(undefined, await contextFor(req, res), variables));
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    });
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const framework = (process.env.BENCH_FRAMEWORK ?? 'yoga') as Framework;
  if (!FRAMEWORKS.includes(framework)) {
    console.error(`framework floor: BENCH_FRAMEWORK must be one of ${FRAMEWORKS.join(', ')}; got "${framework}"`);
    process.exit(1);
  }
  const urls = { schematic: process.env.SCHEMATIC_API_URL ?? '', metronome: process.env.METRONOME_API_URL ?? '' };
  const { url } = await startFrameworkFloor(urls, framework, Number(process.env.PORT ?? 0));
  // The line the runner waits for (bench/run.ts), as the gateway prints it.
  console.log(`framework floor (${framework}): GraphiQL at ${url}`);
  process.on('SIGTERM', () => process.exit(0));
}
