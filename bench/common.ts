/**
 * What `npm run bench` (run.ts), `npm run bench:peers` (peers.ts) and the floor (floor.ts) share:
 * numeric settings, the sandboxes' call count and the idle wait between runs, the gateway's
 * environment over the sandboxes and its build, posting and comparing answers, the results file's
 * commit label, and the gateway's spelling of Schematic's wire values.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { SandboxCall } from '../src/sandbox/http.ts';

export type SettingRule = 'whole' | 'positive-whole' | 'positive';

/**
 * The number in the environment variable `name`, `fallback` when it is unset or blank. A value
 * that breaks `rule` ends the run with one line naming the variable (`tool` says whose line it is).
 */
export function setting(tool: string, name: string, fallback: number, rule: SettingRule): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  const ok =
    rule === 'whole' ? /^\d+$/.test(raw) : rule === 'positive-whole' ? /^\d+$/.test(raw) && value >= 1 : Number.isFinite(value) && value > 0;
  if (!ok) {
    const what = rule === 'whole' ? 'a whole number (0 or more)' : rule === 'positive-whole' ? 'a whole number, 1 or more' : 'a number above 0';
    console.error(`${tool}: ${name} must be ${what}; got "${raw}"`);
    process.exit(1);
  }
  return value;
}

/** BENCH_LABEL, safe in a file name: appended to the results file's name. */
export const LABEL = process.env.BENCH_LABEL?.trim().replace(/[^\w.-]+/g, '-') ?? '';

/** The sandboxes the gateway reads in a bench run. */
interface Sandbox {
  calls: SandboxCall[];
}

/**
 * Counts every call the sandboxes handle from now on: their call logs are reset between phases,
 * this count never is (what `waitForIdle` watches). `onCall` runs for each call as it is handled.
 */
export function countCalls(sandboxes: readonly Sandbox[], onCall?: () => void): () => number {
  let handled = 0;
  for (const sandbox of sandboxes) {
    const calls = sandbox.calls;
    const push = calls.push.bind(calls);
    calls.push = (...items: SandboxCall[]) => {
      if (onCall) for (const _ of items) onCall();
      handled += items.length;
      return push(...items);
    };
  }
  return () => handled;
}

/**
 * Waits until the sandboxes have had no call and the processes under test have been idle (`cpuMs`
 * growing under 5 ms a 100 ms, 5% of a core) for max(300 ms, three latencies): when a timed run
 * ends, the requests it left in flight keep the processes busy and still reach the upstreams for
 * a while, and must not be counted as the next phase's (nor compete with it for CPU). Gives up
 * after 20 s, saying so.
 */
export async function waitForIdle(tool: string, latencyMs: number, callsEver: () => number, cpuMs: () => number): Promise<void> {
  const quietMs = Math.max(300, 3 * latencyMs);
  const started = performance.now();
  let [seen, cpuSeen, quietSince] = [callsEver(), cpuMs(), started];
  while (performance.now() - quietSince < quietMs) {
    if (performance.now() - started > 20_000) {
      console.log(`${tool}: the processes or the upstreams are still busy 20 s after the last run; going on anyway`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    const cpuNow = cpuMs();
    if (callsEver() !== seen || cpuNow - cpuSeen > 5) quietSince = performance.now();
    [seen, cpuSeen] = [callsEver(), cpuNow];
  }
}

/**
 * The environment of a gateway process over the two sandboxes: loopback on a free port, the
 * sandboxes as real upstreams, callers unchecked unless AUTH_MODE says (real upstreams require a
 * mode), and every round trip paid (the catalogue cache off; a run that wants it sets it).
 */
export function gatewayEnv(urls: { schematic: string; metronome: string }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    SANDBOX: '',
    SCHEMATIC_API_URL: urls.schematic,
    SCHEMATIC_API_KEY: 'bench',
    METRONOME_API_URL: urls.metronome,
    METRONOME_BEARER_TOKEN: 'bench',
    AUTH_MODE: process.env.AUTH_MODE ?? 'none',
    CACHE_TTL_SECONDS: '0',
  };
}

/**
 * A checkout's gateway as its `npm start` runs it, a start script `node [flags] <file>.js`: built
 * first (`npm run build`), then [that file, those flags]. Undefined for a checkout whose start
 * script is something else (one from before the build).
 */
export function builtGateway(tool: string, name: string, dir: string): [string, string[]] | undefined {
  let start = '';
  try {
    start = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts?.start ?? '';
  } catch {}
  const match = /^node((?:\s+--?[\w-]+(?:=\S+)?)*)\s+(\S+\.m?js)$/.exec(start.trim());
  if (!match?.[2]) return undefined;
  console.log(`${tool}: building the gateway (npm run build in ${name})`);
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: dir, stdio: 'inherit' });
  return [match[2], match[1]!.split(/\s+/).filter(Boolean)];
}

export interface Answer {
  status: number;
  text: string;
  /** The parsed body; undefined when it is not JSON. */
  json: any; // GraphQL answers, read field by field
}

/** POSTs a JSON body; the answer's text, and its JSON when it is JSON. */
export async function post(url: string, body: string): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

/** The first path where two JSON values differ, with both values there (`sides` names them). */
export function firstDifference(a: unknown, b: unknown, sides: [string, string], path = '$'): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], sides, `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${sides[0]} ${JSON.stringify(a)?.slice(0, 300)}, ${sides[1]} ${JSON.stringify(b)?.slice(0, 300)}`;
}

function git(root: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** The checkout's short commit, `-dirty` when it has changes (`nogit` outside git): for the results file's name. */
export function commitOf(root: string): string {
  return `${git(root, ['rev-parse', '--short', 'HEAD']) || 'nogit'}${git(root, ['status', '--porcelain']) ? '-dirty' : ''}`;
}

/** A wire enum value as the gateway spells it (SCREAMING_CASE). */
export const enumValue = (wire: string | null) => (wire === null ? null : wire.toUpperCase().replace(/[^A-Z0-9]+/g, '_'));

/** The fields of a Schematic credit (wire) that the bench's `credit` query selects, as the gateway answers them. */
export function creditFields(c: {
  id: string;
  name: string;
  description: string;
  singular_name: string | null;
  plural_name: string | null;
  burn_strategy: string | null;
  default_expiry_unit: string | null;
  default_expiry_unit_count: number | null;
  default_rollover_policy: string | null;
  created_at: string;
  updated_at: string;
}) {
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    singularName: c.singular_name,
    pluralName: c.plural_name,
    burnStrategy: enumValue(c.burn_strategy),
    defaultExpiryUnit: enumValue(c.default_expiry_unit),
    defaultExpiryUnitCount: c.default_expiry_unit_count,
    defaultRolloverPolicy: enumValue(c.default_rollover_policy),
    createdAt: c.created_at,
    updatedAt: c.updated_at,
  };
}
