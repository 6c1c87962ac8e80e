/**
 * `npm run schema:print`: writes the subgraph SDL to schema/schema.graphql (a test fails when it
 * is stale). It is what a router or `rover` composes: Federation's own printer, so the `@link`,
 * `@key` and `@shareable` directives are in it, with types, fields, arguments and enum values
 * sorted so a change shows as a small diff.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, print, visit, type DefinitionNode } from 'graphql';
import { schema } from './index.ts';

export const SDL_PATH = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

/** By code point, like `lexicographicSortSchema` (locale order would vary by machine). */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const byName = <T extends { name: { value: string } }>(nodes: readonly T[] | undefined) =>
  nodes && [...nodes].sort((a, b) => compare(a.name.value, b.name.value));

/** The schema extension (`@link`) first, then every definition by name. */
const definitionOrder = (node: DefinitionNode) => ('name' in node && node.name ? `1${node.name.value}` : '0');

/**
 * Sorts an SDL document. Federation's printer keeps the order fields were defined in (the types'
 * AST nodes carry the directives), so `lexicographicSortSchema` alone does not order the output.
 */
export function sortSDL(sdl: string): string {
  const sorted = visit(parse(sdl, { noLocation: true }), {
    Document: (node) => ({ ...node, definitions: [...node.definitions].sort((a, b) => compare(definitionOrder(a), definitionOrder(b))) }),
    ObjectTypeDefinition: (node) => ({ ...node, fields: byName(node.fields) }),
    InterfaceTypeDefinition: (node) => ({ ...node, fields: byName(node.fields) }),
    InputObjectTypeDefinition: (node) => ({ ...node, fields: byName(node.fields) }),
    FieldDefinition: (node) => ({ ...node, arguments: byName(node.arguments) }),
    EnumTypeDefinition: (node) => ({ ...node, values: byName(node.values) }),
    UnionTypeDefinition: (node) => ({ ...node, types: byName(node.types) }),
  });
  return `${print(sorted)}\n`;
}

/** The subgraph SDL, as `_service { sdl }` gives it, sorted. */
export function printSDL(): string {
  return sortSDL(printSubgraphSchema(schema));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SDL_PATH, printSDL());
  console.log(`wrote ${SDL_PATH}`);
}
