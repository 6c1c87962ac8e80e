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

/**
 * Templates already made, by path: every upstream call asks for one, and most paths (a list's, a
 * batch's) recur on every request. Paths with ids vary without end, so the memo is emptied once
 * it holds MEMO_SIZE of them rather than grow.
 */
const memo = new Map<string, string>();
const MEMO_SIZE = 1_000;

export function routeTemplate(path: string): string {
  let template = memo.get(path);
  if (template === undefined) {
    template = path
      .split('/')
      .map((segment) => (segment === '' || FIXED_WORDS.has(segment) ? segment : '{id}'))
      .join('/');
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(path, template);
  }
  return template;
}
