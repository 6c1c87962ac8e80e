/**
 * The shared store on Redis (REDIS_URL), through ioredis, set up so that Redis can never hold a
 * request up for long or fail it:
 * - no offline queue: while disconnected, a command fails at once instead of waiting for a
 *   reconnection (the caller then falls back: see store.ts);
 * - `maxRetriesPerRequest: 0`: a command in flight when the connection drops fails at once;
 * - `commandTimeout`: a command a connected but stalled server does not answer fails after
 *   REDIS_COMMAND_TIMEOUT_MS, and Redis is then left alone for a second (one timeout a second
 *   at most, not one per request) before it is tried again;
 * - reconnection in the background, forever, every 2 s at most.
 * Losing and regaining Redis is logged once each way, and reported to `onStateChange` listeners.
 */
import { Redis } from 'ioredis';
import type { SharedStore } from './store.ts';

export type RedisState = 'up' | 'down';

export interface SharedLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface RedisStoreOptions {
  /** `REDIS_URL`: redis:// or rediss://, credentials included (never logged). */
  url: string;
  /** `REDIS_COMMAND_TIMEOUT_MS`: the longest a command may wait for its answer. */
  commandTimeoutMs: number;
  logger: SharedLogger;
}

/** How long Redis is left alone after a command timed out. */
const SUSPEND_MS = 1_000;
/** At most one log line a minute for command errors that are not about the connection (OOM, READONLY...). */
const ERROR_LOG_INTERVAL_MS = 60_000;

/** The URL without its credentials, for logs. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return 'redis';
  }
}

export class RedisStore implements SharedStore {
  readonly kind = 'redis';
  readonly client: Redis;
  private readonly where: string;
  private readonly logger: SharedLogger;
  /** Undefined until the first connection succeeds or fails. */
  private state: RedisState | undefined;
  private everUp = false;
  private closing = false;
  private suspendedUntil = 0;
  private lastError = '';
  private lastErrorLogAt = 0;
  private readonly listeners = new Set<(state: RedisState) => void>();

  constructor({ url, commandTimeoutMs, logger }: RedisStoreOptions) {
    this.where = redactRedisUrl(url);
    this.logger = logger;
    this.client = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: commandTimeoutMs,
      connectTimeout: 2_000,
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    this.client.on('ready', () => this.change('up'));
    this.client.on('close', () => this.change('down', this.lastError || 'connection closed'));
    // Every failed (re)connection emits one; the state change above is what gets logged.
    this.client.on('error', (error: Error) => {
      this.lastError = error.message;
    });
  }

  /** 'up' when connected and answering; 'down' otherwise (also before the first connection). */
  redisState(): RedisState {
    return this.state ?? 'down';
  }

  /** Called with each change between up and down; returns a function that stops the calls. */
  onStateChange(listener: (state: RedisState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once connected (for tests and the bench), or rejects after `timeoutMs`. */
  ready(timeoutMs = 5_000): Promise<void> {
    if (this.available()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`Redis at ${this.where} not connected within ${timeoutMs} ms`));
      }, timeoutMs);
      const stop = this.onStateChange((state) => {
        if (state !== 'up') return;
        clearTimeout(timer);
        stop();
        resolve();
      });
    });
  }

  available(): boolean {
    if (this.client.status !== 'ready') return false;
    // After a suspension, the next call is a probe: its outcome sets the state again.
    return Date.now() >= this.suspendedUntil;
  }

  /** A command answered: a suspended Redis is back. */
  succeeded(): void {
    if (this.state === 'down' && this.client.status === 'ready') this.change('up');
  }

  /** A command failed: a timeout suspends Redis for a while; any other error is logged (at most once a minute). */
  failed(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (/timed out/i.test(message)) {
      this.suspendedUntil = Date.now() + SUSPEND_MS;
      this.change('down', `${message}; not used for ${SUSPEND_MS / 1000} s`);
      return;
    }
    if (this.client.status !== 'ready') return; // the connection's own events say it
    const now = Date.now();
    if (now - this.lastErrorLogAt >= ERROR_LOG_INTERVAL_MS) {
      this.lastErrorLogAt = now;
      this.logger.warn(`Redis at ${this.where}: a command failed (${message}); the request went on without it`);
    }
  }

  async mget(keys: readonly string[]): Promise<(string | null)[]> {
    const none = () => keys.map(() => null);
    if (keys.length === 0 || !this.available()) return none();
    try {
      const values = await this.client.mget(...keys);
      this.succeeded();
      return values;
    } catch (error) {
      this.failed(error);
      return none();
    }
  }

  async setMany(entries: readonly (readonly [string, string])[], ttlMs: number): Promise<boolean> {
    if (entries.length === 0) return true;
    if (!this.available()) return false;
    try {
      const pipeline = this.client.pipeline();
      for (const [key, value] of entries) pipeline.set(key, value, 'PX', ttlMs);
      const results = (await pipeline.exec()) ?? [];
      const error = results.find(([failure]) => failure)?.[0];
      if (error) throw error;
      this.succeeded();
      return true;
    } catch (error) {
      this.failed(error);
      return false;
    }
  }

  async set(key: string, value: string, { ttlMs, onlyIfAbsent = false }: { ttlMs?: number; onlyIfAbsent?: boolean } = {}): Promise<boolean> {
    if (!this.available()) return false;
    try {
      const args: (string | number)[] = [];
      if (ttlMs !== undefined) args.push('PX', ttlMs);
      if (onlyIfAbsent) args.push('NX');
      const reply = await this.client.call('set', key, value, ...args);
      this.succeeded();
      return reply === 'OK';
    } catch (error) {
      this.failed(error);
      return false;
    }
  }

  /** Closes the connection (at shutdown); pending commands fail, and their callers fall back. */
  async close(): Promise<void> {
    this.closing = true;
    this.listeners.clear();
    if (this.client.status === 'ready') {
      await this.client.quit().catch(() => this.client.disconnect());
    } else {
      this.client.disconnect();
    }
  }

  private change(state: RedisState, reason?: string): void {
    if (this.state === state || this.closing) return;
    const first = this.state === undefined;
    this.state = state;
    if (state === 'up') {
      this.suspendedUntil = 0;
      this.lastError = '';
      this.logger.info(`Redis at ${this.where}: ${this.everUp ? 'reconnected' : 'connected'}; caches, APQ and rate limits are shared`);
      this.everUp = true;
    } else {
      this.logger.warn(
        `Redis at ${this.where}: ${first ? 'cannot connect' : 'lost'} (${reason ?? 'unknown'}); requests go on without it ` +
          '(catalogue reads go to the vendors, APQ asks clients for the full query, rate limits as RATE_LIMIT_ON_REDIS_LOSS says) while it reconnects',
      );
    }
    for (const listener of this.listeners) listener(state);
  }
}
