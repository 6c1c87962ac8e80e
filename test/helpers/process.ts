/**
 * The gateway as a real process (`node --import tsx src/main.ts`, what `npm start` runs once
 * bundled), with only PATH and the given environment: for what only a process shows (exit codes,
 * its log, surviving a request).
 */
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

/** Runs a TypeScript `script` (relative to the project root) with only PATH and `env`. */
export function spawnScript(script: string, env: Record<string, string>, args: string[] = []): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

/** The gateway on an ephemeral loopback port (unless `env` says otherwise). */
export function startGatewayProcess(env: Record<string, string> = {}): GatewayProcess {
  const child = spawnScript('src/main.ts', { HOST: '127.0.0.1', PORT: '0', ...env });
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
