import { contextCacheSymbol, type initContextCache } from '@pothos/core';
import type { IncomingMessage } from 'node:http';
import type { Authenticate } from './auth/authenticate.ts';
import { companyOf, type Principal } from './auth/principal.ts';
import type { TenantLinks } from './auth/tenancy.ts';
import { upstreamsFor } from './auth/upstreams.ts';
import type { MetronomeLink } from './config.ts';
import { bypassesCache } from './shared/cacheControl.ts';
import type { CatalogueCache, RequestCache } from './shared/catalogue.ts';
import { requestLogFields, setRequestCompany } from './observability/log.ts';
import type { RequestHead } from './request.ts';
import { callerCancellation, type Cancellation } from './upstream/core/cancellation.ts';
import type { Upstreams } from './upstream/upstreams.ts';

export type { Upstreams };

/** Settings resolvers read, fixed at boot (from config) and the same for every request. */
export interface ContextSettings {
  /** How a Schematic company finds its Metronome customer (`COMPANY_METRONOME_LINK`). */
  metronomeLink: MetronomeLink;
  /** How a company-scoped caller's company finds its Metronome customer (the schema's own rule). */
  tenantLinks: TenantLinks;
}

/**
 * Per-request context. Loaders are per request too: Pothos' dataloader plugin and the
 * getters in src/loaders key them on this object; only the catalogue (`cache`) outlives a request.
 */
export interface Context extends ContextSettings {
  /**
   * This request's clients: the shared ones, or the same clients with their dispatch wrapped (the caller's own
   * credential in forward mode; the tenant guard for a company-scoped caller). See src/auth/upstreams.ts.
   */
  upstreams: Upstreams;
  /** Aborts when the client goes away; passed to every upstream call. */
  signal: Cancellation;
  /** Who is calling (src/auth/principal.ts): what the authScopes and the tenant guard check. */
  principal: Principal;
  /**
   * The catalogue cache shared across requests and replicas (src/shared/catalogue.ts): undefined
   * when it is off (CACHE_TTL_SECONDS=0) or the caller forwards its own vendor credentials.
   */
  cache: RequestCache | undefined;
}

/**
 * The context factory: authenticates the caller first (a refusal is an HTTP 401 and nothing runs),
 * then binds the upstream clients to the caller. Nothing here outlives the request. yoga builds a
 * context for each operation of a batched request, so `callerOf` must answer once per HTTP request
 * (server.ts passes the `oncePerRequest` authenticator it shares with the rate limiter).
 */
export function createContext(upstreams: Upstreams, settings: ContextSettings, callerOf: Authenticate, catalogue?: CatalogueCache) {
  // Served by node:http, yoga's server context holds Node's request (`req`): its distinct headers
  // show a repeated Authorization that the Fetch Request no longer does (read only when needed).
  // The fast lane (src/fastLane.ts) calls this with its own view of the request and Node's.
  return async ({ request, req }: { request: RequestHead; req?: IncomingMessage }): Promise<Context> => {
    const caller = await callerOf(request, req);
    // The request's log lines name the company a scoped caller reads (never its token).
    setRequestCompany(request, companyOf(caller.principal));
    // yoga copies this object into the context resolvers see; the Pothos cache key makes both share
    // the request's loaders, so the tenant guard (which holds this one) reuses what resolvers loaded.
    // In forward mode each caller's credential may reach another vendor account: nothing is shared.
    const cache = catalogue && !caller.forwarded ? catalogue.forRequest(bypassesCache(request), () => requestLogFields(request)) : undefined;
    // Written out, not spread: spreading initContextCache()'s symbol-keyed object takes V8's slow
    // path, 3.5 µs and 2 KB a request (bench/README.md, item 30).
    const context: Context & ReturnType<typeof initContextCache> = {
      [contextCacheSymbol]: {},
      upstreams,
      signal: callerCancellation(request.signal),
      principal: caller.principal,
      cache,
      metronomeLink: settings.metronomeLink,
      tenantLinks: settings.tenantLinks,
    };
    // The cache is wrapped first so that the tenant guard, wrapped around it, runs before it.
    context.upstreams = upstreamsFor(cache ? readingThrough(upstreams, cache) : upstreams, caller, context);
    return context;
  };
}

/** The request's clients with their catalogue reads going through the cache. */
function readingThrough({ schematic, metronome }: Upstreams, cache: RequestCache): Upstreams {
  return {
    schematic: schematic.wrap((next) => cache.readThrough('schematic', next)),
    metronome: metronome.wrap((next) => cache.readThrough('metronome', next)),
  };
}
