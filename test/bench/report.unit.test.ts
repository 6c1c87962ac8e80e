/**
 * The bench report's targets table (bench/report.ts): each scenario marked against the first
 * round's targets and issue 22's (CPU per request at both connection counts, req/s and p99 at the
 * peak's), each mark with the ratio it was judged on.
 */
import { describe, expect, it } from 'vitest';
import { targetRows, type ScenarioResult, type Side } from '../../bench/report.ts';
import type { LoadResult } from '../../bench/load.ts';

const load = (over: Partial<LoadResult> = {}): LoadResult => ({
  requests: 1000,
  seconds: 2,
  rps: 500,
  p50: 50,
  p99: 100,
  errors: 0,
  non2xx: 0,
  mismatches: 0,
  ...over,
});

const side = (over: Partial<Side> = {}): Side => ({
  callsPerRequest: 2,
  rounds: 2,
  load: load(),
  peakLoad: load(),
  rssMb: 100,
  peakRssMb: 150,
  cpuMsPerRequest: 1,
  peakCpuMsPerRequest: 1,
  ...over,
});

const scenario = (name: string, gateway: Side, floor: Side | undefined): ScenarioResult => ({
  scenario: { name, title: name, kind: floor ? 'read' : 'write', query: '{ __typename }', variables: {} },
  status: 'ok',
  gateway,
  ...(floor ? { floor } : {}),
});

/** The table as objects, by header. */
function table(results: ScenarioResult[]) {
  const [header, ...rows] = targetRows(results, 10, 100);
  return rows.map((row) => Object.fromEntries(row.map((cell, i) => [header![i]!, cell])));
}

describe('bench report targets', () => {
  it("names issue 22's targets with the connections they are judged at", () => {
    expect(targetRows([], 10, 100)[0]).toEqual([
      'scenario',
      'calls = floor',
      'req/s ≥ 0.5× floor',
      'p50 ≤ 1.2× floor',
      'RSS < 200 MB @100',
      'CPU ≤ 1.5× floor @10 / @100',
      'req/s ≥ 0.8× floor @100',
      'p99 ≤ 1.5× floor @100',
    ]);
  });

  it('marks a scenario within every target yes, with its ratios', () => {
    const [row] = table([scenario('near', side({ cpuMsPerRequest: 1.5, peakCpuMsPerRequest: 1.2, peakLoad: load({ rps: 400, p99: 150 }) }), side())]);
    expect(row).toMatchObject({
      'CPU ≤ 1.5× floor @10 / @100': 'yes (1.50× / 1.20×)',
      'req/s ≥ 0.8× floor @100': 'yes (0.80×)',
      'p99 ≤ 1.5× floor @100': 'yes (1.50×)',
    });
  });

  it('marks each target missed NO: CPU over 1.5× at either count, req/s under 0.8×, p99 over 1.5× at the peak', () => {
    const rows = table([
      scenario('cpu-at-10', side({ cpuMsPerRequest: 1.6 }), side()),
      scenario('cpu-at-100', side({ peakCpuMsPerRequest: 1.51 }), side()),
      scenario('slow', side({ peakLoad: load({ rps: 399, p99: 151 }) }), side()),
    ]);
    expect(rows.map((row) => row['CPU ≤ 1.5× floor @10 / @100'])).toEqual(['NO (1.60× / 1.00×)', 'NO (1.00× / 1.51×)', 'yes (1.00× / 1.00×)']);
    expect(rows[2]).toMatchObject({ 'req/s ≥ 0.8× floor @100': 'NO (0.80×)', 'p99 ≤ 1.5× floor @100': 'NO (1.51×)' });
  });

  it('leaves a write, which has no floor, unmarked but for its memory', () => {
    expect(table([scenario('write', side(), undefined)])[0]).toMatchObject({
      'calls = floor': 'no floor (a write)',
      'RSS < 200 MB @100': 'yes (150 MB)',
      'CPU ≤ 1.5× floor @10 / @100': '-',
    });
  });
});
