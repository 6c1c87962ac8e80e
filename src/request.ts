import type { CallerSignal } from './upstream/core/cancellation.ts';

/**
 * What the gateway reads of an HTTP request, whichever way it came in: yoga's Fetch `Request`, or
 * the fast lane's view of Node's request (src/fastLane.ts). A Fetch `Request` is one; header names
 * are asked for in lower case.
 */
export interface RequestHead {
  readonly method: string;
  readonly headers: { get(name: string): string | null; has(name: string): boolean };
  /** Aborts when the client goes away: a Fetch `Request`'s AbortSignal, or the fast lane's `Cancellation`. */
  readonly signal: CallerSignal;
}
