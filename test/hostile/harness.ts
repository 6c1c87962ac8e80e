/**
 * Runs generated operations against the real gateway over loopback sandboxes, as three callers
 * (an admin, a company-scoped caller, a caller whose valid token names no company), and checks
 * what every answer must satisfy whatever was asked. Each check returns what it found wrong, so
 * a failing property names the rule and shows the operation.
 */
import { parse, type DocumentNode } from 'graphql';
import { afterAll, beforeAll } from 'vitest';
import { operationCost } from '../../src/limits.ts';
import type { MetronomeSandboxCall } from '../../src/sandbox/metronome/server.ts';
import type { SchematicSandboxCall } from '../../src/sandbox/schematic/server.ts';
import { schema } from '../../src/schema/index.ts';
import { callers, JWT_AUTH, SECRET, A } from '../auth/helpers.ts';
import { startTestGateway, type TestGateway } from '../helpers/gateway.ts';
import type { Operation } from './operations.ts';
import { display } from './values.ts';
import { foreignIds, resetStores } from './world.ts';

export type CallerName = 'admin' | 'company' | 'nobody';
export const CALLERS: readonly CallerName[] = ['admin', 'company', 'nobody'];

/** The company the company-scoped caller belongs to. */
export const OWN_COMPANY = A.company;

/** What no answer may ever contain: the gateway's upstream credentials (test/helpers/gateway.ts) and the token secret. */
export const SECRETS = ['test-key', 'test-token', SECRET];

/**
 * The seed, the number of runs and the time budget of each property: fixed by default, so CI is
 * reproducible; HOSTILE_SEED / HOSTILE_RUNS (a multiplier, e.g. 20 for a long local run) change them.
 */
export const SEED = Number(process.env.HOSTILE_SEED ?? 20_261_001);
export const RUNS_FACTOR = Number(process.env.HOSTILE_RUNS ?? 1);
export const runs = (base: number) => Math.max(1, Math.round(base * RUNS_FACTOR));
/** Time allowed to one property: a minute per HOSTILE_RUNS multiple. */
export const PROPERTY_TIMEOUT = 60_000 * Math.max(1, RUNS_FACTOR);

/**
 * fast-check settings of every property: the seed and runs above; shrinking only when
 * HOSTILE_SHRINK=1, since each shrink step is a request and the first failing operation is
 * already printed whole.
 */
export const settings = (base: number) => ({ seed: SEED, numRuns: runs(base), endOnFailure: process.env.HOSTILE_SHRINK !== '1' });

/** Operations that take longer than this to answer count as a hang. */
const ANSWER_WITHIN_MS = 15_000;

/**
 * An error of an answer as the checks read it: the answer is the gateway's under hostile input,
 * so nothing about its shape is taken for granted (each field is checked, whatever else arrives).
 */
export interface PayloadError {
  message?: unknown;
  path?: unknown;
  extensions?: { code?: unknown; [key: string]: unknown };
}

/** One JSON payload of an answer: a result, or a part of an incremental one. */
export interface Payload {
  data?: unknown;
  errors?: PayloadError[];
  incremental?: { data?: unknown; items?: unknown; errors?: PayloadError[] }[];
}

export interface Outcome {
  status: number;
  contentType: string;
  /** The whole response text (every part of a multipart answer). */
  text: string;
  /** Each JSON payload of the answer: one, or one per part of an incremental (multipart) answer. */
  payloads: Payload[];
  /** Every error of every payload, incremental ones included. */
  errors: PayloadError[];
  /** `data` of the first payload. */
  data: unknown;
  schematicCalls: SchematicSandboxCall[];
  metronomeCalls: MetronomeSandboxCall[];
}

/** What one property file reports at its end. */
export interface Figures {
  operations: number;
  executed: number;
  refused: number;
  calls: number;
  /** Responses by error code (an operation counts once per code it saw). */
  codes: Record<string, number>;
}

export interface Hostile {
  gw: TestGateway;
  headers: Record<CallerName, Record<string, string>>;
  figures: Figures;
  /** Rejections nobody handled, recorded by the process listener. */
  unhandled: unknown[];
}

