/**
 * Pothos as the gateway installs it: patches/@pothos+core+4.15.1.patch (applied by patch-package
 * on `npm install`) keeps a context's cache entries (its loaders, scope-auth's request data, the
 * gateway's own request loaders) in one Map on the context's cache key instead of one WeakMap per
 * cache, so that they die young with the request (bench/README.md item 32). Each cache still
 * answers once per context, shared by a copy of the context as before, and a frozen context works.
 */
import { contextCacheSymbol, createContextCache, initContextCache } from '@pothos/core';
import { describe, expect, it } from 'vitest';
import { requestLoader } from '../src/loaders/cache.ts';

const ENTRIES = Symbol.for('Pothos.contextCacheEntries');

describe('createContextCache, patched', () => {
  it('keeps a context’s entries in a Map on its cache key, not in a WeakMap of the cache', () => {
    const cache = createContextCache(() => ({ made: true }));
    const context = initContextCache();
    const entry = cache(context);
    const entries = (context[contextCacheSymbol] as Record<symbol, unknown>)[ENTRIES];
    expect(entries).toBeInstanceOf(Map);
    expect((entries as Map<unknown, unknown>).get(cache)).toBe(entry);
    // Not enumerable: a copy of the cache key (or of a context without one) does not carry it.
    expect(Object.getOwnPropertySymbols({ ...(context[contextCacheSymbol] as object) })).toEqual([]);
  });

  it('makes an entry once per context; a copy of the context shares it, another context does not', () => {
    let made = 0;
    const cache = createContextCache(() => ({ n: ++made }));
    const context = { ...initContextCache(), user: 'a' };
    const copy = { ...context, extra: true }; // what yoga does with the gateway's context
    expect(cache(context)).toBe(cache(copy));
    expect(cache(initContextCache())).not.toBe(cache(context));
    expect(made).toBe(2);
    const other = createContextCache(() => 'other');
    expect(other(context)).toBe('other');
    expect(cache(context)).toEqual({ n: 1 });
  });

  it('forgets an entry on delete, and keys on the context itself when it has no cache key', () => {
    let made = 0;
    const cache = createContextCache(() => ++made);
    const context = {};
    expect(cache(context)).toBe(1);
    expect(cache(context)).toBe(1);
    cache.delete(context);
    expect(cache(context)).toBe(2);
  });

  it('works on a frozen context', () => {
    const cache = createContextCache(() => ({}));
    const frozen = Object.freeze({});
    expect(cache(frozen)).toBe(cache(frozen));
    expect(cache(Object.freeze({}))).not.toBe(cache(frozen));
  });

  it('backs the gateway’s own request loaders', () => {
    const loader = requestLoader(() => ({ clearAll() {} }));
    const context = initContextCache();
    expect(((context[contextCacheSymbol] as Record<symbol, unknown>)[ENTRIES] as Map<unknown, unknown> | undefined)?.size ?? 0).toBe(0);
    const made = loader(context as never);
    expect(((context[contextCacheSymbol] as Record<symbol, unknown>)[ENTRIES] as Map<unknown, unknown>).get(loader)).toBe(made);
  });
});
