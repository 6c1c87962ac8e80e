/**
 * A real OTLP/HTTP trace receiver on loopback: it accepts what an exporter POSTs to
 * `/v1/traces` (protobuf, as `OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf` sends it), decodes it,
 * and keeps the spans. Tests and the bench point `OTEL_EXPORTER_OTLP_ENDPOINT` at it.
 *
 * The message types below are the part of opentelemetry-proto's trace service that spans use
 * (field numbers as in opentelemetry/proto/{collector/trace,trace,resource,common}/v1/*.proto).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import protobuf from 'protobufjs';

const PROTO = `
syntax = "proto3";
message ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; }
message ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2; }
message Resource { repeated KeyValue attributes = 1; }
message ScopeSpans { InstrumentationScope scope = 1; repeated Span spans = 2; }
message InstrumentationScope { string name = 1; string version = 2; }
message Span {
  bytes trace_id = 1;
  bytes span_id = 2;
  string trace_state = 3;
  bytes parent_span_id = 4;
  string name = 5;
  int32 kind = 6;
  fixed64 start_time_unix_nano = 7;
  fixed64 end_time_unix_nano = 8;
  repeated KeyValue attributes = 9;
  Status status = 15;
}
message Status { string message = 2; int32 code = 3; }
message KeyValue { string key = 1; AnyValue value = 2; }
message AnyValue {
  oneof value {
    string string_value = 1;
    bool bool_value = 2;
    int64 int_value = 3;
    double double_value = 4;
    ArrayValue array_value = 5;
  }
}
message ArrayValue { repeated AnyValue values = 1; }
`;

const ExportRequest = protobuf.parse(PROTO).root.lookupType('ExportTraceServiceRequest');

/** OpenTelemetry's SpanKind numbering on the wire. */
export const SPAN_KIND = { internal: 1, server: 2, client: 3 } as const;
/** Status codes on the wire. */
export const STATUS = { unset: 0, ok: 1, error: 2 } as const;

type Value = string | number | boolean | Value[];

export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  /** '' for a root span. */
  parentSpanId: string;
  traceState: string;
  name: string;
  kind: number;
  attributes: Record<string, Value>;
  status: { code: number; message: string };
  /** The resource of the process that sent it. */
  resource: Record<string, Value>;
  scope: string;
}

export interface OtlpReceiver {
  /** The base endpoint, for OTEL_EXPORTER_OTLP_ENDPOINT (the exporter adds /v1/traces). */
  endpoint: string;
  spans: ReceivedSpan[];
  /** Export requests received, and their bytes on the wire. */
  requests: number;
  bytes: number;
  /** Resolves once `predicate` holds for the spans received, polling; rejects after `timeoutMs`. */
  waitFor(predicate: (spans: ReceivedSpan[]) => boolean, timeoutMs?: number): Promise<ReceivedSpan[]>;
  close(): Promise<void>;
}

const hex = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).toString('hex');

function value(any: Record<string, unknown> | undefined): Value {
  if (!any) return '';
  if (any.arrayValue) return ((any.arrayValue as { values?: Record<string, unknown>[] }).values ?? []).map(value);
  const one = any.stringValue ?? any.boolValue ?? any.intValue ?? any.doubleValue;
  return typeof one === 'object' && one !== null ? Number(one) : (one as Value);
}

function attributes(list: { key: string; value?: Record<string, unknown> }[] | undefined): Record<string, Value> {
  return Object.fromEntries((list ?? []).map((kv) => [kv.key, value(kv.value)]));
}

/** A span as protobufjs decodes it (`toObject` with `defaults`: every field present). */
interface DecodedSpan {
  traceId: Uint8Array;
  spanId: Uint8Array;
  parentSpanId: Uint8Array;
  traceState: string;
  name: string;
  kind: number;
  attributes: { key: string; value?: Record<string, unknown> }[];
  status?: { code?: number; message?: string };
}

/** Decodes one `ExportTraceServiceRequest` body. */
export function decodeSpans(body: Buffer): ReceivedSpan[] {
  const message = ExportRequest.toObject(ExportRequest.decode(body), { longs: Number, defaults: true }) as {
    resourceSpans: { resource?: { attributes?: [] }; scopeSpans: { scope?: { name: string }; spans: DecodedSpan[] }[] }[];
  };
  return message.resourceSpans.flatMap((rs) =>
    rs.scopeSpans.flatMap((ss) =>
      ss.spans.map(
        (span): ReceivedSpan => ({
          traceId: hex(span.traceId),
          spanId: hex(span.spanId),
          parentSpanId: hex(span.parentSpanId),
          traceState: span.traceState,
          name: span.name,
          kind: span.kind,
          attributes: attributes(span.attributes),
          status: { code: span.status?.code ?? 0, message: span.status?.message ?? '' },
          resource: attributes(rs.resource?.attributes),
          scope: ss.scope?.name ?? '',
        }),
      ),
    ),
  );
}

/** Starts the receiver on a free loopback port. It answers every export with 200 and an empty response. */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const receiver = { spans: [] as ReceivedSpan[], requests: 0, bytes: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/traces') {
        res.writeHead(404).end();
        return;
      }
      let body = Buffer.concat(chunks);
      receiver.requests += 1;
      receiver.bytes += body.length;
      if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
      try {
        receiver.spans.push(...decodeSpans(body));
      } catch {
        res.writeHead(400).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    endpoint: `http://127.0.0.1:${port}`,
    async waitFor(predicate: (spans: ReceivedSpan[]) => boolean, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (!predicate(receiver.spans)) {
        if (Date.now() > until) throw new Error(`the expected spans did not arrive within ${timeoutMs} ms; received: ${receiver.spans.map((s) => s.name).join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return receiver.spans;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
