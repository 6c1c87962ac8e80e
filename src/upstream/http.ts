/**
 * The one HTTP core. Every upstream call goes through `HttpCore.request`: one keep-alive
 * undici pool per upstream origin, a per-call timeout, the GraphQL request's abort signal
 * passed down to the socket, JSON decoding, and failures turned into `UpstreamError`s.
 */
import { isInteger, isSafeNumber, parse as parseLossless, stringify as stringifyLossless } from 'lossless-json';
import { Pool, errors as undiciErrors, type Dispatcher } from 'undici';
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
export function isRead(req: HttpRequest): boolean {
  return req.method === 'GET' || req.readOnly === true;
}

/** Connection failures that happen before a byte of the request leaves this process. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

/** How a failed attempt is retried. The default sends once; the resilience work fills this in. */
export interface RetryPolicy {
  run<T>(request: HttpRequest, attempt: () => Promise<T>): Promise<T>;
}

export const sendOnce: RetryPolicy = { run: (_request, attempt) => attempt() };

export interface HttpCoreOptions {
  upstream: UpstreamName;
  /** Base URL, e.g. https://api.schematichq.com; a path prefix is kept. */
  baseUrl: string;
  /** Sent with every request (credentials live here and nowhere else). */
  headers: Record<string, string>;
  /** Whole-call timeout in milliseconds (headers and body). */
  timeoutMs: number;
  /** Injected in tests (undici MockAgent); a keep-alive Pool for the origin otherwise. */
  dispatcher?: Dispatcher;
  retry?: RetryPolicy;
}

export class HttpCore {
  readonly upstream: UpstreamName;
  private readonly origin: string;
  private readonly basePath: string;
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;

  constructor(private readonly options: HttpCoreOptions) {
    const base = new URL(options.baseUrl);
    this.upstream = options.upstream;
    this.origin = base.origin;
    this.basePath = base.pathname.replace(/\/+$/, '');
    this.ownsDispatcher = !options.dispatcher;
    this.dispatcher =
      options.dispatcher ??
      new Pool(this.origin, { connections: 64, keepAliveTimeout: 10_000, pipelining: 1 });
  }

  /** Sends one request and decodes its JSON body. Throws `UpstreamError` on any failure. */
  async request<T>(req: HttpRequest): Promise<T> {
    const policy = this.options.retry ?? sendOnce;
    return policy.run(req, () => this.attempt<T>(req));
  }

  /** Closes the pool after in-flight calls finish (an injected dispatcher is the caller's). */
  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  private async attempt<T>(req: HttpRequest): Promise<T> {
    const path = this.basePath + req.path + encodeQuery(req.query);
    const write = !isRead(req);
    const fail = (init: Omit<UpstreamErrorInit, 'upstream' | 'method' | 'path' | 'writeOutcome'>) =>
      new UpstreamError({
        upstream: this.upstream,
        method: req.method,
        path: req.path,
        ...init,
        ...(write ? { writeOutcome: writeOutcomeOf(init.kind, init.status, init.cause) } : {}),
      });

    // encodeURIComponent leaves "." and ".." as they are, and any hop that normalises the URL
    // (WHATWG URL, proxies) would turn `/bundles/..` into another endpoint: never send one.
    if (req.path.split('/').some((part) => /^(\.|%2e){1,2}$/i.test(part))) {
      throw fail({ kind: 'bad_request', detail: 'a path segment is "." or ".."' });
    }
    if (req.signal?.aborted) throw fail({ kind: 'aborted', detail: 'request cancelled before it was sent' });
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;

    let response: Dispatcher.ResponseData;
    let text: string;
    try {
      response = await this.dispatcher.request({
        origin: this.origin,
        path,
        method: req.method,
        headers: {
          accept: 'application/json',
          ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...this.options.headers,
          ...req.headers,
        },
        body: req.body === undefined ? undefined : stringifyJson(req.body),
        signal,
      });
      text = await response.body.text();
    } catch (error) {
      if (timeout.aborted) {
        throw fail({ kind: 'timeout', detail: `no complete answer within ${this.options.timeoutMs} ms`, cause: error });
      }
      if (req.signal?.aborted) throw fail({ kind: 'aborted', detail: 'request cancelled', cause: error });
      if (error instanceof undiciErrors.HeadersTimeoutError || error instanceof undiciErrors.BodyTimeoutError) {
        throw fail({ kind: 'timeout', detail: error.message, cause: error });
      }
      throw fail({ kind: 'connection', detail: connectionDetail(error), cause: error });
    }

    const status = response.statusCode;
    const requestId = headerValue(response.headers['x-request-id']);
    let json: unknown;
    if (text.length > 0) {
      try {
        json = parseJson(text);
      } catch (error) {
        if (status < 400) {
          throw fail({ kind: 'decode', status, requestId, detail: 'response body is not valid JSON', cause: error });
        }
      }
    }
    if (status >= 200 && status < 300) {
      if (json === undefined) throw fail({ kind: 'decode', status, requestId, detail: 'empty response body' });
      return json as T;
    }
    const code = vendorCode(json);
    throw fail({
      // Metronome's v2 endpoints answer "not found" as a 400 carrying a `…NotFound` code.
      kind: status === 400 && code?.endsWith('NotFound') ? 'not_found' : kindForStatus(status),
      status,
      requestId,
      code,
      detail: vendorMessage(json) ?? `HTTP ${status}`,
      retryAfter: retryAfterSeconds(headerValue(response.headers['retry-after'])),
    });
  }
}

/**
 * JSON.parse, except that integers beyond 2^53 become `bigint` so int64 money stays exact.
 * The lossless parser is slower, so it only runs when the text has a run of 16+ digits.
 */
export function parseJson(text: string): unknown {
  if (!/\d{16}/.test(text)) return JSON.parse(text);
  return parseLossless(text, null, (value) =>
    isInteger(value) && !isSafeNumber(value) ? BigInt(value) : Number.parseFloat(value),
  );
}

/** JSON text of a request body; a `bigint` (int64 money from a MinorUnits input) is written as a plain number. */
export function stringifyJson(value: unknown): string {
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
  if (status !== undefined && status >= 200 && status < 300) return 'applied';
  if (status !== undefined && status < 500 && kind !== 'timeout') return 'not_applied';
  if (kind === 'connection' && NOT_SENT_CODES.has(errorCode(cause) ?? '')) return 'not_applied';
  if (kind === 'bad_request' && status === undefined) return 'not_applied'; // refused before sending
  if (kind === 'aborted' && cause === undefined) return 'not_applied'; // cancelled before sending
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
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  // Date.parse alone is lenient: it reads "-1" or "1.5" as dates in 2001, i.e. "retry now".
  if (!HTTP_DATE.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

function connectionDetail(error: unknown): string {
  return errorCode(error) ?? (error instanceof Error ? error.message : 'connection failed');
}
