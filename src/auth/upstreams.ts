/**
 * The upstream clients one request uses. The clients (one undici pool, breaker and retry policy
 * per upstream) are shared by every request; a request gets credential-bound views of them when
 * it needs any (HttpCore.view): forward mode sends the caller's own credential instead of the
 * gateway's, and a company-scoped or catalogue-only caller's calls pass the tenant guard first.
 * Full-access callers with the gateway's keys use the shared clients as they are.
 */
import type { HttpRequest } from '../upstream/http.ts';
import type { Upstreams } from '../upstream/upstreams.ts';
import { MetronomeClient } from '../upstream/metronome/client.ts';
import { SchematicClient } from '../upstream/schematic/client.ts';
import type { Caller } from './authenticate.ts';
import { unauthenticated } from './errors.ts';
import { tenantGuard } from './guard.ts';
import { hasFullAccess } from './principal.ts';
import type { AuthContext } from './tenancy.ts';

/** Refuses every call of an upstream the caller sent no credential for: never the gateway's key instead. */
const missing = (header: string) => (_req: HttpRequest) => {
  throw unauthenticated(`AUTH_MODE=forward: this request carries no ${header}, so this upstream's fields cannot be read`, { http: false });
};

export function upstreamsFor(shared: Upstreams, caller: Caller, ctx: AuthContext): Upstreams {
  const { forwarded } = caller;
  if (forwarded) {
    return {
      schematic: shared.schematic.view(
        forwarded.schematic === undefined
          ? { headers: {}, check: missing('X-Schematic-Api-Key') }
          : { headers: SchematicClient.credential(forwarded.schematic) },
      ),
      metronome: shared.metronome.view(
        forwarded.metronome === undefined
          ? { headers: {}, check: missing('Metronome token (Authorization: Bearer or X-Metronome-Token)') }
          : { headers: MetronomeClient.credential(forwarded.metronome) },
      ),
    };
  }
  if (hasFullAccess(caller.principal)) return shared;
  return {
    schematic: shared.schematic.view({ check: tenantGuard('schematic', ctx) }),
    metronome: shared.metronome.view({ check: tenantGuard('metronome', ctx) }),
  };
}
