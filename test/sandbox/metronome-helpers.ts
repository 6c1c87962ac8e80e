import type { MetronomeSandbox } from '../../src/sandbox/metronome/server.ts';

export const TOKEN = 'mtr_test_token';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
}

interface CallOptions {
  query?: Record<string, string | number | boolean>;
  /** null: no Authorization header at all; a string: sent as is */
  authorization?: string | null;
  idempotencyKey?: string;
  /** sent verbatim instead of JSON.stringify(body) */
  raw?: string;
}

function url(sandbox: MetronomeSandbox, path: string, query: CallOptions['query'] = {}): string {
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const qs = search.toString();
  return `${sandbox.url}${path}${qs ? `?${qs}` : ''}`;
}

function headers(options: CallOptions, json: boolean): Record<string, string> {
  return {
    ...(options.authorization === null ? {} : { authorization: options.authorization ?? `Bearer ${TOKEN}` }),
    ...(json ? { 'content-type': 'application/json' } : {}),
    ...(options.idempotencyKey === undefined ? {} : { 'idempotency-key': options.idempotencyKey }),
  };
}

export async function mget<T = any>(sandbox: MetronomeSandbox, path: string, options: CallOptions = {}): Promise<ApiResponse<T>> {
  const res = await fetch(url(sandbox, path, options.query), { headers: headers(options, false) });
  return { status: res.status, body: (await res.json()) as T };
}

export async function mpost<T = any>(
  sandbox: MetronomeSandbox,
  path: string,
  body: unknown,
  options: CallOptions = {},
): Promise<ApiResponse<T>> {
  const res = await fetch(url(sandbox, path, options.query), {
    method: 'POST',
    headers: headers(options, true),
    body: options.raw ?? JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

/** POST and insist on a 200, returning the body. */
export async function ok<T = any>(sandbox: MetronomeSandbox, path: string, body: unknown, options: CallOptions = {}): Promise<T> {
  const res = await mpost<T>(sandbox, path, body, options);
  if (res.status !== 200) throw new Error(`POST ${path} -> ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Every credit of a customer over all pages (`extra` adds filters; contract credits included unless overridden). */
export async function allCredits(sandbox: MetronomeSandbox, customerId: string, extra: Record<string, unknown> = {}): Promise<any[]> {
  const out: any[] = [];
  let next: string | null = null;
  do {
    const page: { data: any[]; next_page: string | null } = await ok(sandbox, '/v1/contracts/customerCredits/list', {
      customer_id: customerId,
      include_contract_credits: true,
      ...extra,
      ...(next ? { next_page: next } : {}),
    });
    out.push(...page.data);
    next = page.next_page;
  } while (next);
  return out;
}

/** One credit by id, with its balance and ledger (archived ones too). */
export async function readCredit(sandbox: MetronomeSandbox, customerId: string, creditId: string): Promise<any> {
  const { data } = await ok(sandbox, '/v1/contracts/customerCredits/list', {
    customer_id: customerId,
    credit_id: creditId,
    include_contract_credits: true,
    include_archived: true,
    include_balance: true,
    include_ledgers: true,
  });
  if (data.length !== 1) throw new Error(`credit ${creditId} not found`);
  return data[0];
}
