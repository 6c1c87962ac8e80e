/**
 * GraphiQL's page: yoga's own GraphiQL (the `renderYogaGraphiQL` of `@graphql-yoga/graphiql`),
 * loaded from the gateway's own asset routes instead of unpkg.com, with the curated tabs and
 * headers. It mirrors yoga's page (src/graphiql-html in graphql-yoga) minus every CDN URL.
 */
import type { GraphiQLOptions } from 'graphql-yoga';
import { graphiqlAssetUrls } from './assets.ts';
import type { GraphiQLExample } from './examples.ts';

export interface GraphiQLPageSettings {
  title: string;
  examples: readonly GraphiQLExample[];
  /** Headers every tab starts with, e.g. a development token; `{}` when a caller needs none. */
  headers?: Record<string, string>;
}

/** yoga's GraphiQL options for these settings: the tabs, their variables and headers, the title. */
export function graphiqlOptions({ title, examples, headers = {} }: GraphiQLPageSettings): GraphiQLOptions {
  const headersJson = JSON.stringify(headers, null, 2);
  const tabs = examples.map((example) => ({ query: example.query, variables: example.variables ?? null, headers: headersJson }));
  const first = tabs[0];
  return {
    title,
    defaultTabs: tabs,
    // The first tab is also passed as the initial query: yoga's GraphiQL otherwise puts its
    // welcome text into the first tab's editor, hiding the example.
    ...(first ? { defaultQuery: first.query, query: first.query, variables: first.variables ?? undefined } : {}),
    // A tab the user adds starts with the same headers.
    defaultHeaders: headersJson,
    headers: headersJson,
    // Headers typed in (a token) are not written to the browser's localStorage.
    shouldPersistHeaders: false,
  } as GraphiQLOptions;
}

/** JSON safe to put inside a <script> element (no `</script>`, `<!--` or line separators). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The HTML of GraphiQL's page (yoga's `renderGraphiQL` option). Every URL in it is the gateway's own. */
export function renderGraphiQLPage(options: GraphiQLOptions): string {
  const title = options.title ?? 'GraphiQL';
  // GraphiQL shows `title` as HTML in its header; it is ours, but escape it all the same.
  const renderOptions = { ...options, title: escapeHtml(title) };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${graphiqlAssetUrls.stylesheet}">
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript.</noscript>
<div id="root">Loading ${escapeHtml(title)}…</div>
<script>
// Monaco's workers come from the gateway (same origin), like everything else on this page.
const workers = ${scriptJson(graphiqlAssetUrls.workers)};
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workers[label] || workers.editorWorkerService };
</script>
<script src="${graphiqlAssetUrls.script}"></script>
<script>YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), ${scriptJson(renderOptions)});</script>
</body>
</html>
`;
}
