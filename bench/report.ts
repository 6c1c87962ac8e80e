/**
 * The bench's output: the same tables as aligned text (stdout) and as markdown
 * (bench/results/<date>-<sha>.md), with the settings, the machine, and the targets
 * checked per scenario. Ratios are gateway / floor from the same run.
 */
import type { LoadResult } from './load.ts';
import type { Scenario } from './scenarios.ts';

/** One side (gateway or floor) of a scenario. */
export interface Side {
  /** Upstream calls counted at the sandboxes over the counting pass, divided by its requests. */
  callsPerRequest: number;
  /** Round trips on the critical path of one request, from when the sandboxes handled its calls (null without latency). */
  rounds: number | null;
  /** At BENCH_CONNECTIONS. */
  load: LoadResult;
  /** At BENCH_PEAK_CONNECTIONS. */
  peakLoad: LoadResult;
  /** Peak RSS (MiB) during the run at BENCH_CONNECTIONS, and at BENCH_PEAK_CONNECTIONS. */
  rssMb: number;
  peakRssMb: number;
  /**
   * The process's CPU time (user + system) over the timed run divided by its requests, in ms, at
   * BENCH_CONNECTIONS and at BENCH_PEAK_CONNECTIONS: what a request costs, and the figure least
   * moved by other work on a shared machine.
   */
  cpuMsPerRequest: number;
  peakCpuMsPerRequest: number;
}

/** The gateway with tracing on, exporting every span to an OTLP receiver in the runner. */
export interface TracedSide extends Side {
  /** Spans the receiver got (after the gateway's final flush), per request traced (per server span). */
  spansPerRequest: number;
  /** Server spans received per operation the gateway counted (its /metrics): below 1 when the SDK dropped spans. */
  tracedShare: number;
  /** OTLP export requests over the run. */
  exports: number;
  /** Protobuf bytes exported per request traced, in KB. */
  exportedKbPerRequest: number;
}

export interface ScenarioResult {
  scenario: Scenario;
  status: 'ok' | 'skipped' | 'failed';
  /** Why it was skipped or failed. */
  reason?: string;
  gateway?: Side;
  floor?: Side;
  /** The same gateway with tracing on (BENCH_TRACING), or why that run failed. */
  traced?: TracedSide;
  tracedFailure?: string;
  /** The warm-catalogue gateway (a read's; BENCH_WARM), or why it failed. */
  warm?: Side | string;
  /** The gateway's checked answer (JSON text) of a read. */
  expected?: string;
}

export interface Meta {
  date: string;
  commit: string;
  command: string;
  settings: Record<string, string | number>;
  machine: Record<string, string | number>;
  /** Gateway and floor RSS once started, before any load: the highest of the scenarios' fresh starts (MiB). */
  idleRssMb: { gateway: number; floor: number };
  /** Highest RSS of each process over the whole run (MiB). */
  runPeakRssMb: { gateway: number; floor: number };
  notes: string[];
}

/**
 * The targets each run is marked against: the first round's (throughput and p50 at the main run's
 * connections, RSS at the peak's), then issue 22's (CPU per request at both, throughput and p99 at
 * the peak's, where CPU decides).
 */
export const TARGETS = { minThroughputRatio: 0.5, maxP50Ratio: 1.2, maxRssMb: 200, maxCpuRatio: 1.5, minPeakThroughputRatio: 0.8, maxPeakP99Ratio: 1.5 };

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '-');
const whole = (value: number) => value.toFixed(0);
const mb = whole;
const cpu = (value: number) => value.toFixed(2);
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) && Number.isFinite(b) ? `${(a / b).toFixed(2)}×` : '-');
const calls = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));
const pair = (gateway: string, floor: string | undefined) => (floor === undefined ? gateway : `${gateway} / ${floor}`);

/** A scenario's figures: each as `gateway / floor` and their ratio (empty without a floor), two cells. */
const figures =
  (g: Side, f: Side | undefined) =>
  (value: (side: Side) => number, format: (value: number) => string): [string, string] => [
    pair(format(value(g)), f && format(value(f))),
    f ? ratio(value(g), value(f)) : '',
  ];

