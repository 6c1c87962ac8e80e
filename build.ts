/**
 * `npm run build` (run by `npm start` first): the gateway as one ES module bundle in
 * dist/gateway/ (gitignored), run on plain Node. Type errors are `npm run typecheck`'s job; this
 * only bundles. `npm run dev`, the tests and the bench's tools run the TypeScript through tsx.
 *
 * Why a bundle rather than tsc's file-per-module output: Node keeps every loaded module's source
 * and its loader's records for the life of the process. One bundle without comments or
 * indentation, with the unused parts of the ES module packages left out, holds about 7 MB less
 * live heap at idle (25 -> 18 MB; idle RSS 122 -> 93 MB), and V8 sizes the old generation from
 * the live heap, so the peak under load is lower by about twice that (bench/README.md).
 */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { GRAPHIQL_FILES, installedGraphiQL } from './src/graphiql/assets.ts';
import { GRAPHIQL_EXAMPLES } from './src/graphiql/examples.ts';

/**
 * Two folders below the project root, as src/<folder>/<file>.ts is, so a module that finds files
 * from its own location would find the same ones. The bundle reads no project file: GraphiQL's
 * examples are embedded and its browser assets copied beside it (below), so this folder and the
 * production dependencies are all it needs (Dockerfile).
 */
const OUT_DIR = fileURLToPath(new URL('dist/gateway/', import.meta.url));

/**
 * GraphiQL's example tabs (src/graphiql/examples.ts) by name, embedded as one JSON string (an
 * object `define` would be initialised in every module); importing that module has checked them.
 */
const EMBEDDED_OPERATIONS = Object.fromEntries(
  GRAPHIQL_EXAMPLES.map((name) => [name, readFileSync(new URL(`schema/operations/${name}.graphql`, import.meta.url), 'utf8')]),
);

/**
 * graphql ships each module twice, as CommonJS (`.js`) and as an ES module (`.mjs`). The ES
 * packages import `graphql` (resolved to its `.mjs` entry), while @apollo/federation-internals,
 * CommonJS, also requires deep paths such as `graphql/validation/validate`, which would resolve
 * to the `.js` files: two copies of graphql's classes, whose `instanceof` checks fail across
 * copies. Every graphql path resolves to the `.mjs` file instead, so the bundle holds one.
 */
const graphqlOnce: Plugin = {
  name: 'graphql-once',
  setup(builder) {
    builder.onResolve({ filter: /^graphql(\/|$)/ }, async (args) => {
      if (args.pluginData === 'graphql-once') return undefined;
      const resolved = await builder.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'graphql-once',
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      const esm = resolved.path.replace(/\.js$/, '.mjs');
      return { ...resolved, path: existsSync(esm) ? esm : resolved.path };
    });
  },
};

const graphiql = installedGraphiQL();

// Chunk names carry a hash: clear the last build's, so none is left behind.
rmSync(OUT_DIR, { recursive: true, force: true });
await build({
  entryPoints: { main: fileURLToPath(new URL('src/main.ts', import.meta.url)) },
  outdir: OUT_DIR,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // The embedded sandboxes are imported only when one starts (src/main.ts): their own chunks.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // ES module entries where a package has both: those can be tree-shaken.
  mainFields: ['module', 'main'],
  // No comments or indentation: the source V8 keeps is a third smaller and all ASCII (one byte a
  // character). Names are kept, so stack traces stay readable; the source map maps them back.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  // graphql checks every failed `instanceof` for a second copy of itself unless NODE_ENV is
  // production (2.8% of `_entities`' CPU); the bundle holds one copy (graphqlOnce, tested). Only
  // graphql reads `process.env.NODE_ENV` as such; yoga reads `globalThis.process?.env?.NODE_ENV`
  // at run time, so NODE_ENV=development still gives its development errors. The other two put
  // in what the bundle would otherwise read from the project (src/graphiql/examples.ts, assets.ts).
  define: {
    'process.env.NODE_ENV': '"production"',
    EMBEDDED_OPERATIONS: JSON.stringify(JSON.stringify(EMBEDDED_OPERATIONS)),
    BUNDLED_GRAPHIQL_VERSION: JSON.stringify(graphiql.version),
  },
  // CommonJS dependencies call require() for Node's built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [graphqlOnce],
  logLevel: 'warning',
});

// GraphiQL's browser assets (src/graphiql/assets.ts serves them from here in the bundle).
for (const file of GRAPHIQL_FILES) cpSync(join(graphiql.dist, file), join(OUT_DIR, 'graphiql', file));
