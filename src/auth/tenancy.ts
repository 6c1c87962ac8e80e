/**
 * What a company-scoped caller owns, and the guards the schema's loaders use so that another
 * company's data is refused before it is asked for (when the id tells the owner) or after it is
 * read (when only the upstream knows the owner), always with the same FORBIDDEN error.
 */
import { createContextCache } from '@pothos/core';
import { forbidden } from './errors.ts';
import { companyOf, hasFullAccess, type Principal } from './principal.ts';

/**
 * What auth reads of a request's context (src/context.ts's Context has it): named here so that
 * auth, a layer below the context, does not import it.
 */
export interface AuthContext {
  principal: Principal;
  tenantLinks: TenantLinks;
}

/**
 * How the caller's own company leads to its Metronome customer. The schema provides it, through
 * the context (src/schema/metronomeCustomer/metronomeCustomer.ts owns the company-to-customer link
 * and its loaders), so the rule is the same one `Company.metronomeCustomer` follows. Methods, not
 * function properties: the schema's implementation takes the whole request context.
 */
export interface TenantLinks {
  /** The value of the company's `COMPANY_METRONOME_LINK` key (a customer id, or an ingest alias), or null. */
  linkValue(ctx: AuthContext, companyId: string): Promise<string | null>;
  /** The company's Metronome customer id, or null. */
  customerId(ctx: AuthContext, companyId: string): Promise<string | null>;
}

/**
 * The link key value of the caller's own company (its Metronome customer id or ingest alias), or
 * null for a caller without one; looked up once per request.
 */
export const ownLinkValue = createContextCache((ctx: AuthContext): Promise<string | null> => {
  const companyId = companyOf(ctx.principal);
  return companyId === undefined ? Promise.resolve(null) : ctx.tenantLinks.linkValue(ctx, companyId);
});

/** The Metronome customer id of the caller's own company, or null; looked up once per request. */
export const ownCustomerId = createContextCache((ctx: AuthContext): Promise<string | null> => {
  const companyId = companyOf(ctx.principal);
  return companyId === undefined ? Promise.resolve(null) : ctx.tenantLinks.customerId(ctx, companyId);
});

/** Whether the caller may read the company with this id. */
export function mayReadCompany(ctx: AuthContext, companyId: string | null | undefined): boolean {
  return hasFullAccess(ctx.principal) || (companyId != null && companyOf(ctx.principal) === companyId);
}

/**
 * Whether the caller may read the Metronome customer with this id (its own company's customer).
 * Synchronous unless the caller's own customer has to be looked up: it is checked on every
 * Metronome object (src/auth/scopes.ts), and a promise there costs each object a turn.
 */
export function mayReadCustomer(ctx: AuthContext, customerId: string | null | undefined): boolean | Promise<boolean> {
  if (hasFullAccess(ctx.principal)) return true;
  if (customerId == null || companyOf(ctx.principal) === undefined) return false;
  return ownCustomerId(ctx).then((own) => own === customerId);
}

type BatchLoad<T, C extends AuthContext> = (ctx: C, ids: readonly string[]) => Promise<(T | null | Error)[]>;

/**
 * Deny before loading, for entities whose id tells the owner (a company, a Metronome customer):
 * ids the caller may not read are never sent upstream and come back as FORBIDDEN errors, one per
 * id, so a batch mixing the caller's ids with another company's still answers the caller's.
 */
export function denyBeforeLoad<T, C extends AuthContext>(
  load: BatchLoad<T, C>,
  mayRead: (ctx: C, id: string) => boolean | Promise<boolean>,
): BatchLoad<T, C> {
  return async (ctx, ids) => {
    if (hasFullAccess(ctx.principal)) return load(ctx, ids);
    // Each check in an async function: one that throws at once rejects its own promise instead of
    // ending the map while the checks before it run on with no handler.
    const allowed = await Promise.all(ids.map(async (id) => mayRead(ctx, id)));
    const permitted = ids.filter((_, i) => allowed[i]);
    const loaded = permitted.length > 0 ? await load(ctx, permitted) : [];
    const byId = new Map(permitted.map((id, i) => [id, loaded[i] ?? null]));
    return ids.map((id, i) => (allowed[i] ? (byId.get(id) ?? null) : forbidden()));
  };
}

/**
 * Load, then deny, for entities whose owner only the upstream knows: a grant by id (Schematic's
 * grant list filters by `ids` but has no `company_id` filter, so the read cannot be scoped). Another
 * company's object and an id that does not exist give the same FORBIDDEN error, so the answer does
 * not reveal whether it exists; nothing of it leaves the gateway.
 */
export function denyAfterLoad<T, C extends AuthContext>(load: BatchLoad<T, C>, ownerOf: (item: T) => string | null | undefined): BatchLoad<T, C> {
  return async (ctx, ids) => {
    const results = await load(ctx, ids);
    if (hasFullAccess(ctx.principal)) return results;
    return results.map((item) => (item instanceof Error ? item : item !== null && mayReadCompany(ctx, ownerOf(item)) ? item : forbidden()));
  };
}
