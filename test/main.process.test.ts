/**
 * The real process, as `npm start` runs it: boot log, health and readiness, GraphiQL, a query,
 * the real-upstream mode with its key header, graceful shutdown and config errors.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startMetronomeSandbox } from '../src/sandbox/metronome/server.ts';
import { startSchematicSandbox } from '../src/sandbox/schematic/server.ts';

const root = join(import.meta.dirname, '..');
const children: ChildProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** `node --import tsx <script>` from the project root, with only PATH and `env` set. */
function spawnScript(script: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exit: Promise<number | null>;
}

/** The gateway on an ephemeral loopback port; resolves once it logs where GraphiQL is. */
function start(env: Record<string, string>, child = spawnScript('src/main.ts', { HOST: '127.0.0.1', PORT: '0', ...env })): Promise<Started> {
  let output = '';
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphiQL at (http:\/\/\S+\/graphql)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1], output: () => output, exit });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exit.then((code) => reject(new Error(`exited ${code} before listening:\n${output}`)));
  });
}

/** POSTs a raw GraphQL body; `TData` is what the caller's selection reads. */
async function query<TData = unknown>(url: string, body: string) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, json: (await response.json()) as { data?: TData; errors?: unknown[] } };
}

/** The request headers a stand-in passes on to its sandbox, when present. */
const FORWARDED = ['x-schematic-api-key', 'authorization', 'content-type'];

/**
 * A vendor API stand-in on loopback: records each request's URL and headers, then forwards it
 * (method, credentials, body) to a sandbox of that vendor. While `hold()` is on, answers wait
 * until its release is called.
 */
