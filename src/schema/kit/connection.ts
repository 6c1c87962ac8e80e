/**
 * Relay connections over offset-paged upstream lists (Schematic: limit + offset) and over
 * cursor-paged ones (Metronome: limit + next_page, `cursorConnection`).
 * Arguments are validated before any upstream call; `totalCount` calls the upstream's
 * `/count` twin (offset) or walks the remaining pages (cursor) only when a client selects it.
 */
import { GraphQLError, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { offsetForArgs, offsetToCursor } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../limits.ts';
import { UpstreamError } from '../../upstream/errors.ts';
import { MAX_PAGES, pages, type FetchPage } from '../../upstream/page.ts';
import { badArgument } from './validate.ts';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

interface OffsetPage {
  offset: number;
  limit: number;
}

export interface OffsetConnection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { startCursor: string | null; endCursor: string | null; hasPreviousPage: boolean; hasNextPage: boolean };
  totalCount: () => Promise<number>;
}

/**
 * `pageInfo` whose `hasNextPage` is `read` once, and only if a client selects it: for an empty
 * page asked for (`first: 0`), which read no item to know. The getter answers a promise (Pothos'
 * shape says boolean, hence the cast), which the field's resolver hands to the executor
 * (`resolvingHasNextPage`).
 */
function lazyHasNextPage(pageInfo: Omit<OffsetConnection<unknown>['pageInfo'], 'hasNextPage'>, read: () => Promise<boolean>) {
  let answer: Promise<boolean> | undefined;
  return {
    ...pageInfo,
    get hasNextPage(): boolean {
      return (answer ??= read()) as unknown as boolean;
    },
  };
}

/**
 * Gives PageInfo's `hasNextPage` a resolver that reads the property, so that the executor awaits
 * the promise `lazyHasNextPage` answers: graphql-js does so for a property read too, but the
 * compiled executor (src/execution.ts) reads a field without a resolver inline, as a plain value.
 */
export function resolvingHasNextPage(schema: GraphQLSchema): GraphQLSchema {
  const pageInfo = schema.getType('PageInfo') as GraphQLObjectType<{ hasNextPage: boolean }>;
  pageInfo.getFields().hasNextPage!.resolve = (info) => info.hasNextPage;
  return schema;
}

function decodeCursor(argument: 'after' | 'before', cursor: string): number {
  const match = /^OffsetConnection:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match?.[1]) throw badArgument(argument, 'is not a cursor this connection issued');
  return Number(match[1]);
}

function checkSize(argument: 'first' | 'last', value: number | null | undefined) {
  if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
    throw badArgument(argument, `must be between 0 and ${MAX_PAGE_SIZE}; got ${value}`);
  }
}

/** Validates Relay arguments and turns them into an upstream page. Throws GraphQLError naming the argument. */
function pageFromArgs(args: PageArgs) {
  checkSize('first', args.first);
  checkSize('last', args.last);
  if (args.after != null) decodeCursor('after', args.after);
  if (args.before != null) decodeCursor('before', args.before);
  if (args.last != null && args.before == null && args.first == null) {
    throw badArgument('last', 'needs "before": an offset list cannot be read from its end');
  }
  return offsetForArgs({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE });
}

/** True when a filter holds an empty id list: upstream would read a missing filter as "everything". */
function matchesNothing(query: object): boolean {
  return Object.values(query).some((value) => Array.isArray(value) && value.length === 0);
}

/**
 * Resolves a connection: validates, fetches one page (one row extra), and defers the count.
 * `fetch` gets `{ offset, limit }` in the upstream's terms. An empty id list in `query` (the
 * filter the page is fetched with) answers an empty connection without calling upstream.
 * An empty page asked for (`first: 0`, `last: 0`) reads no item: its `hasNextPage` says whether
 * any item lies at or after its position, from the same count call as `totalCount`, made only
 * when one of them is selected.
 */
