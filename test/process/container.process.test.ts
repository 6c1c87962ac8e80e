/**
 * The container recipe, as far as it can be proven without a Docker engine: each stage of the
 * Dockerfile is rebuilt in a temporary folder from its own COPY lines (so this test follows the
 * Dockerfile rather than a list of its own), its RUN steps are run, and the last stage's CMD serves
 * the README's example query on the embedded sandboxes, with its HEALTHCHECK passing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, posix } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { logMessages } from '../helpers/log.ts';

const root = join(import.meta.dirname, '../..');

interface Instruction {
  keyword: string;
  args: string;
}

interface Stage {
  name: string;
  instructions: Instruction[];
}

/** The Dockerfile's stages, each with its instructions (continuation lines joined, comments left out). */
function parseDockerfile(text: string): Stage[] {
  const lines = text.replace(/\\\n\s*/g, '').split('\n');
  const stages: Stage[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(trimmed) ?? [];
    if (keyword.toUpperCase() === 'FROM') {
      stages.push({ name: /\bAS\s+(\S+)$/i.exec(args)?.[1] ?? String(stages.length), instructions: [] });
    } else {
      stages.at(-1)!.instructions.push({ keyword: keyword.toUpperCase(), args });
    }
  }
  return stages;
}

/** `COPY [--from=<stage>] <source>... <dest>`. */
function parseCopy(args: string) {
  const words = args.split(/\s+/);
  const from = words[0]?.startsWith('--from=') ? words.shift()!.slice('--from='.length) : undefined;
  if (words.some((word) => word.startsWith('--'))) throw new Error(`COPY flag this test does not know: ${args}`);
  const dest = words.pop()!;
  return { from, sources: words, dest };
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // GOMAXPROCS=1: esbuild takes one core, not all, so the tests running beside this one keep theirs.
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, GOMAXPROCS: '1' };
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} in ${cwd} exited ${code}:\n${output}`))));
  });
}

const temp = mkdtempSync(join(tmpdir(), 'credits-gateway-image-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(temp, { recursive: true, force: true });
});

describe('Dockerfile', () => {
  const stages = parseDockerfile(readFileSync(join(root, 'Dockerfile'), 'utf8'));
  const final = stages.at(-1)!;

  it('sends the builder only what the COPY lines read (.dockerignore allows each, and nothing else)', () => {
    const ignore = readFileSync(join(root, '.dockerignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(ignore[0]).toBe('*'); // everything is left out, then each path the recipe copies is let in
    const allowed = ignore.slice(1).map((line) => line.replace(/^!/, '').replace(/\/$/, ''));
    const fromContext = stages.flatMap((stage) =>
      stage.instructions.filter((i) => i.keyword === 'COPY').map((i) => parseCopy(i.args)).filter((copy) => copy.from === undefined),
    );
    const sources = fromContext.flatMap((copy) => copy.sources.map((source) => source.replace(/\/$/, '')));
    expect([...new Set(sources)].sort()).toEqual([...allowed].sort());
  });

  it('runs as a user other than root, with a HEALTHCHECK on /healthz', () => {
    const user = final.instructions.filter((i) => i.keyword === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    expect(final.instructions.find((i) => i.keyword === 'HEALTHCHECK')?.args).toContain('/healthz');
  });

  it(
    'its stages, rebuilt from their COPY lines in temporary folders, serve the README example query on the sandboxes',
    async () => {
      const done = new Map<string, Promise<string>>();
      /** Builds a stage in its own folder (its WORKDIR), after the stages it copies from. */
      const build = (stage: Stage): Promise<string> => {
        let built = done.get(stage.name);
        if (built) return built;
        built = (async () => {
          const dir = join(temp, stage.name);
          mkdirSync(dir, { recursive: true });
          let workdir = '/';
          for (const { keyword, args } of stage.instructions) {
            if (keyword === 'WORKDIR') workdir = args;
            else if (keyword === 'COPY') {
              const { from, sources, dest } = parseCopy(args);
              const fromStage = from === undefined ? undefined : stages.find((s) => s.name === from);
              if (from !== undefined && !fromStage) throw new Error(`COPY --from=${from}: no such stage`);
              const fromDir = fromStage ? await build(fromStage) : root;
              const fromWorkdir = fromStage ? (fromStage.instructions.find((i) => i.keyword === 'WORKDIR')?.args ?? '/') : '/';
              for (const source of sources) {
                // A stage's absolute paths are under its WORKDIR, which is its folder here.
                const relative = fromStage ? posix.relative(fromWorkdir, posix.resolve(fromWorkdir, source)) : source;
                if (relative.startsWith('..')) throw new Error(`COPY ${source}: outside the stage's WORKDIR ${fromWorkdir}`);
                const path = join(fromDir, relative);
                if (!existsSync(path)) throw new Error(`COPY ${from ? `--from=${from} ` : ''}${source}: ${path} does not exist`);
                const target = join(dir, posix.relative(workdir, posix.resolve(workdir, dest)));
                const intoFolder = dest.endsWith('/') && !statSync(path).isDirectory();
                mkdirSync(intoFolder ? target : join(target, '..'), { recursive: true });
                cpSync(path, intoFolder ? join(target, basename(path)) : target, { recursive: true });
              }
            } else if (keyword === 'RUN') {
              if (/^npm ci\b.*--omit=dev/.test(args)) {
                expect(args).toMatch(/^npm ci --omit=dev --ignore-scripts --no-audit --no-fund --cache (\S+) && rm -rf \1$/);
                // The real production install, from the local npm cache where it can.
                await run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
              } else if (/^npm ci\b/.test(args)) {
                // The full install is this checkout's own node_modules, from the same lockfile.
                symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
              } else if (args === 'npm run build') {
                await run('npm', ['run', '--silent', 'build'], dir);
              } else {
                throw new Error(`RUN this test does not know how to reproduce: ${args}`);
              }
            } else if (!['ENV', 'USER', 'EXPOSE', 'HEALTHCHECK', 'CMD'].includes(keyword)) {
              throw new Error(`instruction this test does not know: ${keyword} ${args}`);
            }
          }
          return dir;
        })();
        done.set(stage.name, built);
        return built;
      };
      // Stages run side by side where the Dockerfile lets them (a COPY --from waits for its stage).
      const app = (await Promise.all(stages.map(build))).at(-1)!;

      // The image holds the bundle and the production dependencies: no source, no build or test tool.
      expect(readdirSync(app).sort()).toEqual(['dist', 'node_modules', 'package-lock.json', 'package.json']);
      for (const dev of ['tsx', 'esbuild', 'vitest', 'typescript', '@graphql-yoga/graphiql', 'monaco-editor']) {
        expect(existsSync(join(app, 'node_modules', dev)), dev).toBe(false);
      }

      const env = Object.fromEntries(
        final.instructions
          .filter((i) => i.keyword === 'ENV')
          .flatMap((i) => i.args.split(/\s+/).map((pair) => pair.split('=') as [string, string])),
      );
      const cmd = JSON.parse(final.instructions.find((i) => i.keyword === 'CMD')!.args) as string[];
      expect(cmd[0]).toBe('node');
      const child = spawn(process.execPath, cmd.slice(1), {
        cwd: app,
        env: { PATH: process.env.PATH ?? '', ...env, HOST: '127.0.0.1', PORT: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          const match = /GraphiQL at (http:\/\/\S+\/graphql)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('exit', (code) => reject(new Error(`exited ${code} before listening:\n${output}`)));
      });

      const readme = readFileSync(join(root, 'README.md'), 'utf8');
      const example = /## Example query[\s\S]*?```graphql\n([\s\S]*?)```/.exec(readme)?.[1];
      expect(example).toContain('company(id: "comp_acme")');
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: example }) });
      const body = (await response.json()) as { data?: { company?: { name?: string; creditGrants?: { totalCount: number } } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data?.company?.name).toBe('Acme Robotics');
      expect(body.data?.company?.creditGrants?.totalCount).toBeGreaterThan(0);

      // GraphiQL: the embedded example tabs and the assets read from node_modules.
      const html = await (await fetch(url, { headers: { accept: 'text/html' } })).text();
      expect(html).toContain('query CreditCatalogue(');
      const asset = /\/graphiql\/assets\/[^"]+\.js/.exec(html)?.[0];
      expect((await fetch(new URL(asset!, url))).status).toBe(200);

      const healthcheck = /CMD\s+(\[.*\])$/.exec(final.instructions.find((i) => i.keyword === 'HEALTHCHECK')!.args)?.[1];
      const [probe, ...probeArgs] = JSON.parse(healthcheck!) as string[];
      expect(probe).toBe('node');
      const port = new URL(url).port;
      expect(spawnSync(process.execPath, probeArgs, { env: { PORT: port }, timeout: 10_000 }).status).toBe(0);

      const exit = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
      expect(logMessages(output)).toContain('stopped');
    },
    180_000,
  );
});
