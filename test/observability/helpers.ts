/** The gateway as a real process (`src/main.ts`, as `npm run dev` runs it), for the observability tests. */
import type { ChildProcess } from 'node:child_process';
import { afterAll } from 'vitest';
import { startGatewayProcess as startProcess } from '../helpers/process.ts';

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
export async function startGatewayProcess(env: Record<string, string>): Promise<GatewayProcess> {
  const gateway = startProcess(env);
  children.push(gateway.child);
  const url = await gateway.listening;
  return { child: gateway.child, base: url.replace(/\/graphql$/, ''), output: gateway.output, exit: gateway.exit };
}

/** POSTs a GraphQL request to the process. */
/** POSTs a GraphQL body to the process at `base`; `TData` is what the caller reads of its selection. */
export async function post<TData = Record<string, unknown>>(base: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as { data?: TData; errors?: { extensions?: { code?: string } }[] } };
}
