import { inspect } from 'node:util';
import { expect } from 'vitest';
import { UpstreamError } from '../../src/upstream/errors.ts';

/** The API key the upstream tests configure; it must never show up in a failure. */
export const KEY = 'sch_dev_secret123';

/** Awaits a call that must fail and checks that the failure never carries the API key. */
export async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(UpstreamError);
  const upstreamError = error as UpstreamError;
  for (const text of [
    upstreamError.message,
    upstreamError.detail ?? '',
    String(upstreamError),
    JSON.stringify(upstreamError),
    upstreamError.stack ?? '',
    inspect(upstreamError, { depth: 10 }),
  ]) {
    expect(text).not.toContain(KEY);
  }
  return upstreamError;
}
