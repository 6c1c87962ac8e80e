import type { SchematicSandbox } from '../../src/sandbox/schematic/server.ts';

/** A Schematic answer body: `{ data, params }`, or `{ error }` when refused. */
export interface Answer<T> {
  data: T;
  params?: Record<string, unknown>;
  error?: string;
}

export type Query = Record<string, string | number | readonly string[]>;

export interface ApiResponse<T = unknown> {
  status: number;
  contentType: string | null;
  body: T;
}

/**
 * GET a sandbox path. `query` values that are arrays become repeated keys, like the SDK sends them.
 * Sends an API key unless `key` is null.
 */
export async function get<T = unknown>(
  sandbox: SchematicSandbox,
  path: string,
  query: Query = {},
  key: string | null = 'sch_dev_test',
): Promise<ApiResponse<T>> {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const v of typeof value === 'object' ? value : [value]) search.append(name, String(v));
  }
  const qs = search.toString();
  const res = await fetch(`${sandbox.url}${path}${qs ? `?${qs}` : ''}`, {
    headers: key === null ? {} : { 'X-Schematic-Api-Key': key },
  });
  return { status: res.status, contentType: res.headers.get('content-type'), body: (await res.json()) as T };
}

/** GET and insist on a 200, returning `data`. */
export async function data<T = unknown>(
  sandbox: SchematicSandbox,
  path: string,
  query: Query = {},
): Promise<T> {
  const res = await get<{ data: T }>(sandbox, path, query);
  if (res.status !== 200) throw new Error(`GET ${path} -> ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * Sends `method path` with a JSON body (a string is sent as is, for malformed bodies; undefined
 * sends none). Sends an API key unless `key` is null.
 */
export async function send<T = unknown>(
  sandbox: SchematicSandbox,
  method: Method,
  path: string,
  body?: unknown,
  key: string | null = 'sch_dev_test',
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = key === null ? {} : { 'X-Schematic-Api-Key': key };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, contentType: res.headers.get('content-type'), body: (await res.json()) as T };
}
