/**
 * The fast lane: an operation the gateway already knows, answered straight from Node's request
 * and response, without yoga's Fetch objects and plugin pipeline. Frontend apps and routers send
 * the same few operations again and again; for each of them yoga's HTTP adapter and hooks cost
 * more than the gateway's own work (bench/README.md, "The framework's floor").
 *
 * An operation is known once yoga has run it through every check and compiled it (src/execution.ts
 * tells the lane): a query, without `@defer`/`@stream`, that parsed, passed validation and the
 * document limits, none of which depends on the request. A request the lane takes is:
 * - `POST /graphql`, `Content-Type: application/json`, with a Content-Length within
 *   `QUERY_MAX_BODY_BYTES`, not compressed, answered as JSON (the `Accept` yoga would answer so);
 * - one operation (not a batch) whose body holds only `query` or `documentId` (a persisted
 *   operation's id; with PERSISTED_OPERATIONS_ONLY, only that), `operationName`, `variables` and
 *   `extensions` without APQ's `persistedQuery`;
 * - not asking for Apollo's inline trace.
 *
 * The lane answers as yoga does, through the same code: the caller's auth and rate limit, the
 * cost and list limits for these variables, the request id, metrics, CORS, `Cache-Control`, error
 * masking and logging (the failure logger is yoga's own), yoga's own result serialization, and,
 * with tracing on, the request's, operation's and execution's spans (no parse or validate span:
 * nothing is parsed).
 *
 * Everything that would refuse the request (auth, variables, cost) is checked before anything is
 * counted, and a refusal hands the request to yoga, which answers it in its own words, as it
 * answers every request the lane does not take. From the rate limit on, the lane answers.
 *
 * So a yoga plugin added to src/server.ts that changes a query's answer (a header, a check, a
 * log line) must do the same here, or the lane must leave its requests to yoga:
 * test/fastLane.test.ts compares the two lanes' answers.
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { context, type Span, type TextMapGetter, type Tracer } from '@opentelemetry/api';
import { execute, getOperationAST, getVariableValues, type ExecutionArgs, type ExecutionResult, type GraphQLError, type OperationDefinitionNode } from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import { processRegularResult, type FetchAPI, type YogaLogger } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Authenticate } from './auth/authenticate.ts';
import type { Context } from './context.ts';
import { executeCompiled } from './execution.ts';
import type { CorsAnswer } from './frontend/cors.ts';
import { costRefusal, withoutSuggestion, type QueryLimits } from './limits.ts';
import { logAnswered, REQUEST_ID_HEADER, startRequestScope, type Logger } from './observability/log.ts';
import type { GatewayMetrics } from './observability/metrics.ts';
import { nameOperationSpan, recordOperationErrors, recordResponseStatus, startRequestSpan, within } from './observability/tracing.ts';
import type { RequestHead } from './request.ts';
import { maskError, noteFailures } from './schema/errors/toGraphQL.ts';
import { cacheControlValue, readsOnlyCatalogue, type CacheControlSettings } from './shared/cacheControl.ts';
import type { RateLimit } from './shared/rateLimit.ts';
import { isTracedCopy } from './traces.ts';
import { Cancellation } from './upstream/core/cancellation.ts';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/** A compiled query and what answering it needs. */
interface KnownOperation {
  operation: OperationDefinitionNode;
  execution: Pick<ExecutionArgs, 'schema' | 'document' | 'operationName'>;
  query: CompiledQuery;
  /** Whether it reads only catalogue types: its answer may be cached when it has no errors. */
  catalogue: boolean;
}

export interface FastLaneOptions {
  /** Answers every request the lane does not take. */
  yoga: RequestListener;
  /** The context factory yoga has (src/context.ts). */
  context: (init: { request: RequestHead; req: IncomingMessage }) => Promise<Context>;
  /** The once-per-request authenticator the context factory and the rate limit share. */
  callerOf: Authenticate;
  limits: QueryLimits;
  metrics: GatewayMetrics;
  logger: Logger;
  /** yoga's logger (src/schema/errors/toGraphQL.ts), so that a failure is logged once whichever lane met it. */
  failures: YogaLogger;
  cors: (request: RequestHead) => CorsAnswer;
  rateLimit: RateLimit | undefined;
  /** A persisted operation's text by id, and whether only persisted operations run. */
  persisted: { lookup: (id: string) => string | null; only: boolean };
  cacheControl: CacheControlSettings;
  /** Set when tracing is on: the lane's requests get the spans yoga's get (src/observability/tracing.ts). */
  tracer?: Tracer;
}

