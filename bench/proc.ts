/**
 * The processes under test (the gateway, the floor): each runs as its own Node process, so its
 * memory is its own and not the load generator's or the sandboxes'. Memory is read from
 * /proc/<pid>/status (Linux): a phase's peak is VmHWM after resetting it through
 * /proc/<pid>/clear_refs at the phase's start, and, as a fallback where that reset is refused,
 * the highest VmRSS sampled every 50 ms during the phase.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Child {
  name: string;
  pid: number;
  /** The URL the process printed once listening. */
  url: string;
  /** Resident memory now, in MiB. */
  rssMb(): number;
  /** CPU time used so far (user + system), in ms (10 ms resolution). */
  cpuMs(): number;
  /** Starts measuring a phase's peak resident memory; the function it returns ends it (MiB). */
  measurePeak(): () => number;
  /** SIGTERM, then waits for the exit (a CPU profile, if asked for, is written then). */
  stop(): Promise<void>;
}

/** Clock ticks per second of /proc/<pid>/stat's times: 100 on every Linux the bench has met (`getconf CLK_TCK`). */
const CLOCK_TICKS = 100;

function cpuMs(pid: number): number {
  // Fields after the command (which is in parentheses and may hold spaces): utime and stime are the 12th and 13th.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

function status(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match?.[1]) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]) / 1024;
}

/**
 * Loaded first in every child: when the runner goes away (finished, crashed or interrupted), its
 * IPC channel closes and the child stops itself as on SIGTERM, instead of living on as an orphan.
 */
const EXIT_WITH_PARENT = `data:text/javascript,${encodeURIComponent(
  'process.on("disconnect",()=>process.kill(process.pid,"SIGTERM"));process.channel?.unref();',
)}`;

/** Starts `node <args>` and waits for a stdout or stderr line matching `ready` (its group 1 is the URL). */
export async function startChild(name: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp, cwd: string): Promise<Child> {
  const child: ChildProcess = spawn(process.execPath, ['--import', EXIT_WITH_PARENT, ...args], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name}: could not start`);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before listening:\n  ${lines.slice(-20).join('\n  ')}`)));
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream! }).on('line', (line) => {
        lines.push(line);
        const match = ready.exec(line);
        if (match?.[1]) resolve(match[1]);
        if (process.env.BENCH_VERBOSE) console.log(`  ${name}: ${line}`);
      });
    }
  });
  return {
    name,
    pid,
    url,
    rssMb: () => status(pid, 'VmRSS'),
    cpuMs: () => cpuMs(pid),
    measurePeak() {
      let resettable = true;
      try {
        writeFileSync(`/proc/${pid}/clear_refs`, '5'); // resets VmHWM to the current RSS
      } catch {
        resettable = false;
      }
      let sampled = status(pid, 'VmRSS');
      const timer = setInterval(() => {
        try {
          sampled = Math.max(sampled, status(pid, 'VmRSS'));
        } catch {
          // the process is gone; the caller finds out from its requests
        }
      }, 50);
      return () => {
        clearInterval(timer);
        return Math.max(sampled, resettable ? status(pid, 'VmHWM') : 0);
      };
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
