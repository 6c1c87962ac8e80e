/**
 * The bench's scenarios (bench/scenarios.ts) against its floor (bench/floor.ts), without latency
 * or load: every read answers the floor's JSON from the same upstream calls, and as many calls as
 * the bench reports. `npm run bench` checks the same before it loads; here a schema, loader or
 * seed change that would break the bench, or add a call to a scenario, fails `npm test`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFloor } from '../../bench/floor.ts';
import { scenarios, type Scenario } from '../../bench/scenarios.ts';
import { seedBenchData } from '../../bench/seed.ts';
import { FRAMEWORKS, startFrameworkFloor } from '../../bench/framework-floor.ts';
import type { SandboxCall } from '../../src/sandbox/http.ts';
import { useTestGateway } from '../helpers/gateway.ts';

/** Upstream calls per request, as the bench's last runs measured them (bench/results/). */
const EXPECTED_CALLS: Record<string, number> = {
  'grants-page': 2,
  'company-overview': 6,
  entities: 2,
  credit: 1,
  'grant-credits': 3,
};

const gw = useTestGateway();
let floor: Awaited<ReturnType<typeof startFloor>>;
let all: Scenario[];

beforeAll(async () => {
  all = scenarios(seedBenchData(gw.schematicSandbox));
  floor = await startFloor({ schematic: gw.schematicSandbox.url, metronome: gw.metronomeSandbox.url });
});
afterAll(() => floor.close());

/** Both sandboxes' calls since the last reset, each as `METHOD /path?query` with the query sorted. */
function callLines(): string[] {
  const line = (call: SandboxCall) => {
    const query = new URLSearchParams([...call.query].sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y)));
    return `${call.method} ${call.path}${query.size ? `?${query}` : ''}`;
  };
  return [...gw.schematicSandbox.calls, ...gw.metronomeSandbox.calls].map(line).sort();
}

async function onFloor(scenario: Scenario) {
  gw.schematicSandbox.resetCalls();
  gw.metronomeSandbox.resetCalls();
  const response = await fetch(`${floor.url}/${scenario.name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: scenario.query, variables: scenario.variables }),
  });
  expect(response.status).toBe(200);
  return { json: (await response.json()) as { data: unknown }, calls: callLines() };
}

describe('bench scenarios', () => {
  it('cover every scenario the bench runs, each with its expected call count', () => {
    expect(all.map((s) => s.name).sort()).toEqual(Object.keys(EXPECTED_CALLS).sort());
  });

  for (const name of ['grants-page', 'company-overview', 'entities', 'credit']) {
    it(`${name}: the gateway answers the floor's JSON from the same ${EXPECTED_CALLS[name]} upstream calls`, async () => {
      const scenario = all.find((s) => s.name === name)!;
      const result = await gw.run(scenario.query, scenario.variables);
      const gatewayCalls = callLines();
      expect(result.errors).toBeUndefined();
      const onTheFloor = await onFloor(scenario);
      expect(result.data).toEqual(onTheFloor.json.data);
      expect(gatewayCalls).toEqual(onTheFloor.calls);
      expect(gatewayCalls).toHaveLength(EXPECTED_CALLS[name]!);
    });
  }

  // gateway-jit is the gateway's own schema and serves every read scenario; the others, the credit.
  for (const framework of FRAMEWORKS) {
    const names = framework === 'gateway-jit' ? ['grants-page', 'company-overview', 'entities', 'credit'] : ['credit'];
    for (const name of names) {
      it(`${name}: the framework floor "${framework}" (bench/framework-floor.ts) answers the gateway's JSON from the same upstream calls`, async () => {
        const scenario = all.find((s) => s.name === name)!;
        const result = await gw.run(scenario.query, scenario.variables);
        const gatewayCalls = callLines();
        const floorOfFramework = await startFrameworkFloor({ schematic: gw.schematicSandbox.url, metronome: gw.metronomeSandbox.url }, framework);
        try {
          gw.schematicSandbox.resetCalls();
          gw.metronomeSandbox.resetCalls();
          const response = await fetch(floorOfFramework.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: scenario.query, variables: scenario.variables }),
          });
          expect(await response.json()).toEqual({ data: result.data });
          expect(callLines()).toEqual(gatewayCalls);
        } finally {
          await floorOfFramework.close();
        }
      });
    }
  }

  it(`grant-credits: the write succeeds with ${EXPECTED_CALLS['grant-credits']} upstream calls`, async () => {
    const scenario = all.find((s) => s.name === 'grant-credits')!;
    const result = await gw.run<Record<string, unknown>, unknown>(scenario.query, scenario.variables);
    expect(result.errors).toBeUndefined();
    expect(Object.values(result.data ?? {})[0]).toMatchObject({ __typename: expect.stringMatching(/Payload$/) });
    expect(callLines()).toHaveLength(EXPECTED_CALLS['grant-credits']!);
  });
});
