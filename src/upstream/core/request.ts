/**
 * The one HTTP core: every upstream call goes through `HttpCore.request`, which reads top to
 * bottom as its pipeline:
 *
 *   request   prepare the call once (path, query, headers, JSON body), start its deadline
 *   └ retry loop      send, and after a failure ask the retry policy whether and when to send again
 *     └ attempt       tell the observer (traces, metrics) an attempt starts, and how it ended
 *       └ breaker     refuse at once while the circuit is open; report the attempt's health
 *         └ exchange  one request on the pool, under the headers timer; receive the answer
 *                     and decode it (answer.ts), or turn the failure into an `UpstreamError`
 *
 * Every failure is an `UpstreamError`, redacted (redact.ts), carrying `attempts` and, for a write,
 * the `writeOutcome` of all its attempts together (outcome.ts).
 */
import { Pool, errors as undiciErrors, type Dispatcher } from 'undici';
import { UpstreamError, type UpstreamName, type WriteOutcome } from '../errors.ts';
import { decodeAnswer, DEFAULT_MAX_BODY_BYTES, headerValue, receive, type Fail, type Received } from './answer.ts';
import { CircuitBreaker, type AttemptHealth, type BreakerOptions, type BreakerSnapshot } from './breaker.ts';
import { callerCancellation, type Cancellation } from './cancellation.ts';
import { AttemptTimer, Deadline } from './deadline.ts';
import { stringifyJson } from './json.ts';
import type { AttemptObserver } from './observer.ts';
import { healthOf, writeOutcomeOf } from './outcome.ts';
import { encodeQuery, hasDotSegment } from './query.ts';
import { errorCode, headerSet, redactFailure, type HeaderSet } from './redact.ts';
import { mayResend, sendOnce, type RetryPolicy } from './retry.ts';
import { isRead, type HttpRequest } from './types.ts';

export interface HttpCoreOptions {
  upstream: UpstreamName;
  /** Base URL, e.g. https://api.schematichq.com; a path prefix is kept. */
  baseUrl: string;
  /** The credential headers sent with every request (they live here and nowhere else). */
  headers: Record<string, string>;
  /** Whole-call timeout in ms: every attempt and every wait between attempts included. */
  timeoutMs: number;
  /**
   * Longest wait for one attempt's response headers, in ms (capped at `timeoutMs`; default: no
   * separate limit). Also the owned pool's limit on a silent gap in the body.
   */
  headersTimeoutMs?: number;
  /** TCP and TLS connect timeout of the owned pool, in ms (default undici's 10000). */
  connectTimeoutMs?: number;
  /** Injected in tests (undici MockAgent); a keep-alive Pool for the origin otherwise. */
  dispatcher?: Dispatcher;
  /** Default `sendOnce`; the clients pass `retryPolicy()` (retry.ts). */
  retry?: RetryPolicy;
  /** Circuit breaker settings (default on: 5 unhealthy attempts in a row, 10 s cool-down); false turns it off. */
  breaker?: Partial<BreakerOptions> | false;
  /** Told about every attempt (traces, metrics); default none. */
  observer?: AttemptObserver;
  /**
   * Most bytes read of one answer's body (default `DEFAULT_MAX_BODY_BYTES`): past it the read
   * stops, the connection is closed and the call fails (`too_large`), so a runaway answer cannot
   * fill the process's memory.
   */
  maxBodyBytes?: number;
}

/** One call (all its attempts): what each attempt sends, prepared once, and what they have seen so far. */
interface Call {
  req: HttpRequest;
  /** Base path, path and query. */
  path: string;
  headers: Record<string, string>;
  /** The body's JSON text. */
  body: string | undefined;
  fail: Fail;
  /** The caller's cancellation (its request's signal), if it sent one. */
  caller: Cancellation | undefined;
  deadline: Deadline;
  sent: number;
  /** The status of the current attempt's answer, once its headers came. */
  status: number | undefined;
  /** Headers the observer adds to the current attempt. */
  attemptHeaders: Record<string, string> | undefined;
  /** A write outcome worse than `not_applied` seen on an earlier attempt. */
  mayHaveApplied: WriteOutcome | undefined;
}

export class HttpCore {
  readonly upstream: UpstreamName;
  private readonly origin: string;
  private readonly basePath: string;
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly breaker: CircuitBreaker | undefined;
  private readonly timeoutMs: number;
  private readonly headersTimeoutMs: number | undefined;
  private readonly maxBodyBytes: number;
  private readonly retry: RetryPolicy;
  private readonly observer: AttemptObserver | undefined;
  /** The configured credential's headers and secrets; a request's `credential` replaces them. */
  private readonly credential: HeaderSet;

