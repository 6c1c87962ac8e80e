/**
 * The README is the front door and docs/ holds the guides: every GraphQL example in them runs
 * against the sandboxes without errors, and every relative link in them points at a file that exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTestGateway } from './helpers/gateway.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const files = ['README.md', ...readdirSync(resolve(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
// bench/README.md holds the bench's narrative the README links to: its links are checked too.
const linked = [...files, 'bench/README.md'];
const text = new Map(linked.map((file) => [file, readFileSync(resolve(root, file), 'utf8')]));

const examples = (file: string) => [...text.get(file)!.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

/** Relative targets of markdown links `[label](target)` outside code blocks, without their #anchor. */
const relativeLinks = (markdown: string) =>
  [...markdown.replace(/```[\s\S]*?```/g, '').matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z][a-z+.-]*:/i.test(target) && !target.startsWith('#'))
    .map((target) => target.split('#')[0]!);

const gw = useTestGateway();

describe('README and guides', () => {
  it('the README has an example and the guides have more', () => {
    expect(examples('README.md').length).toBeGreaterThanOrEqual(1);
    expect(files.flatMap(examples).length).toBeGreaterThanOrEqual(3);
  });

  describe.each(linked)('%s', (file) => {
    it('every relative link points at an existing file', () => {
      const missing = relativeLinks(text.get(file)!).filter((target) => !existsSync(resolve(root, dirname(file), target)));
      expect(missing).toEqual([]);
    });

    const blocks = files.includes(file) ? examples(file) : [];
    if (blocks.length === 0) return;
    it.each(blocks.map((example) => [example.split('\n')[0], example]))('%s', async (_title, example) => {
      const result = await gw.run<Record<string, unknown>, never>(example);
      expect(result.errors).toBeUndefined();
      // A mutation answers its payload, not a typed error.
      for (const value of Object.values(result.data ?? {})) {
        if (value && typeof value === 'object' && '__typename' in value) expect(value.__typename).toMatch(/Payload$/);
      }
    });
  });
});