/** A gateway over fresh sandboxes, with a JWT admin, company-scoped and no-company caller. */
export async function startHostile(): Promise<Hostile> {
  const gw = await startTestGateway({ auth: JWT_AUTH });
  const as = await callers();
  return {
    gw,
    headers: { admin: as.admin, company: as.a, nobody: as.catalogue },
    figures: { operations: 0, executed: 0, refused: 0, calls: 0, codes: {} },
    unhandled: [],
  };
}

/** One line of figures: what was generated, run and asserted. */
export function describeFigures(label: string, { operations, executed, refused, calls, codes }: Figures, fastLane?: number): string {
  const byCode = Object.entries(codes)
    .sort(([, a], [, b]) => b - a)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  return (
    `[hostile] ${label}: ${operations} operations generated (seed ${SEED}), ${executed} executed, ${refused} refused before execution, ` +
    `${calls} upstream calls asserted${fastLane === undefined ? '' : `, ${fastLane} requests answered by the fast lane`}; answers by error code: ${byCode || 'none'}`
  );
}

/**
 * `startHostile` for the calling test file, with a process-level unhandled-rejection listener
 * (any rejection nobody handled fails the next check) and the figures printed at the end.
 */
export function useHostileGateway(label: string): Hostile {
  const hostile = {} as Hostile;
  const onRejection = (reason: unknown) => hostile.unhandled.push(reason);
  beforeAll(async () => {
    Object.assign(hostile, await startHostile());
    process.on('unhandledRejection', onRejection);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    await hostile.gw?.close();
    if (hostile.figures) console.log(describeFigures(label, hostile.figures, hostile.gw?.yoga.fastLane?.answered));
  });
  return hostile;
}

/** Splits a `multipart/mixed` answer into its JSON parts (a delimiter starts a line; JSON never holds a raw line break). */
function multipartPayloads(text: string, contentType: string): Payload[] {
  const boundary = (/boundary="?([^";]+)"?/.exec(contentType)?.[1] ?? '-').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text
    .split(new RegExp(`(?:^|\\r\\n)--${boundary}`))
    .map((part) => part.split(/\r?\n\r?\n/).slice(1).join('\n\n').trim())
    .filter((body) => body.startsWith('{'))
    .map((body) => JSON.parse(body) as Payload);
}

function errorsOf(payload: Payload | null): PayloadError[] {
  const errors = Array.isArray(payload?.errors) ? [...payload.errors] : [];
  for (const increment of Array.isArray(payload?.incremental) ? payload.incremental : []) {
    if (Array.isArray(increment?.errors)) errors.push(...increment.errors);
  }
  return errors;
}

/**
 * Sends `op` as `caller`, waits for the answer (failing as a hang after ANSWER_WITHIN_MS), then
 * for the upstream calls to settle (a call still in flight when a sibling field failed must be
 * counted for this operation, not the next).
 */
