import type { UpstreamErrorKind } from '../../upstream/errors.ts';

/** The `extensions.code` (or `UpstreamError.reason`) of each kind of upstream failure. */
export const CODES: Record<UpstreamErrorKind, string> = {
  bad_request: 'UPSTREAM_BAD_REQUEST',
  unauthorized: 'UPSTREAM_UNAUTHORIZED',
  forbidden: 'UPSTREAM_FORBIDDEN',
  not_found: 'NOT_FOUND',
  conflict: 'CONFLICT',
  rate_limited: 'UPSTREAM_RATE_LIMITED',
  server: 'UPSTREAM_UNAVAILABLE',
  timeout: 'UPSTREAM_TIMEOUT',
  connection: 'UPSTREAM_UNAVAILABLE',
  aborted: 'REQUEST_CANCELLED',
  decode: 'UPSTREAM_BAD_RESPONSE',
  too_large: 'UPSTREAM_RESPONSE_TOO_LARGE',
  circuit_open: 'UPSTREAM_UNAVAILABLE',
};

export const UPSTREAM_LABEL = { schematic: 'Schematic', metronome: 'Metronome' } as const;
