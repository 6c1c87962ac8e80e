/**
 * The route template of an upstream path (`/billing/credits/bcrd_1` -> `/billing/credits/{id}`),
 * for span names and metric labels, which must never carry an id.
 *
 * Every segment that is not one of the fixed words of the vendors' paths becomes `{id}`. An
 * unknown word counts as an id: a new endpoint shows as `.../{id}` until its words are listed
 * here (test/observability/route.test.ts checks every endpoint the sandboxes serve), but a
 * caller's id can never reach a label.
 */
const FIXED_WORDS = new Set([
  // Schematic
  'balance',
  'billing',
  'bundles',
  'companies',
  'company',
  'count',
  'credits',
  'features',
  'grants',
  'ledger',
  'list',
  'lookup',
  'plan-grants',
  'plans',
  'zero-out',
  // Metronome
  'archive',
  'contract-pricing',
  'contracts',
  'create',
  'credit-types',
  'customerCredits',
  'customers',
  'edit',
  'get',
  'products',
  'updateEndDate',
  // both: API versions
  'v1',
  'v2',
]);

export function routeTemplate(path: string): string {
  return path
    .split('/')
    .map((segment) => (segment === '' || FIXED_WORDS.has(segment) ? segment : '{id}'))
    .join('/');
}
