/**
 * The gateway as a real process (`node --import tsx src/main.ts`, what `npm start` runs once
 * bundled), with only PATH and the given environment: for what only a process shows (exit codes,
 * its log, surviving a request).
 */
import type { GraphQLFormattedError } from 'graphql';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export const root = join(import.meta.dirname, '../..');

export interface GatewayProcess {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  output: () => string;
  /** Its exit code once it exits (null: killed by a signal). */
  exit: Promise<number | null>;
  /** The GraphQL URL once it listens; rejects if it exits first. */
  listening: Promise<string>;
}

const children: ChildProcess[] = [];

/** Registers the cleanup that kills every process a test file started; call it at the file's top level. */
export function killProcessesAfterEach(): void {
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  });
}

/**
 * Runs a TypeScript `script` (relative to the project root) with only PATH and `env`; `imports`
 * are modules preloaded before it (`--import`).
 */
export function spawnScript(script: string, env: Record<string, string>, args: string[] = [], imports: string[] = []): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', ...imports.flatMap((m) => ['--import', m]), script, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

/** The gateway on an ephemeral loopback port (unless `env` says otherwise). */
export function startGatewayProcess(env: Record<string, string> = {}, imports: string[] = []): GatewayProcess {
  const child = spawnScript('src/main.ts', { HOST: '127.0.0.1', PORT: '0', ...env }, [], imports);
  let output = '';
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphiQL at (http:\/\/\S+\/graphql)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exit.then((code) => reject(new Error(`exited ${code} before listening:\n${output}`)));
  });
  listening.catch(() => {}); // a test that expects an exit awaits `exit` instead
  return { child, output: () => output, exit, listening };
}

/** What the process printed, one message a line: a JSON log line (stdout is not a terminal) is read for its `msg`. */
export function messages(output: string): string {
  return output
    .split('\n')
    .map((line) => {
      if (!line.startsWith('{')) return line;
      try {
        return String((JSON.parse(line) as { msg?: unknown }).msg ?? line);
      } catch {
        return line;
      }
    })
    .join('\n');
}

/** The development token printed for `label` (`company comp_acme`, `admin`). */
export function printedToken(output: string, label: string): string {
  output = messages(output);
  const match = new RegExp(`  ${label}[^\\n]*claims[^\\n]*:\\n[^\\n]*?    (\\S+)`).exec(output);
  if (!match?.[1]) throw new Error(`no "${label}" token in:\n${output}`);
  return match[1];
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as { data?: Record<string, unknown>; errors?: GraphQLFormattedError[] } };
}