export async function send(hostile: Hostile, op: Operation, caller: CallerName): Promise<Outcome> {
  const { gw } = hostile;
  gw.schematicSandbox.resetCalls();
  gw.metronomeSandbox.resetCalls();
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ANSWER_WITHIN_MS} ms`)), ANSWER_WITHIN_MS);
  });
  try {
    const response = await Promise.race([
      // Over loopback to the gateway's listener: an operation sent before (by another caller) is the fast lane's.
      fetch(gw.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json, multipart/mixed',
          ...hostile.headers[caller],
        },
        body: op.body,
      }),
      hang,
    ]);
    const text = await Promise.race([response.text(), hang]);
    const contentType = response.headers.get('content-type') ?? '';
    const payloads = contentType.startsWith('multipart/') ? multipartPayloads(text, contentType) : [JSON.parse(text) as Payload];
    await settle(gw);
    return {
      status: response.status,
      contentType,
      text,
      payloads,
      errors: payloads.flatMap(errorsOf),
      data: payloads[0]?.data,
      schematicCalls: [...gw.schematicSandbox.calls],
      metronomeCalls: [...gw.metronomeSandbox.calls],
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves once neither sandbox has received a call for a few milliseconds. */
async function settle(gw: TestGateway): Promise<void> {
  let seen = -1;
  for (let quiet = 0; quiet < 2; ) {
    await new Promise((resolve) => setTimeout(resolve, 2));
    const now = gw.schematicSandbox.calls.length + gw.metronomeSandbox.calls.length;
    quiet = now === seen ? quiet + 1 : 0;
    seen = now;
  }
}

/** Error codes that mean the request was refused as bad input or over a limit: nothing may have been sent for it. */
export const REFUSAL_CODES = new Set(['BAD_USER_INPUT', 'QUERY_LIMIT_EXCEEDED', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND']);

const codeOf = (error: PayloadError | null): unknown => error?.extensions?.code;
const allCalls = (o: Outcome) => [...o.schematicCalls, ...o.metronomeCalls];
const describeCall = (c: SchematicSandboxCall | MetronomeSandboxCall) =>
  `${c.method} ${c.path}${c.query.size ? `?${c.query}` : ''} -> ${c.reply.status} ${JSON.stringify(c.reply.body).slice(0, 200)}`;

// ---------------------------------------------------------------- the checks

/** (1) An HTTP answer the client can read, not a server failure. */
export function checkAnswered(o: Outcome): string[] {
  const problems: string[] = [];
  if (o.status >= 500) problems.push(`HTTP ${o.status}`);
  if (o.payloads.length === 0) problems.push(`no JSON payload in a ${o.contentType} answer`);
  return problems;
}

const STACK = /(^|\n)\s+at\s+\S|\b(node_modules|node:internal)\b|\.(?:[cm]?[jt]s):\d+:\d+/;

/** (2) Every error carries `extensions.code`, none is an internal or upstream failure, no message shows a stack trace, no secret anywhere. */
export function checkErrors(o: Outcome, op: Operation): string[] {
  const problems: string[] = [];
  for (const error of o.errors) {
    if (typeof codeOf(error) !== 'string') problems.push(`error without extensions.code: ${JSON.stringify(error).slice(0, 300)}`);
    const exposed = `${error?.message ?? ''} ${JSON.stringify(error?.extensions ?? {})}`;
    if (STACK.test(exposed)) problems.push(`stack trace in an error: ${exposed.slice(0, 300)}`);
  }
  // The sandboxes are healthy: an upstream failure means the gateway sent what the upstream's HTTP
  // server refused (a 431, say), and an internal error is an unexpected one, not a clear refusal.
  for (const error of o.errors) {
    const code = String(codeOf(error));
    if (code === 'INTERNAL_SERVER_ERROR' || code.startsWith('UPSTREAM_')) problems.push(`${code}: ${String(error?.message).slice(0, 300)}`);
  }
  for (const secret of SECRETS) {
    if (o.text.includes(secret) && !op.body.includes(secret)) problems.push(`the answer contains the secret ${JSON.stringify(secret)}`);
  }
  return problems;
}

/**
 * (3) Nothing invalid reaches an upstream: a request refused as bad input, over a limit or
 * invalid sends nothing (nor does a refused single root field); and every call that was sent is
 * one the sandbox accepts as well-formed: 2xx, or an outcome only the upstream can know (an id
 * it does not have, a conflict with its state). A route the sandbox does not have means the
 * gateway built a path it never meant to.
 */
export function checkUpstream(o: Outcome, op: Operation, caller: CallerName): string[] {
  const problems: string[] = [];
  const calls = allCalls(o);
  const refusals = o.errors.filter((e) => REFUSAL_CODES.has(codeOf(e) as string));
  // Refused before execution: no `data` at all (a field that failed during execution leaves `data`, null or not).
  const requestRefused = o.payloads[0]?.data === undefined && o.errors.length > 0 && o.errors.every((e) => REFUSAL_CODES.has(codeOf(e) as string));
  const onlyRootRefused = op.rootFields.length === 1 && refusals.some((e) => Array.isArray(e.path) && e.path.length === 1);
  // A scoped caller's own company is read to authorise it before any argument is looked at: that read carries nothing of the input.
  const ownLookup = (c: SchematicSandboxCall | MetronomeSandboxCall) => caller === 'company' && c.method === 'GET' && c.path === '/companies' && c.query.get('ids') === OWN_COMPANY;
  const caused = calls.filter((c) => !ownLookup(c));
  if ((requestRefused || onlyRootRefused) && caused.length > 0) {
    problems.push(`refused with ${refusals.map(codeOf).join(', ')} yet ${caused.length} upstream call(s) were made: ${caused.map(describeCall).join('; ')}`);
  }
  for (const call of calls) {
    const why = unjustified(call);
    if (why) problems.push(`${why}: ${describeCall(call)}`);
  }
  return problems;
}

/** Why an upstream answer means the gateway sent something it should have refused, or undefined when the answer is fine. */
function unjustified(call: SchematicSandboxCall | MetronomeSandboxCall): string | undefined {
  const { status, body } = call.reply;
  if (status < 400) return undefined;
  const message = String((body as { error?: unknown })?.error ?? (body as { message?: unknown })?.message ?? '');
  if (status >= 500) return 'the sandbox failed on a request the gateway sent';
  if (/^not found: [A-Z]+ \//.test(message)) return 'the gateway called a route the upstream does not have';
  if (status === 404 || status === 409) return undefined; // an id the upstream does not have; a conflict with its state
  // Metronome answers some "not found" as 400 with a code (CustomerNotFound, ContractNotFound).
  if (status === 400 && /NotFound$/.test(String((body as { code?: unknown })?.code ?? ''))) return undefined;
  if (STATE_DEPENDENT.some((rule) => (!rule.method || rule.method === call.method) && rule.message.test(message))) return undefined;
  return `upstream ${status}`;
}

/**
 * 400s only the upstream can decide, from what it stores (the gateway cannot check them without
 * reading first; a write answers them as a ValidationError with rule `upstream`), or from its
 * own opaque page tokens (answered as BAD_USER_INPUT on `after`, which check (2) holds it to).
 */
const STATE_DEPENDENT: { method?: string; message: RegExp }[] = [
  // Metronome: what a body names must exist, for this customer, in a state that allows the change.
  { message: /: product not found: |: contract not found for this customer: |: pricing unit not found: |: schedule item not found: / },
  { message: /is archived|is already archived|is a contract-level credit|cannot be set on a contract-level credit/ },
  { message: /finalized invoice/ },
  { message: /a credit must keep at least one schedule item|access_ending_before must be after the start of the credit's first schedule item|access_ending_before must be earlier than the credit's current end/ },
  // an edited segment's new end against its stored start (the gateway checks the pair when both are given)
  { message: /^access_schedule\.update_schedule_items\[\d+\]: ending_before must be after starting_at$/ },
  { message: /^next_page is not a cursor from this list$/ },
  // Schematic: an update is checked against the stored plan grant (its scaling, tiers, expiry, plan).
  { method: 'PUT', message: /only valid when scaling is per_license|required when scaling is per_license|required with price_tiers|billed is only allowed on custom plans|^missing required field: (auto_topup_)?expiry_unit/ },
];

/** (4) A scoped caller is never answered with another tenant's ids (an id it sent itself may be echoed in an error). */
export function checkTenancy(o: Outcome, op: Operation, caller: CallerName): string[] {
  if (caller === 'admin') return [];
  const foreign = caller === 'company' ? FOREIGN_TO_COMPANY : FOREIGN_TO_NOBODY;
  const data = JSON.stringify(o.payloads.map((p) => ({ data: p?.data, incremental: p?.incremental?.map((i) => ({ data: i?.data, items: i?.items })) })));
  const messages = JSON.stringify(o.errors);
  const leaked = foreign.filter((id) => data.includes(id) || (messages.includes(id) && !op.body.includes(id)));
  return leaked.length ? [`a ${caller} caller was answered with other tenants' ids: ${leaked.slice(0, 5).join(', ')}`] : [];
}

