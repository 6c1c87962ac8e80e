import type { BreakerSnapshot } from './core/breaker.ts';
import type { UpstreamName } from './errors.ts';

/** What a client tells about its upstream: its circuit breaker's state (`open`: calls fail fast). */
export interface UpstreamHealth extends BreakerSnapshot {
  upstream: UpstreamName;
}
