/**
 * The one HTTP core. Every upstream call goes through `HttpCore.request`: one keep-alive
 * undici pool per upstream origin, timeouts (connect, response headers, whole call), the GraphQL
 * request's abort signal passed down to the socket and to any wait between attempts, a retry
 * policy, a circuit breaker, JSON decoding, and failures turned into `UpstreamError`s.
 */
import { setMaxListeners } from 'node:events';
import { compareNumber, isInteger, LosslessNumber, parse as parseLossless, stringify as stringifyLossless } from 'lossless-json';
import { Pool, errors as undiciErrors, type Dispatcher } from 'undici';
import { CircuitBreaker, type AttemptHealth, type BreakerOptions, type BreakerSnapshot, type BreakerState } from './breaker.ts';
import {
  kindForStatus,
  UpstreamError,
  type UpstreamErrorInit,
  type UpstreamErrorKind,
  type UpstreamName,
  type WriteOutcome,
} from './errors.ts';

/** Query parameters as a plain object: strings, numbers, booleans or string arrays. */
export type Query = object;

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below the base URL; callers encode dynamic segments with `encodeURIComponent`. */
  path: string;
  /** Arrays are sent as repeated keys (`?ids=a&ids=b`); undefined and null are left out. */
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /**
   * True for a POST that only reads (Metronome's list and get endpoints). GET is always a read;
   * any other request is a write, and its failures say whether it may have been applied.
   */
  readOnly?: boolean;
}

/** GET, or a request its client marked as read-only. */
function isRead(req: HttpRequest): boolean {
  return req.method === 'GET' || req.readOnly === true;
}

/** A write carrying an `Idempotency-Key` header (any case): the upstream answers a resend from its cache. */
function hasIdempotencyKey(req: HttpRequest): boolean {
  return Object.entries(req.headers ?? {}).some(([name, value]) => name.toLowerCase() === 'idempotency-key' && value !== '');
}

/**
 * Whether a request that failed with `error` may be sent again. The core enforces it for writes
 * whatever the retry policy; the default policy (retry.ts) retries exactly these failures.
 * - A read: on 408, 429, 5xx (but 501 and 505, which say "never"), and when no complete answer
 *   came (connection refused, reset or cut mid-body, timeout). Not on a decode error: the answer
 *   was complete, asking again would get the same one.
 * - A write with an `Idempotency-Key`: only when no answer came at all (connection error or
 *   timeout before any status). Metronome caches every answer under the key, 5xx included, and
 *   replays it for a resend with the same key, so resending after a 5xx only replays the 5xx (its
 *   advice is "check state, then retry with a new key", a decision for the caller), and a 429 is
 *   the caller's to wait out.
 * - Any other write: never (Schematic writes carry no key: each is sent exactly once).
 */
export function mayResend(req: HttpRequest, error: UpstreamError): boolean {
  if (error.kind === 'aborted' || error.kind === 'circuit_open') return false;
  if (isRead(req)) {
    const { status } = error;
    // A 2xx that could not be read (an HTML page from a proxy, a cut or garbled body) is usually transient; a read has no effect, so try again.
    if (status === undefined || (status >= 200 && status < 300)) return error.kind === 'connection' || error.kind === 'timeout' || error.kind === 'decode';
    return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
  }
  if (!hasIdempotencyKey(req)) return false;
  return (error.kind === 'connection' || error.kind === 'timeout') && error.status === undefined;
}

/** Connection failures that happen before a byte of the request leaves this process. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

/** What a retry policy knows about the call it runs. */
export interface CallContext {
  /** Aborts when the caller goes away or the whole-call deadline passes: a wait between attempts must stop then. */
  signal: AbortSignal;
  /** The whole-call timeout: no attempt and no wait may outlast it. */
  timeoutMs: number;
}

/**
 * How a failed attempt is retried: `run` calls `attempt` once, then again as it decides. Whatever
 * it does, the core never resends a write `mayResend` refuses (it rethrows the last failure).
 */
export interface RetryPolicy {
  run<T>(request: HttpRequest, attempt: () => Promise<T>, context: CallContext): Promise<T>;
}

export const sendOnce: RetryPolicy = { run: (_request, attempt) => attempt() };

