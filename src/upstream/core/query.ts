/** The request line: path checks and query encoding. */
import type { Query } from './types.ts';

/** A path segment that is "." or "..", plain or percent-encoded. */
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;

/**
 * Whether a path holds a "." or ".." segment. encodeURIComponent leaves those as they are, and
 * any hop that normalises the URL (WHATWG URL, proxies) would turn `/bundles/..` into another
 * endpoint: the core never sends one.
 */
export function hasDotSegment(path: string): boolean {
  return DOT_SEGMENT.test(path);
}

/** Repeated keys for arrays, as the vendors' SDKs send them. */
export function encodeQuery(query: Query | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, String(item));
    else search.append(key, String(value));
  }
  const encoded = search.toString();
  return encoded ? `?${encoded}` : '';
}
