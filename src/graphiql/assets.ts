/**
 * GraphiQL's browser assets, served by the gateway itself so GraphiQL works offline and no
 * request leaves for a CDN. They come from `@graphql-yoga/graphiql` (a self-contained bundle:
 * React, GraphiQL, Monaco and fonts inlined), under a path that carries its version, so they can
 * be cached for a year and an upgrade changes every URL.
 *
 * Under tsx they are read from the installed package. The bundle reads the copies build.ts puts
 * beside it (dist/gateway/graphiql/), so the package, a development dependency, and the React and
 * Monaco sources it depends on (about 270 MB) stay out of a production install.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

/** The package's version, put in by build.ts (esbuild `define`); undefined under tsx. */
declare const BUNDLED_GRAPHIQL_VERSION: string | undefined;

/** The installed @graphql-yoga/graphiql: its dist/ folder and its version. */
export function installedGraphiQL(): { dist: string; version: string } {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('@graphql-yoga/graphiql/package.json');
  return { dist: join(dirname(packageJson), 'dist'), version: (require(packageJson) as { version: string }).version };
}

const { dist, version } =
  typeof BUNDLED_GRAPHIQL_VERSION === 'undefined'
    ? installedGraphiQL()
    : { dist: fileURLToPath(new URL('graphiql/', import.meta.url)), version: BUNDLED_GRAPHIQL_VERSION };

/** Where the assets are served; the version makes every URL immutable. */
export const GRAPHIQL_ASSETS_PATH = `/graphiql/assets/${version}/`;

const JS = 'text/javascript; charset=utf-8';
/** Served names -> files in the package's dist/. Nothing else is served from there. */
const FILES: Record<string, { file: string; type: string }> = {
  // The UMD build is a classic script defining `YogaGraphiQL`, the bundle yoga's own page loads.
  'yoga-graphiql.umd.js': { file: 'yoga-graphiql.umd.js', type: JS },
  'graphiql.css': { file: 'graphiql.css', type: 'text/css; charset=utf-8' },
  // Monaco's web workers (same origin, so no blob: copies are needed as with a CDN).
  'editor.worker.js': { file: 'monacoeditorwork/editor.worker.bundle.js', type: JS },
  'json.worker.js': { file: 'monacoeditorwork/json.worker.bundle.js', type: JS },
  'graphql.worker.js': { file: 'monacoeditorwork/graphql.worker..bundle.js', type: JS },
};

/** The files served, relative to the package's dist/ (build.ts copies these). */
export const GRAPHIQL_FILES = Object.values(FILES).map(({ file }) => file);

/** URLs of the assets, for the page. */
export const graphiqlAssetUrls = {
  script: `${GRAPHIQL_ASSETS_PATH}yoga-graphiql.umd.js`,
  stylesheet: `${GRAPHIQL_ASSETS_PATH}graphiql.css`,
  workers: {
    editorWorkerService: `${GRAPHIQL_ASSETS_PATH}editor.worker.js`,
    json: `${GRAPHIQL_ASSETS_PATH}json.worker.js`,
    graphql: `${GRAPHIQL_ASSETS_PATH}graphql.worker.js`,
  },
};

const gzipAsync = promisify(gzip);

interface Loaded {
  raw: Buffer;
  gzipped: Buffer;
}

/**
 * Serves GET/HEAD `/graphiql/assets/<version>/<name>`: read (and gzipped) once on first use,
 * then from memory, about 9 MB raw and 2.5 MB gzipped in all.
 */
export function useGraphiQLAssets(): Plugin {
  const cache = new Map<string, Promise<Loaded>>();
  const load = (name: string, file: string) => {
    let loaded = cache.get(name);
    if (!loaded) {
      loaded = readFile(join(dist, file)).then(async (raw) => ({ raw, gzipped: await gzipAsync(raw, { level: 9 }) }));
      // A failed read is not cached, so the next request tries again.
      loaded.catch(() => cache.delete(name));
      cache.set(name, loaded);
    }
    return loaded;
  };
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (!url.pathname.startsWith('/graphiql/assets/')) return;
      const asset = url.pathname.startsWith(GRAPHIQL_ASSETS_PATH) ? FILES[url.pathname.slice(GRAPHIQL_ASSETS_PATH.length)] : undefined;
      if (!asset || (request.method !== 'GET' && request.method !== 'HEAD')) {
        endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      const name = url.pathname;
      const acceptsGzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
      return load(name, asset.file).then(({ raw, gzipped }) => {
        const body = acceptsGzip ? gzipped : raw;
        const headers: Record<string, string> = {
          'content-type': asset.type,
          'content-length': String(body.byteLength),
          'cache-control': 'public, max-age=31536000, immutable',
          vary: 'accept-encoding',
          'x-content-type-options': 'nosniff',
        };
        if (acceptsGzip) headers['content-encoding'] = 'gzip';
        endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers }));
      });
    },
  };
}
