/**
 * Cancellation without AbortSignals (src/upstream/core/cancellation.ts): a request's
 * `Cancellation`, and an AbortSignal bridged to one. The HTTP tests (client-abort.test.ts,
 * http.test.ts) show a caller's cancellation reaching the socket.
 */
import { describe, expect, it } from 'vitest';
import { Cancellation, callerCancellation } from '../../src/upstream/core/cancellation.ts';

describe('a cancellation', () => {
  it('aborts once, with the first reason, and tells each listener once', () => {
    const cancel = new Cancellation();
    const heard: unknown[] = [];
    cancel.on(() => heard.push(cancel.reason));
    cancel.abort('first');
    cancel.abort('second');
    expect(cancel.aborted).toBe(true);
    expect(cancel.reason).toBe('first');
    expect(heard).toEqual(['first']);
  });

  it('tells a listener that comes after the abort at once, and one that stopped listening never', () => {
    const cancel = new Cancellation();
    let stopped = 0;
    const stopping = () => stopped++;
    cancel.on(stopping);
    cancel.off(stopping);
    cancel.abort('gone');
    let late = 0;
    cancel.on(() => late++);
    expect([stopped, late]).toEqual([0, 1]);
    expect(cancel.listening).toBe(0);
  });
});

describe('a caller’s cancellation', () => {
  it('is one per signal, listening to it once however many calls ask, and aborts with its reason', () => {
    const caller = new AbortController();
    let added = 0;
    const add = caller.signal.addEventListener.bind(caller.signal);
    caller.signal.addEventListener = (...args: Parameters<typeof add>) => (added++, add(...args));
    const cancel = callerCancellation(caller.signal);
    expect(callerCancellation(caller.signal)).toBe(cancel);
    expect(added).toBe(1);
    caller.abort('client went away');
    expect(cancel.aborted).toBe(true);
    expect(cancel.reason).toBe('client went away');
  });

  it('of a signal aborted already is aborted', () => {
    expect(callerCancellation(AbortSignal.abort('before')).reason).toBe('before');
  });

  it('of a Cancellation (a request’s own) is that Cancellation', () => {
    const cancel = new Cancellation();
    expect(callerCancellation(cancel)).toBe(cancel);
  });
});
