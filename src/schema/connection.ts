/**
 * Relay connections over offset-paged upstream lists (Schematic: limit + offset).
 * Arguments are validated before any upstream call; `totalCount` calls the upstream's
 * `/count` twin only when a client selects it.
 */
import { GraphQLError } from 'graphql';
import { offsetForArgs, offsetToCursor } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';

export const DEFAULT_PAGE_SIZE = 20;
/** One more row than this is fetched to learn `hasNextPage`; Schematic's own cap is 250. */
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface OffsetPage {
  offset: number;
  limit: number;
}

export interface OffsetConnection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { startCursor: string | null; endCursor: string | null; hasPreviousPage: boolean; hasNextPage: boolean };
  totalCount: () => Promise<number>;
}

export function badArgument(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
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
export function pageFromArgs(args: PageArgs) {
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
export function matchesNothing(query: object): boolean {
  return Object.values(query).some((value) => Array.isArray(value) && value.length === 0);
}

/**
 * Resolves a connection: validates, fetches one page (one row extra), and defers the count.
 * `fetch` gets `{ offset, limit }` in the upstream's terms. An empty id list in `query` (the
 * filter the page is fetched with) answers an empty connection without calling upstream.
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
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasPreviousPage,
      hasNextPage: hasNextPage(rows.length),
    },
    totalCount: () => (counted ??= nothing ? Promise.resolve(0) : count()),
  };
}

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'Number of items across all pages (one extra upstream call, made only when selected).',
    resolve: (connection) => (connection as unknown as OffsetConnection<unknown>).totalCount(),
  }),
);
