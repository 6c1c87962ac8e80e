/**
 * The upstream clients one request uses. The clients (one undici pool, breaker and retry policy
 * per upstream) are shared by every request; a request gets them with their dispatch wrapped when
 * it needs it (`UpstreamClient.wrap`): forward mode sends the caller's own credential instead of
 * the gateway's, and a company-scoped or catalogue-only caller's calls pass the tenant guard first.
 * Full-access callers with the gateway's keys use the clients as they are.
 */
import type { Dispatch, HttpRequest } from '../upstream/core/types.ts';
import type { Upstreams } from '../upstream/upstreams.ts';
import { MetronomeClient } from '../upstream/metronome/client.ts';
import { SchematicClient } from '../upstream/schematic/client.ts';
import type { Caller } from './authenticate.ts';
import { unauthenticated } from './errors.ts';
import { tenantGuard } from './guard.ts';
import { hasFullAccess } from './principal.ts';
import type { AuthContext } from './tenancy.ts';

type Wrapper = (next: Dispatch) => Dispatch;

/** Sends every call with `credential` in place of the gateway's. */
const withCredential =
  (credential: Record<string, string>): Wrapper =>
  (next) =>
  (req) =>
    next({ ...req, credential });

/** Refuses every call of an upstream the caller sent no credential for: never the gateway's key instead. */
const missing =
  (header: string): Wrapper =>
  () =>
  async () => {
    throw unauthenticated(`AUTH_MODE=forward: this request carries no ${header}, so this upstream's fields cannot be read`, { http: false });
  };

/** Runs `check` before each call; a check that throws refuses the call, which is then never sent. */
const checkedBy =
  (check: (req: HttpRequest) => Promise<void>): Wrapper =>
  (next) =>
  async (req) => {
    await check(req);
    return next(req);
  };

export function upstreamsFor(shared: Upstreams, caller: Caller, ctx: AuthContext): Upstreams {
  const { forwarded } = caller;
  if (forwarded) {
    return {
      schematic: shared.schematic.wrap(
        forwarded.schematic === undefined
          ? missing('X-Schematic-Api-Key')
          : withCredential(SchematicClient.credential(forwarded.schematic)),
      ),
      metronome: shared.metronome.wrap(
        forwarded.metronome === undefined
          ? missing('Metronome token (Authorization: Bearer or X-Metronome-Token)')
          : withCredential(MetronomeClient.credential(forwarded.metronome)),
      ),
    };
  }
  if (hasFullAccess(caller.principal)) return shared;
  return {
    schematic: shared.schematic.wrap(checkedBy(tenantGuard('schematic', ctx))),
    metronome: shared.metronome.wrap(checkedBy(tenantGuard('metronome', ctx))),
  };
}
