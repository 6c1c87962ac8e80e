/**
 * Layers import one way: no import cycle between the top-level folders (and files) of src/, type
 * imports included, so that each layer can be read, tested and loaded without the ones above it.
 * And `npm run sandbox` loads the sandboxes, not the gateway's schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');

/** `src/schema/kit/connection.ts` → `schema`; `src/config.ts` → `config`. */
const layerOf = (file: string) => relative(src, file).split('/')[0]!.replace(/\.ts$/, '');

/** Every layer each layer imports from (relative imports, `import type` and re-exports included). */
function layerGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(src, file));
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = resolve(dirname(file), fileName);
      const [from, to] = [layerOf(file), layerOf(target)];
      if (from === to) continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      edges.set(to, `${relative(root, file)} imports ${relative(root, target)}`);
      graph.set(from, edges);
    }
  }
  return graph;
}

/** One import cycle between layers, as the chain of imports that closes it, or undefined. */
function findCycle(graph: Map<string, Map<string, string>>): string[] | undefined {
  const done = new Set<string>();
  const visit = (layer: string, path: string[], via: string[]): string[] | undefined => {
    const at = path.indexOf(layer);
    if (at >= 0) return via.slice(at);
    if (done.has(layer)) return undefined;
    for (const [next, why] of graph.get(layer) ?? []) {
      const cycle = visit(next, [...path, layer], [...via, why]);
      if (cycle) return cycle;
    }
    done.add(layer);
    return undefined;
  };
  for (const layer of graph.keys()) {
    const cycle = visit(layer, [], []);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('layers', () => {
  it('no import cycle between the top-level folders of src/', () => {
    expect(findCycle(layerGraph())).toBeUndefined();
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['config', new Map([['limits', 'config imports limits']])],
      ['limits', new Map([['schema', 'limits imports schema']])],
      ['schema', new Map([['config', 'schema imports config']])],
    ]);
    expect(findCycle(graph)).toEqual(['config imports limits', 'limits imports schema', 'schema imports config']);
  });

  it('npm run sandbox loads neither src/schema nor Pothos', async () => {
    const { metafile } = await build({
      entryPoints: [join(src, 'sandbox/main.ts')],
      absWorkingDir: root,
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      outdir: 'out',
      logLevel: 'silent',
    });
    const loaded = Object.keys(metafile.inputs);
    expect(loaded).toContain('src/sandbox/main.ts');
    expect(loaded.filter((file) => file.startsWith('src/schema/') || file.includes('node_modules/@pothos/'))).toEqual([]);
  });
});
