/**
 * Persisted operations (`PERSISTED_OPERATIONS`, `PERSISTED_OPERATIONS_ONLY`) and automatic
 * persisted queries (APQ).
 *
 * A client names a persisted operation by id, either as `documentId` (the GraphQL-over-HTTP
 * persisted documents proposal; POST body or GET query string) or as
 * `extensions.persistedQuery.sha256Hash` (Apollo's APQ shape, which codegen's client preset
 * examples send with the generated `__meta__.hash`). Codegen's ids are prefixed
 * (`sha256:<hex>`); the bare hex finds the same operation, as an APQ client would send it.
 *
 * - Allow-list mode (`only`): the manifest is the whole API. An operation sent as text is refused,
 *   an unknown id is refused, and APQ is off: its registration step (hash + text) would let any
 *   client add operations, a back door around the list.
 * - Otherwise: manifest ids run by id, any text operation runs, and APQ lets a client send a hash
 *   alone once the gateway has seen the text. Manifest entries answer APQ lookups too; a
 *   registration can never replace one (APQ checks that the hash is the sha256 of the text).
 */
import { useAPQ, type APQStore } from '@graphql-yoga/plugin-apq';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { apqRegistrations } from '../shared/apq.ts';
import type { PersistedManifest } from './manifest.ts';

export interface PersistedOperations {
  /** Operation id -> document (`PERSISTED_OPERATIONS`). */
  manifest?: PersistedManifest;
  /** Refuse every operation that is not in the manifest (`PERSISTED_OPERATIONS_ONLY=1`). */
  only?: boolean;
}

/** The request parameter that names a persisted document (besides the APQ extension). */
export const DOCUMENT_ID_PARAM = 'documentId';

/**
 * Longer texts are not registered (the client just keeps sending them), so a replica's memory
 * holds at most about 1,000 x 32 KB of them (src/shared/apq.ts); the biggest example operation is under 3 KB.
 */
const APQ_MAX_QUERY_LENGTH = 32_768;

/** The id a request names: `documentId`, else the APQ hash; null when it names none. */
function extractOperationId(params: GraphQLParams, request: Request): string | null {
  const fromBody = (params as { documentId?: unknown }).documentId;
  if (typeof fromBody === 'string' && fromBody) return fromBody;
  if (request.method === 'GET') {
    const fromUrl = new URL(request.url).searchParams.get(DOCUMENT_ID_PARAM);
    if (fromUrl) return fromUrl;
  }
  const persisted = (params.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return persisted?.version === 1 && typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : null;
}

const errors = {
  notFound: {
    message:
      'PersistedQueryNotFound: this id is not one of the gateway\'s persisted operations. Regenerate the client\'s persisted documents and deploy them to the gateway together.',
    extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 404 } },
  },
  persistedQueryOnly: {
    message:
      'Only persisted operations run on this gateway: send the operation\'s id (documentId, or extensions.persistedQuery.sha256Hash), not its text.',
    extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
  },
  keyNotFound: {
    message: 'Send a query, or the id of a persisted operation as documentId or extensions.persistedQuery.sha256Hash.',
    extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
  },
};

/** The manifest's document for an id, given as listed, or as bare sha256 hex for a `sha256:` id. */
export function lookupIn(manifest: PersistedManifest | undefined) {
  return (id: string): string | null => {
    if (!manifest) return null;
    return Object.hasOwn(manifest, id) ? manifest[id]! : /^[0-9a-f]{64}$/i.test(id) ? (manifest[`sha256:${id.toLowerCase()}`] ?? null) : null;
  };
}

/** APQ's store: manifest entries first (never replaced), then the registrations. */
function apqStore(lookup: (id: string) => string | null, registered: APQStore): APQStore {
  return {
    get: (hash) => lookup(hash) ?? registered.get(hash),
    set: (hash, query) => {
      if (lookup(hash) !== null || query.length > APQ_MAX_QUERY_LENGTH) return;
      return registered.set(hash, query);
    },
  };
}

/**
 * The yoga plugins for these settings. `registrations`: where APQ registrations live (default this
 * process's memory; shared between replicas through Redis: src/shared/apq.ts). Throws when
 * allow-list mode has no manifest.
 */
export function persistedOperationPlugins(
  { manifest, only = false }: PersistedOperations = {},
  registrations: APQStore = apqRegistrations(),
): Plugin[] {
  if (only && !manifest) throw new Error('persisted operations: allow-list mode (only) needs a manifest');
  const lookup = lookupIn(manifest);
  if (only) {
    return [
      usePersistedOperations({
        getPersistedOperation: lookup,
        allowArbitraryOperations: false,
        extractPersistedOperationId: extractOperationId,
        customErrors: errors,
      }) as Plugin,
    ];
  }
  return [
    // First: an APQ hash becomes its text here, so the plugin below sees a text operation.
    useAPQ({ store: apqStore(lookup, registrations) }) as Plugin,
    ...(manifest
      ? [
          usePersistedOperations({
            getPersistedOperation: lookup,
            allowArbitraryOperations: true,
            extractPersistedOperationId: extractOperationId,
            customErrors: errors,
          }) as Plugin,
        ]
      : []),
  ];
}
