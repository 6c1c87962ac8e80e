/**
 * The process's logs: pino, one JSON object a line for a log shipper, or readable lines for a
 * person at a terminal. Every line written while a request is handled carries that request's id
 * (`reqId`), the caller's company when the caller is scoped to one (`company`) and, when
 * OpenTelemetry tracing is on, the trace and span ids (`trace_id`, `span_id`: the names
 * OpenTelemetry's own log correlation uses). The span's come from OpenTelemetry's context; the
 * request's are given by the code that logs (`requestLogFields`): the request's own lines here,
 * failures through the errors they came with (src/schema/errors/toGraphQL.ts).
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { isSpanContextValid, trace } from '@opentelemetry/api';
import type { Plugin } from 'graphql-yoga';
import { pino, type BaseLogger, type DestinationStream } from 'pino';
import type { RequestHead } from '../request.ts';

/**
 * What the gateway's code calls: pino's methods (fields first, then the message; or the message
 * alone), and whether a level is written, when the logger can say (pino can).
 */
export type Logger = Pick<BaseLogger, 'debug' | 'info' | 'warn' | 'error'> & { isLevelEnabled?: (level: LogLevel) => boolean };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
/** `json`: one JSON object a line; `pretty`: `HH:MM:SS.mmm LEVEL message key=value`, for a terminal. */
export type LogFormat = 'json' | 'pretty';

export interface LoggerOptions {
  /** Default `info`. */
  level?: LogLevel;
  /** Default `json`. */
  format?: LogFormat;
  /** A file descriptor (default 1, stdout) or a stream (tests). */
  destination?: 1 | 2 | DestinationStream;
}

/**
 * Field names whose values are replaced by `[redacted]` at the top of a line or one level down
 * (`{ headers: { authorization } }`). The gateway never puts a credential in a log line; this is
 * the net under an error object that might carry one.
 */
const SECRET_KEYS = ['authorization', 'apiKey', 'token', 'secret', 'password', 'credential', '"x-schematic-api-key"', '"x-metronome-token"'];
const REDACT = SECRET_KEYS.flatMap((key) => (key.startsWith('"') ? [`[${key}]`, `*[${key}]`] : [key, `*.${key}`]));

export function createLogger({ level = 'info', format = 'json', destination = 1 }: LoggerOptions = {}) {
  const pretty = format === 'pretty';
  let stream: DestinationStream;
  if (typeof destination !== 'number') stream = pretty ? { write: (line: string) => destination.write(formatLine(line)) } : destination;
  // A terminal is written to as console does (synchronously), so lines keep their order with other output.
  else if (pretty) stream = { write: (line: string) => void (destination === 1 ? process.stdout : process.stderr).write(formatLine(line)) };
  // Synchronous writes: lines keep their order and none is lost when the process exits right after
  // logging (an asynchronous write still in flight at exit landed after the lines flushed then).
  // The gateway logs little: start, failures, shutdown (a line per request only at debug).
  else stream = pino.destination({ dest: destination, sync: true });
  return pino(
    {
      level,
      // pid and hostname tell replicas apart in JSON; a terminal shows one process.
      base: pretty ? undefined : { pid: process.pid, hostname: hostname() },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Level names (`"level":"warn"`) rather than pino's numbers: what log pipelines filter on.
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT, censor: '[redacted]' },
      mixin: requestFields,
    },
    stream,
  );
}

/**
 * One JSON line from pino as a person reads it: `12:00:01.123 INFO  message key=value`, and an
 * error's stack below. A few lines of our own rather than pino-pretty and its dependencies.
 */
export function formatLine(line: string): string {
  const { time, level, msg, err, ...fields } = JSON.parse(line) as Record<string, unknown>;
  const clock = typeof time === 'string' ? time.slice(11, 23) : '';
  const extra = Object.entries(fields)
    .map(([key, value]) => ` ${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('');
  const stack = (err as { stack?: unknown } | undefined)?.stack;
  const below = typeof stack === 'string' ? `\n    ${stack.replace(/\n/g, '\n    ')}` : '';
  return `${clock} ${String(level).toUpperCase().padEnd(5)} ${String(msg ?? '')}${extra}${below}\n`;
}

interface RequestScope {
  reqId: string;
  company?: string;
  /** performance.now() when the request came in. */
  start: number;
}

/**
 * Each request's fields, by its request object (yoga hands the same Fetch Request to every hook
 * and puts it in the operation's context; the fast lane has its own). Not an AsyncLocalStorage:
 * on Node 20 and 22 one costs every promise of the process a hook, about 7% of a grants page's
 * CPU (bench/README.md).
 */
const scopes = new WeakMap<object, RequestScope>();

/** Added to every line: the active span's ids, when there is one. */
function requestFields(): object {
  const span = trace.getActiveSpan()?.spanContext();
  return span && isSpanContextValid(span) ? { trace_id: span.traceId, span_id: span.spanId } : {};
}

/** The fields that say which request a line was written for: its id, and the caller's company once known. */
export function requestLogFields(request: object | undefined): { reqId?: string; company?: string } {
  const scope = request && scopes.get(request);
  if (!scope) return {};
  return scope.company === undefined ? { reqId: scope.reqId } : { reqId: scope.reqId, company: scope.company };
}

/** Records the caller's company for the rest of the request's lines (src/context.ts, once the caller is known). */
export function setRequestCompany(request: object, company: string | undefined): void {
  const scope = scopes.get(request);
  if (scope && company !== undefined) scope.company = company;
}

export const REQUEST_ID_HEADER = 'x-request-id';
/** A caller's id is kept when it looks like one (a UUID, a hex or base64 id, `Root=1-…`), at most 128 characters. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:=+/-]{1,128}$/;

/**
 * Starts a request's scope: its id (the caller's `x-request-id` when it is sane, else a new UUID),
 * returned for the response's `x-request-id` header.
 */
export function startRequestScope(request: RequestHead): string {
  const given = request.headers.get(REQUEST_ID_HEADER);
  const reqId = given !== null && SANE_REQUEST_ID.test(given) ? given : randomUUID();
  scopes.set(request, { reqId, start: performance.now() });
  return reqId;
}

/** At debug level, the one line of an answered request (its fields are built only when debug lines are written). */
export function logAnswered(logger: Logger, request: RequestHead, path: () => string, status: number): void {
  const scope = scopes.get(request);
  if (!scope || logger.isLevelEnabled?.('debug') === false) return;
  const ms = Math.round(performance.now() - scope.start);
  logger.debug({ ...requestLogFields(request), method: request.method, path: path(), status, ms }, 'request answered');
}

/**
 * Gives each HTTP request an id (the caller's `x-request-id`, or a new one), returns it in the
 * `x-request-id` response header, and makes it (and the company, once known) part of every line
 * logged while the request is handled. At debug level, one line per answered request. The fast
 * lane (src/fastLane.ts) does the same through the two functions above.
 */
export function useRequestIds(logger: Logger): Plugin {
  return {
    instrumentation: {
      // Before every plugin's hooks, yoga's own (GraphiQL's page) included.
      request: ({ request }, wrapped) => {
        startRequestScope(request);
        return wrapped();
      },
    },
    onResponse({ request, response }) {
      const scope = scopes.get(request);
      if (!scope) return;
      response.headers.set(REQUEST_ID_HEADER, scope.reqId);
      logAnswered(logger, request, () => new URL(request.url).pathname, response.status);
    },
  };
}
