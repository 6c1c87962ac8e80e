/**
 * The peer's server: Hive Gateway's runtime over the composed supergraph (.out/supergraph.graphql),
 * on Node's HTTP server, as the `hive-gateway` CLI serves it (without its CLI options). Started by
 * bench/peers.ts as its own process, like the gateway; prints `peer listening at <url>`.
 *
 * SCHEMATIC_API_URL and SCHEMATIC_API_KEY reach the REST transport through the supergraph's
 * `{env.*}` placeholders.
 */
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';

const gateway = createGatewayRuntime({
  supergraph: new URL('.out/supergraph.graphql', import.meta.url).pathname,
  logging: 'warn',
  landingPage: false,
  graphiql: false,
  // A company's balances are a JSON map (credit id -> remaining), which no declarative Mesh
  // directive turns into a list: the one resolver written by hand. Each entry's credit is the
  // composition's batched @resolveTo.
  additionalResolvers: {
    CompanyDetailResponseData: {
      creditBalances: {
        selectionSet: '{ billing_credit_balances }',
        resolve: (company) => Object.entries(company.billing_credit_balances ?? {}).map(([credit_id, remaining]) => ({ credit_id, remaining })),
      },
    },
  },
});
const server = createServer(gateway);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
console.log(`peer listening at http://127.0.0.1:${server.address().port}/graphql`);
process.on('SIGTERM', () => server.close(() => gateway.dispose().finally(() => process.exit(0))));
