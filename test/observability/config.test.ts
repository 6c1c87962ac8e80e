/** The observability variables in config.ts: METRICS_PORT and what decides whether and how tracing starts. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

function refused(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('METRICS_PORT', () => {
  it('is unset by default (/metrics on the public port), else a port of its own', () => {
    expect(loadConfig({}).metricsPort).toBeUndefined();
    expect(loadConfig({ METRICS_PORT: '9464' }).metricsPort).toBe(9464);
    expect(loadConfig({ METRICS_PORT: '0' }).metricsPort).toBe(0);
  });

  it('refuses a value that is not a port, or the public port', () => {
    expect(refused({ METRICS_PORT: 'metrics' })).toBe('METRICS_PORT must be a port number 0-65535; got "metrics"');
    expect(refused({ METRICS_PORT: '4000' })).toMatch(/^METRICS_PORT must differ from PORT \(4000\)/);
    expect(refused({ PORT: '8080', METRICS_PORT: '8080' })).toMatch(/^METRICS_PORT must differ from PORT \(8080\)/);
  });
});

describe('tracing (OTEL_*)', () => {
  const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };

  it('is off without an OTLP endpoint, or when the SDK or its trace exporter is turned off', () => {
    expect(loadConfig({}).tracing).toBeUndefined();
    expect(loadConfig({ OTEL_SERVICE_NAME: 'x', OTEL_TRACES_SAMPLER: 'always_on' }).tracing).toBeUndefined();
    expect(loadConfig({ ...endpoint, OTEL_SDK_DISABLED: 'true' }).tracing).toBeUndefined();
    expect(loadConfig({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' }).tracing).toBeUndefined();
  });

  it('is on with OTEL_EXPORTER_OTLP_ENDPOINT (spans to /v1/traces below it) or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (as given)', () => {
    expect(loadConfig(endpoint).tracing).toEqual({ endpoint: 'http://collector:4318/v1/traces' });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://otlp.example.com/traces' }).tracing).toEqual({
      endpoint: 'https://otlp.example.com/traces',
    });
    expect(loadConfig({ ...endpoint, OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf' }).tracing).toBeDefined();
    expect(loadConfig({ ...endpoint, OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '0.25' }).tracing).toBeDefined();
  });

  it('refuses at boot what the SDK would silently replace with a default', () => {
    expect(refused({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toBe('OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL; got "collector:4318"');
    expect(refused({ ...endpoint, OTEL_TRACES_EXPORTER: 'zipkin' })).toMatch(/^OTEL_TRACES_EXPORTER must be otlp or none/);
    expect(refused({ ...endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toMatch(/^OTEL_EXPORTER_OTLP_PROTOCOL must be http\/protobuf/);
    expect(refused({ ...endpoint, OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json' })).toMatch(/^OTEL_EXPORTER_OTLP_TRACES_PROTOCOL must be http\/protobuf/);
    expect(refused({ ...endpoint, OTEL_TRACES_SAMPLER: 'sometimes' })).toMatch(/^OTEL_TRACES_SAMPLER must be one of always_on, /);
    expect(refused({ ...endpoint, OTEL_TRACES_SAMPLER: 'traceidratio', OTEL_TRACES_SAMPLER_ARG: '1.5' })).toBe(
      'OTEL_TRACES_SAMPLER_ARG must be a ratio from 0 to 1 for traceidratio; got "1.5"',
    );
  });
});
