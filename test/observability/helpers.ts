/** The gateway as a real process (`src/main.ts`, as `npm run dev` runs it), for the observability tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const root = join(import.meta.dirname, '../..');
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

export interface GatewayProcess {
  child: ChildProcess;
  /** e.g. http://127.0.0.1:41234 (no path) */
  base: string;
  output: () => string;
  /** Resolves with the exit code. */
  exit: Promise<number | null>;
}

/** Starts the gateway on a free loopback port with only PATH and `env`; resolves once it listens. */
export function startGatewayProcess(env: Record<string, string>): Promise<GatewayProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphiQL at (http:\/\/\S+)\/graphql/.exec(output);
      if (match?.[1]) resolve({ child, base: match[1], output: () => output, exit });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exit.then((code) => reject(new Error(`exited ${code} before listening:\n${output}`)));
  });
}

/** POSTs a GraphQL request to the process. */
export async function post(base: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] } };
}
