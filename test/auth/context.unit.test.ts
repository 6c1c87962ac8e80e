/**
 * The context factory (src/context.ts) with the authenticator server.ts gives it
 * (`oncePerRequest`): a batched HTTP request (yoga builds one context per operation)
 * authenticates its caller once, and shares the answer, a refusal included.
 */
import type { YogaInitialContext } from 'graphql-yoga';
import { describe, expect, it, vi } from 'vitest';
import { oncePerRequest } from '../../src/auth/authenticate.ts';
import { unauthenticated } from '../../src/auth/errors.ts';
import { DEFAULT_METRONOME_LINK } from '../../src/config.ts';
import { createContext, type Upstreams } from '../../src/context.ts';
import { tenantLinks } from '../../src/schema/index.ts';
import { MetronomeClient } from '../../src/upstream/metronome/client.ts';
import { SchematicClient } from '../../src/upstream/schematic/client.ts';

const upstreams: Upstreams = {
  schematic: new SchematicClient({ baseUrl: 'http://127.0.0.1:9', apiKey: 'k', timeoutMs: 1_000 }),
  metronome: new MetronomeClient({ baseUrl: 'http://127.0.0.1:9', token: 't', timeoutMs: 1_000 }),
};
const settings = { metronomeLink: DEFAULT_METRONOME_LINK, tenantLinks };
const initial = (request: Request) => ({ request }) as YogaInitialContext;

describe('createContext', () => {
  it('authenticates each HTTP request once, however many operations it carries', async () => {
    const authenticate = vi.fn(async () => ({ principal: { kind: 'admin' as const, subject: 'u' } }));
    const contextOf = createContext(upstreams, settings, oncePerRequest(authenticate));
    const batched = new Request('http://gateway.test/graphql');
    const [first, second] = await Promise.all([contextOf(initial(batched)), contextOf(initial(batched))]);
    expect(first.principal).toEqual({ kind: 'admin', subject: 'u' });
    expect(second.principal).toBe(first.principal);
    expect(first).not.toBe(second); // each operation still has its own context (its own loaders)
    expect(authenticate).toHaveBeenCalledTimes(1);
    await contextOf(initial(new Request('http://gateway.test/graphql')));
    expect(authenticate).toHaveBeenCalledTimes(2);
  });

  it('refuses every operation of a refused request with the same error, checked once', async () => {
    const refusal = unauthenticated('Missing bearer token');
    const authenticate = vi.fn(() => Promise.reject(refusal));
    const contextOf = createContext(upstreams, settings, oncePerRequest(authenticate));
    const batched = new Request('http://gateway.test/graphql');
    await expect(contextOf(initial(batched))).rejects.toBe(refusal);
    await expect(contextOf(initial(batched))).rejects.toBe(refusal);
    expect(authenticate).toHaveBeenCalledTimes(1);
  });
});
