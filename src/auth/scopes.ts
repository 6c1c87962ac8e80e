/**
 * The authorisation scopes of the schema's fields (Pothos scope-auth), computed per request from
 * the principal. Objects of private types are checked apart, as each is returned
 * (src/auth/privateObjects.ts):
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

/** The builder's `scopeAuth` options. */
export const scopeAuthOptions = {
  authScopes,
  // One error for every denial: FORBIDDEN, never saying whether the object exists.
  unauthorizedError: () => forbidden(),
};
