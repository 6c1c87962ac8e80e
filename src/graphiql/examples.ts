/**
 * The operations GraphiQL opens with, one tab each, read from schema/operations/ so the examples
 * a newcomer runs are the ones codegen types and the tests run. Sample variables stay where the
 * operations already keep them: in the leading comment, after `Sample variables`, as a JSON
 * object following a colon or on lines of its own.
 */
import { readFileSync } from 'node:fs';
import { parse, Kind, type OperationDefinitionNode } from 'graphql';

const OPERATIONS = new URL('../../schema/operations/', import.meta.url);

/**
 * The curated operations' sources as JSON (name -> text), put in by build.ts (esbuild `define`):
 * the bundle reads no file of schema/operations/ when it starts, so it runs without them (a
 * container holds only the bundle). Undefined under tsx, which reads the files.
 */
declare const EMBEDDED_OPERATIONS: string | undefined;

function operationSource(name: string): string {
  if (typeof EMBEDDED_OPERATIONS !== 'undefined') {
    const source = (JSON.parse(EMBEDDED_OPERATIONS) as Record<string, string>)[name];
    if (source === undefined) throw new Error(`schema/operations/${name}.graphql was not embedded in the bundle (build.ts)`);
    return source;
  }
  return readFileSync(new URL(`${name}.graphql`, OPERATIONS), 'utf8');
}

/**
 * The curated tabs, in order: the credit catalogue, one company across both vendors, a grant with
 * its links, then the three headline mutations (they change the sandbox's state, so they come last).
 */
export const GRAPHIQL_EXAMPLES = [
  'CreditCatalogue',
  'CompanyWithContractCredits',
  'GrantDetail',
  'GrantCreditsToCompany',
  'UpdateCredit',
  'EditContractCredit',
] as const;

export interface GraphiQLExample {
  name: string;
  /** The file's text, comments included (they explain the operation). */
  query: string;
  /** Pretty-printed JSON, or undefined when the operation needs none. */
  variables: string | undefined;
}

/**
 * The JSON object that follows `Sample variables` in the operation's leading comment, or
 * undefined when there is none. Throws when the JSON is there but unreadable.
 */
export function sampleVariables(source: string, name = 'operation'): Record<string, unknown> | undefined {
  const comment: string[] = [];
  for (const line of source.split('\n')) {
    if (!line.startsWith('#')) break;
    comment.push(line.replace(/^# ?/, ''));
  }
  const text = comment.join('\n');
  const marker = text.indexOf('Sample variables');
  if (marker < 0) return undefined;
  // The object starts on a line of its own or right after a colon (`Sample variables: {`), so a
  // brace in the prose before it does not count.
  const opening = /(?:^|:[ \t]*)\{/gm;
  opening.lastIndex = marker;
  const found = opening.exec(text);
  if (!found) throw new Error(`${name}: "Sample variables" is not followed by a JSON object`);
  const start = found.index + found[0].length - 1;
  // The object ends at its matching brace (braces inside strings do not count).
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) {
      try {
        return JSON.parse(text.slice(start, i + 1)) as Record<string, unknown>;
      } catch (error) {
        throw new Error(`${name}: its sample variables are not valid JSON (${(error as Error).message})`);
      }
    }
  }
  throw new Error(`${name}: its sample variables' JSON object is not closed`);
}

/** Whether the operation declares a variable that has no default and must be given. */
function needsVariables(query: string): boolean {
  const operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return (operation?.variableDefinitions ?? []).some((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue);
}

export function readExample(name: string): GraphiQLExample {
  const query = operationSource(name);
  const variables = sampleVariables(query, `schema/operations/${name}.graphql`);
  if (!variables && needsVariables(query)) {
    throw new Error(`schema/operations/${name}.graphql needs variables but has no "Sample variables" comment for GraphiQL`);
  }
  return { name, query, variables: variables && JSON.stringify(variables, null, 2) };
}

/** Every curated example; read once, at import (a broken example fails the gateway's start). */
export const graphiqlExamples: readonly GraphiQLExample[] = GRAPHIQL_EXAMPLES.map(readExample);
