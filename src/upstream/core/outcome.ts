/** What a failed attempt means: for a write (was it applied?) and for the circuit breaker (is the upstream sick?). */
import type { UpstreamError, UpstreamErrorKind, WriteOutcome } from '../errors.ts';
import type { AttemptHealth } from './breaker.ts';
import { errorCode } from './redact.ts';

/** Connection failures that happen before a byte of the request leaves this process. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

/** What a failed write leaves behind upstream (see `WriteOutcome`). */
export function writeOutcomeOf(kind: UpstreamErrorKind, status: number | undefined, cause: unknown): WriteOutcome {
  if (kind === 'circuit_open') return 'not_applied'; // refused by the breaker, never sent
  if (status !== undefined && status >= 200 && status < 300) return 'applied';
  if (status !== undefined && status < 500 && kind !== 'timeout') return 'not_applied';
  if (kind === 'connection' && NOT_SENT_CODES.has(errorCode(cause) ?? '')) return 'not_applied';
  if (kind === 'bad_request' && status === undefined) return 'not_applied'; // refused before sending
  // cancelled, or out of time, before sending
  if ((kind === 'aborted' || kind === 'timeout') && status === undefined && cause === undefined) return 'not_applied';
  return 'unknown';
}

/** What a failed attempt says about the upstream's health (see breaker.ts). */
export function healthOf(error: UpstreamError): AttemptHealth {
  switch (error.kind) {
    case 'timeout':
    case 'connection':
      return 'unhealthy';
    case 'server':
      return error.status !== undefined && error.status >= 500 ? 'unhealthy' : 'healthy';
    case 'aborted':
    case 'decode':
    case 'too_large':
    case 'circuit_open':
      return 'neutral';
    default:
      return 'healthy'; // 4xx: the upstream is up and answering
  }
}
