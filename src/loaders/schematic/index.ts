/**
 * Batch functions for Schematic entities, one per `ids` filter. Each returns results in key
 * order (null for an unknown id). `limit` is raised to the number of ids: the default page is 100.
 * Catalogue objects (credits, bundles, plan grants, plans, features) are looked up in the shared
 * catalogue cache first (src/shared/catalogue.ts): only the ids it lacks are sent upstream.
 * Companies and grants are private: never cached.
 */
import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import type { CompanyCreditBalance } from '../../upstream/schematic/types.ts';
import type { CatalogueKind } from '../../shared/catalogue.ts';
import { loadByIds, loadEach } from '../batch.ts';
import { requestLoader } from '../cache.ts';

const byId = (item: { id: string }) => item.id;

/** `load`, for the ids the catalogue cache does not hold (all of them when it is off for this request). */
function cached<T extends object>(
  ctx: Context,
  kind: CatalogueKind,
  ids: readonly string[],
  load: (ids: readonly string[]) => Promise<(T | null | Error)[]>,
): Promise<(T | null | Error)[]> {
  return ctx.cache ? ctx.cache.byIds(kind, ids, load) : load(ids);
}

export const loadCredits = (ctx: Context, ids: readonly string[]) =>
  cached(ctx, 'credit', ids, (missing) =>
    loadByIds(missing, (part) => ctx.upstreams.schematic.credits.list({ ids: part, limit: part.length }, ctx), byId),
  );

export const loadBundles = (ctx: Context, ids: readonly string[]) =>
  cached(ctx, 'bundle', ids, (missing) =>
    loadByIds(missing, (part) => ctx.upstreams.schematic.bundles.list({ ids: part, limit: part.length }, ctx), byId),
  );

export const loadGrants = (ctx: Context, ids: readonly string[]) =>
  loadByIds(ids, (part) => ctx.upstreams.schematic.grants.list({ ids: part, limit: part.length }, ctx), byId);

export const loadPlanGrants = (ctx: Context, ids: readonly string[]) =>
  cached(ctx, 'planGrant', ids, (missing) =>
    loadByIds(missing, (part) => ctx.upstreams.schematic.planGrants.list({ ids: part, limit: part.length }, ctx), byId),
  );

export const loadCompanies = (ctx: Context, ids: readonly string[]) =>
  loadByIds(ids, (part) => ctx.upstreams.schematic.companies.list({ ids: part, limit: part.length }, ctx), byId);

export const loadPlans = (ctx: Context, ids: readonly string[]) =>
  cached(ctx, 'plan', ids, (missing) =>
    loadByIds(missing, (part) => ctx.upstreams.schematic.plans.list({ ids: part, limit: part.length }, ctx), byId),
  );

export const loadFeatures = (ctx: Context, ids: readonly string[]) =>
  cached(ctx, 'feature', ids, (missing) =>
    loadByIds(missing, (part) => ctx.upstreams.schematic.features.list({ ids: part, limit: part.length }, ctx), byId),
  );

/** A company's balances: one call per company (the endpoint takes a single `company_id`). */
export const balancesLoader = requestLoader(
  (ctx) =>
    new DataLoader<string, CompanyCreditBalance[]>((companyIds) =>
      loadEach(companyIds, (id) => ctx.upstreams.schematic.ledger.balances(id, ctx)),
    ),
);
