/**
 * A real Redis for the tests: `redis-server` (Debian's package; .ci/run installs it) started on a
 * free loopback port, without persistence, and stopped after. Missing redis-server fails the tests
 * in CI; elsewhere they are reported as not run, with one line saying how to run them.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const BINARY = 'redis-server';

/** Whether redis-server can be run here. */
export const redisAvailable = spawnSync(BINARY, ['--version'], { stdio: 'ignore' }).status === 0;

/** Call at the top of a Redis test file: true when the file's Redis tests must be skipped. */
export function skipWithoutRedis(): boolean {
  if (redisAvailable) return false;
  const message = `${BINARY} not found: install it (Debian: apt-get install redis-server, as .ci/run does) to run the Redis tests`;
  if (process.env.CI) throw new Error(message);
  process.stderr.write(`\n*** ${message}; they did not run. ***\n`);
  return true;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export interface TestRedis {
  url: string;
  port: number;
  /** Kills the server at once (SIGKILL): no goodbye to its clients. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
  /** Stops it answering (SIGSTOP) with its connections open, as a stalled server; `resume` lets it go on. */
  pause(): void;
  resume(): void;
  close(): Promise<void>;
}

export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const proc = spawn(BINARY, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = proc;
      let output = '';
      const timer = setTimeout(() => {
        proc.kill('SIGKILL');
        reject(new Error(`redis-server did not start on port ${port} within 10 s: ${output.slice(-500)}`));
      }, 10_000);
      proc.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      proc.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      proc.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited (${code}) before it was ready: ${output.slice(-500)}`));
      });
    });
  const stop = async (signal: NodeJS.Signals) => {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill(signal);
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: () => stop('SIGKILL'),
    restart: start,
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
    close: () => stop('SIGTERM'),
  };
}
