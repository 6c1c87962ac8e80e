/**
 * Credentials never leave the core: every `UpstreamError` it throws is redacted here, since a
 * vendor (or a proxy) may echo the key it was sent.
 */
import type { UpstreamErrorInit } from '../errors.ts';

/** The headers every request carries, with and without a JSON body, and the secrets to cut out of failures. */
export interface HeaderSet {
  plainHeaders: Record<string, string>;
  jsonHeaders: Record<string, string>;
  secrets: readonly string[];
}

/** From a credential's headers: the headers of every request, and the credential's values as secrets. */
export function headerSet(credential: Record<string, string> = {}): HeaderSet {
  const values = Object.values(credential).flatMap((value) => [value, value.replace(/^Bearer\s+/i, '')]);
  return {
    plainHeaders: { accept: 'application/json', ...credential },
    jsonHeaders: { accept: 'application/json', 'content-type': 'application/json', ...credential },
    secrets: [...new Set(values)].filter((value) => value.length >= 4),
  };
}

/** `text` with every secret cut out. */
function redact(text: string | undefined, secrets: readonly string[]): string | undefined {
  return secrets.reduce<string | undefined>((cut, secret) => cut?.split(secret).join('[redacted]'), text);
}

/**
 * What a failure carries from the vendor, redacted: its message, code and request id. A cause is
 * replaced by a copy of its name, code and redacted message: an undici parser error keeps the raw
 * bytes it choked on, headers included, where a logger that prints causes in depth would find them.
 */
export function redactFailure<T extends Pick<UpstreamErrorInit, 'detail' | 'requestId' | 'code' | 'cause'>>(init: T, secrets: readonly string[]): T {
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

/** A Node or undici error's `code` (ECONNREFUSED, UND_ERR_CONNECT_TIMEOUT, ...). */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}
