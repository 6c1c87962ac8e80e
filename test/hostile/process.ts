/**
 * The real process (`src/main.ts`, as `npm start` runs it) on its own sandboxes, for what only a
 * process shows: whether it survives a request, and what it prints when it cannot start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

export interface GatewayProcess {
  child: ChildProcess;
  /** Resolves with the exit code when the process ends. */
  exit: Promise<number | null>;
  /** Resolves with the GraphQL URL once the process listens; rejects if it exits first. */
  listening: Promise<string>;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
}

/** Starts the gateway with only PATH, HOST, PORT (0) and `env`; `imports` are preloaded modules (`--import`). */
export function startProcess(env: Record<string, string> = {}, imports: string[] = []): GatewayProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', ...imports.flatMap((m) => ['--import', m]), 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphiQL at (http:\/\/\S+\/graphql)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exit.then((code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
  listening.catch(() => {}); // a test that expects the exit awaits `exit` instead
  return { child, exit, listening, output: () => output };
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
  return { status: response.status, json: (await response.json()) as { data?: any; errors?: any[] } };
}
