/**
 * The authorisation scopes of the schema (Pothos scope-auth), computed per request from the
 * principal. Private types check them on every object (`runScopesOnType`), so every path to an
 * object (root field, nested link, connection, federation's `_entities`) is checked the same way:
 *
 * - `admin`: every read and every mutation (no caller auth, forward mode, an admin token);
 * - `tenant`: the caller is scoped to one company (a company claim);
 * - `company: <id>`: may read that Schematic company's private data;
 * - `customer: <id>`: may read that Metronome customer's private data (the caller's company's customer).
 */
import { forbidden } from './errors.ts';
import { hasFullAccess } from './principal.ts';
import { mayReadCompany, mayReadCustomer, type AuthContext } from './tenancy.ts';

export interface AuthScopes {
  admin: boolean;
  tenant: boolean;
  company: string;
  customer: string;
}

export function authScopes(ctx: AuthContext) {
  const full = hasFullAccess(ctx.principal);
  return {
    admin: full,
    tenant: ctx.principal.kind === 'company',
    company: (id: string) => mayReadCompany(ctx, id),
    customer: (id: string) => mayReadCustomer(ctx, id),
  };
}

/**
 * A private type's scopes for one object owned by this company: `true` at once for a caller who
 * may read everything, the `company` scope otherwise. The outcome is the same as the map alone;
 * `true` spares scope-auth a map to evaluate per object (its caches, copies and failure records:
 * 6% of what an `_entities` request of 50 companies allocated).
 */
export function companyScopes(companyId: string, ctx: AuthContext): true | { company: string } {
  return hasFullAccess(ctx.principal) || { company: companyId };
}

/** The same for an object owned by this Metronome customer: the `customer` scope. */
export function customerScopes(customerId: string, ctx: AuthContext): true | { customer: string } {
  return hasFullAccess(ctx.principal) || { customer: customerId };
}

/** The builder's `scopeAuth` options. */
export const scopeAuthOptions = {
  authScopes,
  // Type scopes run once per object (isTypeOf), so a denied object is null with one error, whatever field led to it.
  runScopesOnType: true,
  // One error for every denial: FORBIDDEN, never saying whether the object exists.
  unauthorizedError: () => forbidden(),
};
