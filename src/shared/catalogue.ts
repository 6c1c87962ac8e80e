/**
 * The catalogue cache: what every caller may read (credits and their prices, bundles, plans, plan
 * grants, features; Metronome products and pricing units), kept across requests, and across
 * replicas when the store is Redis, for CACHE_TTL_SECONDS. Two ways in:
 * - by id (`byIds`), from the batch loaders (src/loaders/schematic): a cached id is never sent
 *   upstream, and a batch that is partly cached sends only the misses;
 * - by request (`readThrough`), wrapped around the request's upstream clients' dispatch:
 *   a catalogue list, count or product read, keyed by the exact upstream request.
 *
 * Only the upstream endpoints listed below are cached; anything else (companies, grants,
 * balances, ledger, customers, contracts and their credits) never enters, whoever asks. The
 * gateway's own credentials read the catalogue, so an entry is the same for every caller; in
 * AUTH_MODE=forward each caller's credential may see another account, and nothing is cached
 * (src/context.ts). Keys carry a fingerprint of the upstream URLs and credentials, so gateways on
 * different vendor accounts never share entries, even on one Redis.
 *
 * Invalidation by version: each entry carries the catalogue version read *before* its vendor call
 * and counts only while that version is current. A write through the gateway sets a new random
 * version before the mutation answers (`invalidate`, from src/schema/kit/write.ts), so the next
 * read on any replica misses and asks the vendor. An entry read from the vendor before the write
 * but stored after it carries the old version, so it can never be served. A write made outside
 * the gateway (the vendor's dashboard) shows within CACHE_TTL_SECONDS. A mutation itself reads
 * the vendors, not the cache (`useFreshReadsInMutations`): what it reads before writing may be
 * sent back upstream (updateCredit's current name), so it must not be a cached value.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Kind, type DefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { stringify as stringifyLossless } from 'lossless-json';
import { parseJson } from '../upstream/core/json.ts';
import { isRead, type Dispatch, type HttpRequest } from '../upstream/core/types.ts';
import type { SharedStore } from './store.ts';
import type { Logger } from '../observability/log.ts';

/** The catalogue objects loaded by id (src/loaders/schematic). */
export type CatalogueKind = 'credit' | 'bundle' | 'planGrant' | 'plan' | 'feature';

/** One batch's outcome, for metrics: how many ids (or requests) the cache answered. */
export interface CacheLookup {
  /** A CatalogueKind, or `request` for a list, count or product read. */
  kind: CatalogueKind | 'request';
  hits: number;
  misses: number;
}

/** The catalogue's upstream reads, `METHOD path` exactly: nothing else is ever cached. */
const CATALOGUE_READS: Record<'schematic' | 'metronome', ReadonlySet<string>> = {
  schematic: new Set([
    'GET /billing/credits',
    'GET /billing/credits/count',
    'GET /billing/credits/bundles',
    'GET /billing/credits/bundles/count',
    'GET /billing/credits/plan-grants',
    'GET /billing/credits/plan-grants/count',
    'GET /plans',
    'GET /plans/count',
    'GET /features',
    'GET /features/count',
  ]),
  metronome: new Set([
    'GET /v1/credit-types/list',
    'POST /v1/contract-pricing/products/get',
    'POST /v1/contract-pricing/products/list',
  ]),
};

/**
 * Whether a request reads the catalogue and is cached by request. Reads by `ids` are the loaders'
 * (cached per id); a filter naming a company is never cached, whatever the endpoint.
 */
function isCatalogueRead(upstream: 'schematic' | 'metronome', req: HttpRequest): boolean {
  if (!CATALOGUE_READS[upstream].has(`${req.method} ${req.path}`)) return false;
  const query = (req.query ?? {}) as Record<string, unknown>;
  return query.ids === undefined && query.company_id === undefined;
}