  constructor(options: HttpCoreOptions) {
    const base = new URL(options.baseUrl);
    this.upstream = options.upstream;
    this.retry = options.retry ?? sendOnce;
    this.observer = options.observer;
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.credential = headerSet(options.headers);
    this.origin = base.origin;
    this.basePath = base.pathname.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs;
    this.headersTimeoutMs =
      options.headersTimeoutMs === undefined ? undefined : Math.min(options.headersTimeoutMs, options.timeoutMs);
    this.ownsDispatcher = !options.dispatcher;
    this.dispatcher =
      options.dispatcher ??
      new Pool(this.origin, {
        connections: 64,
        keepAliveTimeout: 10_000,
        pipelining: 1,
        ...(options.connectTimeoutMs === undefined ? {} : { connect: { timeout: options.connectTimeoutMs } }),
        // The core times each attempt itself (below); the pool's own timers only back it up.
        ...(this.headersTimeoutMs === undefined ? {} : { headersTimeout: this.headersTimeoutMs, bodyTimeout: this.headersTimeoutMs }),
      });
    this.breaker = options.breaker === false ? undefined : new CircuitBreaker(options.breaker);
  }

  /** The circuit breaker's state (always closed when it is turned off). */
  breakerState(): BreakerSnapshot {
    return this.breaker?.snapshot() ?? { state: 'closed', consecutiveFailures: 0 };
  }

  /** Closes the pool after in-flight calls finish (an injected dispatcher is the caller's). */
  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  /**
   * Sends a request (retried as the policy says) and decodes its JSON body (a `Dispatch`).
   * Throws `UpstreamError` on any failure, carrying `attempts` and, for a write, the
   * `writeOutcome` of all its attempts together.
   */
  async request(req: HttpRequest): Promise<unknown> {
    const caller = req.signal && callerCancellation(req.signal);
    const write = !isRead(req);
    const { plainHeaders, jsonHeaders, secrets } = req.credential ? headerSet(req.credential) : this.credential;
    const fail: Fail = (init) =>
      new UpstreamError({
        upstream: this.upstream,
        method: req.method,
        path: req.path,
        ...redactFailure(init, secrets),
        ...(write ? { writeOutcome: writeOutcomeOf(init.kind, init.status, init.cause) } : {}),
      });
    const base = req.body === undefined ? plainHeaders : jsonHeaders;
    const call: Call = {
      req,
      path: this.basePath + req.path + encodeQuery(req.query),
      headers: req.headers ? { ...base, ...req.headers } : base,
      body: req.body === undefined ? undefined : stringifyJson(req.body),
      fail,
      caller,
      deadline: new Deadline(this.timeoutMs, caller),
      sent: 0,
      status: undefined,
      attemptHeaders: undefined,
      mayHaveApplied: undefined,
    };
    try {
      if (hasDotSegment(req.path)) throw fail({ kind: 'bad_request', detail: 'a path segment is "." or ".."' });
      return await this.retryLoop(call);
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      let outcome = error.writeOutcome;
      if (write) {
        // An earlier attempt that may have gone through outweighs a later one refused outright.
        outcome ??= 'not_applied';
        if (outcome === 'not_applied' && call.mayHaveApplied) outcome = call.mayHaveApplied;
      }
      throw error.with({ attempts: call.sent, writeOutcome: outcome });
    } finally {
      call.deadline.dispose();
    }
  }

  /** Attempts until one answers, or the policy (or, for a write, `mayResend`) says stop. */
  private async retryLoop(call: Call): Promise<unknown> {
    const { req, deadline } = call;
    const retries = this.retry.begin(req, this.timeoutMs);
    let previous: UpstreamError | undefined;
    for (let n = 1; ; n += 1) {
      try {
        return await this.attempt(call, previous);
      } catch (error) {
        if (!(error instanceof UpstreamError)) throw error;
        // The breaker refused a retry: the failure that led here says more than "circuit open".
        if (error.kind === 'circuit_open' && previous) throw previous;
        if (error.writeOutcome === 'unknown' || error.writeOutcome === 'applied') call.mayHaveApplied = error.writeOutcome;
        // Whatever the policy, a write is never resent when that could apply it twice.
        if (!isRead(req) && !mayResend(req, error)) throw error;
        const delayMs = retries.next(error, n);
        if (delayMs === undefined) throw error;
        try {
          await retries.wait(delayMs, deadline.signal());
        } catch (reason) {
          if (!deadline.cancel.aborted) throw reason;
          if (!call.caller?.aborted) throw error; // the whole-call deadline, not the caller
          throw call.fail({ kind: 'aborted', detail: 'request cancelled while waiting to retry' });
        }
        previous = error;
      }
    }
  }