const FOREIGN_TO_COMPANY = foreignIds(OWN_COMPANY);
const FOREIGN_TO_NOBODY = foreignIds(undefined);

const documents = new Map<string, DocumentNode | null>();
function parsed(query: string): DocumentNode | null {
  if (!documents.has(query)) {
    let document: DocumentNode | null = null;
    try {
      document = parse(query);
    } catch {
      document = null;
    }
    documents.set(query, document);
  }
  return documents.get(query) ?? null;
}

/**
 * The cost model against execution: a read the gateway admitted made no more upstream calls
 * than `operationCost` said it would resolve fields (variables as the gateway parsed them).
 */
export function checkCost(o: Outcome, op: Operation): string[] {
  if (op.kind !== 'query' || o.errors.some((e) => codeOf(e) === 'QUERY_LIMIT_EXCEEDED')) return [];
  const calls = allCalls(o).length;
  if (calls === 0) return [];
  const document = parsed(op.query);
  if (!document) return [`${calls} upstream call(s) for a document that does not parse`];
  const variables = (JSON.parse(op.body) as { variables?: Record<string, unknown> }).variables;
  const cost = operationCost(schema, document, undefined, variables);
  return calls > cost ? [`${calls} upstream calls, but the cost limit counted ${cost}: ${allCalls(o).map(describeCall).join('; ')}`] : [];
}

