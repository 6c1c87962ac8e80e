/**
 * `npm run sandbox`: runs only the vendor sandboxes, for frontend work and SDK or contract tests.
 * Each sandbox listens on its own fixed port (`SANDBOX_<NAME>_PORT`) on `HOST` (default 127.0.0.1);
 * `SANDBOX_LATENCY_MS` (default 0) delays every answer of both, to feel a real API's latency.
 */
import { ConfigError, loadSandboxConfig, type SandboxConfig } from '../config.ts';
import { startMetronomeSandbox } from './metronome/server.ts';
import { startSchematicSandbox } from './schematic/server.ts';

interface SandboxEntry {
  name: string;
  /** environment variable holding the port, for error lines */
  portVariable: string;
  port(config: SandboxConfig): number;
  /** how a client authenticates, for the start-up line */
  auth: string;
  start(opts: { port: number; host: string; latencyMs: number }): Promise<{ url: string; close(): Promise<void> }>;
}

/** One entry per sandbox. */
const SANDBOXES: SandboxEntry[] = [
  {
    name: 'Schematic',
    portVariable: 'SANDBOX_SCHEMATIC_PORT',
    port: (config) => config.schematicPort,
    auth: 'any non-empty X-Schematic-Api-Key is accepted',
    start: startSchematicSandbox,
  },
  {
    name: 'Metronome',
    portVariable: 'SANDBOX_METRONOME_PORT',
    port: (config) => config.metronomePort,
    auth: 'any non-empty Authorization: Bearer token is accepted',
    start: startMetronomeSandbox,
  },
];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let config: SandboxConfig;
try {
  config = loadSandboxConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  fail(`configuration error: ${error.message}`);
}

const running: { close(): Promise<void> }[] = [];
for (const entry of SANDBOXES) {
  const port = entry.port(config);
  try {
    const sandbox = await entry.start({ port, host: config.host, latencyMs: config.latencyMs });
    running.push(sandbox);
    const latency = config.latencyMs > 0 ? `; every answer delayed ${config.latencyMs} ms (SANDBOX_LATENCY_MS)` : '';
    console.log(`${entry.name} sandbox listening at ${sandbox.url} (${entry.auth}${latency})`);
  } catch (error) {
    await Promise.allSettled(running.map((s) => s.close()));
    fail(`${entry.name} sandbox could not listen on ${config.host}:${port} (${entry.portVariable}): ${(error as Error).message}`);
  }
}

async function shutdown(): Promise<void> {
  await Promise.allSettled(running.map((s) => s.close()));
  process.exit(0);
}
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