async function standIn(startVendorSandbox: () => Promise<{ url: string; close(): Promise<void> }>) {
  const sandbox = await startVendorSandbox();
  const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  let held: Promise<void> = Promise.resolve();
  const server: Server = createServer(async (req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    await held;
    const headers = Object.fromEntries(FORWARDED.filter((name) => req.headers[name]).map((name) => [name, String(req.headers[name])]));
    const upstream = await fetch(sandbox.url + req.url, { method: req.method, headers, ...(body.length ? { body } : {}) });
    res.writeHead(upstream.status, { 'content-type': 'application/json' });
    res.end(await upstream.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await sandbox.close();
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    /** Holds every answer from now on; call the result to let them go. */
    hold(): () => void {
      let release!: () => void;
      held = new Promise((resolve) => (release = resolve));
      return release;
    },
  };
}

describe('npm start', () => {
  it('boots on the embedded sandboxes and serves GraphiQL, health, readiness and queries', async () => {
    const gw = await start({});
    expect(gw.output()).toMatch(/Schematic: embedded sandbox at http:\/\/127\.0\.0\.1:\d+/);
    expect(gw.output()).toMatch(/Metronome: embedded sandbox at http:\/\/127\.0\.0\.1:\d+ \(seeded demo data; set METRONOME_BEARER_TOKEN/);
    const base = gw.url.replace(/\/graphql$/, '');
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    // Idle connections outlive a load balancer's 60 s idle timeout (HTTP_KEEP_ALIVE_TIMEOUT_MS).
    expect(health.headers.get('keep-alive')).toBe('timeout=65');
    expect((await fetch(`${base}/readyz`)).status).toBe(200);

    const page = await fetch(gw.url, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('credits-gateway');
    expect(html).toContain('query CreditCatalogue('); // the first of GraphiQL's example tabs

    const { json } = await query<{ credit: { name: string; grants: { edges: { node: { company: { name: string } } }[] } } }>(
      gw.url,
      JSON.stringify({ query: '{ credit(id: "bcrd_ai_tokens") { name grants(first: 1) { edges { node { company { name } } } } } }' }),
    );
    expect(json.errors).toBeUndefined();
    expect(json.data?.credit.name).toBeTruthy();
    expect(json.data?.credit.grants.edges[0]?.node.company.name).toBeTruthy();

    gw.child.kill('SIGTERM');
    expect(await gw.exit).toBe(0);
  });

  it('`npm start` itself: bundles src/ into dist/gateway/, then runs it on plain node', async () => {
    // Its own process group, so the node process npm starts is stopped with npm.
    const child = spawn('npm', ['start', '--silent'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? root, HOST: '127.0.0.1', PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    cleanups.push(() => {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    });
    const gw = await start({}, child);
    const { json } = await query(gw.url, JSON.stringify({ query: '{ credit(id: "bcrd_ai_tokens") { name } }' }));
    expect(json).toEqual({ data: { credit: { name: 'AI Tokens' } } });
    expect(gw.output()).toMatch(/Schematic: embedded sandbox/); // a chunk of its own, imported on start
    const page = await fetch(gw.url, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain('query CreditCatalogue('); // schema/operations/, found from the bundle's folder
    const asset = /\/graphiql\/assets\/[^"]+\.js/.exec(html)?.[0];
    expect((await fetch(new URL(asset!, gw.url))).status).toBe(200);

    // One copy of graphql, its ES modules: a CommonJS copy beside it would fail instanceof checks.
    const map = JSON.parse(readFileSync(join(root, 'dist/gateway/main.mjs.map'), 'utf8')) as { sources: string[] };
    const graphql = map.sources.filter((source) => source.includes('node_modules/graphql/'));
    expect(graphql.length).toBeGreaterThan(100);
    expect(graphql.filter((source) => !source.endsWith('.mjs'))).toEqual([]);
  }, 60_000);

  it('talks to the configured Schematic URL with the key header, never logging the key', async () => {
    const fake = await standIn(startSchematicSandbox);
    const key = 'sch_dev_do_not_log_me';
    const gw = await start({ SCHEMATIC_API_URL: fake.url, SCHEMATIC_API_KEY: key, AUTH_MODE: 'none' });
    expect(gw.output()).toContain(`Schematic: ${fake.url} (real API`);
    const { json } = await query<{ credits: { edges: unknown[] } }>(gw.url, JSON.stringify({ query: '{ credits(first: 2) { edges { node { id } } } }' }));
    expect(json.data?.credits.edges).toHaveLength(2);
    expect(fake.seen.length).toBeGreaterThan(0);
    for (const { headers } of fake.seen) expect(headers['x-schematic-api-key']).toBe(key);
    gw.child.kill('SIGTERM');
    expect(await gw.exit).toBe(0);
    expect(gw.output()).not.toContain(key);
  });

  it('talks to the configured Metronome URL with the bearer token, never logging the token', async () => {
    const fake = await standIn(startMetronomeSandbox);
    const token = 'mtr_live_do_not_log_me';
    const gw = await start({ METRONOME_API_URL: fake.url, METRONOME_BEARER_TOKEN: token, AUTH_MODE: 'none' });
    expect(gw.output()).toContain(`Metronome: ${fake.url} (real API, token from METRONOME_BEARER_TOKEN)`);
    expect(gw.output()).toMatch(/Schematic: embedded sandbox/);
    // readiness reads both upstreams: one cheap Metronome read
    const base = gw.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect(fake.seen.map((s) => s.url)).toEqual(['/v1/credit-types/list?limit=1']);
    for (const { headers } of fake.seen) expect(headers.authorization).toBe(`Bearer ${token}`);
    gw.child.kill('SIGTERM');
    expect(await gw.exit).toBe(0);
    expect(gw.output()).not.toContain(token);
  });

  it('/readyz is 503 while Metronome is unreachable, naming it in the log, and /healthz stays 200', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const gw = await start({ METRONOME_API_URL: `http://127.0.0.1:${port}`, METRONOME_BEARER_TOKEN: 'mtr_secret_token', AUTH_MODE: 'none' });
    const base = gw.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(gw.output()).toMatch(/readiness: metronome GET \/v1\/credit-types\/list failed \(connection/);
    expect(gw.output()).not.toContain('mtr_secret_token');
    gw.child.kill('SIGTERM');
    expect(await gw.exit).toBe(0);
  });

  it('on SIGTERM finishes the request in flight, then exits 0', async () => {
    const fake = await standIn(startSchematicSandbox);
    const gw = await start({ SCHEMATIC_API_URL: fake.url, SCHEMATIC_API_KEY: 'k', AUTH_MODE: 'none' });
    const release = fake.hold();
    const inFlight = query<{ credits: { edges: unknown[] } }>(gw.url, JSON.stringify({ query: '{ credits(first: 1) { edges { node { id } } } }' }));
    // The request has reached the upstream, and the gateway has begun shutting down, before the answer comes.
    await vi.waitFor(() => expect(fake.seen).toHaveLength(1), { timeout: 5_000 });
    gw.child.kill('SIGTERM');
    await vi.waitFor(() => expect(gw.output()).toContain('SIGTERM: no longer accepting connections'), { timeout: 5_000 });
    release();
    const { status, json } = await inFlight;
    expect(status).toBe(200);
    expect(json.data?.credits.edges).toHaveLength(1);
    expect(await gw.exit).toBe(0);
    expect(gw.output()).toContain('stopped');
  });

  it('closes an idle client connection after HTTP_KEEP_ALIVE_TIMEOUT_MS, not before', async () => {
    const gw = await start({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '1500' });
    const { port } = new URL(gw.url);
    const socket = connect(Number(port), '127.0.0.1');
    cleanups.push(() => void socket.destroy());
    const answered = new Promise<string>((resolve) => socket.once('data', (chunk) => resolve(chunk.toString())));
    const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now())));
    socket.write('GET /healthz HTTP/1.1\r\nHost: gateway\r\n\r\n');
    expect(await answered).toMatch(/\r\nKeep-Alive: timeout=1\r\n/i);
    const idleSince = Date.now();
    const idleFor = (await closed) - idleSince;
    expect(idleFor).toBeGreaterThanOrEqual(1_000);
    expect(idleFor).toBeLessThan(5_000); // Node's own default, which the setting replaces
  });

  it('fails at boot with one line naming a bad variable', async () => {
    const child = spawnScript('src/main.ts', { PORT: 'eighty' });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('PORT');
  });
});

describe('npm run sandbox', () => {
  it('runs the two sandboxes alone on the configured ports, 401 without a key or token', async () => {
    const child = spawnScript('src/sandbox/main.ts', { SANDBOX_SCHEMATIC_PORT: '0', SANDBOX_METRONOME_PORT: '0' });
    const [url, metronomeUrl] = await new Promise<[string, string]>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const schematic = /Schematic sandbox listening at (http:\/\/\S+)/.exec(output)?.[1];
        const metronome = /Metronome sandbox listening at (http:\/\/\S+) \(any non-empty Authorization: Bearer token/.exec(output)?.[1];
        if (schematic && metronome) resolve([schematic, metronome]);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    expect((await fetch(`${url}/billing/credits`)).status).toBe(401);
    const ok = await fetch(`${url}/billing/credits/count`, { headers: { 'x-schematic-api-key': 'anything' } });
    expect(await ok.json()).toEqual({ data: { count: 3 }, params: {} });
    const refused = await fetch(`${metronomeUrl}/v1/credit-types/list`);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ message: expect.any(String) });
    const units = await fetch(`${metronomeUrl}/v1/credit-types/list?limit=1`, { headers: { authorization: 'Bearer anything' } });
    expect(await units.json()).toMatchObject({ data: [{ name: 'USD (cents)' }], next_page: expect.any(String) });
    const exit = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
