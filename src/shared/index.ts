/**
 * What the replicas of one gateway share, so that N of them behind a load balancer behave as one
 * (docs/operations.md, "Several replicas: Redis"): APQ registrations (apq.ts), the catalogue cache
 * (catalogue.ts) and per-caller rate limits (rateLimit.ts), in Redis (redis.ts) when REDIS_URL is
 * set, otherwise in this process's memory (store.ts), for one replica. cacheControl.ts holds the
 * HTTP side of caching (the caller's `no-cache`, the answer's `Cache-Control`).
 *
 * Losing Redis never fails a request; it is logged, and reported to the listeners below (for
 * metrics: `onRedisStateChange`, `onCacheLookup`, `onRateLimitRefused`).
 */
import { invalidateCatalogue, type CacheLookup } from './catalogue.ts';
import type { RateLimitRefusal } from './rateLimit.ts';
import { RedisStore, type RedisState, type SharedLogger } from './redis.ts';
import { MemoryStore, type SharedStore } from './store.ts';

export type { CacheLookup } from './catalogue.ts';
export type { RateLimitRefusal, RateLimitSettings } from './rateLimit.ts';
export type { RedisState } from './redis.ts';

export interface SharedStateOptions {
  /** `REDIS_URL`; unset: this process's memory, for one replica. */
  redisUrl?: string;
  /** `REDIS_COMMAND_TIMEOUT_MS`, default 250. */
  redisCommandTimeoutMs?: number;
  /**
   * Tells vendor accounts apart in the shared keys (`accountFingerprint` of the upstream URLs and
   * credentials), so gateways on different accounts never share catalogue entries or limits; default ''.
   */
  namespace?: string;
  logger?: SharedLogger;
}

/** Listeners of one kind of event. */
class Listeners<T> {
  private readonly set = new Set<(value: T) => void>();
  add(listener: (value: T) => void): () => void {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }
  emit(value: T): void {
    for (const listener of this.set) listener(value);
  }
}

export class SharedState {
  readonly store: SharedStore;
  readonly namespace: string;
  /** Emitted by the catalogue cache after each lookup, and by the rate limiter on each refusal. */
  readonly cacheLookups = new Listeners<CacheLookup>();
  readonly rateLimitRefusals = new Listeners<RateLimitRefusal>();

  constructor({ redisUrl, redisCommandTimeoutMs = 250, namespace = '', logger = console }: SharedStateOptions = {}) {
    this.namespace = namespace;
    if (redisUrl === undefined) {
      this.store = new MemoryStore();
      return;
    }
    const redis = new RedisStore({ url: redisUrl, commandTimeoutMs: redisCommandTimeoutMs, logger });
    this.store = redis;
    // Back after a loss: a write made meanwhile may not have reached the catalogue's version
    // (catalogue.ts), so the catalogue starts over rather than risk a stale entry.
    let lost = false;
    redis.onStateChange((state) => {
      if (state === 'down') lost = true;
      else if (lost) void invalidateCatalogue(redis, namespace);
    });
  }

  /** 'off' without REDIS_URL; otherwise whether Redis is connected and answering. */
  redisState(): RedisState | 'off' {
    return this.store instanceof RedisStore ? this.store.redisState() : 'off';
  }

  /** Called with each change between up and down (never without REDIS_URL). */
  onRedisStateChange(listener: (state: RedisState) => void): () => void {
    return this.store instanceof RedisStore ? this.store.onStateChange(listener) : () => {};
  }

  /** Called after each catalogue lookup with its hits and misses. */
  onCacheLookup(listener: (lookup: CacheLookup) => void): () => void {
    return this.cacheLookups.add(listener);
  }

  /** Called for each request refused by a rate limit. */
  onRateLimitRefused(listener: (refusal: RateLimitRefusal) => void): () => void {
    return this.rateLimitRefusals.add(listener);
  }

  /** Resolves once Redis is connected (at once without REDIS_URL); for tests and the bench. */
  ready(timeoutMs?: number): Promise<void> {
    return this.store instanceof RedisStore ? this.store.ready(timeoutMs) : Promise.resolve();
  }

  async close(): Promise<void> {
    if (this.store instanceof RedisStore) await this.store.close();
  }
}
