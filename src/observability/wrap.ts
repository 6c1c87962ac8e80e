/** What yoga's instrumentation wrappers of metrics.ts and tracing.ts share. */
import { getOperationAST, type OperationDefinitionNode } from 'graphql';
import { isPromise } from 'graphql-yoga';

/**
 * The operation a parsed document runs (from an `onParse` hook's result and context), or
 * undefined when it did not parse or names no operation it holds.
 */
export function parsedOperation(result: unknown, context: { params?: { operationName?: string | null } }): OperationDefinitionNode | undefined {
  if (!result || (result as { kind?: unknown }).kind !== 'Document') return undefined;
  return getOperationAST(result as Parameters<typeof getOperationAST>[0], context.params?.operationName) ?? undefined;
}

/** The path of a request URL, without parsing all of it. */
export function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return '/';
  const end = url.indexOf('?', start);
  return end < 0 ? url.slice(start) : url.slice(start, end);
}

/** Runs `run`, then `done` once it has settled (at once when it is synchronous); its result or failure passes through. */
export function settle<T>(run: () => T, done: (error?: unknown) => void): T {
  let result: T;
  try {
    result = run();
  } catch (error) {
    done(error);
    throw error;
  }
  if (!isPromise(result)) {
    done();
    return result;
  }
  return result.then(
    (value) => {
      done();
      return value;
    },
    (error: unknown) => {
      done(error);
      throw error;
    },
  ) as T;
}
