/**
 * The sandboxes' `latencyMs` option (benchmarks): every answer is held that long, then handled
 * and sent unchanged. Asserted by order of events under fake timers, never by measuring time:
 * while the delay has not run out nothing is answered (nor logged); once it has, the answer is
 * the same as a sandbox without latency gives.
 */
import { request } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startMetronomeSandbox } from '../../src/sandbox/metronome/server.ts';
import { startSchematicSandbox } from '../../src/sandbox/schematic/server.ts';

const LATENCY_MS = 60_000;

/** A GET with node:http (fetch's own timers would be faked too); resolves with status and parsed body. */
function get(url: string, headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** Lets I/O run (setImmediate is not faked) until `done` holds. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 10_000 && !done(); i++) await new Promise((resolve) => setImmediate(resolve));
  if (!done()) throw new Error('condition never held');
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const close of closers.splice(0)) await close();
});

const vendors = [
  {
    name: 'Schematic',
    start: startSchematicSandbox,
    path: '/billing/credits?limit=2',
    headers: { 'x-schematic-api-key': 'sch_dev_test' },
  },
  {
    name: 'Metronome',
    start: startMetronomeSandbox,
    path: '/v1/credit-types/list?limit=2',
    headers: { authorization: 'Bearer test' },
  },
] as const;

describe.each(vendors)('$name sandbox latencyMs', ({ start, path, headers }) => {
  it('holds every answer for latencyMs, then sends the same answer as without latency', async () => {
    const plain = await start();
    closers.push(plain.close);
    const expected = await get(plain.url + path, headers);
    expect(expected.status).toBe(200);

    const slow = await start({ latencyMs: LATENCY_MS });
    closers.push(slow.close);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let answered = false;
    const pending = get(slow.url + path, headers).then((answer) => ((answered = true), answer));
    // The request has been read once the sandbox holds it on a timer.
    await until(() => vi.getTimerCount() > 0);
    expect(answered).toBe(false);
    expect(slow.calls).toHaveLength(0);

    vi.advanceTimersByTime(LATENCY_MS - 1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);

    vi.advanceTimersByTime(1);
    const answer = await pending;
    expect(answer).toEqual(expected);
    expect(slow.calls.map((c) => c.path)).toEqual([path.split('?')[0]]);
  });

  it('refuses a latencyMs that is not a whole number of ms, 0 or more, naming it', async () => {
    await expect(start({ latencyMs: -1 })).rejects.toThrow(/latencyMs must be a whole number of milliseconds, 0 or more; got -1/);
    await expect(start({ latencyMs: 2.5 })).rejects.toThrow(/latencyMs/);
  });
});
