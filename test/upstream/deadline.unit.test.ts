/**
 * A call's time (src/upstream/core/deadline.ts): the whole-call deadline, the caller's
 * cancellation bridged to it, each attempt's wait for headers, and the wait between attempts.
 * The HTTP tests (http.test.ts, retry.test.ts) show undici honouring them; these pin each rule.
 */
import { describe, expect, it } from 'vitest';
import { Cancellation } from '../../src/upstream/core/cancellation.ts';
import { AttemptTimer, Deadline } from '../../src/upstream/core/deadline.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a call’s deadline', () => {
  it('aborts when the caller’s signal does, with the caller’s reason, and is not a timeout', () => {
    const caller = new Cancellation();
    const deadline = new Deadline(1_000, caller);
    caller.abort('client went away');
    expect(deadline.cancel.aborted).toBe(true);
    expect(deadline.cancel.reason).toBe('client went away');
    expect(deadline.timedOut).toBe(false);
    deadline.dispose();
  });

  it('a caller already aborted aborts it at once', () => {
    const caller = new Cancellation();
    caller.abort('before');
    const deadline = new Deadline(1_000, caller);
    expect(deadline.cancel.reason).toBe('before');
    deadline.dispose();
  });

  it('times out after timeoutMs, with a TimeoutError', async () => {
    const deadline = new Deadline(10, undefined);
    await sleep(40);
    expect(deadline.timedOut).toBe(true);
    expect(deadline.cancel.reason).toMatchObject({ name: 'TimeoutError', message: 'no complete answer within 10 ms' });
    deadline.dispose();
  });

  it('once disposed, neither its timer nor the caller aborts it, and it leaves no listener on the caller', async () => {
    const caller = new Cancellation();
    const deadline = new Deadline(10, caller);
    expect(caller.listening).toBe(1);
    deadline.dispose();
    expect(caller.listening).toBe(0);
    await sleep(40);
    caller.abort('late');
    expect(deadline.cancel.aborted).toBe(false);
    expect(deadline.timedOut).toBe(false);
  });

  it('gives a wait between attempts an AbortSignal that follows it', async () => {
    const deadline = new Deadline(1_000, undefined);
    const signal = deadline.signal();
    expect(signal).toBeInstanceOf(AbortSignal);
    expect(signal.aborted).toBe(false);
    deadline.cancel.abort('stop');
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe('stop');
    expect(deadline.signal().reason).toBe('stop'); // asked for after the abort: aborted already
    deadline.dispose();
  });
});

describe('an attempt’s wait for headers', () => {
  it('the headers limit aborts the attempt, not the call', async () => {
    const call = new Cancellation();
    const timer = new AttemptTimer(call, 10);
    await sleep(40);
    expect(timer.headersTimedOut).toBe(true);
    expect(timer.signal.reason).toMatchObject({ name: 'TimeoutError', message: 'no response headers within 10 ms' });
    expect(call.aborted).toBe(false);
    timer.dispose();
  });

  it('once the headers came, the limit no longer applies; the call still aborts the attempt', async () => {
    const call = new Cancellation();
    const timer = new AttemptTimer(call, 10);
    timer.headersCame();
    await sleep(40);
    expect(timer.signal.aborted).toBe(false);
    call.abort('deadline');
    expect(timer.signal.reason).toBe('deadline');
    timer.dispose();
  });

  it('once disposed, it stops listening to the call', () => {
    const call = new Cancellation();
    const timer = new AttemptTimer(call, 1_000);
    expect(call.listening).toBe(1);
    timer.dispose();
    expect(call.listening).toBe(0);
    call.abort('later');
    expect(timer.signal.aborted).toBe(false);
  });

  it('without a headers limit, the attempt is the call’s own cancellation', () => {
    const call = new Cancellation();
    expect(new AttemptTimer(call, undefined).signal).toBe(call);
  });
});
