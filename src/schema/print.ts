/** `npm run schema:print`: writes the sorted SDL to schema/schema.graphql (a test fails when it is stale). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.ts';

export const SDL_PATH = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

export function printSDL(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SDL_PATH, printSDL());
  console.log(`wrote ${SDL_PATH}`);
}
