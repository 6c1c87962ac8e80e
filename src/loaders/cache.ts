/**
 * Per-request loader caches. Every loader of a request is reachable from here, so a mutation
 * can forget what the request read before it: a later selection in the same operation (a
 * second mutation's payload, say) then sees the upstream's state after the write.
 */
import { createContextCache } from '@pothos/core';
import type { Context } from '../context.ts';

interface Clearable {
  clearAll(): unknown;
}

const loaders: ((ctx: Context) => Clearable)[] = [];

/** Registers a loader getter (for example a Pothos loadable ref's `getDataloader`). */
export function registerLoader(get: (ctx: Context) => Clearable): void {
  loaders.push(get);
}

/** A loader created once per request (keyed by the context object) and registered. */
export function requestLoader<L extends Clearable>(create: (ctx: Context) => L): (ctx: Context) => L {
  const get = createContextCache(create);
  registerLoader(get);
  return get;
}

/** Drops everything this request has loaded so far. */
export function forgetReads(ctx: Context): void {
  for (const get of loaders) get(ctx).clearAll();
}
