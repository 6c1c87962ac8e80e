/**
 * The probes a load balancer or an orchestrator calls, fit for several replicas:
 *
 * - `GET /healthz` (liveness): 200 while the process answers, with a JSON body saying how each
 *   upstream is doing (its circuit breaker's state and failures in a row). A vendor's trouble
 *   never fails it: restarting the gateway would not fix the vendor.
 * - `GET /readyz` (readiness): 503 until each upstream has answered once (a wrong URL or key
 *   keeps a new replica out of rotation, so a bad rollout stops there), 200 from then on, and
 *   503 again once the process starts draining (SIGTERM), so the load balancer stops sending
 *   before connections close. An upstream failing later does not fail it: every replica would
 *   leave rotation at the same moment, taking the other vendor's fields and the catalogue down too.
 */
import type { Plugin } from 'graphql-yoga';
import type { Upstreams } from '../upstream/upstreams.ts';
import { UpstreamError } from '../upstream/errors.ts';
import type { Logger } from './log.ts';

export interface HealthOptions {
  upstreams: Upstreams;
  /** AUTH_MODE=forward: the gateway holds no credential, so an upstream answering 401 is reachable. */
  forward: boolean;
  logger: Logger;
  /** Aborted when the process starts draining: /readyz fails from then on. */
  draining?: AbortSignal;
}

export type Readiness = 'starting' | 'ready' | 'draining';

export function useHealthEndpoints({ upstreams, forward, logger, draining }: HealthOptions): Plugin {
  let ready = false;
  /** The check in flight, shared by concurrent probes. */
  let checking: Promise<void> | undefined;

  /** One cheap read; false (and a warning naming the upstream) when it fails. */
  const answers = (read: (signal: AbortSignal) => Promise<unknown>) =>
    Promise.resolve()
      .then(() => read(AbortSignal.timeout(3_000)))
      .then(() => true)
      .catch((error: unknown) => {
        if (forward && error instanceof UpstreamError && error.kind === 'unauthorized') return true;
        const fields = error instanceof UpstreamError ? { upstream: error.upstream, kind: error.kind, status: error.status } : {};
        logger.warn(fields, `readiness: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      });

  /** Both upstreams, in parallel; once both have answered, the gateway is ready for good. */
  const check = () =>
    (checking ??= Promise.all([
      answers((signal) => upstreams.schematic.credits.count({}, { signal })),
      answers((signal) => upstreams.metronome.pricingUnits.list({ limit: 1 }, { signal })),
    ]).then((results) => {
      checking = undefined;
      if (results.every(Boolean) && !ready) {
        ready = true;
        logger.info('ready: both upstreams answered; /readyz answers 200 until the process drains');
      }
    }));

  const readiness = (): Readiness => (draining?.aborted ? 'draining' : ready ? 'ready' : 'starting');

  const upstreamHealth = () =>
    Object.fromEntries(
      [upstreams.schematic.health(), upstreams.metronome.health()].map(({ upstream, state, consecutiveFailures, retryInMs }) => [
        upstream,
        { breaker: state, consecutiveFailures, ...(retryInMs === undefined ? {} : { retryInMs }) },
      ]),
    );

  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      // A new headers object each time: the Response records its content-length in it.
      const answer = (status: number, body: unknown) =>
        endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : JSON.stringify(body), {
            status,
            headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
          }),
        );
      if (url.pathname === '/healthz') {
        answer(200, { status: 'ok', readiness: readiness(), upstreams: upstreamHealth() });
      } else if (url.pathname === '/readyz') {
        // Only a replica still starting asks the upstreams; a ready or draining one answers at once.
        return (readiness() === 'starting' ? check() : Promise.resolve()).then(() => {
          const state = readiness();
          answer(state === 'ready' ? 200 : 503, { status: state });
        });
      }
    },
  };
}