export async function offsetConnection<T>(
  args: PageArgs,
  fetch: (page: OffsetPage) => Promise<T[]>,
  count: () => Promise<number>,
  query: object = {},
): Promise<OffsetConnection<T>> {
  const { offset, limit, expectedSize, hasPreviousPage, hasNextPage } = pageFromArgs(args);
  const nothing = matchesNothing(query);
  const rows = expectedSize === 0 || nothing ? [] : await fetch({ offset, limit });
  const edges = rows.slice(0, expectedSize).map((node, index) => ({ cursor: offsetToCursor(offset + index), node }));
  let counted: Promise<number> | undefined;
  const totalCount = () => (counted ??= nothing ? Promise.resolve(0) : count());
  const pageInfo = { startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null, hasPreviousPage };
  return {
    edges,
    pageInfo:
      expectedSize === 0 && !nothing
        ? lazyHasNextPage(pageInfo, () => totalCount().then((total) => total > offset))
        : { ...pageInfo, hasNextPage: hasNextPage(rows.length) },
    totalCount,
  };
}

// ---------------------------------------------------------------- cursor connections

/**
 * Where an edge sits in an upstream cursor-paged list: item `i` of the page that the upstream
 * cursor `p` opens (`p` null: the first page), and `n`, its position in the whole list (for
 * `totalCount`). An edge that ends a page which has a next one is written `(next_page, -1)`:
 * "just before the first item of the next page", so resuming after it reads that page, not
 * the one already seen. Pages are always read at the size the caller fixes (the vendor's cap),
 * which keeps `i` meaningful whatever `first` a client asks for.
 */
interface CursorPosition {
  p: string | null;
  i: number;
  n: number;
}

const CURSOR_PREFIX = 'CursorConnection:';
/**
 * What a cursor this connection issued can hold: an upstream page token of reasonable length
 * (the vendor's are tens of characters; it goes into a query string), an index within a page,
 * and a position an `Int` totalCount can still add to (the offset cursors' own bound).
 */
const MAX_UPSTREAM_TOKEN = 512;
const MAX_PAGE_INDEX = 1_000;
const MAX_POSITION = 999_999_999;

function encodePosition(position: CursorPosition): string {
  return Buffer.from(`${CURSOR_PREFIX}${JSON.stringify([position.p, position.i, position.n])}`, 'utf8').toString('base64');
}

function decodePosition(cursor: string): CursorPosition {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  let parsed: unknown;
  try {
    parsed = text.startsWith(CURSOR_PREFIX) ? JSON.parse(text.slice(CURSOR_PREFIX.length)) : undefined;
  } catch {
    parsed = undefined;
  }
  if (Array.isArray(parsed) && parsed.length === 3) {
    const [p, i, n] = parsed as unknown[];
    if (
      (p === null || (typeof p === 'string' && p !== '' && p.length <= MAX_UPSTREAM_TOKEN)) &&
      Number.isInteger(i) && (i as number) >= -1 && (i as number) <= MAX_PAGE_INDEX &&
      Number.isInteger(n) && (n as number) >= 0 && (n as number) <= MAX_POSITION
    ) {
      return { p: p as string | null, i: i as number, n: n as number };
    }
  }
  throw badArgument('after', 'is not a cursor this connection issued');
}

/**
 * The GraphQL `extensions` of a cursor-paged connection type, for the cost limit (src/limits.ts
 * `FieldCost`): its `totalCount` may walk up to `MAX_PAGES` upstream pages each time it runs.
 */
export const CURSOR_CONNECTION_EXTENSIONS = { fieldCost: { totalCount: { calls: MAX_PAGES } } } as const;

interface CursorConnectionOptions {
  /**
   * Reads the pages `totalCount` walks past what the connection read, when a cheaper read than
   * `fetchPage` will do (Metronome credits without balances and ledgers). Its pages must be
   * the same size as `fetchPage`'s.
   */
  countPage?: FetchPage<unknown>;
}

/**
 * A Relay connection over an upstream cursor-paged list (Metronome's `limit` + `next_page`).
 * `fetchPage(cursor)` reads one upstream page at a fixed size; the connection reads pages only
 * until it holds `first` edges (`first: 30` over pages of 25 reads two pages and stops), and
 * `after` resumes from the upstream page its cursor names. `hasNextPage` is exact: it comes
 * from what is left of the last page read, or from that page's `next_page`.
 *
 * `totalCount` (only when selected) walks every page after the last one read (one upstream
 * call per page: on a long list, that is the expensive field) and adds the items before them.
 * Upstream cursors only go forward, so `last` and `before` are refused, naming the argument.
 */
