/**
 * Where automatic persisted queries (APQ) are registered: hash -> query text, for yoga's
 * `useAPQ({ store })` (src/frontend/persisted.ts adds the manifest in front).
 *
 * Each replica keeps the texts it has seen in memory (at most 1,000, each for an hour after last
 * use). With Redis, registrations are also written there for 24 hours, and a hash this replica has
 * not seen is looked up there: a hash registered on one replica is served by every other. A hash
 * names one text forever (yoga checks the sha256 before registering), so a local copy is never
 * stale. Redis unreachable: an unknown hash is "not found", and the client sends the full query
 * again, which the APQ protocol provides for.
 */
import { createInMemoryAPQStore, type APQStore } from '@graphql-yoga/plugin-apq';
import type { SharedStore } from './store.ts';

const LOCAL_MAX_ENTRIES = 1_000;
const LOCAL_TTL_MS = 3_600_000;
/** How long a registration lives in the shared store. */
const SHARED_APQ_TTL_MS = 24 * 3_600_000;
/** A sha256 is 64 hex characters (71 with a `sha256:` prefix): anything much longer is no hash worth a lookup. */
const MAX_HASH_LENGTH = 128;
const KEY_ROOT = 'credits-gateway:apq:';

/** The registrations of one replica, shared through `shared` when it is Redis. */
export function apqRegistrations(shared?: SharedStore): APQStore {
  const local = createInMemoryAPQStore({ max: LOCAL_MAX_ENTRIES, ttl: LOCAL_TTL_MS });
  if (shared?.kind !== 'redis') return local;
  return {
    async get(hash) {
      const known = await local.get(hash);
      if (known || hash.length > MAX_HASH_LENGTH) return known ?? null;
      const [text] = await shared.mget([`${KEY_ROOT}${hash}`]);
      if (text) await local.set(hash, text);
      return text ?? null;
    },
    async set(hash, query) {
      await local.set(hash, query);
      // Awaited: once the registering request is answered, every replica can serve the hash.
      await shared.setMany([[`${KEY_ROOT}${hash}`, query]], SHARED_APQ_TTL_MS);
    },
  };
}
