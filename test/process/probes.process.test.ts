/**
 * The probes of the real process, as a load balancer sees them: /readyz is 503 until both vendors
 * have answered once, stays 200 while one vendor's breaker is open (/healthz says so), and turns
 * 503 at SIGTERM while the process keeps serving for DRAIN_DELAY_MS, then closes and exits 0.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startMetronomeSandbox } from '../../src/sandbox/metronome/server.ts';
import { startSchematicSandbox } from '../../src/sandbox/schematic/server.ts';
import { standIn, startGateway, stopAll } from '../helpers/loggedProcess.ts';

afterEach(stopAll);

/** What /healthz and /readyz answer (the fields these tests read). */
interface ProbeBody {
  status: string;
  readiness?: string;
  upstreams?: Record<'schematic' | 'metronome', { breaker: string; consecutiveFailures: number; retryInMs?: number }>;
}

const probe = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as ProbeBody };
};

describe('probes of the running process', () => {
  it('/readyz: 503 until both vendors answered once; 200 through one vendor breaker open, which /healthz reports', async () => {
    const metronome = await standIn(startMetronomeSandbox);
    metronome.fail(() => ({ status: 503, body: { message: 'starting up' } }));
    const gw = await startGateway({
      METRONOME_API_URL: metronome.url,
      METRONOME_BEARER_TOKEN: 'mtr_test',
      AUTH_MODE: 'none',
      UPSTREAM_BREAKER_THRESHOLD: '2',
      UPSTREAM_RETRY_ATTEMPTS: '1',
    });
    expect(await probe(`${gw.base}/readyz`)).toEqual({ status: 503, body: { status: 'starting' } });
    expect(await probe(`${gw.base}/healthz`)).toMatchObject({ status: 200, body: { status: 'ok', readiness: 'starting' } });

    metronome.fail(undefined);
    expect(await probe(`${gw.base}/readyz`)).toEqual({ status: 200, body: { status: 'ready' } });
    await vi.waitFor(() => expect(gw.output()).toContain('ready: both upstreams answered'), { timeout: 5_000 });

    // Metronome goes down: its breaker opens; the Schematic side and the replica stay up.
    metronome.fail(() => ({ status: 503, body: { message: 'down' } }));
    const ask = async (query: string) => {
      const response = await fetch(`${gw.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      return (await response.json()) as { data: Record<string, unknown> | null; errors?: { extensions: { code: string } }[] };
    };
    for (let i = 0; i < 2; i++) await ask('{ pricingUnits { id } }');
    const health = await probe(`${gw.base}/healthz`);
    expect(health).toMatchObject({
      status: 200,
      body: {
        readiness: 'ready',
        upstreams: { metronome: { breaker: 'open', consecutiveFailures: 2 }, schematic: { breaker: 'closed', consecutiveFailures: 0 } },
      },
    });
    expect(health.body.upstreams?.metronome.retryInMs).toBeGreaterThan(0);
    const seen = metronome.seen.length;
    expect(await probe(`${gw.base}/readyz`)).toEqual({ status: 200, body: { status: 'ready' } });
    expect(metronome.seen.length).toBe(seen); // the probe asked no vendor
    expect(await ask('{ credit(id: "bcrd_ai_tokens") { name } }')).toEqual({ data: { credit: { name: 'AI Tokens' } } });
    expect((await ask('{ pricingUnits { id } }')).errors?.[0]?.extensions.code).toBe('UPSTREAM_UNAVAILABLE');

    gw.child.kill('SIGTERM');
    expect(await gw.exit).toBe(0);
  });

  it('SIGTERM: /readyz turns 503 at once, requests are still answered for DRAIN_DELAY_MS (closing their connections), then the process exits 0', async () => {
    const gw = await startGateway({ DRAIN_DELAY_MS: '3000' });
    expect((await probe(`${gw.base}/readyz`)).status).toBe(200);
    gw.child.kill('SIGTERM');
    await vi.waitFor(() => expect(gw.output()).toContain('SIGTERM: draining'), { timeout: 5_000 });

    expect(await probe(`${gw.base}/readyz`)).toEqual({ status: 503, body: { status: 'draining' } });
    expect((await probe(`${gw.base}/healthz`)).body).toMatchObject({ status: 'ok', readiness: 'draining' });
    const response = await fetch(`${gw.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ credit(id: "bcrd_ai_tokens") { name } }' }),
    });
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toEqual({ data: { credit: { name: 'AI Tokens' } } });
    expect(gw.output()).not.toContain('no longer accepting connections'); // still within the delay

    expect(await gw.exit).toBe(0);
    const messages = gw.lines().map((line) => line.msg);
    const order = ['SIGTERM: draining', 'SIGTERM: no longer accepting connections', 'stopped'].map((text) =>
      messages.findIndex((message) => message.startsWith(text)),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThanOrEqual(0);
    await expect(fetch(`${gw.base}/healthz`)).rejects.toThrow();
  });
});
