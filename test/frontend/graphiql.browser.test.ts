/**
 * GraphiQL in a real browser: headless Chromium (Debian's `chromium`, driven by playwright-core)
 * opens GraphiQL from a gateway listening on loopback over the sandboxes, runs the operation it
 * opened with, and sees sandbox data in the result pane; then runs every other example tab. No
 * request may go anywhere but the gateway: GraphiQL must work offline.
 *
 * Where no Chromium is installed the test is skipped, loudly (`.ci/run` installs it).
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_EXAMPLES } from '../../src/graphiql/examples.ts';
import { startTestGateway, type TestGateway } from '../helpers/gateway.ts';

const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const executablePath = CHROMIUM_PATHS.find((path) => existsSync(path));
if (!executablePath) {
  console.warn(
    `\n*** SKIPPED: the GraphiQL browser test needs Chromium, and none was found at ${CHROMIUM_PATHS.join(' or ')}. ` +
      'Install it (Debian: apt-get install chromium), as .ci/run does. ***\n',
  );
}

/** Flags for a headless run on a closed network: no GPU, and no background calls to Google. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe.skipIf(!executablePath)('GraphiQL in Chromium', () => {
  let gw: TestGateway;
  let server: Server;
  let origin: string;
  let browser: Browser;
  let page: Page;
  /** Every URL the browser asked for, and those refused for leaving the gateway. */
  const requested: string[] = [];
  const refused: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    gw = await startTestGateway();
    server = createServer(gw.yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 30_000 });
    const context = await browser.newContext();
    // Anything not served by the gateway (a CDN, a font host) is refused and recorded.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      requested.push(url);
      if (new URL(url).origin === origin) return route.continue();
      refused.push(url);
      return route.abort('blockedbyclient');
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await gw?.close();
  });

  /** Waits until the element's text contains `text` (Monaco renders spaces as no-break spaces). */
  const waitForText = (selector: string, text: string) =>
    page.waitForFunction(
      ([selector, text]) => (document.querySelector(selector)?.textContent ?? '').replace(/\u00a0/g, ' ').includes(text),
      [selector, text] as const,
      { timeout: 20_000 },
    );

  /** Clicks run and waits for the answer to that operation; returns the answer's JSON. */
  async function run(operationName: string): Promise<any> {
    const answer = page.waitForResponse(
      (response) => response.url() === `${origin}/graphql` && (response.request().postData() ?? '').includes(`"operationName":"${operationName}"`),
      { timeout: 20_000 },
    );
    // The same button stops a request still in flight: wait until it offers to execute.
    await page.locator('.graphiql-execute-button[aria-label^="Execute"]').click();
    return (await answer).json();
  }

  /**
   * Opens an example's tab, with the keyboard: the tabs are drag-to-reorder (framer-motion), and a
   * synthetic click right after the previous one can be taken for the start of a drag. Then waits
   * until GraphiQL has read the tab's operation: it does so 100 ms after the editor changes, and
   * a run before that names the previous tab's operation ("Cannot infer operation ..."). That
   * moment is when it saves the editor's text (localStorage `graphiql:query`).
   */
  async function openTab(name: string) {
    await page.locator(`.graphiql-tab button[title="${name}"]`).focus();
    await page.keyboard.press('Enter');
    await waitForText('.graphiql-query-editor', ` ${name}(`);
    await page.waitForFunction((name) => (localStorage.getItem('graphiql:query') ?? '').includes(` ${name}(`), name, { timeout: 20_000 });
  }

  it('opens on the credit catalogue, runs it, and shows sandbox data in the result pane', async () => {
    // What the sandbox holds: the first credit the catalogue lists.
    const expected = await gw.run<any, never>('{ credits(first: 1) { edges { node { name } } } }');
    const firstCredit = expected.data.credits.edges[0].node.name as string;

    await page.goto(`${origin}/graphql`, { timeout: 30_000 });
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    await expect(page.title()).resolves.toBe('credits-gateway');
    expect(await page.locator('.graphiql-tab').allInnerTexts()).toEqual([...GRAPHIQL_EXAMPLES]);
    await waitForText('.graphiql-query-editor', 'query CreditCatalogue(');

    const answer = await run('CreditCatalogue');
    expect(answer.errors).toBeUndefined();
    await waitForText('.graphiql-response', `"name": "${firstCredit}"`);
  }, 90_000);

  it('runs every other example tab with its sample variables and gets data', async () => {
    for (const name of GRAPHIQL_EXAMPLES.slice(1)) {
      await openTab(name);
      const answer = await run(name);
      expect(answer.errors, name).toBeUndefined();
      const root = Object.values(answer.data)[0] as any;
      expect(root, name).toBeTruthy();
      if ('__typename' in root) expect(root.__typename, name).toMatch(/Payload$/);
      // The pane shows this answer (a mutation's payload type, or the query's first field).
      await waitForText('.graphiql-response', '__typename' in root ? `"${root.__typename}"` : `"${Object.keys(answer.data)[0]}"`);
    }
  }, 90_000);

  it('loaded everything from the gateway itself: no request left for a CDN, and no script error', () => {
    expect(requested.length).toBeGreaterThan(3);
    expect(refused).toEqual([]);
    expect(requested.some((url) => url.includes('/graphiql/assets/'))).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