/**
 * Watches every attempt of every call (src/observability/upstream.ts: a span and metrics per
 * attempt). The core calls `attempt` once per attempt, before the circuit breaker decides, and
 * the returned `end` once the attempt is over, answer read or failure known.
 */
export interface AttemptObserver {
  attempt(start: AttemptStart): AttemptWatch;
}

export interface AttemptStart {
  upstream: UpstreamName;
  method: HttpRequest['method'];
  /** The path below the base URL, without the query; its ids are still in it (the observer makes a template of it). */
  path: string;
  /** 1 for the first send of a call, 2 for its first retry, ... */
  attempt: number;
  /** On a retry: the previous attempt's failure, the reason for this one. */
  retryOf: UpstreamError | undefined;
  /** The circuit breaker's state as the attempt starts (`closed` when there is none). */
  breaker: BreakerState;
}

export interface AttemptWatch {
  /** Headers to send with this attempt (the trace context), if any. */
  headers?: Record<string, string>;
  /** The attempt is over: the HTTP status when an answer came, the failure when it failed. */
  end(outcome: { status: number | undefined; error: UpstreamError | undefined }): void;
}

export interface HttpCoreOptions {
  upstream: UpstreamName;
  /** Base URL, e.g. https://api.schematichq.com; a path prefix is kept. */
  baseUrl: string;
  /** Sent with every request (credentials live here and nowhere else). */
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

/**
 * 32 MiB: the largest page the gateway asks for, 100 companies with their plans, keys and
 * entitlements, is about 400 KB in the sandbox's world; this leaves room for companies 80 times
 * richer.
 */
export const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;

/** What a per-request view of the core changes (see `HttpCore.view`). */
export interface CoreView {
  /** Replace the configured headers (the credential) for every call of the view. */
  headers?: Record<string, string>;
  /** Runs before each call; throwing refuses the call, which is then never sent. */
  check?: (req: HttpRequest) => void | Promise<void>;
  /**
   * Wraps each read (GET, or a read-only POST), after `check`: it may answer without calling
   * `send` (the catalogue cache, src/shared/catalogue.ts). Its answer is the decoded JSON body.
   */
  read?: (req: HttpRequest, send: () => Promise<unknown>) => Promise<unknown>;
}

/**
 * From a client's own headers (its credential): the headers of every request without a body and
 * with one, and the credential's values, cut out of any vendor message that would echo them.
 */
function headerSet(headers: Record<string, string> = {}) {
  const values = Object.values(headers).flatMap((value) => [value, value.replace(/^Bearer\s+/i, '')]);
  return {
    plainHeaders: { accept: 'application/json', ...headers },
    jsonHeaders: { accept: 'application/json', 'content-type': 'application/json', ...headers },
    secrets: [...new Set(values)].filter((value) => value.length >= 4),
  };
}

/** `text` with every secret cut out: a vendor (or a proxy) may echo the key it was sent. */
function redact(text: string | undefined, secrets: readonly string[]): string | undefined {
  return secrets.reduce<string | undefined>((cut, secret) => cut?.split(secret).join('[redacted]'), text);
}

/**
 * What a failure carries from the vendor, redacted: its message, code and request id. Every
 * `UpstreamError` the core throws goes through here, so nothing the vendor sent reaches a caller
 * or a log unredacted. A cause is replaced by a copy of its name, code and redacted message: an
 * undici parser error keeps the raw bytes it choked on, headers included, where a logger that
 * prints causes in depth would find them.
 */
function redactFailure<T extends Pick<UpstreamErrorInit, 'detail' | 'requestId' | 'code' | 'cause'>>(init: T, secrets: readonly string[]): T {
  const { cause } = init;
  const code = errorCode(cause);
  return {
    ...init,
    detail: redact(init.detail, secrets),
    requestId: redact(init.requestId, secrets),
    code: redact(init.code, secrets),
    cause:
      cause instanceof Error
        ? Object.assign(new Error(redact(cause.message, secrets)), { name: cause.name }, code === undefined ? {} : { code })
        : cause,
  };
}

/** The native copy of each caller signal: one per GraphQL request, however many calls it makes. */
const nativeSignals = new WeakMap<AbortSignal, AbortSignal>();

/**
 * A native AbortSignal that follows `signal`. yoga's request signal (@whatwg-node/server's own
 * class) keeps reading `aborted: false` after its client has gone once a native signal depends on
 * it; the copy reads true, so a client going away is `aborted` (neutral to the circuit breaker),
 * not `connection` (which counts towards opening it).
 */
function nativeSignal(signal: AbortSignal): AbortSignal {
  let native = nativeSignals.get(signal);
  if (!native) {
    native = AbortSignal.any([signal]);
    // Each call in flight listens to it (see `request`); a wide query has more than Node's default 10 at once.
    setMaxListeners(0, native);
    nativeSignals.set(signal, native);
  }
  return native;
}

/** Builds an `UpstreamError` for the call at hand (upstream, method, path and write outcome filled in). */
type Fail = (init: Omit<UpstreamErrorInit, 'upstream' | 'method' | 'path' | 'writeOutcome'>) => UpstreamError;

/** One call (all its attempts): what each attempt sends, prepared once, and what they have seen so far. */
interface CallState {
  /** Base path, path and query. */
  path: string;
  headers: Record<string, string>;
  /** The body's JSON text. */
  body: string | undefined;
  fail: Fail;
  /** Set when the whole-call deadline has passed. */
  timedOut: boolean;
  /** Aborts when the caller's signal does or at the deadline. */
  signal: AbortSignal;
  sent: number;
  /** The status of the current attempt's answer, once its headers came. */
  status: number | undefined;
  /** Headers the observer adds to the current attempt. */
  attemptHeaders: Record<string, string> | undefined;
  /** The last attempt's failure. */
  last: UpstreamError | undefined;
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
  private readonly headersTimeoutMs: number | undefined;
  private readonly maxBodyBytes: number;
  private readonly retry: RetryPolicy;
  /** The headers of every request without a body, then with one; a request's own headers go on top. */
  private readonly plainHeaders: Record<string, string>;
  private readonly jsonHeaders: Record<string, string>;
  /** The credential's values, cut out of any vendor message that would echo them. */
  private readonly secrets: string[];
  /** A view's checks (see `view`), run before each call is sent; none on the shared core. */
  private readonly check: CoreView['check'];
  /** A view's wrapper of reads (see `view`); none on the shared core. */
  private readonly read: CoreView['read'];