export interface CatalogueOptions {
  store: SharedStore;
  /** How long an entry lives, in seconds (CACHE_TTL_SECONDS, at least 1 here). */
  ttlSeconds: number;
  /** What tells this gateway's vendor accounts apart (see `accountFingerprint`); '' in tests. */
  namespace: string;
  logger: Pick<Logger, 'warn'>;
  onLookup?: (lookup: CacheLookup) => void;
}

/** A request's handle on the cache (Context `cache`). */
export class RequestCache {
  constructor(
    private readonly catalogue: CatalogueCache,
    /**
     * Read the vendor, not the cache (and refresh the cache with the answer): the caller sent
     * `Cache-Control: no-cache`, or the operation is a mutation (`useFreshReadsInMutations`), whose
     * reads before a write must not send a cached value back upstream.
     */
    public bypass: boolean,
    /** The request's log fields (its id, the caller's company), for the lines written for it. */
    private readonly logFields: () => object = () => ({}),
  ) {}

  byIds<T extends object>(
    kind: CatalogueKind,
    ids: readonly string[],
    load: (missing: string[]) => Promise<(T | null | Error)[]>,
  ): Promise<(T | null | Error)[]> {
    return this.catalogue.byIds(this.bypass, kind, ids, load);
  }

  /** A client's dispatch whose catalogue reads go through the cache (src/context.ts wraps it around the clients). */
  readThrough(upstream: 'schematic' | 'metronome', next: Dispatch): Dispatch {
    return (req) => (isRead(req) ? this.catalogue.readThrough(this.bypass, upstream, req, () => next(req)) : next(req));
  }

  /** After a write to the catalogue: every replica's next read asks the vendor. Never rejects. */
  invalidate(): Promise<void> {
    return this.catalogue.invalidate(this.logFields());
  }
}

/** Mutations read the vendors, never the cache (see `RequestCache.bypass`). */
export const useFreshReadsInMutations: Plugin = {
  onExecute({ args }) {
    const cache = (args.contextValue as { cache?: RequestCache }).cache;
    if (!cache) return;
    const operation = args.document.definitions.find(
      (d: DefinitionNode): d is OperationDefinitionNode =>
        d.kind === Kind.OPERATION_DEFINITION && (args.operationName ? d.name?.value === args.operationName : true),
    );
    if (operation?.operation !== 'query') cache.bypass = true;
  },
};

const KEY_ROOT = 'credits-gateway:cat:';

/**
 * A short fingerprint of the vendor accounts a gateway reads (URLs and credentials, hashed): two
 * deployments on one Redis share catalogue entries only when they read the same accounts.
 */
export function accountFingerprint(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 16);
}

const versionKey = (namespace: string) => `${KEY_ROOT}${namespace}:version`;

/**
 * Sets a new catalogue version: every entry stored so far stops counting, on every replica.
 * False when the store could not be reached.
 */
export function invalidateCatalogue(store: SharedStore, namespace: string): Promise<boolean> {
  return store.set(versionKey(namespace), randomUUID());
}

export class CatalogueCache {
  private readonly store: SharedStore;
  private readonly ttlMs: number;
  private readonly prefix: string;
  private readonly versionKey: string;
  private readonly namespace: string;
  private readonly logger: Pick<Logger, 'warn'>;
  private readonly onLookup: ((lookup: CacheLookup) => void) | undefined;

  constructor({ store, ttlSeconds, namespace, logger, onLookup }: CatalogueOptions) {
    this.store = store;
    this.ttlMs = ttlSeconds * 1000;
    this.prefix = `${KEY_ROOT}${namespace}:`;
    this.namespace = namespace;
    this.versionKey = versionKey(namespace);
    this.logger = logger;
    this.onLookup = onLookup;
  }

  forRequest(bypass: boolean, logFields?: () => object): RequestCache {
    return new RequestCache(this, bypass, logFields);
  }

  /** After a write to the catalogue through this gateway (see the top of this file). Never rejects. */
  async invalidate(logFields: object = {}): Promise<void> {
    if (await invalidateCatalogue(this.store, this.namespace)) return;
    this.logger.warn(
      logFields,
      'catalogue cache: a write went through but the cache could not be told (shared store unreachable); ' +
        'it is emptied when the store is back, and entries expire within CACHE_TTL_SECONDS anyway',
    );
  }

