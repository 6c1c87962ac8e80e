/**
 * The gateway as a real process whose log lines are read as JSON (`node --import tsx src/main.ts`), and
 * vendor stand-ins on loopback that forward to a sandbox unless told to fail. Children and servers
 * are stopped by `stopAll`, called from the test file's afterEach.
 */
import type { ChildProcess } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LogLine } from './log.ts';
import { startGatewayProcess } from './process.ts';

const cleanups: (() => Promise<void> | void)[] = [];

export async function stopAll(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
}

export interface GatewayProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** stdout and stderr as written so far, interleaved. */
  output(): string;
  /** Each line of stdout and stderr so far, parsed (throws on a line that is not JSON). */
  lines(): LogLine[];
  exit: Promise<number | null>;
}

/** The gateway on an ephemeral loopback port, with only PATH and `env` set; resolves once it listens. */
export async function startGateway(env: Record<string, string>): Promise<GatewayProcess> {
  const gateway = startGatewayProcess(env);
  cleanups.push(() => {
    if (gateway.child.exitCode === null) gateway.child.kill('SIGKILL');
  });
  const url = await gateway.listening;
  return {
    child: gateway.child,
    base: url.replace(/\/graphql$/, ''),
    output: gateway.output,
    lines: () =>
      gateway
        .output()
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as LogLine),
    exit: gateway.exit,
  };
}

/** What a stand-in answers instead of forwarding; undefined: forward. */
export type Fault = (req: IncomingMessage) => { status: number; body: unknown; headers?: Record<string, string> } | undefined;

export interface StandIn {
  url: string;
  seen: { method: string; url: string; headers: IncomingHttpHeaders }[];
  /** From now on, answer with `fault` where it says so (undefined: forward everything again). */
  fail(fault: Fault | undefined): void;
}

/** The request headers a stand-in passes on to its sandbox. */
const FORWARDED = ['x-schematic-api-key', 'authorization', 'content-type'];

/** A vendor API stand-in: forwards each request (method, credentials, body) to a fresh sandbox of that vendor, or fails it. */
export async function standIn(startSandbox: () => Promise<{ url: string; close(): Promise<void> }>): Promise<StandIn> {
  const sandbox = await startSandbox();
  const seen: StandIn['seen'] = [];
  let fault: Fault | undefined;
  const server: Server = createServer(async (req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const failure = fault?.(req);
    if (failure) {
      res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers }).end(JSON.stringify(failure.body));
      return;
    }
    const body = Buffer.concat(chunks);
    const headers = Object.fromEntries(FORWARDED.filter((name) => req.headers[name]).map((name) => [name, String(req.headers[name])]));
    const upstream = await fetch(sandbox.url + req.url, { method: req.method, headers, ...(body.length ? { body } : {}) });
    res.writeHead(upstream.status, { 'content-type': 'application/json' }).end(await upstream.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await sandbox.close();
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, fail: (next) => (fault = next) };
}