  constructor(private readonly options: HttpCoreOptions) {
    const base = new URL(options.baseUrl);
    this.upstream = options.upstream;
    this.retry = options.retry ?? sendOnce;
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    ({ plainHeaders: this.plainHeaders, jsonHeaders: this.jsonHeaders, secrets: this.secrets } = headerSet(options.headers));
    this.origin = base.origin;
    this.basePath = base.pathname.replace(/\/+$/, '');
    this.ownsDispatcher = !options.dispatcher;
    this.headersTimeoutMs =
      options.headersTimeoutMs === undefined ? undefined : Math.min(options.headersTimeoutMs, options.timeoutMs);
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

  /**
   * Sends a request (retried as the policy says) and decodes its JSON body. Throws
   * `UpstreamError` on any failure, carrying `attempts` and, for a write, the `writeOutcome` of
   * all its attempts together.
   */
  async request<T>(request: HttpRequest): Promise<T> {
    if (this.check) await this.check(request);
    if (this.read && isRead(request)) return (await this.read(request, () => this.send(request))) as T;
    return this.send<T>(request);
  }

  /** `request` once the view's check has passed. */
  private async send<T>(request: HttpRequest): Promise<T> {
    const req = request.signal ? { ...request, signal: nativeSignal(request.signal) } : request;
    const write = !isRead(req);
    const fail: Fail = (init) =>
      new UpstreamError({
        upstream: this.upstream,
        method: req.method,
        path: req.path,
        ...redactFailure(init, this.secrets),
        ...(write ? { writeOutcome: writeOutcomeOf(init.kind, init.status, init.cause) } : {}),
      });
    const base = req.body === undefined ? this.plainHeaders : this.jsonHeaders;
    // One controller and one timer per call, cleared when it ends: about 15 µs of CPU less per call than
    // AbortSignal.timeout and AbortSignal.any (measured on Node 20; bench/README.md, "Improvements").
    const cancel = new AbortController();
    const call: CallState = {
      path: this.basePath + req.path + encodeQuery(req.query),
      headers: req.headers ? { ...base, ...req.headers } : base,
      body: req.body === undefined ? undefined : stringifyJson(req.body),
      fail,
      timedOut: false,
      signal: cancel.signal,
      sent: 0,
      status: undefined,
      attemptHeaders: undefined,
      last: undefined,
      mayHaveApplied: undefined,
    };
    const deadlineTimer = setTimeout(() => {
      call.timedOut = true;
      cancel.abort(new DOMException(`no complete answer within ${this.options.timeoutMs} ms`, 'TimeoutError'));
    }, this.options.timeoutMs);
    deadlineTimer.unref(); // as AbortSignal.timeout's: a pending call keeps the process up through its socket, not its timer
    const caller = req.signal;
    const onCallerAbort = () => cancel.abort(caller?.reason);
    if (caller?.aborted) onCallerAbort();
    else caller?.addEventListener('abort', onCallerAbort, { once: true });
    try {
      // encodeURIComponent leaves "." and ".." as they are, and any hop that normalises the URL
      // (WHATWG URL, proxies) would turn `/bundles/..` into another endpoint: never send one.
      if (DOT_SEGMENT.test(req.path)) {
        throw fail({ kind: 'bad_request', detail: 'a path segment is "." or ".."' });
      }
      return await this.retry.run(req, () => this.guardedAttempt<T>(req, call), {
        signal: call.signal,
        timeoutMs: this.options.timeoutMs,
      });
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
      clearTimeout(deadlineTimer);
      caller?.removeEventListener('abort', onCallerAbort);
    }
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
   * A per-request view of this core (built in src/context.ts): the same pool, circuit breaker and
   * retry policy, sending `headers` in place of the configured ones (a caller's own credential in
   * forward mode), running `check` before each call is sent (the tenant guard: it throws to
   * refuse), and passing reads through `read` (the catalogue cache; a view of a view keeps the
   * last one given). Cheap: only the two header maps are new. Closing a view never closes the pool.
   */
  view({ headers, check, read }: CoreView): HttpCore {
    const view = Object.create(this) as HttpCore;
    const own = view as unknown as {
      plainHeaders: Record<string, string>;
      jsonHeaders: Record<string, string>;
      secrets: string[];
      ownsDispatcher: boolean;
      check: CoreView['check'];
      read: CoreView['read'];
    };
    if (headers) Object.assign(own, headerSet(headers));
    if (read) own.read = read;
    own.ownsDispatcher = false;
    // A view of a view keeps its parent's check and runs its own after it.
    const parent = this.check;
    if (check) {
      own.check = parent
        ? async (req) => {
            await parent(req);
            await check(req);
          }
        : check;
    }
    return view;
  }

  /** One attempt, refused when a write may not be resent or the breaker is open; records the outcome. */
  private async guardedAttempt<T>(req: HttpRequest, call: CallState): Promise<T> {
    if (call.last && !isRead(req) && !mayResend(req, call.last)) throw call.last;
    try {
      return await this.attempt<T>(req, call);
    } catch (error) {
      if (error instanceof UpstreamError) {
        call.last = error;
        if (error.writeOutcome === 'unknown' || error.writeOutcome === 'applied') call.mayHaveApplied = error.writeOutcome;
      }
      throw error;
    }
  }

  private async attempt<T>(req: HttpRequest, call: CallState): Promise<T> {
    const { fail } = call;
    if (req.signal?.aborted) throw fail({ kind: 'aborted', detail: 'request cancelled before it was sent' });
    if (call.timedOut) {
      throw fail({ kind: 'timeout', detail: `no complete answer within ${this.options.timeoutMs} ms` });
    }
    const watch = this.options.observer?.attempt({
      upstream: this.upstream,
      method: req.method,
      path: req.path,
      attempt: call.sent + 1,
      retryOf: call.last,
      breaker: this.breaker?.state() ?? 'closed',
    });
    call.status = undefined;
    call.attemptHeaders = watch?.headers;
    if (!watch) return this.permitted<T>(req, call);
    let failure: UpstreamError | undefined;
    try {
      return await this.permitted<T>(req, call);
    } catch (error) {
      if (error instanceof UpstreamError) failure = error;
      throw error;
    } finally {
      watch.end({ status: call.status, error: failure });
    }
  }

  /** One attempt, sent when the circuit breaker lets it through; tells the breaker how it went. */
  private async permitted<T>(req: HttpRequest, call: CallState): Promise<T> {
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
      const result = await this.exchange<T>(req, call);
      health = 'healthy';
      return result;
    } catch (error) {
      if (error instanceof UpstreamError) health = healthOf(error);
      throw error;
    } finally {
      if (permit) this.breaker?.settle(permit, health);
    }
  }

  /** Sends one attempt and reads its answer. */
  private async exchange<T>(req: HttpRequest, call: CallState): Promise<T> {
    // The headers timer covers one attempt up to its response headers; the body then has what
    // is left of the whole-call deadline (and the pool's limit on a silent gap).
    const headersTimeoutMs = this.headersTimeoutMs;
    // The attempt's own controller: aborted by the call's signal, or by the headers timer.
    const attempt = headersTimeoutMs === undefined ? undefined : new AbortController();
    let headersTimedOut = false;
    const timer =
      attempt &&
      setTimeout(() => {
        headersTimedOut = true;
        attempt.abort(new DOMException(`no response headers within ${headersTimeoutMs} ms`, 'TimeoutError'));
      }, headersTimeoutMs);
    const onCallAbort = () => attempt?.abort(call.signal.reason);
    if (attempt) {
      if (call.signal.aborted) onCallAbort();
      else call.signal.addEventListener('abort', onCallAbort, { once: true });
    }
    try {
      return await this.exchangeWith<T>(req, call, attempt?.signal ?? call.signal, timer, () => headersTimedOut);
    } finally {
      clearTimeout(timer);
      call.signal.removeEventListener('abort', onCallAbort);
    }
  }

  /** `exchange` with its signal and headers timer in place. */
  private async exchangeWith<T>(
    req: HttpRequest,
    call: CallState,
    signal: AbortSignal,
    timer: ReturnType<typeof setTimeout> | undefined,
    headersTimedOut: () => boolean,
  ): Promise<T> {
    const { fail } = call;
    const headersTimeoutMs = this.headersTimeoutMs;
    let response: Dispatcher.ResponseData | undefined;
    // The body's chunks, decoded below next to the parse, not with undici's `body.text()`: under
    // load the strings that resolves to outlive their parse (nearly every 190 KB companies page
    // reached the old generation's large objects, which only a full collection frees; bench/README.md).
    const chunks: Buffer[] = [];
    const maxBytes = this.maxBodyBytes;
    let read = 0;
    try {
      response = await this.dispatcher.request({
        origin: this.origin,
        path: call.path,
        method: req.method,
        headers: call.attemptHeaders ? { ...call.headers, ...call.attemptHeaders } : call.headers,
        body: call.body,
        signal,
      });
      call.status = response.statusCode;
      clearTimeout(timer);
      if (Number(headerValue(response.headers['content-length'])) > maxBytes) read = Number.POSITIVE_INFINITY;
      else {
        for await (const chunk of response.body) {
          read += (chunk as Buffer).length;
          if (read > maxBytes) break;
          chunks.push(chunk as Buffer);
        }
      }
    } catch (error) {
      clearTimeout(timer);
      // Headers came, then the body failed: keep the status (a write that got a 2xx was applied).
      const status = response?.statusCode;
      const requestId = response ? headerValue(response.headers['x-request-id']) : undefined;
      const known = { status, requestId, cause: error };
      if (call.timedOut) {
        throw fail({ kind: 'timeout', detail: `no complete answer within ${this.options.timeoutMs} ms`, ...known });
      }
      if (req.signal?.aborted) throw fail({ kind: 'aborted', detail: 'request cancelled', ...known });
      if (headersTimedOut()) {
        throw fail({ kind: 'timeout', detail: `no response headers within ${headersTimeoutMs} ms`, ...known });
      }
      if (error instanceof undiciErrors.HeadersTimeoutError || error instanceof undiciErrors.BodyTimeoutError) {
        throw fail({ kind: 'timeout', detail: error.message, ...known });
      }
      throw fail({
        kind: 'connection',
        detail: response ? `answer cut short: ${connectionDetail(error)}` : connectionDetail(error),
        ...known,
      });
    }

    const status = response.statusCode;
    const requestId = headerValue(response.headers['x-request-id']);
    if (read > maxBytes) {
      // Destroying an unfinished body (leaving the loop early already has) aborts the request:
      // undici closes the connection rather than read the rest.
      response.body.destroy();
      throw fail({ kind: 'too_large', status, requestId, detail: `the answer is larger than ${maxBytes} bytes (UPSTREAM_MAX_BODY_BYTES); not read` });
    }
    if (status >= 200 && status < 300) {
      // A proxy or captive portal answering 200 with an HTML page is not the upstream's answer.
      const type = headerValue(response.headers['content-type']);
      if (type !== undefined && !JSON_TYPE.test(type.trim())) {
        throw fail({ kind: 'decode', status, requestId, detail: `expected a JSON answer, got ${type.split(';')[0]}` });
      }
    }
    let json: unknown;
    const text = utf8(chunks);
    if (text.length > 0) {
      try {
        json = parseJson(text);
      } catch {
        if (status < 400) {
          // Not the parser's own message: it quotes the body around the fault.
          throw fail({ kind: 'decode', status, requestId, detail: 'response body is not valid JSON' });
        }
      }
    }
    if (status >= 200 && status < 300) {
      if (json === undefined) throw fail({ kind: 'decode', status, requestId, detail: 'empty response body' });
      return json as T;
    }
    const code = vendorCode(json);
    const kind = kindForStatus(status, code);
    throw fail({
      kind,
      status,
      requestId,
      code,
      detail: vendorMessage(json) ?? `HTTP ${status}`,
      retryAfter:
        retryAfterSeconds(headerValue(response.headers['retry-after'])) ??
        (kind === 'rate_limited' ? rateLimitResetSeconds(headerValue(response.headers['x-ratelimit-reset'])) : undefined),
    });
  }
}

/** What a failed attempt says about the upstream's health (see breaker.ts). */
function healthOf(error: UpstreamError): AttemptHealth {
  switch (error.kind) {
    case 'timeout':
    case 'connection':
      return 'unhealthy';
    case 'server':
      return error.status !== undefined && error.status >= 500 ? 'unhealthy' : 'healthy';
    case 'aborted':
    case 'decode':
    case 'too_large':
    case 'circuit_open':
      return 'neutral';
    default:
      return 'healthy'; // 4xx: the upstream is up and answering
  }
}

/** A path segment that is "." or "..", plain or percent-encoded. */
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;
/** application/json, or any `+json` type (application/problem+json). */
const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;
const DIGITS = /^\d+$/;

/** A body's chunks as text, without a UTF-8 byte order mark (as undici's `body.text()`). */
function utf8(chunks: Buffer[]): string {
  const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return bytes.toString('utf8', bom ? 3 : 0);
}

/**
 * JSON.parse, except that no number is rounded: one a double holds exactly (the same integer, or
 * the same digits) is a `number`; a whole number it cannot is a `bigint` (int64 money); any other
 * is a `LosslessNumber` keeping its digits (a Metronome amount finer than a double). The lossless
 * parser is slower, so it only runs when the text has a number of 16 or more digits: one of up to
 * 15 significant digits always survives a double.
 */
export function parseJson(text: string): unknown {
  if (!hasLongNumber(text)) return JSON.parse(text);
  return parseLossless(text, null, parseNumber);
}

/** One JSON number's text, as exact as `parseJson` keeps it. */
export function parseNumber(text: string): number | bigint | LosslessNumber {
  const double = Number(text);
  // The double's own digits (shortest form, `1e+21`) spell the same value: nothing is lost.
  if (Number.isFinite(double)) {
    const spelled = String(double);
    if (spelled === text || compareNumber(spelled, text) === 0) return double;
  }
  return isInteger(text) ? BigInt(text) : new LosslessNumber(text);
}

/** Digits a number needs before a double may not hold it (15 always fit). */
const LONG_RUN = 16;

/**
 * Whether `text` has a run of LONG_RUN or more digits, dots in between allowed (`12345678.12345678`).
 * Every such run covers one of the positions LONG_RUN-1, 2·LONG_RUN-1, ..., so only those are
 * read, and the run around a digit or dot found there: about a tenth of the characters
 * `/\d{16}/` reads, on a 190 KB companies page 3% of `_entities`' CPU.
 */
function hasLongNumber(text: string): boolean {
  for (let at = LONG_RUN - 1; at < text.length; at += LONG_RUN) {
    if (!isNumberChar(text.charCodeAt(at))) continue;
    let start = at;
    while (start > 0 && isNumberChar(text.charCodeAt(start - 1))) start--;
    let digits = 0;
    let end = start;
    for (; end < text.length && isNumberChar(text.charCodeAt(end)); end++) {
      if (text.charCodeAt(end) !== DOT && ++digits >= LONG_RUN) return true;
    }
    // Go on from the end of this run (no run is read twice); any later long run still covers a
    // position LONG_RUN apart from there.
    at = end;
  }
  return false;
}

const DOT = 46;

function isNumberChar(code: number): boolean {
  return (code >= 48 && code <= 57) || code === DOT; // 0-9 or .
}

/**
 * JSON text of a request body; a `bigint` (int64 money from a MinorUnits input) or a
 * `LosslessNumber` (a Decimal amount for Metronome) is written as a plain number of its digits.
 */
function stringifyJson(value: unknown): string {
  return stringifyLossless(value) ?? 'null';
}

/** Repeated keys for arrays, as the vendors' SDKs send them. */
export function encodeQuery(query: Query | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, String(item));
    else search.append(key, String(value));
  }
  const encoded = search.toString();
  return encoded ? `?${encoded}` : '';
}

