/**
 * The framework's own floor: graphql-yoga as its README shows it (createYoga, createServer, a
 * schema and one resolver), with none of the gateway's code, answering the `credit` scenario
 * through the same single upstream call as the floor (bench/floor.ts). What it costs per request
 * over the hand-written floor is what any gateway built on graphql-yoga pays before its own work:
 * the fetch-API request and response over node:http, yoga's plugin pipeline, and graphql-js.
 *
 * Run in the gateway's place (the runner checks its calls and answer against the floor's):
 *   BENCH_GATEWAY_ENTRY=bench/yoga-floor.ts BENCH_SCENARIOS=credit npm run bench
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createSchema, createYoga } from 'graphql-yoga';
import { Pool } from 'undici';
import { creditFields } from './common.ts';

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

/** Starts the yoga floor over Schematic at `schematicUrl`; resolves with its GraphQL URL and a way to stop it. */
export async function startYogaFloor(schematicUrl: string, apiKey = 'bench', port = 0) {
  const schematic = new URL(schematicUrl);
  const pool = new Pool(schematic.origin);
  const basePath = schematic.pathname.replace(/\/+$/, '');
  const headers = { accept: 'application/json', 'x-schematic-api-key': apiKey };
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
  const server = createServer(createYoga({ schema, logging: false, landingPage: false }));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await pool.close();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await startYogaFloor(process.env.SCHEMATIC_API_URL ?? '', process.env.SCHEMATIC_API_KEY, Number(process.env.PORT ?? 0));
  // The line the runner waits for (bench/run.ts), as the gateway prints it.
  console.log(`yoga floor: GraphiQL at ${url}`);
  process.on('SIGTERM', () => process.exit(0));
}
