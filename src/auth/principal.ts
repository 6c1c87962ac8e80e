/**
 * Who is calling, as the gateway's authorisation sees it. Built once per request by
 * `authenticate` (src/auth/authenticate.ts) and read by the scopes (src/auth/scopes.ts), the
 * tenant guard on the upstream clients (src/auth/guard.ts) and the loaders' guards
 * (src/auth/tenancy.ts).
 */
export type Principal =
  /** AUTH_MODE=none: no caller auth; the gateway's own vendor keys, everything readable and writable. */
  | { kind: 'anonymous' }
  /** AUTH_MODE=forward: a trusted server sends its own vendor keys; the vendor decides what they reach. */
  | { kind: 'forward' }
  /** A verified token whose scope claim holds the admin scope (default `credits:admin`): every read and mutation. */
  | { kind: 'admin'; subject: string | undefined }
  /** A verified token with a company claim: that company's private data and the catalogue; no mutation. */
  | { kind: 'company'; subject: string | undefined; companyId: string }
  /** A verified token with neither: the catalogue only (credits, bundles, plans, features, products, pricing units). */
  | { kind: 'catalogue'; subject: string | undefined };

/** Every read and every mutation: no caller auth, forward mode, or an admin token. */
export function hasFullAccess(principal: Principal): boolean {
  return principal.kind === 'anonymous' || principal.kind === 'forward' || principal.kind === 'admin';
}

/** The one company a company-scoped caller may read; undefined for everyone else. */
export function companyOf(principal: Principal): string | undefined {
  return principal.kind === 'company' ? principal.companyId : undefined;
}
