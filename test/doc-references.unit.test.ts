/**
 * Comments point readers at a guide's section as `(docs/<guide>.md, "<heading>")`, and at the
 * README's the same way with `README` for the file. Sections move (the README was split into
 * docs/): every such pointer in src/ and test/ must name a heading that exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const POINTER = /\((README(?:\.md)?|docs\/[\w-]+\.md),\s*("[^"]+"|[^)"]+)\)/g;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.includes('generated'))
    .map((name) => join(dir, name));
}

function headings(file: string): string[] {
  const text = readFileSync(join(root, file === 'README' ? 'README.md' : file), 'utf8');
  return [...text.matchAll(/^#+\s+(.+)$/gm)].map((m) => m[1]!.trim());
}

const pointers = [...sources('src'), ...sources('test')].flatMap((file) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(POINTER)].map((m) => ({
    file,
    doc: m[1]!.replace(/^README\.md$/, 'README'),
    heading: m[2]!.trim().replace(/^"|"$/g, ''),
  })),
);

describe('section pointers in comments', () => {
  it('finds some (the pattern still matches how comments cite sections)', () => {
    expect(pointers.length).toBeGreaterThan(0);
  });

  it.each(pointers.map((p) => [`${p.file} → ${p.doc}, "${p.heading}"`, p] as const))('%s exists', (_name, p) => {
    expect(headings(p.doc)).toContain(p.heading);
  });
});