/** What a request asks the lane to run. */
interface Found {
  known: KnownOperation;
  variables: Record<string, unknown>;
}

/** Node's request headers as OpenTelemetry's propagators read a caller's trace context. */
const nodeHeaders: TextMapGetter<IncomingHttpHeaders> = {
  get: (headers, key) => headers[key],
  keys: (headers) => Object.keys(headers),
};

/** Known texts kept: at most this many characters of them (the LRU drops the least used). */
const KNOWN_TEXT_CHARACTERS = 4_000_000;
/** A longer text is never known: it runs through yoga every time. */
const KNOWN_TEXT_MAX = 64_000;
const GRAPHQL_PATH = '/graphql';
const JSON_CONTENT_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;
const BODY_KEYS = new Set(['query', 'documentId', 'operationName', 'variables', 'extensions']);
const ERROR_MESSAGE = 'Unexpected error.';

/** `processRegularResult` writes its answer into this instead of a Fetch Response. */
class Answer {
  constructor(
    readonly body: string,
    readonly init: { status: number; headers: Record<string, string> },
  ) {}
}
const answerAPI = { Response: Answer } as unknown as FetchAPI;

/** yoga's result processors' media types, in the order it tries them: SSE, multipart, JSON. */
const RESULT_PROCESSORS = [['text/event-stream'], ['multipart/mixed'], ['application/graphql-response+json', 'application/json']];

/** Answers of `jsonMediaType` by Accept header: clients send the same few (bounded: a client may send any). */
const mediaTypes = new Map<string, string | undefined>();
const MEDIA_TYPES_KEPT = 64;

/** What yoga's result processors would answer a request with `accept`: a JSON media type, or undefined (another processor, or none). */
export function jsonMediaType(accept: string | undefined): string | undefined {
  const key = accept ?? '';
  if (mediaTypes.has(key)) return mediaTypes.get(key);
  const chosen = chooseMediaType(accept);
  if (mediaTypes.size >= MEDIA_TYPES_KEPT) mediaTypes.clear();
  mediaTypes.set(key, chosen);
  return chosen;
}

