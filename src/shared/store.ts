/**
 * The key-value store the replicas share: Redis (redis.ts) when REDIS_URL is set, otherwise this
 * process's memory (`MemoryStore`, for one replica). Values are strings.
 *
 * No method ever rejects: an unreachable store reads as empty and stores nothing, so a request
 * never fails because of it (the catalogue then reads the vendor, APQ asks for the full query).
 */
import { LRUCache } from 'lru-cache';

export interface SharedStore {
  readonly kind: 'redis' | 'memory';
  /** Whether a call would reach the store now (for Redis: connected, and not just timed out). */
  available(): boolean;
  /** The values of `keys`, null where a key is absent (all null when the store is unreachable). */
  mget(keys: readonly string[]): Promise<(string | null)[]>;
  /** Sets each key for `ttlMs`. False when nothing could be stored. */
  setMany(entries: readonly (readonly [string, string])[], ttlMs: number): Promise<boolean>;
  /**
   * Sets one key, for `ttlMs` or (without it) until replaced; `onlyIfAbsent` keeps a value already
   * there. False when the store is unreachable (or, with `onlyIfAbsent`, the key was there).
   */
  set(key: string, value: string, options?: { ttlMs?: number; onlyIfAbsent?: boolean }): Promise<boolean>;
}

/**
 * At most this many characters of values in memory (about as many bytes for the ASCII JSON the
 * catalogue holds); the least recently used go first.
 */
const MEMORY_MAX_CHARS = 32 * 1024 * 1024;

/** One replica's store: an LRU map with a time to live per entry. */
export class MemoryStore implements SharedStore {
  readonly kind = 'memory';
  private readonly entries = new LRUCache<string, string>({
    maxSize: MEMORY_MAX_CHARS,
    sizeCalculation: (value, key) => value.length + key.length,
  });

  available(): boolean {
    return true;
  }

  mget(keys: readonly string[]): Promise<(string | null)[]> {
    return Promise.resolve(keys.map((key) => this.entries.get(key) ?? null));
  }

  setMany(entries: readonly (readonly [string, string])[], ttlMs: number): Promise<boolean> {
    for (const [key, value] of entries) this.entries.set(key, value, { ttl: ttlMs });
    return Promise.resolve(true);
  }

  set(key: string, value: string, { ttlMs, onlyIfAbsent = false }: { ttlMs?: number; onlyIfAbsent?: boolean } = {}): Promise<boolean> {
    if (onlyIfAbsent && this.entries.has(key)) return Promise.resolve(false);
    this.entries.set(key, value, ttlMs === undefined ? {} : { ttl: ttlMs });
    return Promise.resolve(true);
  }
}
