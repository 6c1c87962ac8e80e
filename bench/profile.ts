/**
 * Where a CPU profile's time goes: self time by package (or source folder) and by function.
 *   npx tsx bench/profile.ts bench/results/profiles/<file>.cpuprofile [top=25]
 * `npm run bench` with BENCH_PROFILE=1 writes the gateway's profile and prints this summary.
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { pathToFileURL } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `node_modules/graphql`, `src/loaders`, `node:internal`, or the V8 pseudo-frames as they are. */
function placeOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module?.[1]) return module[1];
  if (url.startsWith('node:')) return url.startsWith('node:internal') ? 'node:internal' : url;
  const source = /\/(src|bench|test)\/([^/]+)/.exec(url);
  if (source) return source[2]!.includes('.') ? `${source[1]}/${source[2]}` : `${source[1]}/${source[2]}/`;
  return url;
}

/**
 * Layers of the gateway, matched from a sample's leaf frame towards the root: the first frame
 * that matches names the layer (a socket write under undici is an upstream call; under
 * node:_http_outgoing, the gateway's own answer).
 */
const LAYERS: [layer: string, test: (url: string, fn: string) => boolean][] = [
  ['module loading (start-up)', (url, fn) => /compileSourceTextModule|makeAsyncRequest|makeSyncRequest|waitForWorker|wrapSafe/.test(fn) || url.includes('/tsx/')],
  ['garbage collector', (_url, fn) => fn === '(garbage collector)'],
  ['upstream JSON parsing (parseJson, lossless-json)', (url, fn) => /^(parseJson|hasLongNumber|parseNumber)$/.test(fn) || url.includes('/lossless-json/')],
  ['upstream calls (src/upstream, undici)', (url) => url.includes('/undici/') || url.includes('/src/upstream/')],
  ['metrics and tracing (src/observability, prom-client, OpenTelemetry)', (url) => /\/(src\/observability|prom-client|@opentelemetry)\//.test(url)],
  ['cache control, catalogue, rate limits (src/shared)', (url) => url.includes('/src/shared/')],
  ['loaders (src/loaders, dataloader)', (url) => url.includes('/src/loaders/') || url.includes('/dataloader/') || url.includes('plugin-dataloader')],
  ['auth (src/auth, scope-auth plugin)', (url) => url.includes('/src/auth/') || url.includes('plugin-scope-auth')],
  ['Pothos core and other plugins (resolver wrappers)', (url) => url.includes('/@pothos/')],
  ['resolvers (src/schema)', (url) => url.includes('/src/schema/')],
  ['result serialisation (JSON.stringify of the result)', (url) => url.includes('/result-processor/')],
  ['parse and validate (graphql language/validation, their caches)', (url) => /\/graphql\/(validation|language)\//.test(url) || /parser-and-validation-cache|\/lru-cache\//.test(url)],
  ['GraphQL execution (executor)', (url) => /\/@graphql-tools\/(executor|utils)\//.test(url) || /\/graphql\/(execution|type|jsutils|utilities)\//.test(url)],
  [
    'yoga and envelop pipeline (plugins, limits, request parsing)',
    (url) =>
      /\/(graphql-yoga|@envelop|@escape\.tech|@graphql-yoga|@apollo)\//.test(url) ||
      /\/src\/(limits|frontend|graphiql|server|context|requestChecks|traces)/.test(url),
  ],
  ['HTTP adapter (@whatwg-node: fetch Request/Response over node:http)', (url) => /\/(@whatwg-node|urlpattern-polyfill)\//.test(url)],
  ['Node HTTP server and sockets', (url) => /^node:(_http|net|stream|internal\/(streams|http|stream_base))/.test(url)],
];

/**
 * Frames of a bundle (what `npm start` runs: dist/gateway/*.mjs) moved to the sources they were
 * built from, through the source map beside each file, so packages and src/ folders are told apart.
 */
function toSources(profile: CpuProfile): void {
  const maps = new Map<string, SourceMap | undefined>();
  for (const node of profile.nodes) {
    const { url, lineNumber, columnNumber } = node.callFrame;
    if (!url.startsWith('file:')) continue;
    if (!maps.has(url)) {
      let map: SourceMap | undefined;
      try {
        map = new SourceMap(JSON.parse(readFileSync(new URL(`${url}.map`), 'utf8')));
      } catch {} // no map: a file run as it is (tsx, node_modules)
      maps.set(url, map);
    }
    const entry = maps.get(url)?.findEntry(lineNumber, columnNumber);
    if (entry && 'originalSource' in entry) {
      node.callFrame = { ...node.callFrame, url: new URL(entry.originalSource, url).href, lineNumber: entry.originalLine };
    }
  }
}

export function summarise(path: string, top = 25): string {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  toSources(profile);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // Self time per node from the samples and their time deltas (µs).
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const places = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  for (const [id, micros] of self) {
    const { callFrame } = byId.get(id)!;
    if (callFrame.functionName === '(idle)') {
      idle += micros;
      continue;
    }
    busy += micros;
    const place = placeOf(callFrame.url, callFrame.functionName);
    places.set(place, (places.get(place) ?? 0) + micros);
    const fn = `${callFrame.functionName || '(anonymous)'} ${place}:${callFrame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + micros);
  }
  // Inclusive time by function: a sample counts once for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map<string, number>();
  for (const [id, micros] of self) {
    if (byId.get(id)!.callFrame.functionName === '(idle)') continue;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { callFrame } = byId.get(at)!;
      if (!callFrame.functionName || callFrame.functionName === '(root)') continue;
      const fn = `${callFrame.functionName} ${placeOf(callFrame.url, callFrame.functionName)}`;
      if (seen.has(fn)) continue;
      seen.add(fn);
      inclusive.set(fn, (inclusive.get(fn) ?? 0) + micros);
    }
  }
  const layers = new Map<string, number>();
  for (const [id, micros] of self) {
    if (byId.get(id)!.callFrame.functionName === '(idle)') continue;
    let layer = 'other (microtask queue, timers, V8)';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { url, functionName } = byId.get(at)!.callFrame;
      const match = LAYERS.find(([, test]) => test(url, functionName));
      if (match) {
        layer = match[0];
        break;
      }
    }
    layers.set(layer, (layers.get(layer) ?? 0) + micros);
  }
  const rows = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => `  ${((100 * micros) / busy).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${name}`)
      .join('\n');
  return [
    `CPU profile ${path}: ${(busy / 1000).toFixed(0)} ms busy, ${(idle / 1000).toFixed(0)} ms idle`,
    'self time by layer (first match from the leaf frame up):',
    rows(layers),
    'self time by package / source folder:',
    rows(places),
    'self time by function:',
    rows(functions),
    'inclusive time by function (named functions; a sample counts once per function on its stack):',
    rows(inclusive),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [path, top] = process.argv.slice(2);
  if (!path) {
    console.error('usage: tsx bench/profile.ts <file.cpuprofile> [top]');
    process.exit(1);
  }
  console.log(summarise(path, top ? Number(top) : 25));
}
