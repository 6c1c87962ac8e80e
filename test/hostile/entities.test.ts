/**
 * Property: a router's `_entities` with random representations (every entity type of the
 * schema, ids of every tenant, malformed keys, unknown or non-entity `__typename`s, long lists),
 * inline or as a variable, with random selections on the entities, as every caller: the same
 * rules as any query (test/hostile/harness.ts), the process-level unhandled-rejection listener
 * above all (a rejected load nobody awaited used to end the process).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';
import { CALLERS, PROPERTY_TIMEOUT, runAndCheck, settings, useHostileGateway } from './harness.ts';
import { operationArb } from './operations.ts';

const hostile = useHostileGateway('_entities');

describe('generated _entities calls', () => {
  it('random representations, as every caller', { timeout: PROPERTY_TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(operationArb(schema, 'query', { rootFields: ['_entities'], maxRootFields: 1 }), fc.constantFrom(...CALLERS), async (op, caller) => {
        await runAndCheck(hostile, op, caller);
      }),
      settings(200),
    );
  });
});
