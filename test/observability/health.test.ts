/**
 * /healthz and /readyz through yoga (src/observability/health.ts): the readiness lifecycle
 * (starting, ready for good, draining) and the JSON bodies. The running process's probes and
 * drain are in test/process/probes.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createGateway } from '../../src/server.ts';
import { quiet, useTestGateway } from '../helpers/gateway.ts';

const gw = useTestGateway();

function gateway() {
  const drain = new AbortController();
  const yoga = createGateway({ upstreams: { schematic: gw.schematicClient, metronome: gw.metronomeClient }, logger: quiet, draining: drain.signal });
  const probe = async (path: string, method = 'GET') => {
    const response = await yoga.fetch(`http://gateway.test${path}`, { method });
    return { status: response.status, type: response.headers.get('content-type'), body: method === 'HEAD' ? await response.text() : await response.json() };
  };
  return { drain, probe };
}

describe('probes', () => {
  it('ready once both sandboxes answered; draining from the moment the signal aborts', async () => {
    const { drain, probe } = gateway();
    expect(await probe('/healthz')).toEqual({
      status: 200,
      type: 'application/json; charset=utf-8',
      body: {
        status: 'ok',
        readiness: 'starting',
        upstreams: { schematic: { breaker: 'closed', consecutiveFailures: 0 }, metronome: { breaker: 'closed', consecutiveFailures: 0 } },
      },
    });
    expect(await probe('/readyz')).toMatchObject({ status: 200, body: { status: 'ready' } });
    expect((await probe('/healthz')).body.readiness).toBe('ready');
    expect(await probe('/readyz', 'HEAD')).toMatchObject({ status: 200, body: '' });

    drain.abort();
    expect(await probe('/readyz')).toMatchObject({ status: 503, body: { status: 'draining' } });
    expect(await probe('/healthz')).toMatchObject({ status: 200, body: { status: 'ok', readiness: 'draining' } });
  });

  it('draining before the first check: 503 without asking the upstreams', async () => {
    const { drain, probe } = gateway();
    drain.abort();
    gw.schematicSandbox.resetCalls();
    expect(await probe('/readyz')).toMatchObject({ status: 503, body: { status: 'draining' } });
    expect(gw.schematicSandbox.calls).toEqual([]);
  });

  it('probes that arrive together share one check of the upstreams', async () => {
    const { probe } = gateway();
    gw.schematicSandbox.resetCalls();
    const answers = await Promise.all([probe('/readyz'), probe('/readyz'), probe('/readyz')]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(gw.schematicSandbox.calls.filter((c) => c.path === '/billing/credits/count')).toHaveLength(1);
  });
});
