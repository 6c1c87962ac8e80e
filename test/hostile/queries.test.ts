/**
 * Property: any query generated from the schema (every root field, hostile arguments inline and
 * as variables, random selections), sent by an admin, a company-scoped caller or a caller whose
 * token names no company, is answered; every error is coded and shows no stack or secret;
 * nothing refused or malformed reaches an upstream; a scoped caller sees no other tenant's ids;
 * and an admitted read makes no more upstream calls than the cost limit counted.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';
import { CALLERS, PROPERTY_TIMEOUT, runAndCheck, settings, useHostileGateway } from './harness.ts';
import { operationArb } from './operations.ts';

const hostile = useHostileGateway('queries');

const rootFields = Object.keys(schema.getQueryType()!.getFields()).filter((name) => name !== '_entities');

describe('generated queries', () => {
  it('every root query field, as every caller', { timeout: PROPERTY_TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(operationArb(schema, 'query', { rootFields }), fc.constantFrom(...CALLERS), async (op, caller) => {
        await runAndCheck(hostile, op, caller);
      }),
      settings(300),
    );
  });
});
