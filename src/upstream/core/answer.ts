/**
 * Reading an upstream's answer: its body (capped), its JSON, and, when it is a failure, what the
 * vendor said (message, code, request id, when to try again).
 */
import type { Dispatcher } from 'undici';
import { kindForStatus, type UpstreamError, type UpstreamErrorInit } from '../errors.ts';
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

/**
 * The body's chunks, or undefined when it is longer than `maxBytes` (announced or read). Decoded
 * next to the parse rather than with undici's `body.text()`, so the text is short-lived. Read
 * through the stream's events: an async iterator over it costs several times as much per answer.
 */
export function readBody(response: Dispatcher.ResponseData, maxBytes: number): Promise<Buffer[] | undefined> {
  if (Number(headerValue(response.headers['content-length'])) > maxBytes) return Promise.resolve(undefined);
  const body = response.body;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let read = 0;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      body.off('data', onData);
      outcome();
    };
    const onData = (chunk: Buffer) => {
      read += chunk.length;
      chunks.push(chunk);
      // Destroying the unfinished body: undici closes the connection rather than read the rest.
      if (read > maxBytes) settle(() => (body.destroy(), resolve(undefined)));
    };
    body.on('data', onData);
    body.once('end', () => settle(() => resolve(chunks)));
    body.once('error', (error) => settle(() => reject(error)));
    body.once('close', () => settle(() => reject(new Error('the answer ended before its body was complete'))));
  });
}

/** A complete answer's JSON body when it is a 2xx; otherwise throws the failure it reports. */
export function decodeAnswer(response: Dispatcher.ResponseData, chunks: Buffer[], fail: Fail): unknown {
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
