import type { CodegenConfig } from '@graphql-codegen/cli';

/** How our custom scalars arrive in JSON, and type-only, literal-union output. */
const typesConfig = {
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: {
    DateTime: 'string',
    Decimal: 'string',
    MinorUnits: 'string',
    JSONObject: 'Record<string, unknown>',
  },
};

/**
 * Types operations against the committed SDL (client preset); `npm run codegen` regenerates both
 * outputs and a test fails when either is stale (test/schema/sdl.unit.test.ts).
 *
 * - schema/generated/: every operation in schema/operations/ (the GraphiQL examples). With
 *   `persistedDocuments`, each generated document carries its id (`__meta__.hash`, the sha256 of
 *   its printed text) and `persisted-documents.json` maps every id to its document: the manifest
 *   `PERSISTED_OPERATIONS` loads.
 * - test/generated/: the operations the tests write inline as `graphql(`...`)`, so each result is
 *   typed by its selection. Kept apart so that test operations never become persisted ones.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'schema/generated/': {
      documents: ['schema/operations/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: typesConfig,
    },
    'test/generated/': {
      documents: ['test/**/*.ts', '!test/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: typesConfig,
    },
  },
};

export default config;
