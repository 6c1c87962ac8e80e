/**
 * Reading an upstream's answer: its body (capped), its JSON, and, when it is a failure, what the
 * vendor said (message, code, request id, when to try again).
 */
import type { Dispatcher } from 'undici';
import { kindForStatus, type UpstreamError, type UpstreamErrorInit } from '../errors.ts';
import type { Cancellation } from './cancellation.ts';
import { isJsonType, parseJson, utf8 } from './json.ts';

/** A failure of the call at hand, before the core adds upstream, method, path and write outcome. */
type FailureInit = Omit<UpstreamErrorInit, 'upstream' | 'method' | 'path' | 'writeOutcome'>;
export type Fail = (init: FailureInit) => UpstreamError;

/**
 * 32 MiB: the largest page the gateway asks for (100 companies with their plans, keys and
 * entitlements) is well under a megabyte; this leaves room for far richer ones.
 */
export const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;

export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** What an attempt received: its status and headers, and its body's chunks unless it was too large. */
export interface Received {
  statusCode: number;
  /** As undici gives them: lower-case names, a repeated header as an array. */
  headers: Record<string, string | string[] | undefined>;
  /** Undefined when the body is longer than the limit (announced or read): it was not read to its end. */
  chunks: Buffer[] | undefined;
}

/**
 * Sends one request on `dispatcher` and reads its whole answer, through undici's handler API. Its
 * `request()` wraps the same call in an async resource and a Readable stream for the body, which
 * was read here chunk by chunk all the same: on loopback, with 16 KB answers, a call cost 48-58 µs
 * of CPU that way and costs 40-45 this way (bench/README.md, item 29). The chunks are decoded
 * next to their parse (`decodeAnswer`), not as they come, so the text lives no longer than the
 * parse (item 10; decoding each chunk on arrival measured 3-9% dearer).
 *
 * Settles once: with what was received when the answer is complete or longer than `maxBytes` (its
 * connection is then closed rather than read to the end); rejected with undici's error when the
 * attempt fails, or with `signal`'s reason as soon as it aborts (a call still queued for one of
 * the pool's connections included). `headersCame` runs when the response headers come.
 */
export function receive(
  dispatcher: Dispatcher,
  options: Dispatcher.DispatchOptions,
  signal: Cancellation,
  maxBytes: number,
  headersCame: (received: Received) => void,
): Promise<Received> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const received: Received = { statusCode: 0, headers: {}, chunks: [] };
    let read = 0;
    let controller: Dispatcher.DispatchController | undefined;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal.off(onAbort);
      outcome();
    };
    /** The body is over the limit: what came so far is dropped and the connection closed. */
    const tooLarge = () => {
      received.chunks = undefined;
      settle(() => resolve(received));
      controller?.abort(new Error(`the answer is larger than ${maxBytes} bytes`));
    };
    // A call still waiting for a connection stops waiting at once, and is aborted when it gets one.
    const onAbort = () => {
      settle(() => reject(signal.reason));
      controller?.abort(signal.reason as Error);
    };
    signal.on(onAbort);
    dispatcher.dispatch(options, {
      onRequestStart(started) {
        controller = started;
        if (signal.aborted) started.abort(signal.reason as Error);
      },
      onResponseStart(_, statusCode, headers) {
        if (statusCode < 200) return; // an informational answer (100 Continue): the real one follows
        received.statusCode = statusCode;
        received.headers = headers;
        headersCame(received);
        if (Number(headerValue(headers['content-length'])) > maxBytes) tooLarge();
      },
      onResponseData(_, chunk) {
        if (received.chunks === undefined) return;
        read += chunk.length;
        received.chunks.push(chunk);
        if (read > maxBytes) tooLarge();
      },
      onResponseEnd() {
        settle(() => resolve(received));
      },
      onResponseError(_, error) {
        settle(() => reject(error));
      },
    });
  });
}

/** A complete answer's JSON body when it is a 2xx; otherwise throws the failure it reports. */
export function decodeAnswer(response: Received, chunks: Buffer[], fail: Fail): unknown {
  const status = response.statusCode;
  const requestId = headerValue(response.headers['x-request-id']);
  if (status >= 200 && status < 300) {
    // A proxy or captive portal answering 200 with an HTML page is not the upstream's answer.
    const type = headerValue(response.headers['content-type']);
    if (type !== undefined && !isJsonType(type)) {
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
    return json;
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

const DIGITS = /^\d+$/;
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