const WRITE_ERRORS = new Set(['UpstreamError', 'ValidationError', 'NotFoundError', 'ConflictError']);

/**
 * (5) Mutations: a scoped caller's are refused with nothing sent; an admin's write that the
 * upstream applied is never answered as a failure that invites a retry.
 */
export function checkMutation(o: Outcome, op: Operation, caller: CallerName): string[] {
  if (op.kind !== 'mutation') return [];
  const calls = allCalls(o);
  if (caller !== 'admin') return calls.length ? [`a ${caller} caller's mutation reached the upstream: ${calls.map(describeCall).join('; ')}`] : [];
  const applied = calls.filter((c) => c.method !== 'GET' && c.reply.status < 300);
  if (applied.length === 0) return [];
  const data = o.data as Record<string, { __typename?: string } | null> | null | undefined;
  const results = data ? Object.values(data) : [];
  const failed = !data || results.some((r) => r === null || WRITE_ERRORS.has(r.__typename ?? '')) || o.errors.some((e) => Array.isArray(e.path) && e.path.length === 1);
  return failed
    ? [`the upstream applied ${applied.map(describeCall).join('; ')}, but the answer reports a failure: ${o.text.slice(0, 600)}`]
    : [];
}

/** Counts an outcome into the figures. */
export function record(hostile: Hostile, o: Outcome): void {
  const { figures } = hostile;
  figures.operations += 1;
  figures.calls += o.schematicCalls.length + o.metronomeCalls.length;
  if (o.payloads[0]?.data === undefined) figures.refused += 1;
  else figures.executed += 1;
  for (const code of new Set(o.errors.map((e) => String(codeOf(e) ?? 'none')))) figures.codes[code] = (figures.codes[code] ?? 0) + 1;
}

/** Every check for one operation, and the unhandled rejections seen since the last. */
export function violations(hostile: Hostile, op: Operation, caller: CallerName, o: Outcome): string[] {
  const problems = [
    ...checkAnswered(o),
    ...checkErrors(o, op),
    ...checkUpstream(o, op, caller),
    ...checkTenancy(o, op, caller),
    ...checkCost(o, op),
    ...checkMutation(o, op, caller),
    ...hostile.unhandled.splice(0).map((reason) => `unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`),
  ];
  return problems;
}

/** Sends one operation and throws, naming every broken rule and showing the operation, if any. */
async function sendAndCheck(hostile: Hostile, op: Operation, caller: CallerName, again = false): Promise<Outcome> {
  const as = again ? `as ${caller}, sent again` : `as ${caller}`;
  let outcome: Outcome;
  try {
    outcome = await send(hostile, op, caller);
  } catch (error) {
    throw new Error(`${as}: ${error instanceof Error ? error.message : String(error)}\n${display(op.body)}`);
  }
  if (!again) record(hostile, outcome);
  if (op.kind === 'mutation' && allCalls(outcome).some((c) => c.method !== 'GET')) resetStores({ schematic: hostile.gw.schematicSandbox.store, metronome: hostile.gw.metronomeSandbox.store });
  const problems = violations(hostile, op, caller, outcome);
  if (problems.length > 0) {
    throw new Error(`${as}:\n- ${problems.join('\n- ')}\noperation: ${display(op.body)}\nanswer (${outcome.status}): ${display(outcome.text).slice(0, 1000)}`);
  }
  return outcome;
}

/**
 * Runs one operation and checks every rule. A query that ran is compiled by then (tests compile
 * from the first run), so it is sent again, and the fast lane (src/fastLane.ts) answers it, by the
 * same rules and with the same status.
 */
export async function runAndCheck(hostile: Hostile, op: Operation, caller: CallerName): Promise<Outcome> {
  const outcome = await sendAndCheck(hostile, op, caller);
  if (op.kind !== 'query' || outcome.payloads[0]?.data === undefined) return outcome;
  const again = await sendAndCheck(hostile, op, caller, true);
  if (again.status !== outcome.status) throw new Error(`as ${caller}, sent again: status ${again.status}, first ${outcome.status}\noperation: ${display(op.body)}`);
  return outcome;
}
