/**
 * The gateway's execution path without an HTTP server in front: its upstream clients as
 * src/main.ts makes them (default timeouts, retries, breaker, the metrics observer), its context
 * factory (no caller auth, catalogue cache off) and its schema. `bench/framework-floor.ts`
 * (`gateway-jit`) serves it behind a bare handler; `bench/micro.ts` runs it in process.
 */
import { createAuthenticator } from '../src/auth/authenticate.ts';
import { DEFAULT_METRONOME_LINK, loadConfig } from '../src/config.ts';
import { createContext } from '../src/context.ts';
import { GatewayMetrics } from '../src/observability/metrics.ts';
import { upstreamObserver } from '../src/observability/upstream.ts';
import * as gateway from '../src/schema/index.ts';
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
  return {
    schema: gateway.schema,
    contextOf,
    close: () => Promise.all([schematic.close(), metronome.close()]).then(() => undefined),
  };
}