/** Schematic answers `{ error }`, Metronome `{ message }`. */
function vendorMessage(body: unknown): string | undefined {
  if (body && typeof body === 'object') {
    const { error, message } = body as { error?: unknown; message?: unknown };
    if (typeof error === 'string') return error;
    if (typeof message === 'string') return message;
  }
  return undefined;
}

function vendorCode(body: unknown): string | undefined {
  const code = body && typeof body === 'object' ? (body as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** What a failed write leaves behind upstream (see `WriteOutcome`). */
function writeOutcomeOf(kind: UpstreamErrorKind, status: number | undefined, cause: unknown): WriteOutcome {
  if (kind === 'circuit_open') return 'not_applied'; // refused by the breaker, never sent
  if (status !== undefined && status >= 200 && status < 300) return 'applied';
  if (status !== undefined && status < 500 && kind !== 'timeout') return 'not_applied';
  if (kind === 'connection' && NOT_SENT_CODES.has(errorCode(cause) ?? '')) return 'not_applied';
  if (kind === 'bad_request' && status === undefined) return 'not_applied'; // refused before sending
  // cancelled, or out of time, before sending
  if ((kind === 'aborted' || kind === 'timeout') && status === undefined && cause === undefined) return 'not_applied';
  return 'unknown';
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Every HTTP-date form (IMF-fixdate, RFC 850, asctime) starts with a day name and holds hh:mm:ss. */
const HTTP_DATE = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? .*\d\d:\d\d:\d\d/i;

/** Retry-After is either delta-seconds or an HTTP date; anything else is ignored (undefined). */
export function retryAfterSeconds(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (DIGITS.test(trimmed)) return Number(trimmed);
  // Date.parse alone is lenient: it reads "-1" or "1.5" as dates in 2001, i.e. "retry now".
  if (!HTTP_DATE.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * Schematic's X-RateLimit-Reset, read on a 429 without Retry-After only. Its draft docs make it
 * the seconds until the bucket refills; its SDK reads it as epoch seconds. Both are accepted when
 * unambiguous: up to 3600 is relative seconds, 10 digits is an epoch (seconds from now, 0 if past);
 * anything else, or an epoch more than an hour away, is ignored.
 */
export function rateLimitResetSeconds(value: string | undefined, now = Date.now()): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed || !DIGITS.test(trimmed)) return undefined;
  const n = Number(trimmed);
  if (n <= 3600) return n;
  if (trimmed.length !== 10) return undefined;
  const seconds = Math.max(0, Math.ceil(n - now / 1000));
  return seconds <= 3600 ? seconds : undefined;
}

function connectionDetail(error: unknown): string {
  return errorCode(error) ?? (error instanceof Error ? error.message : 'connection failed');
}
