/** What a client asks of the HTTP core, and the one function every call goes through. */
import type { CallerSignal } from './cancellation.ts';

/** Query parameters as a plain object: strings, numbers, booleans or string arrays. */
export type Query = object;

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below the base URL; callers encode dynamic segments with `encodeURIComponent`. */
  path: string;
  /** Arrays are sent as repeated keys (`?ids=a&ids=b`); undefined and null are left out. */
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  /** The caller's: aborting it aborts the call (src/upstream/core/cancellation.ts). */
  signal?: CallerSignal;
  /**
   * True for a POST that only reads (Metronome's list and get endpoints). GET is always a read;
   * any other request is a write, and its failures say whether it may have been applied.
   */
  readOnly?: boolean;
  /**
   * Replaces the core's configured credential headers for this call (a caller's own key in
   * forward mode); its values are redacted from failures like the configured ones.
   */
  credential?: Record<string, string>;
}

/**
 * Sends a request and answers its decoded JSON body, or throws `UpstreamError`. The core's
 * `request` is one; a caller wraps it to add a step before the core (the tenant guard in
 * src/auth/, the catalogue cache in src/shared/) without the core knowing of either.
 */
export type Dispatch = (request: HttpRequest) => Promise<unknown>;

/** GET, or a request its client marked as read-only. */
export function isRead(req: HttpRequest): boolean {
  return req.method === 'GET' || req.readOnly === true;
}
