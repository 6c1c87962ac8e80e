/** The curated example operations (schema/operations/) with variables to run them on the sandbox's seeded world. */
import { readdirSync, readFileSync } from 'node:fs';
import { sampleVariables } from '../../src/graphiql/examples.ts';

/** Variables for the example operations that carry no sample (the sandbox's seeded world). */
export const EXAMPLE_VARIABLES: Record<string, Record<string, unknown>> = {
  'CompaniesWithBalances.graphql': { ids: ['comp_acme', 'comp_globex', 'comp_nope'] },
  'CompanyByKeys.graphql': { keys: [{ key: 'domain', value: 'acme.example' }] },
  'CompanyCreditOverview.graphql': { id: 'comp_acme' },
  'CreditBundles.graphql': { id: 'bcb_tokens_1m' },
  'CreditDetail.graphql': { id: 'bcrd_ai_tokens', featureId: 'feat_embeddings' },
  'PlanCreditGrants.graphql': { id: 'bpcg_growth_tokens' },
  'PlanDetail.graphql': { id: 'plan_growth' },
};

/** Every example operation: its file name, text, and variables (its own sample, else the ones above). */
export function exampleOperations(): { file: string; text: string; variables: Record<string, unknown> }[] {
  const folder = new URL('../../schema/operations/', import.meta.url);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => {
      const text = readFileSync(new URL(file, folder), 'utf8');
      return { file, text, variables: sampleVariables(text, file) ?? EXAMPLE_VARIABLES[file] ?? {} };
    });
}