  /** One attempt, watched by the observer from before the breaker decides until its outcome is known. */
  private async attempt(call: Call, retryOf: UpstreamError | undefined): Promise<unknown> {
    const { req, fail } = call;
    if (call.caller?.aborted) throw fail({ kind: 'aborted', detail: 'request cancelled before it was sent' });
    if (call.deadline.timedOut) throw fail({ kind: 'timeout', detail: `no complete answer within ${this.timeoutMs} ms` });
    const watch = this.observer?.attempt({
      upstream: this.upstream,
      method: req.method,
      path: req.path,
      attempt: call.sent + 1,
      retryOf,
      breaker: this.breaker?.state() ?? 'closed',
    });
    call.status = undefined;
    call.attemptHeaders = watch?.headers;
    if (!watch) return this.throughBreaker(call);
    let failure: UpstreamError | undefined;
    try {
      return await this.throughBreaker(call);
    } catch (error) {
      if (error instanceof UpstreamError) failure = error;
      throw error;
    } finally {
      watch.end({ status: call.status, error: failure });
    }
  }

  /** Sends the attempt when the circuit breaker lets it through; tells the breaker how it went. */
  private async throughBreaker(call: Call): Promise<unknown> {
    const permit = this.breaker?.enter();
    if (this.breaker && !permit) {
      const { consecutiveFailures, retryInMs = 0 } = this.breaker.snapshot();
      throw call.fail({
        kind: 'circuit_open',
        detail: `not sent: ${consecutiveFailures} failures in a row, circuit open for ${Math.ceil(retryInMs / 1000)} s more`,
        retryAfter: Math.ceil(retryInMs / 1000),
      });
    }
    call.sent += 1;
    let health: AttemptHealth = 'neutral';
    try {
      const result = await this.exchange(call);
      health = 'healthy';
      return result;
    } catch (error) {
      if (error instanceof UpstreamError) health = healthOf(error);
      throw error;
    } finally {
      if (permit) this.breaker?.settle(permit, health);
    }
  }

  /**
   * Sends one attempt on the pool and reads its answer. The headers timer covers the attempt up to
   * its response headers; the body then has what is left of the whole-call deadline (and the
   * pool's limit on a silent gap).
   */
  private async exchange(call: Call): Promise<unknown> {
    const { req, fail } = call;
    const timer = new AttemptTimer(call.deadline.cancel, this.headersTimeoutMs);
    let response: Received | undefined;
    const options: Dispatcher.DispatchOptions = {
      origin: this.origin,
      path: call.path,
      method: req.method,
      headers: call.attemptHeaders ? { ...call.headers, ...call.attemptHeaders } : call.headers,
      body: call.body,
    };
    try {
      response = await receive(this.dispatcher, options, timer.signal, this.maxBodyBytes, (headersCame) => {
        response = headersCame;
        call.status = headersCame.statusCode;
        timer.headersCame();
      });
    } catch (error) {
      // Headers came, then the body failed: keep the status (a write that got a 2xx was applied).
      const known = { status: response?.statusCode, requestId: response && headerValue(response.headers['x-request-id']), cause: error };
      if (call.deadline.timedOut) throw fail({ kind: 'timeout', detail: `no complete answer within ${this.timeoutMs} ms`, ...known });
      if (call.caller?.aborted) throw fail({ kind: 'aborted', detail: 'request cancelled', ...known });
      if (timer.headersTimedOut) {
        throw fail({ kind: 'timeout', detail: `no response headers within ${this.headersTimeoutMs} ms`, ...known });
      }
      if (error instanceof undiciErrors.HeadersTimeoutError || error instanceof undiciErrors.BodyTimeoutError) {
        throw fail({ kind: 'timeout', detail: error.message, ...known });
      }
      const detail = errorCode(error) ?? (error instanceof Error ? error.message : 'connection failed');
      throw fail({ kind: 'connection', detail: response ? `answer cut short: ${detail}` : detail, ...known });
    } finally {
      timer.dispose();
    }
    if (response.chunks === undefined) {
      // Not read past the limit: undici closed the connection rather than read the rest.
      throw fail({
        kind: 'too_large',
        status: response.statusCode,
        requestId: headerValue(response.headers['x-request-id']),
        detail: `the answer is larger than ${this.maxBodyBytes} bytes (UPSTREAM_MAX_BODY_BYTES); not read`,
      });
    }
    return decodeAnswer(response, response.chunks, fail);
  }
}
