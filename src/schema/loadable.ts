import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { registerLoader } from '../loaders/cache.ts';
import type { WireEnum } from './enums.ts';
import { knownFields, whenKnown, type Known, type MaybePromise } from './partial.ts';

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
  const { field, full } = knownFields<T, Context>(name, loadOne);
  /** Like `field`, for a wire enum: unknown values become UNKNOWN. */
  const enumField =
    <K extends keyof T>(key: K, type: WireEnum) =>
    (value: Known<T>, args: unknown, ctx: Context): MaybePromise<T[K] extends string ? string : string | null> =>
      whenKnown(field(key)(value, args, ctx), (wire) => type.wire(wire as string | null | undefined) as never);
  return { ref, loadOne, field, full, enumField };
}