  async byIds<T extends object>(
    bypass: boolean,
    kind: CatalogueKind,
    ids: readonly string[],
    load: (missing: string[]) => Promise<(T | null | Error)[]>,
  ): Promise<(T | null | Error)[]> {
    const unique = [...new Set(ids)];
    const keys = bypass ? [] : unique.map((id) => `${this.prefix}${kind}:${id}`);
    const [version, ...values] = await this.store.mget([this.versionKey, ...keys]);
    const found = new Map<string, T | null | Error>();
    const missing: string[] = [];
    unique.forEach((id, i) => {
      const value = entryValue<T>(values[i], version);
      if (value === undefined) missing.push(id);
      else found.set(id, value);
    });
    this.onLookup?.({ kind, hits: found.size, misses: missing.length });
    if (missing.length > 0) {
      const tag = version ?? (await this.startVersion());
      const loaded = await load(missing);
      const entries: [string, string][] = [];
      missing.forEach((id, i) => {
        const item = loaded[i] ?? null;
        found.set(id, item);
        if (item !== null && !(item instanceof Error)) entries.push([`${this.prefix}${kind}:${id}`, serialise(item)]);
      });
      await this.keep(tag, entries);
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  async readThrough<T>(
    bypass: boolean,
    upstream: 'schematic' | 'metronome',
    req: HttpRequest,
    send: () => Promise<T>,
  ): Promise<T> {
    if (!isCatalogueRead(upstream, req)) return send();
    const key = `${this.prefix}req:${requestKey(upstream, req)}`;
    const [version, value] = await this.store.mget(bypass ? [this.versionKey] : [this.versionKey, key]);
    const cached = entryValue<T>(value, version);
    this.onLookup?.({ kind: 'request', hits: cached === undefined ? 0 : 1, misses: cached === undefined ? 1 : 0 });
    if (cached !== undefined) return cached;
    const tag = version ?? (await this.startVersion());
    const answer = await send();
    await this.keep(tag, [[key, serialise(answer)]]);
    return answer;
  }

  /**
   * The version of a store that has none yet (new, emptied, or the key evicted): set unless another
   * replica just did, then read back, before the vendor is asked. Null when the store is unreachable.
   */
  private async startVersion(): Promise<string | null> {
    await this.store.set(this.versionKey, randomUUID(), { onlyIfAbsent: true });
    const [version] = await this.store.mget([this.versionKey]);
    return version ?? null;
  }

  /** Stores what the vendor answered, tagged with the version read before asking it (nothing without one). */
  private async keep(version: string | null, entries: [string, string][]): Promise<void> {
    if (version === null || entries.length === 0) return;
    await this.store.setMany(
      entries.map(([key, json]) => [key, `${version}\n${json}`] as const),
      this.ttlMs,
    );
  }
}

/** An entry's value when it carries the current version; undefined when absent or stale. */
function entryValue<T>(entry: string | null | undefined, version: string | null | undefined): T | undefined {
  if (!entry || !version) return undefined;
  const cut = entry.indexOf('\n');
  if (cut < 0 || entry.slice(0, cut) !== version) return undefined;
  return parseJson(entry.slice(cut + 1)) as T;
}

/** JSON text that keeps int64 money exact (a `bigint` is written as a plain number and read back as one). */
function serialise(value: unknown): string {
  return stringifyLossless(value) ?? 'null';
}

/** The exact upstream request, method, path, query (keys sorted) and body, hashed. */
function requestKey(upstream: string, req: HttpRequest): string {
  const query = Object.entries((req.query ?? {}) as Record<string, unknown>)
    .filter(([, value]) => value !== undefined && value !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const text = `${upstream} ${req.method} ${req.path} ${serialise(query)} ${req.body === undefined ? '' : serialise(req.body)}`;
  return createHash('sha256').update(text).digest('base64url');
}
