/**
 * The peer's composition (GraphQL Mesh v1, `mesh-compose`): Schematic's OpenAPI document as one
 * source, and the links the bench's scenarios read, added as batched `@resolveTo`. Run by
 * bench/peers.ts, which passes the document's path (PEER_SCHEMATIC_SPEC) and writes the result to
 * bench/peers/.out/ (not committed). The upstream URL and key stay `{env.*}` placeholders, which
 * the REST transport fills in at request time from the peer process's environment.
 */
import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

const spec = process.env.PEER_SCHEMATIC_SPEC;
if (!spec) throw new Error('PEER_SCHEMATIC_SPEC must name Schematic’s OpenAPI document');

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('Schematic', {
        source: spec,
        endpoint: '{env.SCHEMATIC_API_URL}',
        operationHeaders: { 'X-Schematic-Api-Key': '{env.SCHEMATIC_API_KEY}' },
        // Schematic reads an id list as repeated keys (`?ids=a&ids=b`).
        queryStringOptions: { arrayFormat: 'repeat' },
        // Each operation returns its 200 type, not a union with the error bodies: `@resolveTo`'s
        // `result` path must go through an object type.
        ignoreErrorResponses: true,
      }),
    },
  ],
  // A grant's credit, from the list of credits by id: one call for all the grants of a page.
  // `valueKeyField` matches each credit to its key by id; without it Mesh pairs keys and results
  // by position, and Schematic answers in its own order.
  additionalTypeDefs: /* GraphQL */ `
    extend type BillingCreditGrantResponseData {
      credit: BillingCreditResponseData
        @resolveTo(
          sourceName: "Schematic"
          sourceTypeName: "Query"
          sourceFieldName: "listBillingCredits"
          requiredSelectionSet: "{ credit_id }"
          keyField: "credit_id"
          keysArg: "ids"
          result: "data"
          valueKeyField: "id"
        )
    }

    type CreditBalanceEntry {
      credit_id: String!
      remaining: Float!
      credit: BillingCreditResponseData
        @resolveTo(
          sourceName: "Schematic"
          sourceTypeName: "Query"
          sourceFieldName: "listBillingCredits"
          requiredSelectionSet: "{ credit_id }"
          keyField: "credit_id"
          keysArg: "ids"
          result: "data"
          valueKeyField: "id"
        )
    }

    extend type CompanyDetailResponseData {
      creditBalances: [CreditBalanceEntry!]!
    }
  `,
});
