/**
 * The gateway's execution path without an HTTP server in front: its upstream clients as
 * src/main.ts makes them (default timeouts, retries, breaker, the metrics observer), its context
 * factory (no caller auth, catalogue cache off) and its schema. `bench/framework-floor.ts`
 * (`gateway-jit`) serves it behind a bare handler; `bench/micro.ts` and `bench/alloc.ts` run it
 * in process, through `operation()`.
 */
import { parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { createAuthenticator } from '../src/auth/authenticate.ts';
import { DEFAULT_METRONOME_LINK, loadConfig } from '../src/config.ts';
import { createContext } from '../src/context.ts';
import { GatewayMetrics } from '../src/observability/metrics.ts';
import { upstreamObserver } from '../src/observability/upstream.ts';
import * as gateway from '../src/schema/index.ts';
import { Cancellation } from '../src/upstream/core/cancellation.ts';
import { retryPolicy } from '../src/upstream/core/retry.ts';
import { MetronomeClient } from '../src/upstream/metronome/client.ts';
import { SchematicClient } from '../src/upstream/schematic/client.ts';

export function gatewayPath(urls: { schematic: string; metronome: string }) {
  const { http } = loadConfig({});
  const observer = upstreamObserver({ metrics: new GatewayMetrics() });
  const callOptions = (settings: typeof http.schematic) => ({
    timeoutMs: settings.timeoutMs,
    connectTimeoutMs: settings.connectTimeoutMs,
    headersTimeoutMs: settings.headersTimeoutMs,
    maxBodyBytes: settings.maxBodyBytes,
    retry: retryPolicy(settings.retry),
    observer,
  });
  const schematic = new SchematicClient({ baseUrl: urls.schematic, apiKey: 'bench', ...callOptions(http.schematic) });
  const metronome = new MetronomeClient({ baseUrl: urls.metronome, token: 'bench', ...callOptions(http.metronome) });
  const contextOf = createContext(
    { schematic, metronome },
    { metronomeLink: DEFAULT_METRONOME_LINK, tenantLinks: gateway.tenantLinks },
    createAuthenticator({ mode: 'none' }),
  );
  const noHeaders = { get: () => null, has: () => false };
  /**
   * One operation as the fast lane runs a known one, without the HTTP server: compiled once, then
   * per call a `Cancellation`, the context, the compiled query and the result's JSON.
   */
  const operation = (query: string) => {
    const compiled = compileQuery(gateway.schema, parse(query), undefined, { disablingCapturingStackErrors: true });
    if (!isCompiledQuery(compiled)) throw new Error(`the operation did not compile: ${JSON.stringify(compiled.errors)}`);
    return async (variables: Record<string, unknown>): Promise<string> => {
      const context = await contextOf({ request: { method: 'POST', headers: noHeaders, signal: new Cancellation() } });
      return JSON.stringify(await compiled.query(undefined, context, variables));
    };
  };
  return {
    schema: gateway.schema,
    contextOf,
    operation,
    close: () => Promise.all([schematic.close(), metronome.close()]).then(() => undefined),
  };
}
