/**
 * Hive Gateway (`npx hive-gateway supergraph supergraph.graphql`, beside this file): forwards the
 * caller's `Authorization` to credits-gateway. `@graphql-hive/gateway`'s `defineConfig` would type
 * this object; it is plain here so the project's tests can load it without that package.
 */
export const gatewayConfig = {
  supergraph: './supergraph.graphql',
  propagateHeaders: {
    fromClientToSubgraphs: ({ request, subgraphName }: { request: Request; subgraphName: string }) =>
      subgraphName === 'credits' ? { authorization: request.headers.get('authorization') } : {},
  },
};
