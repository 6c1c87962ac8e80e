/**
 * Starts the OpenTelemetry tracing SDK: spans batched and exported over OTLP/HTTP (protobuf),
 * configured by the SDK's own `OTEL_*` variables (endpoint, headers, timeout, sampler, batch
 * sizes, resource attributes). src/main.ts imports this only when tracing is on (config.ts
 * `tracing`), so a gateway without an endpoint never loads the SDK.
 */
import { diag, DiagLogLevel, trace, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { defaultResource, detectResources, envDetector, hostDetector, resourceFromAttributes, serviceInstanceIdDetector } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/** The instrumentation scope of every span of the gateway (tracing.ts). */
const TRACER_NAME = 'credits-gateway';

export interface Tracing {
  tracer: Tracer;
  /** Exports the spans still queued, then stops (on SIGTERM, before exiting). */
  shutdown(): Promise<void>;
}

/**
 * `warn` hears the SDK's warnings and errors (an export the collector refused or never answered:
 * spans are then dropped, not retried forever).
 */
export function startTracing({ warn }: { warn: (message: string) => void }): Tracing {
  // The SDK reports an exception as its JSON (stack included): its message says enough.
  const report = (message: string) => warn(`tracing: ${jsonMessage(message) ?? message}`);
  const quiet = () => {};
  diag.setLogger({ error: report, warn: report, info: quiet, debug: quiet, verbose: quiet }, DiagLogLevel.WARN);
  const resource = defaultResource()
    .merge(resourceFromAttributes({ 'service.name': 'credits-gateway' }))
    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win over the name above; each replica has its own instance id.
    .merge(detectResources({ detectors: [hostDetector, serviceInstanceIdDetector, envDetector] }));
  const provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())] });
  // W3C trace context only: a caller's baggage is not passed on to the vendors.
  provider.register({ propagator: new W3CTraceContextPropagator() });
  return { tracer: trace.getTracer(TRACER_NAME), shutdown: () => provider.shutdown() };
}

function jsonMessage(text: string): string | undefined {
  try {
    const { message } = JSON.parse(text) as { message?: unknown };
    return typeof message === 'string' ? message : undefined;
  } catch {
    return undefined;
  }
}