function problems(load: LoadResult): string {
  const parts = [
    load.errors && `${load.errors} errors`,
    load.non2xx && `${load.non2xx} non-2xx`,
    load.mismatches && `${load.mismatches} wrong answers`,
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function mainRows(results: ScenarioResult[], connections: number, peakConnections: number): string[][] {
  const header = [
    'scenario',
    'calls/req gw / floor',
    'round trips gw / floor',
    `p50 ms gw / floor`,
    'p50 ×',
    `p99 ms gw / floor`,
    'p99 ×',
    `req/s @${connections} gw / floor`,
    'req/s ×',
    `CPU ms/req @${connections} gw / floor`,
    'CPU ×',
    `peak RSS MB @${connections} gw / floor`,
    `peak RSS MB @${peakConnections} gw / floor`,
    'RSS ×',
  ];
  const rows = results.map((r) => {
    const g = r.gateway;
    const f = r.floor;
    if (r.status !== 'ok' || !g) {
      return [r.scenario.name, r.status === 'skipped' ? `skipped: ${r.reason ?? ''}` : 'failed (see below)', ...header.slice(2).map(() => '')];
    }
    const of = figures(g, f);
    return [
      r.scenario.name + problems(g.load),
      of((s) => s.callsPerRequest, calls)[0],
      pair(g.rounds === null ? '-' : String(g.rounds), f && (f.rounds === null ? '-' : String(f.rounds))),
      ...of((s) => s.load.p50, ms),
      ...of((s) => s.load.p99, ms),
      ...of((s) => s.load.rps, whole),
      ...of((s) => s.cpuMsPerRequest, cpu),
      of((s) => s.rssMb, mb)[0],
      ...of((s) => s.peakRssMb, mb),
    ];
  });
  return [header, ...rows];
}

function peakRows(results: ScenarioResult[], peakConnections: number): string[][] {
  const header = [
    'scenario',
    `p50 ms @${peakConnections} gw / floor`,
    'p50 ×',
    `p99 ms @${peakConnections} gw / floor`,
    `req/s @${peakConnections} gw / floor`,
    'req/s ×',
    `CPU ms/req @${peakConnections} gw / floor`,
    'CPU ×',
  ];
  const rows = results.flatMap((r) => {
    const g = r.gateway;
    const f = r.floor;
    if (r.status !== 'ok' || !g) return [];
    const of = figures(g, f);
    return [
      [
        r.scenario.name + problems(g.peakLoad),
        ...of((s) => s.peakLoad.p50, ms),
        of((s) => s.peakLoad.p99, ms)[0],
        ...of((s) => s.peakLoad.rps, whole),
        ...of((s) => s.peakCpuMsPerRequest, cpu),
      ],
    ];
  });
  return [header, ...rows];
}

export function targetRows(results: ScenarioResult[], connections: number, peakConnections: number): string[][] {
  const header = [
    'scenario',
    'calls = floor',
    `req/s ≥ ${TARGETS.minThroughputRatio}× floor`,
    `p50 ≤ ${TARGETS.maxP50Ratio}× floor`,
    `RSS < ${TARGETS.maxRssMb} MB @${peakConnections}`,
    `CPU ≤ ${TARGETS.maxCpuRatio}× floor @${connections} / @${peakConnections}`,
    `req/s ≥ ${TARGETS.minPeakThroughputRatio}× floor @${peakConnections}`,
    `p99 ≤ ${TARGETS.maxPeakP99Ratio}× floor @${peakConnections}`,
  ];
  const mark = (ok: boolean, detail: string) => `${ok ? 'yes' : 'NO'} (${detail})`;
  const rows = results.flatMap((r) => {
    const g = r.gateway;
    const f = r.floor;
    if (r.status !== 'ok' || !g) return [];
    const rss = mark(g.peakRssMb < TARGETS.maxRssMb, `${mb(g.peakRssMb)} MB`);
    if (!f) return [[r.scenario.name, 'no floor (a write)', '-', '-', rss, '-', '-', '-']];
    const cpuOk =
      g.cpuMsPerRequest <= TARGETS.maxCpuRatio * f.cpuMsPerRequest && g.peakCpuMsPerRequest <= TARGETS.maxCpuRatio * f.peakCpuMsPerRequest;
    return [
      [
        r.scenario.name,
        mark(g.callsPerRequest === f.callsPerRequest, `${calls(g.callsPerRequest)} vs ${calls(f.callsPerRequest)}`),
        mark(g.load.rps >= TARGETS.minThroughputRatio * f.load.rps, ratio(g.load.rps, f.load.rps)),
        mark(g.load.p50 <= TARGETS.maxP50Ratio * f.load.p50, ratio(g.load.p50, f.load.p50)),
        rss,
        mark(cpuOk, `${ratio(g.cpuMsPerRequest, f.cpuMsPerRequest)} / ${ratio(g.peakCpuMsPerRequest, f.peakCpuMsPerRequest)}`),
        mark(g.peakLoad.rps >= TARGETS.minPeakThroughputRatio * f.peakLoad.rps, ratio(g.peakLoad.rps, f.peakLoad.rps)),
        mark(g.peakLoad.p99 <= TARGETS.maxPeakP99Ratio * f.peakLoad.p99, ratio(g.peakLoad.p99, f.peakLoad.p99)),
      ],
    ];
  });
  return [header, ...rows];
}

/** Each traced scenario: the gateway with tracing off (its main run) beside the same gateway with tracing on. */
function tracingRows(results: ScenarioResult[], connections: number, peakConnections: number): string[][] {
  const header = [
    'scenario',
    'p50 ms off / on',
    'p50 ×',
    'p99 ms off / on',
    `req/s @${connections} off / on`,
    'req/s ×',
    `CPU ms/req @${connections} off / on`,
    'CPU ×',
    `req/s @${peakConnections} off / on`,
    `CPU ms/req @${peakConnections} off / on`,
    `peak RSS MB @${peakConnections} off / on`,
    'spans/req',
    'traced share',
    'KB exported/req',
  ];
  const rows = results.flatMap((r) => {
    const off = r.gateway;
    const on = r.traced;
    if (r.status !== 'ok' || !off || !on) return [];
    const of = figures(on, off);
    return [
      [
        r.scenario.name + problems(on.load),
        pair(ms(off.load.p50), ms(on.load.p50)),
        of((s) => s.load.p50, ms)[1],
        pair(ms(off.load.p99), ms(on.load.p99)),
        pair(whole(off.load.rps), whole(on.load.rps)),
        of((s) => s.load.rps, whole)[1],
        pair(cpu(off.cpuMsPerRequest), cpu(on.cpuMsPerRequest)),
        of((s) => s.cpuMsPerRequest, cpu)[1],
        pair(whole(off.peakLoad.rps), whole(on.peakLoad.rps)),
        pair(cpu(off.peakCpuMsPerRequest), cpu(on.peakCpuMsPerRequest)),
        pair(mb(off.peakRssMb), mb(on.peakRssMb)),
        on.spansPerRequest.toFixed(1),
        on.tracedShare.toFixed(2),
        on.exportedKbPerRequest.toFixed(2),
      ],
    ];
  });
  return [header, ...rows];
}

/**
 * The warm-catalogue gateway beside the cache-off one and the floor: calls, p50 and req/s at
 * BENCH_CONNECTIONS, and whether it beats the floor (fewer calls, lower p50).
 */
function warmRows(results: ScenarioResult[], connections: number): string[][] {
  const header = [
    'scenario',
    'calls/req warm / off / floor',
    'p50 ms warm / off / floor',
    'p50 warm ÷ floor',
    `req/s @${connections} warm / off / floor`,
    'req/s warm ÷ floor',
    `CPU ms/req warm / off`,
    'fewer calls and lower p50 than the floor',
  ];
  const rows = results.flatMap((r) => {
    const [w, g, f] = [r.warm, r.gateway, r.floor];
    if (r.status !== 'ok' || !g || !f || w === undefined) return [];
    if (typeof w === 'string') return [[r.scenario.name, `failed: ${w.slice(0, 80)}`, ...header.slice(2).map(() => '')]];
    const three = (value: (side: Side) => number, format: (value: number) => string) => [w, g, f].map((side) => format(value(side))).join(' / ');
    const beats = w.callsPerRequest < f.callsPerRequest && w.load.p50 < f.load.p50;
    return [
      [
        r.scenario.name + problems(w.load),
        three((s) => s.callsPerRequest, calls),
        three((s) => s.load.p50, ms),
        ratio(w.load.p50, f.load.p50),
        three((s) => s.load.rps, whole),
        ratio(w.load.rps, f.load.rps),
        `${cpu(w.cpuMsPerRequest)} / ${cpu(g.cpuMsPerRequest)}`,
        `${beats ? 'yes' : 'no'} (${calls(w.callsPerRequest)} vs ${calls(f.callsPerRequest)} calls)`,
      ],
    ];
  });
  return [header, ...rows];
}

function text(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function markdown(rows: string[][]): string {
  const line = (row: string[]) => `| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(rows[0]!), `|${rows[0]!.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

export function report(results: ScenarioResult[], meta: Meta): { text: string; markdown: string } {
  const connections = Number(meta.settings.BENCH_CONNECTIONS);
  const peakConnections = Number(meta.settings.BENCH_PEAK_CONNECTIONS);
  const tables = {
    main: mainRows(results, connections, peakConnections),
    peak: peakRows(results, peakConnections),
    targets: targetRows(results, connections, peakConnections),
    tracing: tracingRows(results, connections, peakConnections),
    warm: warmRows(results, connections),
  };
  const traced = tables.tracing.length > 1;
  const hasWarm = tables.warm.length > 1;
  const settings = Object.entries(meta.settings)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  const machine = Object.entries(meta.machine)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
  const memory =
    `gateway RSS idle ${mb(meta.idleRssMb.gateway)} MB, highest over the run ${mb(meta.runPeakRssMb.gateway)} MB; ` +
    `floor RSS idle ${mb(meta.idleRssMb.floor)} MB, highest ${mb(meta.runPeakRssMb.floor)} MB`;
  const scenarios = results.map((r) => `- \`${r.scenario.name}\`: ${r.scenario.title}`).join('\n');

  const plain = [
    `credits-gateway bench, ${meta.date}, ${meta.commit}`,
    `settings: ${settings}`,
    `machine: ${machine}`,
    '',
    text(tables.main),
    '',
    text(tables.peak),
    '',
    text(tables.targets),
    ...(traced ? ['', 'tracing off / on (every span exported over OTLP/HTTP to a receiver in the runner):', text(tables.tracing)] : []),
    '',
    ...(hasWarm ? [`warm catalogue (${meta.settings['warm catalogue']}) beside the cache-off gateway and the floor:`, text(tables.warm), ''] : []),
    memory,
    ...meta.notes,
  ].join('\n');

  const md = [
    `# Bench ${meta.date} (${meta.commit})`,
    '',
    `Command: \`${meta.command}\``,
    '',
    `Settings: ${settings}. Machine: ${machine}.`,
    '',
    'Scenarios:',
    '',
    scenarios,
    '',
    `## Gateway and floor at ${connections} concurrent requests`,
    '',
    'Each scenario runs on a freshly started gateway and floor. Calls per request are counted at the sandboxes; round trips ' +
      'are the critical path of one request; CPU ms/req is the process’s CPU time over the timed run divided by its ' +
      'requests (the figure other work on the machine moves least); peak RSS is the process’s high-water mark during ' +
      'the run; ratios are gateway / floor.',
    '',
    markdown(tables.main),
    '',
    `## At ${peakConnections} concurrent requests`,
    '',
    markdown(tables.peak),
    '',
    '## Targets',
    '',
    markdown(tables.targets),
    '',
    ...(traced
      ? [
          '## Tracing off and on',
          '',
          'The same gateway, freshly started, with `OTEL_EXPORTER_OTLP_ENDPOINT` set to an OTLP/HTTP receiver in the runner: ' +
            'every request sampled (the SDK default), every span exported as protobuf and decoded by the receiver. “off” is the ' +
            'scenario’s main run above; ratios are on / off. Spans and KB per request are per request traced (per server span ' +
            'received, after the gateway’s final flush); the traced share is server spans received over the operations the ' +
            'gateway counted (its /metrics): under 1 when the SDK dropped spans.',
          '',
          markdown(tables.tracing),
          '',
        ]
      : []),
    ...(hasWarm
      ? [
          `## Warm catalogue (${meta.settings['warm catalogue']})`,
          '',
          'A third gateway per read scenario with the catalogue cache on, measured after its warm-up filled the cache, ' +
            'beside the cache-off gateway above (`off`, which pays every round trip, as the floor does) and the floor, in the same run.',
          '',
          markdown(tables.warm),
          '',
        ]
      : []),
    `Memory: ${memory}.`,
    '',
    ...meta.notes.map((note) => `- ${note}`),
    '',
  ].join('\n');
  return { text: plain, markdown: md };
}
