import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types every operation in schema/operations/ against the committed SDL (client preset).
 * `npm run codegen` regenerates schema/generated/; a test fails when it is stale
 * (test/schema/sdl.unit.test.ts). With `persistedDocuments`, each generated document carries its id
 * (`__meta__.hash`, the sha256 of its printed text) and `persisted-documents.json` maps every id
 * to its document: the manifest `PERSISTED_OPERATIONS` loads.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'schema/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          DateTime: 'string',
          Decimal: 'string',
          MinorUnits: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
