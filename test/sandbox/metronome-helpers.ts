import type { MetronomeSandbox } from '../../src/sandbox/metronome/server.ts';
import type { Credit, CreditLedgerEntry, CreditTypeData } from '../../src/upstream/metronome/types.ts';
import type { CursorPage } from '../../src/upstream/page.ts';

export const TOKEN = 'mtr_test_token';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
}

/** A Metronome answer body: `{ data }` (with `next_page` on a list), or `{ message }` (and `code` on some v2 400s) when refused. */
export interface Answer<T> {
  data: T;
  next_page?: string | null;
  message?: string;
  code?: string;
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

export async function mget<T = unknown>(sandbox: MetronomeSandbox, path: string, options: CallOptions = {}): Promise<ApiResponse<T>> {
  const res = await fetch(url(sandbox, path, options.query), { headers: headers(options, false) });
  return { status: res.status, body: (await res.json()) as T };
}

export async function mpost<T = unknown>(
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
export async function ok<T = unknown>(sandbox: MetronomeSandbox, path: string, body: unknown, options: CallOptions = {}): Promise<T> {
  const res = await mpost<T>(sandbox, path, body, options);
  if (res.status !== 200) throw new Error(`POST ${path} -> ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A ledger entry as the tests read it: the segment and invoice of the entries that have them. */
export type LedgerEntry = CreditLedgerEntry & { segment_id?: string; invoice_id?: string; amount: number };

/** A schedule segment as JSON gives it (amounts are plain numbers here). */
export interface Segment {
  id: string;
  amount: number;
  starting_at: string;
  ending_before: string;
}

/**
 * A credit as the sandbox's JSON gives it to these tests: amounts are numbers, every credit has
 * a name and a schedule; `balance` and `ledger` come only when asked (`ledger` is null on an
 * archived credit).
 */
export interface SandboxCredit extends Omit<Credit, 'name' | 'access_schedule' | 'balance' | 'ledger'> {
  name: string;
  access_schedule: { credit_type: CreditTypeData; schedule_items: Segment[] };
  balance?: number;
  ledger?: LedgerEntry[] | null;
}

/** Every credit of a customer over all pages (`extra` adds filters; contract credits included unless overridden). */
export async function allCredits(sandbox: MetronomeSandbox, customerId: string, extra: Record<string, unknown> = {}): Promise<SandboxCredit[]> {
  const out: SandboxCredit[] = [];
  let next: string | null = null;
  do {
    const page: CursorPage<SandboxCredit> = await ok(sandbox, '/v1/contracts/customerCredits/list', {
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
export async function readCredit(sandbox: MetronomeSandbox, customerId: string, creditId: string): Promise<SandboxCredit & { balance: number }> {
  const { data } = await ok<CursorPage<SandboxCredit & { balance: number }>>(sandbox, '/v1/contracts/customerCredits/list', {
    customer_id: customerId,
    credit_id: creditId,
    include_contract_credits: true,
    include_archived: true,
    include_balance: true,
    include_ledgers: true,
  });
  if (data.length !== 1) throw new Error(`credit ${creditId} not found`);
  return data[0]!;
}
