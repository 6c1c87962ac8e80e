/** Upstream list filters take at most 100 ids a call (Schematic `ids`, Metronome `customer_ids`). */
export const MAX_IDS_PER_CALL = 100;

export function chunk<T>(items: readonly T[], size = MAX_IDS_PER_CALL): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * A DataLoader batch function over an upstream `ids` filter: splits above 100 ids, runs the
 * calls in parallel, and returns results in key order, keyed by id (never by position).
 * An id the upstream does not return is `null`; a failed call fails only its own keys.
 */
export async function loadByIds<T>(
  ids: readonly string[],
  fetch: (ids: string[]) => Promise<T[]>,
  keyOf: (item: T) => string,
): Promise<(T | null | Error)[]> {
  const byId = new Map<string, T | Error>();
  await Promise.all(
    chunk([...new Set(ids)]).map(async (part) => {
      try {
        for (const item of await fetch(part)) byId.set(keyOf(item), item);
      } catch (error) {
        for (const id of part) byId.set(id, asError(error));
      }
    }),
  );
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * A DataLoader batch function for endpoints that take one key a call (a company's balances):
 * one call per distinct key, all in parallel; a failed call fails only its own key.
 */
export function loadEach<T>(keys: readonly string[], fetch: (key: string) => Promise<T>): Promise<(T | Error)[]> {
  return Promise.all(
    keys.map(async (key) => {
      try {
        return await fetch(key);
      } catch (error) {
        return asError(error); // thrown at once or rejected: this key fails, alone
      }
    }),
  );
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
