/**
 * Per-caller rate limits (RATE_LIMIT_PER_MINUTE), counted in the shared store, so that N replicas
 * together allow the limit, not N times it. Over it, the request is answered HTTP 429 with
 * `Retry-After` and `extensions.code: RATE_LIMITED`, before anything runs.
 *
 * The caller is the company claim of a company-scoped token, else the token's subject, else (no
 * caller auth, or a token without either) the client's address; in AUTH_MODE=forward, the
 * caller's own vendor credentials (hashed). Admin tokens have their own limit
 * (RATE_LIMIT_ADMIN_PER_MINUTE). Each GraphQL operation counts one: a batch of 5 counts 5.
 * Windows are fixed minutes per caller (rate-limiter-flexible's atomic counter, a Lua script on
 * Redis).
 *
 * Redis unreachable: by default (RATE_LIMIT_ON_REDIS_LOSS=open) requests are not limited until it
 * is back, rather than refused for a fault of the gateway's; `local` makes each replica count in
 * its own memory meanwhile (N replicas then allow up to N times the limit).
 */
import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Authenticate, Caller, NodeRequest } from '../auth/authenticate.ts';
import { RedisStore } from './redis.ts';
import type { SharedStore } from './store.ts';
import type { RequestHead } from '../request.ts';

export interface RateLimitSettings {
  /** `RATE_LIMIT_PER_MINUTE`: operations a caller may run in a minute, all replicas together; 0: no limit. */
  perMinute: number;
  /** `RATE_LIMIT_ADMIN_PER_MINUTE`: the same for admin tokens; 0: no limit. */
  adminPerMinute: number;
  /** `RATE_LIMIT_ON_REDIS_LOSS`: `open` (no limit) or `local` (each replica counts alone) while Redis is unreachable. */
  onRedisLoss: 'open' | 'local';
}

/** Who a limit was counted for, for metrics (never the id itself). */
export type CallerKind = 'company' | 'subject' | 'admin' | 'credential' | 'address';

export interface RateLimitRefusal {
  caller: CallerKind;
  limit: number;
  retryAfterSeconds: number;
}

export interface RateLimitOptions {
  store: SharedStore;
  /** Keys of different vendor accounts apart (see catalogue.ts `accountFingerprint`). */
  namespace: string;
  /** The request's caller, authenticated once per request (shared with the context factory). */
  callerOf: Authenticate;
  onRefused?: (refusal: RateLimitRefusal) => void;
}

const WINDOW_SECONDS = 60;

/** A caller's counter key (hashed: a subject or credential never appears in Redis) and its tier. */
function identify(caller: Caller | undefined, address: string): { kind: CallerKind; key: string; admin: boolean } {
  const principal = caller?.principal;
  const hashed = (kind: CallerKind, id: string, admin = false) => ({
    kind,
    admin,
    key: createHash('sha256').update(`${kind}:${id}`).digest('base64url').slice(0, 22),
  });
  switch (principal?.kind) {
    case 'company':
      return hashed('company', principal.companyId);
    case 'admin':
      return principal.subject ? hashed('admin', principal.subject, true) : hashed('address', address, true);
    case 'catalogue':
      return principal.subject ? hashed('subject', principal.subject) : hashed('address', address);
    case 'forward':
      return hashed('credential', `${caller?.forwarded?.schematic ?? ''}\n${caller?.forwarded?.metronome ?? ''}`);
    default:
      return hashed('address', address);
  }
}

/** Node's own request: its distinct headers (for `Authenticate`) and the connection's address. */
export type ClientRequest = NodeRequest & { readonly socket?: { readonly remoteAddress?: string } };

/**
 * Counts `operations` for the request's caller: undefined when they may run, else the RATE_LIMITED
 * error (HTTP 429) to answer with. `node` is Node's request when there is one (unknown address
 * without it, under `yoga.fetch`).
 */
export type RateLimit = (request: RequestHead, node: ClientRequest | undefined, operations: number) => Promise<GraphQLError | undefined>;

function rateLimited(limit: number, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(
    `Rate limit exceeded: this caller may run ${limit} operations a minute; try again in ${retryAfterSeconds} s`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfter: retryAfterSeconds,
        http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
      },
    },
  );
}

/** One tier's limiter: on Redis when the store is Redis, else in memory; and its local stand-in. */
function tier(points: number, name: string, store: SharedStore, namespace: string) {
  const options = { points, duration: WINDOW_SECONDS, keyPrefix: `credits-gateway:rl:${namespace}:${name}` };
  const local = new RateLimiterMemory(options);
  const shared: RateLimiterAbstract =
    store instanceof RedisStore ? new RateLimiterRedis({ ...options, storeClient: store.client, rejectIfRedisNotReady: true }) : local;
  return { points, shared, local };
}

/** The rate limit for these settings; none when no limit is set. */
export function createRateLimit(settings: RateLimitSettings, { store, namespace, callerOf, onRefused }: RateLimitOptions): RateLimit | undefined {
  if (settings.perMinute === 0 && settings.adminPerMinute === 0) return undefined;
  const users = settings.perMinute > 0 ? tier(settings.perMinute, 'callers', store, namespace) : undefined;
  const admins = settings.adminPerMinute > 0 ? tier(settings.adminPerMinute, 'admins', store, namespace) : undefined;
  const redis = store instanceof RedisStore ? store : undefined;

  /** Counts `operations` for the caller: undefined when allowed, else the seconds to wait. */
  const consume = async (limiter: NonNullable<typeof users>, key: string, operations: number): Promise<number | undefined> => {
    const fallback = () => (settings.onRedisLoss === 'local' ? limiter.local : undefined);
    let chosen: RateLimiterAbstract | undefined = redis && !redis.available() ? fallback() : limiter.shared;
    while (chosen) {
      try {
        await chosen.consume(key, operations);
        if (chosen === limiter.shared) redis?.succeeded();
        return undefined;
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) return Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
        // A Redis failure (never the memory limiter's): fall back, as RATE_LIMIT_ON_REDIS_LOSS says.
        redis?.failed(outcome);
        chosen = chosen === limiter.shared ? fallback() : undefined;
      }
    }
    return undefined;
  };

  return async (request, node, operations) => {
    // A caller whose token is refused is counted by address; the 401 itself comes from the context.
    const caller = await callerOf(request, node).catch(() => undefined);
    const { kind, key, admin } = identify(caller, node?.socket?.remoteAddress ?? 'unknown');
    const limiter = admin ? admins : users;
    if (!limiter || operations === 0) return undefined;
    const retryAfterSeconds = await consume(limiter, key, operations);
    if (retryAfterSeconds === undefined) return undefined;
    onRefused?.({ caller: kind, limit: limiter.points, retryAfterSeconds });
    return rateLimited(limiter.points, retryAfterSeconds);
  };
}

/** The yoga plugin: counted once the request is parsed (a batch counts each operation), before anything runs. */
export function useRateLimit(limit: RateLimit): Plugin {
  return {
    onRequestParse({ request, serverContext }) {
      return {
        async onRequestParseDone({ requestParserResult }) {
          const operations = Array.isArray(requestParserResult) ? requestParserResult.length : 1;
          // yoga on Node's http server passes Node's request as `req`.
          const refused = await limit(request, (serverContext as { req?: ClientRequest } | undefined)?.req, operations);
          if (refused) throw refused;
        },
      };
    },
  };
}
