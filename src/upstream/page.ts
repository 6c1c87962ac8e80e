/**
 * Metronome's cursor pagination, in one place. Every paged endpoint answers
 * `{ data, next_page }` and takes the previous `next_page` back (in the query or the body,
 * which the resource module decides); `next_page` is null on the last page.
 */

/** One page of a cursor-paged list. `next_page` is null on the last page. */
export interface CursorPage<T> {
  data: T[];
  next_page: string | null;
}

/**
 * How many pages one walk may read before giving up: a guard against a cursor that never ends
 * (at 100 rows a page, 10 000 rows).
 */
export const MAX_PAGES = 100;

export interface WalkOptions {
  /** Stop once this many items are collected (the last page read may bring more; they are kept). 0 reads nothing. */
  enough?: number;
  /** Hard cap on the pages read, default `MAX_PAGES`. */
  maxPages?: number;
}

/** Reads one page: the cursor is undefined for the first one. */
export type FetchPage<T> = (cursor: string | undefined) => Promise<CursorPage<T>>;

/** The vendor ends a list with `next_page: null`; the SDK also treats an empty or missing cursor as the end. */
function cursorOf(page: CursorPage<unknown>): string | undefined {
  return typeof page.next_page === 'string' && page.next_page !== '' ? page.next_page : undefined;
}

/**
 * Yields pages lazily, one request per page, stopping at the last page, at `maxPages`, or as
 * soon as the consumer stops iterating. A cursor that repeats ends the walk (it would loop).
 */
export async function* pages<T>(fetchPage: FetchPage<T>, maxPages = MAX_PAGES): AsyncGenerator<CursorPage<T>> {
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let read = 0; read < maxPages; read++) {
    const page = await fetchPage(cursor);
    yield page;
    cursor = cursorOf(page);
    if (cursor === undefined || seen.has(cursor)) return;
    seen.add(cursor);
  }
}

/**
 * Collects items page after page until the list ends or `enough` items are in hand, reading no
 * page more than needed. Returns the items and the cursor that continues after them: null when
 * the whole list was read, a string when the walk stopped early (enough items, or `maxPages`).
 * Throws whatever `fetchPage` throws (UpstreamError).
 */
export async function collect<T>(fetchPage: FetchPage<T>, options: WalkOptions = {}): Promise<CursorPage<T>> {
  const enough = options.enough ?? Number.POSITIVE_INFINITY;
  const data: T[] = [];
  let next: string | null = null;
  if (enough <= 0) return { data, next_page: null };
  for await (const page of pages(fetchPage, options.maxPages)) {
    data.push(...page.data);
    next = cursorOf(page) ?? null;
    if (data.length >= enough) break;
  }
  return { data, next_page: next };
}
