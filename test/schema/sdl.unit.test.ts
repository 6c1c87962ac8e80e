/** The committed SDL and generated operation types are current, and every domain is wired in. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { printSDL, SDL_PATH } from '../../src/schema/print.ts';
import codegenConfig from '../../codegen.ts';

const root = join(import.meta.dirname, '../..');

describe('schema/schema.graphql', () => {
  it('matches the schema (run `npm run schema:print` after changing src/schema)', () => {
    expect(readFileSync(SDL_PATH, 'utf8')).toBe(printSDL());
  });

  it('imports every domain folder from the schema entry point', () => {
    const index = readFileSync(join(root, 'src/schema/index.ts'), 'utf8');
    // kit/ holds the helpers the domains share: each domain imports the ones it uses.
    const domains = readdirSync(join(root, 'src/schema'), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'kit');
    expect(domains.length).toBeGreaterThan(0);
    for (const domain of domains) {
      // A file that defines no type (no `builder` call, e.g. errors/codes.ts) is imported by those that use it.
      const definesTypes = (f: string) => f.endsWith('.ts') && /\bbuilder\./.test(readFileSync(join(root, 'src/schema', domain.name, f), 'utf8'));
      for (const file of readdirSync(join(root, 'src/schema', domain.name)).filter(definesTypes)) {
        expect(index, `src/schema/index.ts must import ./${domain.name}/${file}`).toContain(`'./${domain.name}/${file}'`);
      }
    }
  });
});

describe('schema/generated and test/generated', () => {
  it('matches the operations (run `npm run codegen` after changing schema/operations or a graphql() operation in test/)', async () => {
    const files = (await generate({ ...codegenConfig, cwd: root, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(readFileSync(join(root, file.filename), 'utf8'), `${file.filename} is stale`).toBe(file.content);
    }
  }, 60_000);
});