export async function cursorConnection<T>(
  args: PageArgs,
  fetchPage: FetchPage<T>,
  options: CursorConnectionOptions = {},
): Promise<OffsetConnection<T>> {
  if (args.last != null) throw badArgument('last', 'is not supported: this list pages forward only (use first and after)');
  if (args.before != null) throw badArgument('before', 'is not supported: this list pages forward only (use first and after)');
  checkSize('first', args.first);
  const from = args.after == null ? undefined : decodePosition(args.after);
  const size = args.first ?? DEFAULT_PAGE_SIZE;
  const startCursor = from?.p ?? undefined;
  const skip = from ? from.i + 1 : 0;
  /** Position in the whole list of the first item of the first page read. */
  const base = from ? from.n + 1 - skip : 0;

  /** The upstream alone can check its own page token: one it refuses did not come from this connection. */
  const resuming =
    <P>(read: (cursor: string | undefined) => Promise<P>) =>
    async (cursor: string | undefined): Promise<P> => {
      try {
        return await read(cursor);
      } catch (error) {
        if (cursor !== undefined && cursor === startCursor && error instanceof UpstreamError && error.kind === 'bad_request') {
          throw badArgument('after', 'is not a cursor this connection issued');
        }
        throw error;
      }
    };
  const edges: { cursor: string; node: T }[] = [];
  let read = 0;
  let lastPage: { next_page: string | null } | undefined;
  let hasNextPage = false;
  if (size > 0) {
    let pageCursor: string | null = startCursor ?? null;
    let firstPage = true;
    const readPage = resuming(fetchPage);
    for await (const page of pages((cursor) => readPage(cursor ?? startCursor))) {
      lastPage = page;
      const before = read;
      read += page.data.length;
      let index = firstPage ? skip : 0;
      firstPage = false;
      for (; index < page.data.length && edges.length < size; index++) {
        const n = base + before + index;
        const endsPage = index === page.data.length - 1 && page.next_page !== null;
        const cursor = endsPage ? encodePosition({ p: page.next_page, i: -1, n }) : encodePosition({ p: pageCursor, i: index, n });
        edges.push({ cursor, node: page.data[index] as T });
      }
      if (edges.length >= size) {
        hasNextPage = index < page.data.length || page.next_page !== null;
        break;
      }
      pageCursor = page.next_page;
    }
  }

  const count = async (): Promise<number> => {
    let total = base + read;
    if (lastPage && lastPage.next_page === null) return total;
    const resumeAt = lastPage ? (lastPage.next_page ?? undefined) : startCursor;
    const countPage = resuming(options.countPage ?? fetchPage);
    let walked = 0;
    let next: string | null = null;
    for await (const page of pages((cursor) => countPage(cursor ?? resumeAt))) {
      walked++;
      total += page.data.length;
      next = page.next_page;
    }
    if (walked >= MAX_PAGES && next !== null) {
      throw new GraphQLError(`totalCount: the list did not end after ${MAX_PAGES} upstream pages`, {
        extensions: { code: 'LIST_TOO_LONG' },
      });
    }
    return total;
  };
  let counted: Promise<number> | undefined;
  const pageInfo = { startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null, hasPreviousPage: from !== undefined };
  return {
    edges,
    // `first: 0` read nothing: whether an item follows its position takes one page, read only if selected.
    pageInfo:
      size === 0
        ? lazyHasNextPage(pageInfo, async () => {
            const page = await (options.countPage ?? fetchPage)(startCursor);
            return skip < page.data.length || page.next_page !== null;
          })
        : { ...pageInfo, hasNextPage },
    totalCount: () => (counted ??= count()),
  };
}

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description:
      'Number of items across all pages, fetched only when selected: one extra upstream call on a Schematic list; on a ' +
      'Metronome list, one call per upstream page the connection did not read.',
    resolve: (connection) => (connection as unknown as OffsetConnection<unknown>).totalCount(),
  }),
);
