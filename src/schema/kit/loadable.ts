import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { registerLoader, requestLoader } from '../../loaders/cache.ts';
import type { WireEnum } from './wireEnum.ts';
import { knownFields, lacksAny, readsWireKey, whenKnown, type Known, type MaybePromise } from './partial.ts';

/**
 * What a request's prefetches have loaded, by id, and the ids one is still loading (with its
 * load); forgotten with the request's other reads.
 */
class Settled<T> extends Map<string, T> {
  readonly loading = new Map<string, Promise<void>>();
  clearAll(): void {
    this.clear();
    this.loading.clear();
  }
}

/**
 * An object type loaded by id through the request's batched loader. The batch functions in
 * src/loaders answer null for an id the upstream does not know: a nullable field then resolves
 * to null instead of failing the whole batch (Pothos' types only admit values or Errors).
 */
export function loadableRef<Shape, T = Shape>(
  name: string,
  load: (ctx: Context, ids: readonly string[]) => Promise<(T | null | Error)[]>,
) {
  const ref = builder.loadableObjectRef<Shape, string>(name, {
    load: (ids, ctx) => load(ctx, ids) as Promise<(Shape | Error)[]>,
  });
  registerLoader((ctx) => ref.getDataloader(ctx));
  return ref;
}

/**
 * An object type loaded by id through the request's batched loader, whose parents may hand
 * it a Partial (see partial.ts). `field(key)` resolves a wire field from whichever it got.
 */
export function loadable<T extends { id: string }>(
  name: string,
  load: (ctx: Context, ids: readonly string[]) => Promise<(T | null | Error)[]>,
) {
  const ref = loadableRef<Known<T>, T>(name, load);
  const loadOne = (ctx: Context, id: string) => ref.getDataloader(ctx).load(id) as Promise<T | null>;
  const settled = requestLoader(() => new Settled<T>());
  const { field, full } = knownFields<T, Context>(name, loadOne, (ctx, id) => settled(ctx).get(id));
  /** Like `field`, for a wire enum: unknown values become UNKNOWN. */
  const enumField = <K extends keyof T>(key: K, type: WireEnum) => {
    const read = field(key);
    return readsWireKey(
      (value: Known<T>, args: unknown, ctx: Context): MaybePromise<T[K] extends string ? string : string | null> =>
        whenKnown(read(value, args, ctx), (wire) => type.wire(wire as string | null | undefined) as never),
      key,
    );
  };
  /**
   * Loads, in one batch, the objects behind the links of `items` (Partials) that lack one of `keys`
   * (the wire keys a selection reads: lookahead.ts), so that their fields answer synchronously
   * instead of each waiting on the loader: a page of 50 grants selecting `credit.description`
   * then has one pending field, not 50. Undefined, at once, when nothing is missing. An id an
   * earlier prefetch of the request is loading is waited for, not asked again: 50 companies of
   * `_entities` whose balances name the same three credits make one load of three, not 50. An id
   * that fails or is unknown stays unsettled: its fields load, and fail, as they would have.
   */
  const prefetch = <I>(
    ctx: Context,
    keys: ReadonlySet<PropertyKey>,
    items: readonly I[],
    linkOf: (item: I) => Known<T> | null,
  ): Promise<void> | undefined => {
    if (keys.size === 0) return undefined; // the selection reads nothing the links lack: no Partial is built
    const have = settled(ctx);
    const ids = new Set<string>();
    const waits = new Set<Promise<void>>();
    for (const item of items) {
      const value = linkOf(item);
      if (!value || have.has(value.id) || !lacksAny(value, keys)) continue;
      const loading = have.loading.get(value.id);
      if (loading) waits.add(loading);
      else ids.add(value.id);
    }
    if (ids.size > 0) {
      const wanted = [...ids];
      const loading = ref
        .getDataloader(ctx)
        .loadMany(wanted)
        .then((results) => {
          results.forEach((result, i) => {
            const id = wanted[i]!;
            if (have.loading.get(id) === loading) have.loading.delete(id);
            if (result && !(result instanceof Error)) have.set(id, result as T);
          });
        });
      for (const id of wanted) have.loading.set(id, loading);
      waits.add(loading);
    }
    if (waits.size <= 1) return waits.values().next().value;
    return Promise.all(waits).then(() => undefined);
  };
  return Object.assign(ref, { loadOne, field, full, enumField, prefetch });
}