function chooseMediaType(accept: string | undefined): string | undefined {
  // yoga (plugins/use-result-processor.ts) walks its processors, the request's media types (last
  // first), then each processor's own; the last match wins.
  const asked: string[] = [];
  for (const entry of (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [type, ...params] = entry.split(';');
    if (type !== undefined && (params.find((param) => param.includes('charset=')) ?? 'charset=utf-8') === 'charset=utf-8') asked.push(type);
  }
  asked.reverse();
  let chosen: string | undefined;
  for (const processor of RESULT_PROCESSORS) {
    for (const type of asked) {
      const [askedPre, askedSuf] = type.split('/');
      for (const offered of processor) {
        const [pre, suf] = offered.split('/');
        if ((askedPre === '*' || askedPre === pre) && (askedSuf === '*' || askedSuf === suf)) chosen = offered;
      }
    }
  }
  return chosen === 'application/json' || chosen === 'application/graphql-response+json' ? chosen : undefined;
}

/** Node's request as the gateway reads one (src/request.ts); header names in lower case. */
class NodeRequestHead implements RequestHead {
  readonly method = 'POST';
  readonly headers: RequestHead['headers'];
  constructor(
    req: IncomingMessage,
    readonly signal: Cancellation,
  ) {
    this.headers = {
      get: (name) => {
        const value = req.headers[name];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
      has: (name) => req.headers[name] !== undefined,
    };
  }
}

/** `run` inside `span`, a child of the active span; as it is without tracing (no span). */
const inSpan = <T>(span: Span | undefined, run: () => T): T => (span ? within(span, context.active(), run) : run());

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export class FastLane {
  /** Known operations by text, then by operation name (`''` when the request names none). */
  private readonly known = new LRUCache<string, Map<string, KnownOperation>>({
    maxSize: KNOWN_TEXT_CHARACTERS,
    sizeCalculation: (_operations, text) => text.length,
  });
  /** Requests the lane answered (tests read it to know which lane answered). */
  answered = 0;

  constructor(private readonly options: FastLaneOptions) {}

  /** Learns an operation yoga compiled (src/execution.ts `onCompiled`), if the lane can answer it. */
  learn(args: ExecutionArgs, query: CompiledQuery): void {
    // Compiled for a traced request's copy of the schema (src/traces.ts): the lane answers no traced request.
    if (isTracedCopy(args.schema)) return;
    const text = (args.contextValue as { params?: { query?: unknown } } | undefined)?.params?.query;
    if (typeof text !== 'string' || text.length > KNOWN_TEXT_MAX) return;
    const operation = getOperationAST(args.document, args.operationName);
    if (operation?.operation !== 'query') return;
    let byName = this.known.get(text);
    if (!byName) this.known.set(text, (byName = new Map()));
    byName.set(args.operationName ?? '', {
      operation,
      execution: { schema: args.schema, document: args.document, operationName: args.operationName },
      query,
      catalogue: readsOnlyCatalogue(args.schema, args.document, args.operationName),
    });
  }

  /** The gateway's node:http listener: the lane's requests here, every other one to yoga. */
  readonly listener: RequestListener = (req, res) => {
    const mediaType = this.takes(req);
    if (mediaType === undefined) return void this.options.yoga(req, res);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('error', () => res.destroy());
    req.once('end', () => {
      this.answer(req, res, Buffer.concat(chunks), mediaType).catch((error: unknown) => {
        // Nothing here throws by design (run() answers every failure of an operation); if something
        // does, it is logged as yoga logs an unexpected error, and the connection is closed.
        this.options.failures.error(error);
        res.destroy();
      });
    });
  };

  /** The media type to answer with when the request's head is one the lane may take; else undefined. */
  private takes(req: IncomingMessage): string | undefined {
    if (req.method !== 'POST' || req.url !== GRAPHQL_PATH) return undefined;
    const { headers } = req;
    const length = headers['content-length'];
    // An empty body is yoga's to refuse: it reads one from `req.body` only when there is one.
    if (length === undefined || !(Number(length) > 0 && Number(length) <= this.options.limits.maxBodyBytes)) return undefined;
    if (headers['transfer-encoding'] !== undefined || headers['content-encoding'] !== undefined) return undefined;
    if (!JSON_CONTENT_TYPE.test(headers['content-type'] ?? '')) return undefined;
    if (headers['apollo-federation-include-trace'] !== undefined) return undefined;
    return jsonMediaType(headers.accept);
  }

  /** The known operation a body asks for, with its variables; undefined when yoga is to answer it. */
  private find(body: Buffer): Found | undefined {
    let params: unknown;
    try {
      params = JSON.parse(body.toString('utf8'));
    } catch {
      return undefined;
    }
    if (!isObject(params)) return undefined;
    for (const key in params) if (!BODY_KEYS.has(key)) return undefined;
    const { query, documentId, operationName, variables, extensions } = params;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
    if (variables !== undefined && variables !== null && !isObject(variables)) return undefined;
    if (extensions !== undefined && extensions !== null && (!isObject(extensions) || 'persistedQuery' in extensions)) return undefined;
    let text: string | null;
    if (documentId !== undefined) {
      if (query !== undefined || typeof documentId !== 'string' || documentId === '') return undefined;
      text = this.options.persisted.lookup(documentId);
    } else {
      text = typeof query === 'string' && !this.options.persisted.only ? query : null;
    }
    const known = text === null ? undefined : this.known.get(text)?.get(operationName ?? '');
    return known && { known, variables: variables ?? {} };
  }

  /** Whether the request passes every check that could refuse it (auth, variables, cost) without counting anything. */
  private async passes(head: RequestHead, req: IncomingMessage, { known, variables }: Found) {
    const { schema, document, operationName } = known.execution;
    try {
      if (costRefusal(schema, document, operationName, variables, this.options.limits)) return false;
      if (known.operation.variableDefinitions?.length && getVariableValues(schema, known.operation.variableDefinitions, variables).errors) return false;
      await this.options.callerOf(head, req);
      return true;
    } catch {
      // A refused caller, or a check that throws on what it was sent: yoga answers, in its words.
      return false;
    }
  }

  private async answer(req: IncomingMessage, res: ServerResponse, body: Buffer, mediaType: string): Promise<void> {
    const found = this.find(body);
    // A client that goes away (at any point, the checks below included) cancels the upstream calls.
    // A Cancellation, not an AbortController: it is all the upstream calls need, at a fraction of the cost.
    const cancel = new Cancellation();
    res.once('close', () => {
      if (!res.writableFinished) cancel.abort(new DOMException('the client went away', 'AbortError'));
    });
    const head = new NodeRequestHead(req, cancel);
    if (!found || !(await this.passes(head, req, found))) return this.toYoga(req, res, body);
    // Committed: from here the lane answers.
    this.answered++;
    const { tracer } = this.options;
    if (!tracer) return this.respond(req, res, head, found, mediaType);
    const { span, parent } = startRequestSpan(tracer, 'POST', req.headers, nodeHeaders);
    return within(span, parent, () => this.respond(req, res, head, found, mediaType, span));
  }

  /** Runs the request's operation and writes its answer; `span`: the request's server span, when tracing. */
  private async respond(req: IncomingMessage, res: ServerResponse, head: RequestHead, found: Found, mediaType: string, span?: Span): Promise<void> {
    const { metrics, logger } = this.options;
    const reqId = startRequestScope(head);
    metrics.requestStarted();
    try {
      const { result, cacheable } = await this.run(head, req, found.known, found.variables);
      metrics.countErrors(result);
      const answer = processRegularResult(result, answerAPI, mediaType) as unknown as Answer;
      const { set, vary } = this.options.cors(head);
      // Set one by one, a later one winning: spreading these objects into one literal took V8's
      // slow path, 2.7 µs a request against 0.07 (bench/README.md, item 33).
      const headers: Record<string, string | number> = {};
      for (const name in answer.init.headers) headers[name] = answer.init.headers[name]!;
      headers['content-length'] = Buffer.byteLength(answer.body);
      headers[REQUEST_ID_HEADER] = reqId;
      for (const [name, value] of set) headers[name] = value;
      if (vary.length) headers.vary = vary.join(', ');
      headers['cache-control'] = cacheControlValue(this.options.cacheControl, cacheable && !result.errors?.length);
      res.writeHead(answer.init.status, headers);
      res.end(answer.body);
      if (span) recordResponseStatus(span, answer.init.status);
      logAnswered(logger, head, () => GRAPHQL_PATH, answer.init.status);
    } finally {
      metrics.requestEnded();
    }
  }

  /** The operation's result, its errors masked as yoga masks them; or the rate limit's refusal. */
  private async run(head: RequestHead, req: IncomingMessage, known: KnownOperation, variables: Record<string, unknown>) {
    const refused = await this.options.rateLimit?.(head, req, 1);
    if (refused) return { result: { errors: [refused] } as ExecutionResult, cacheable: false };
    const { tracer } = this.options;
    const started = performance.now();
    // The operation's span, as yoga's is once parsed; the lane parses and validates nothing, so it has no spans for those.
    const span = tracer?.startSpan('GraphQL Operation');
    if (span) nameOperationSpan(span, known.operation);
    const result = await inSpan(span, async () => {
      let result: ExecutionResult;
      try {
        const contextValue = await this.options.context({ request: head, req });
        const { schema, document, operationName } = known.execution;
        const execution = { schema, document, operationName, contextValue, variableValues: variables };
        result = (await inSpan(tracer?.startSpan('graphql.execute'), () => executeCompiled(known.query, execution, execute))) as ExecutionResult;
      } catch (error) {
        result = { errors: [error as GraphQLError] };
      }
      noteFailures(result, head);
      if (result.errors?.length) result = { ...result, errors: result.errors.map((error) => this.mask(error)) };
      if (span) recordOperationErrors(span, result.errors);
      return result;
    });
    this.options.metrics.operationDone(known.operation.name?.value ?? '', known.operation.operation, (performance.now() - started) / 1000);
    return { result, cacheable: this.options.cacheControl.maxAgeSeconds > 0 && known.catalogue };
  }

  /** An error as yoga sends it: without suggestions when introspection is off, masked, and logged when masking changed it. */
  private mask(error: GraphQLError): GraphQLError {
    const plain = this.options.limits.introspection ? error : withoutSuggestion(error);
    const masked = maskError(plain, ERROR_MESSAGE);
    if (masked !== plain) this.options.failures.error(plain);
    return masked as GraphQLError;
  }

  /** Hands a request whose body the lane has read to yoga, which reads it from `req.body`. */
  private toYoga(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    Object.assign(req, { body });
    this.options.yoga(req, res);
  }
}
