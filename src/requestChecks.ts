/**
 * Request input that yoga and the executor leave to fail late, or as an unexpected error,
 * refused up front as the caller's mistake, with a code and without quoting it back.
 */
import { GraphQLError, Kind, valueFromASTUntyped, visit, type ArgumentNode, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * GET's `variables` and `extensions` parameters (and a multipart request's JSON fields) are parsed
 * by yoga with a bare JSON.parse, whose SyntaxError would be masked as INTERNAL_SERVER_ERROR (500):
 * answered as BAD_REQUEST (400) instead. A malformed POST body is yoga's own BAD_REQUEST already
 * (src/schema/errors/toGraphQL.ts keeps it from quoting the body).
 */
export function useJsonParameterErrors(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          if (!(error instanceof SyntaxError)) throw error;
          throw new GraphQLError('The request\'s JSON parameters (variables, extensions) are not valid JSON.', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
      });
    },
  };
}

/**
 * `@stream(initialCount:)` checked before execution. The executor asserts a non-negative count
 * only while it runs, after the fields above the list have called upstream, and its assertion is
 * an unexpected error (INTERNAL_SERVER_ERROR): a negative or null count is refused as
 * BAD_USER_INPUT with nothing executed.
 */
const counts = new WeakMap<DocumentNode, ArgumentNode[]>();

/** The `initialCount` arguments of a document's `@stream` directives, found once per parsed document. */
function initialCounts(document: DocumentNode) {
  let found = counts.get(document);
  if (!found) {
    const list: ArgumentNode[] = [];
    visit(document, {
      Directive(node) {
        const count = node.name.value === 'stream' ? node.arguments?.find((arg) => arg.name.value === 'initialCount') : undefined;
        if (count) list.push(count);
      },
    });
    counts.set(document, (found = list));
  }
  return found;
}

export function useStreamArguments(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const found = initialCounts(args.document);
      if (found.length === 0) return;
      // Raw variables over the operation's declared defaults, as the executor will see them.
      const variables: Record<string, unknown> = {};
      for (const def of args.document.definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION) continue;
        for (const variable of def.variableDefinitions ?? []) {
          if (variable.defaultValue) variables[variable.variable.name.value] = valueFromASTUntyped(variable.defaultValue);
        }
      }
      Object.assign(variables, args.variableValues);
      for (const count of found) {
        const value = valueFromASTUntyped(count.value, variables);
        if (value === undefined || (Number.isInteger(value) && (value as number) >= 0)) continue; // left out: the default, 0
        const got = typeof value === 'number' ? String(value) : value === null ? 'null' : `a ${typeof value}`;
        setResultAndStopExecution({
          errors: [
            new GraphQLError(`@stream's initialCount must be a whole number of at least 0; got ${got}`, {
              nodes: count,
              extensions: { code: 'BAD_USER_INPUT', argument: 'initialCount' },
            }),
          ],
        });
        return;
      }
    },
  };
}
