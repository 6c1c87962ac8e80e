/** The README is the front door: every GraphQL example in it runs against the sandboxes without errors. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTestGateway } from './helpers/gateway.ts';

const examples = [...readFileSync(new URL('../README.md', import.meta.url), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map(
  (match) => match[1]!,
);

const gw = useTestGateway();

describe('README examples', () => {
  it('there are some', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((example) => [example.split('\n')[0], example]))('%s', async (_title, example) => {
    const result = await gw.run<Record<string, any>, never>(example);
    expect(result.errors).toBeUndefined();
    // A mutation answers its payload, not a typed error.
    for (const value of Object.values(result.data ?? {})) {
      if (value && typeof value === 'object' && '__typename' in value) expect(value.__typename).toMatch(/Payload$/);
    }
  });
});
