/**
 * The per-object scopes of the private types: settled at once (`true`) for a caller who may read
 * everything, the company or customer scope for everyone else (what test/auth/tenancy.test.ts
 * then checks end to end).
 */
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../src/auth/principal.ts';
import { companyScopes, customerScopes } from '../../src/auth/scopes.ts';
import type { Context } from '../../src/context.ts';

const as = (principal: Principal) => ({ principal }) as Context;

describe('companyScopes and customerScopes', () => {
  it.each<Principal>([{ kind: 'anonymous' }, { kind: 'forward' }, { kind: 'admin', subject: 'ops' }])(
    'a caller who may read everything ($kind): true, no scope map',
    (principal) => {
      expect(companyScopes('comp_a', as(principal))).toBe(true);
      expect(customerScopes('cust_a', as(principal))).toBe(true);
    },
  );

  it.each<Principal>([{ kind: 'company', subject: 'u', companyId: 'comp_a' }, { kind: 'catalogue', subject: 'u' }])(
    'any other caller ($kind): the scope map, evaluated for the object',
    (principal) => {
      expect(companyScopes('comp_b', as(principal))).toEqual({ company: 'comp_b' });
      expect(customerScopes('cust_b', as(principal))).toEqual({ customer: 'cust_b' });
    },
  );
});
