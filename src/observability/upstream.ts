/**
 * The HTTP core's attempt observer (src/upstream/core/observer.ts `AttemptObserver`): for every upstream
 * attempt, a client span carrying the trace context to the vendor (when tracing is on) and the
 * upstream metrics (when given), both named by the route template, never the raw path.
 */
import type { Tracer } from '@opentelemetry/api';
import type { AttemptObserver } from '../upstream/core/observer.ts';
import type { GatewayMetrics } from './metrics.ts';
import { routeTemplate } from './route.ts';
import { endAttemptSpan, startAttemptSpan } from './tracing.ts';

export interface UpstreamObservers {
  metrics?: GatewayMetrics;
  /** Set when tracing is on (sdk.ts). */
  tracer?: Tracer;
}

/** The observer for both clients; undefined when there is nothing to observe for. */
export function upstreamObserver({ metrics, tracer }: UpstreamObservers): AttemptObserver | undefined {
  if (!metrics && !tracer) return undefined;
  return {
    attempt(start) {
      const route = routeTemplate(start.path);
      const started = performance.now();
      const traced = tracer && startAttemptSpan(tracer, start, route);
      return {
        headers: traced?.headers,
        end({ status, error }) {
          metrics?.upstreamAttempt({
            upstream: start.upstream,
            method: start.method,
            route,
            attempt: start.attempt,
            status,
            error,
            seconds: (performance.now() - started) / 1000,
          });
          if (traced) endAttemptSpan(traced.span, status, error);
        },
      };
    },
  };
}
