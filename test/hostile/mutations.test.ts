/**
 * Property: any mutation generated from the schema (every root mutation field; inputs mostly
 * valid so the writes reach the sandboxes, some deliberately wrong) answers under the same rules
 * as a query (test/hostile/harness.ts), and: a company-scoped or no-company caller's mutation
 * sends nothing; a write the upstream applied is never answered as a failure that invites a
 * retry. The sandboxes' stores go back to their seed after every write, so each mutation meets
 * the seeded world and no other test file sees what was written here (each file has its own sandboxes).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';
import { PROPERTY_TIMEOUT, runAndCheck, settings, useHostileGateway, type CallerName } from './harness.ts';
import { operationArb } from './operations.ts';

const hostile = useHostileGateway('mutations');

// Mostly admins: a scoped caller's mutation is refused before anything, so it tells less.
const caller = fc.constantFrom<CallerName>('admin', 'admin', 'admin', 'company', 'nobody');

describe('generated mutations', () => {
  it('every root mutation field, as every caller', { timeout: PROPERTY_TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(operationArb(schema, 'mutation', { hostility: 0.25 }), caller, async (op, as) => {
        await runAndCheck(hostile, op, as);
      }),
      settings(250),
    );
  });
});
