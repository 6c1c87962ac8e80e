/**
 * Issue 18, defect by defect: each `it` is one defect (or one part of one) in the issue's words,
 * tried the way the issue reports it, against the real gateway over loopback sandboxes (or the
 * real process, where the process is the point). Together with the properties of this folder,
 * these keep the classes closed.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isInputObjectType, parse, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import { LosslessNumber } from 'lossless-json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationCost } from '../../src/limits.ts';
import { startMetronomeSandbox } from '../../src/sandbox/metronome/server.ts';
import { startSchematicSandbox, SchematicStore } from '../../src/sandbox/schematic/server.ts';
import { METRONOME_PRODUCTS } from '../../src/sandbox/world.ts';
import { schema } from '../../src/schema/index.ts';
import { createGateway } from '../../src/server.ts';
import { MetronomeClient } from '../../src/upstream/metronome/client.ts';
import { sendOnce } from '../../src/upstream/core/retry.ts';
import { SchematicClient } from '../../src/upstream/schematic/client.ts';
import { A, B, callers, JWT_AUTH } from '../auth/helpers.ts';
import { quiet, startTestGateway, type TestGateway } from '../helpers/gateway.ts';
import { post, printedToken, startGatewayProcess as startProcess, type GatewayProcess } from '../helpers/process.ts';
import { requestBody } from './values.ts';

const root = join(import.meta.dirname, '../..');

/** A grant edge as the big-quantity query selects it. */
interface GrantEdge {
  node: { id: string; quantity: number | null };
}

/** Every error of an answer has `extensions.code`. */
const coded = (errors: readonly GraphQLFormattedError[] | undefined) => (errors ?? []).every((e) => typeof e?.extensions?.code === 'string');
const codes = (errors: readonly GraphQLFormattedError[] | undefined) => (errors ?? []).map((e) => e?.extensions?.code);

let gw: TestGateway;
let as: Awaited<ReturnType<typeof callers>>;
const unhandled: unknown[] = [];
const onRejection = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  gw = await startTestGateway({ auth: JWT_AUTH });
  as = await callers();
});
afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await gw.close();
});

/** POSTs a body written exactly as given (numbers beyond 2^53 keep their digits), as `headers`; counts calls from zero. */
async function send(body: string, headers: Record<string, string> = as.admin) {
  gw.schematicSandbox.resetCalls();
  gw.metronomeSandbox.resetCalls();
  const response = await gw.yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as { data?: any; errors?: GraphQLFormattedError[] } }; // data: read along each test's own query
}

const run = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => send(requestBody({ query, variables }), headers);
const callCount = () => gw.schematicSandbox.calls.length + gw.metronomeSandbox.calls.length;

/** Waits for a rejection nobody handled (they are reported after the microtask queue drains). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

const otherGrant = () => [...gw.schematicSandbox.store.grants.values()].find((g) => g.company_id === B.company)!.id;

describe('1. One request kills the process', () => {
  const variants = () => [
    {
      name: 'Company of another tenant next to a Company without id, inline',
      body: requestBody({ query: `{ _entities(representations: [{__typename: "Company", id: "${B.company}"}, {__typename: "Company"}]) { __typename } }` }),
    },
    {
      name: 'CreditGrant of another tenant next to a CreditGrant with id null, through variables',
      body: requestBody({
        query: 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
        variables: { r: [{ __typename: 'CreditGrant', id: otherGrant() }, { __typename: 'CreditGrant', id: null }] },
      }),
    },
    {
      name: 'Company of another tenant next to an unknown __typename',
      body: requestBody({ query: `{ _entities(representations: [{__typename: "Company", id: "${B.company}"}, {__typename: "Nope"}]) { __typename } }` }),
    },
  ];

  it('every variant, with a company-scoped token and with a valid token without claims: a coded answer, nothing rejected unhandled', async () => {
    for (const headers of [as.a, as.catalogue]) {
      for (const variant of variants()) {
        const result = await send(variant.body, headers);
        await settle();
        expect({ variant: variant.name, unhandled: unhandled.splice(0).map(String) }).toEqual({ variant: variant.name, unhandled: [] });
        expect(result.status, variant.name).toBeLessThan(500);
        expect(result.json.errors?.length, variant.name).toBeGreaterThan(0);
        expect(coded(result.json.errors), `${variant.name}: ${result.text}`).toBe(true);
        expect(codes(result.json.errors), variant.name).not.toContain('INTERNAL_SERVER_ERROR');
      }
    }
  });

  describe('the real process', () => {
    let gateway: GatewayProcess;
    let url: string;
    beforeAll(async () => {
      gateway = startProcess();
      url = await gateway.listening;
    }, 30_000);
    afterAll(() => {
      if (gateway?.child.exitCode === null) gateway.child.kill('SIGKILL');
    });

    it('the comp_acme development token sends each variant: each is answered with a coded error and the process keeps serving', async () => {
      const token = printedToken(gateway.output(), 'company comp_acme');
      const grantOfB = [...new SchematicStore().grants.values()].find((g) => g.company_id === B.company)!.id;
      const bodies = [
        { query: `{ _entities(representations: [{__typename: "Company", id: "${B.company}"}, {__typename: "Company"}]) { __typename } }` },
        {
          query: 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
          variables: { r: [{ __typename: 'CreditGrant', id: grantOfB }, { __typename: 'CreditGrant', id: null }] },
        },
        { query: `{ _entities(representations: [{__typename: "Company", id: "${B.company}"}, {__typename: "Nope"}]) { __typename } }` },
      ];
      for (const body of bodies) {
        const result = await post(url, body, { authorization: `Bearer ${token}` });
        expect(result.status).toBeLessThan(500);
        expect(coded(result.json.errors)).toBe(true);
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(gateway.child.exitCode).toBeNull();
      expect((await fetch(url.replace(/\/graphql$/, '/healthz'))).status).toBe(200);
      const after = await post(url, { query: `{ company(id: "${A.company}") { id } }` }, { authorization: `Bearer ${token}` });
      expect(after.json.data).toEqual({ company: { id: A.company } });
    }, 30_000);
  });

  it('second line of defence: an unexpected rejection inside the process is logged and the process keeps serving', async () => {
    // A rejection nobody handles, raised inside the running process (as a bug in a request would).
    const gateway = startProcess({}, [join(root, 'test/hostile/fixtures/reject-later.ts')]);
    try {
      const url = await gateway.listening;
      gateway.child.kill('SIGUSR2'); // the fixture rejects a promise nobody handles
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(gateway.child.exitCode).toBeNull();
      expect((await fetch(url.replace(/\/graphql$/, '/healthz'))).status).toBe(200);
      expect(gateway.output()).toMatch(/hostile-fixture-rejection/);
    } finally {
      if (gateway.child.exitCode === null) gateway.child.kill('SIGKILL');
    }
  }, 30_000);
});

describe('2. The cost limit skips __typename-only selections', () => {
  const grantReps = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'CreditGrant', id: `bcgr_${i}` }));

  it('_entities(representations: $r) { __typename } with 5000 grant representations is refused (QUERY_LIMIT_EXCEEDED) and makes no upstream call', async () => {
    const result = await run('query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', { r: grantReps(5000) });
    expect(codes(result.json.errors)).toEqual(['QUERY_LIMIT_EXCEEDED']);
    expect(result.json.data ?? null).toBeNull();
    expect(callCount()).toBe(0);
    expect(result.text.length).toBeLessThan(10_000);
  });

  it('every object a list or _entities can produce counts, whatever is selected on it', () => {
    const reps = grantReps(500);
    expect(operationCost(schema, parse('query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }'), undefined, { r: reps })).toBeGreaterThanOrEqual(500);
    const ids = Array.from({ length: 250 }, (_, i) => `comp_${i}`);
    expect(operationCost(schema, parse('query ($ids: [ID!]!) { companies(ids: $ids) { __typename } }'), undefined, { ids })).toBeGreaterThanOrEqual(250);
    expect(operationCost(schema, parse('{ creditGrants(first: 100) { edges { __typename } } }'), undefined, {})).toBeGreaterThanOrEqual(100);
  });

  it('thirty aliases of companies(ids: $ids) { __typename } with 250 ids are refused and send nothing (they cost 1 each before)', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => `comp_${i}`);
    const fields = Array.from({ length: 30 }, (_, i) => `c${i}: companies(ids: $ids) { __typename }`).join(' ');
    const result = await run(`query ($ids: [ID!]!) { ${fields} }`, { ids });
    expect(codes(result.json.errors)).toEqual(['QUERY_LIMIT_EXCEEDED']);
    expect(callCount()).toBe(0);
  });

  it('ids: and representations in variables are counted as in literals', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `comp_${i}`);
    const literal = `{ companies(ids: [${ids.map((id) => `"${id}"`).join(', ')}]) { id } }`;
    expect(operationCost(schema, parse('query ($ids: [ID!]!) { companies(ids: $ids) { id } }'), undefined, { ids })).toBe(operationCost(schema, parse(literal), undefined, {}));
    const reps = ids.map((id) => ({ __typename: 'Company', id }));
    const literalReps = `{ _entities(representations: [${ids.map((id) => `{__typename: "Company", id: "${id}"}`).join(', ')}]) { __typename } }`;
    expect(operationCost(schema, parse('query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }'), undefined, { r: reps })).toBe(
      operationCost(schema, parse(literalReps), undefined, {}),
    );
  });
});

describe('3. Numbers beyond 2^53', () => {
  const grant = (quantity: string) =>
    `mutation { grantCreditsToCompany(input: { companyId: "${A.company}", creditId: "bcrd_ai_tokens", quantity: ${quantity}, reason: ADJUSTMENT }) {
      __typename ... on ValidationError { violations { field rule } } ... on GrantCreditsToCompanyPayload { grant { id quantity } } } }`;

  it.each(['9007199254740993', '1e308'])('grantCreditsToCompany(quantity: %s) is refused before any call: a ValidationError naming input.quantity', async (quantity) => {
    const before = gw.schematicSandbox.store.grants.size;
    for (const result of [
      await send(requestBody({ query: grant(quantity) })),
      await send(
        requestBody({
          query: `mutation ($q: Float!) { grantCreditsToCompany(input: { companyId: "${A.company}", creditId: "bcrd_ai_tokens", quantity: $q, reason: ADJUSTMENT }) { __typename ... on ValidationError { violations { field rule } } } }`,
          variables: { q: new LosslessNumber(quantity) },
        }),
      ),
    ]) {
      expect(result.json.data?.grantCreditsToCompany?.__typename, result.text).toBe('ValidationError');
      expect(result.json.data.grantCreditsToCompany.violations).toContainEqual({ field: 'input.quantity', rule: expect.stringMatching(/max|exact|range|precision/) });
      expect(callCount()).toBe(0);
    }
    expect(gw.schematicSandbox.store.grants.size).toBe(before);
  });

  it('the limit is written in the schema description of quantity', () => {
    const input = schema.getType('GrantCreditsToCompanyInput');
    expect(input && isInputObjectType(input)).toBe(true);
    const description = isInputObjectType(input) ? (input.getFields().quantity?.description ?? '') : '';
    expect(description).toMatch(/9007199254740991|2\^53/);
  });

  it('an upstream integer beyond 2^53 in a Float field fails that field alone (or is served exactly), never the whole list or company', async () => {
    const stored = [...gw.schematicSandbox.store.grants.values()].find((g) => g.company_id === A.company)!;
    const original = stored.quantity;
    stored.quantity = 2 ** 53; // what the sandbox kept of 9007199254740993
    try {
      const result = await run(
        `{ company(id: "${A.company}") { id creditGrants(first: 100) { edges { node { id quantity } } } }
           credit(id: "${stored.credit_id}") { grants(first: 100) { edges { node { id quantity } } } } }`,
      );
      expect(result.json.data.company.creditGrants.edges.length).toBeGreaterThan(1);
      expect(result.json.data.credit.grants.edges.length).toBeGreaterThan(1);
      for (const list of [result.json.data.company.creditGrants.edges, result.json.data.credit.grants.edges]) {
        const big = list.find((e: GrantEdge) => e.node.id === stored.id)!;
        expect(big.node.quantity === null || /9007199254740992/.test(result.text)).toBe(true);
        expect(list.filter((e: GrantEdge) => e.node.id !== stored.id).every((e: GrantEdge) => typeof e.node.quantity === 'number')).toBe(true);
      }
      expect(coded(result.json.errors)).toBe(true);
      for (const error of result.json.errors ?? []) expect(error.path?.at(-1)).toBe('quantity');
    } finally {
      stored.quantity = original;
    }
  });

  it('a write that was applied must never answer as a failure that invites a retry', async () => {
    // 2^53 itself is a whole number a double holds: granted (and answered) or refused before the call, never half.
    const result = await send(requestBody({ query: grant('9007199254740992') }));
    const applied = gw.schematicSandbox.calls.some((c) => c.method === 'POST' && c.reply.status < 300);
    if (applied) expect(result.json.data?.grantCreditsToCompany?.__typename, result.text).toBe('GrantCreditsToCompanyPayload');
    else expect(result.json.data?.grantCreditsToCompany?.__typename, result.text).toBe('ValidationError');
    // ... and the company's grants still read.
    const after = await run(`{ company(id: "${A.company}") { creditGrants(first: 100) { edges { node { id } } } } }`);
    expect(after.json.data.company.creditGrants.edges.length).toBeGreaterThan(0);

    // A payload field that fails below an applied write (here an argument of it) leaves the payload standing.
    const nested = await run(
      `mutation { createCredit(input: { name: "Hostile", description: "x", currency: "usd" }) {
        __typename ... on CreateCreditPayload { credit { id planCreditGrants(before: ";") { edges { cursor } } } } } }`,
    );
    expect(gw.schematicSandbox.calls.some((c) => c.method === 'POST' && c.reply.status < 300)).toBe(true);
    expect(nested.json.data?.createCredit?.__typename, nested.text).toBe('CreateCreditPayload');
  });
});

describe('4. Decimal precision', () => {
  const contractCredit = (amount: string) => `mutation { createContractCredit(input: {
      customerId: "${A.customer}", productId: "${METRONOME_PRODUCTS.promotionalCredit}", priority: 1, name: "Hostile",
      accessSchedule: { scheduleItems: [{ amount: ${amount}, startingAt: "2026-01-01T00:00:00Z", endingBefore: "2027-01-01T00:00:00Z" }] } }) {
      __typename ... on ValidationError { violations { field rule } } } }`;

  it.each(['12345678901234567.89', '1.000000000000000000001', '9'.repeat(32)])(
    'Decimal %s to Metronome goes out with its digits, or is refused naming the field: never rounded silently',
    async (digits) => {
      const result = await run(contractCredit(JSON.stringify(digits)));
      const sent = gw.metronomeSandbox.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/create'));
      if (result.json.data?.createContractCredit?.__typename === 'ValidationError') {
        expect(result.json.data.createContractCredit.violations).toContainEqual({ field: 'input.accessSchedule.scheduleItems.0.amount', rule: expect.any(String) });
        expect(sent).toEqual([]);
      } else {
        expect(sent).toHaveLength(1);
        expect(sent[0]!.text).toMatch(new RegExp(`"amount":${digits.replace('.', '\\.')}[,}]`));
      }
    },
  );

  it('the sandbox keeps int64 minor units exact ("9223372036854775807" does not come back as …6000)', async () => {
    const sandbox = await startMetronomeSandbox();
    const call = (path: string, body: string) =>
      fetch(`${sandbox.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer t' }, body });
    try {
      const created = await call(
        '/v1/contracts/customerCredits/create',
        `{"customer_id":"${A.customer}","product_id":"${METRONOME_PRODUCTS.promotionalCredit}","priority":1,"name":"Exact",` +
          '"access_schedule":{"schedule_items":[{"amount":9223372036854775807,"starting_at":"2026-01-01T00:00:00Z","ending_before":"2027-01-01T00:00:00Z"}]}}',
      );
      const text = await created.text();
      expect(created.status, text).toBeLessThan(300);
      const id = /"id":"([^"]+)"/.exec(text)![1]!;
      const read = await (await call('/v1/contracts/customerCredits/list', `{"customer_id":"${A.customer}","credit_id":"${id}"}`)).text();
      expect(read).toContain('9223372036854775807');
      expect(read).not.toContain('9223372036854776000');
    } finally {
      await sandbox.close();
    }
  });

  it('through the gateway too: a MinorUnits price of 9223372036854775807 is kept exact, or refused before any call', async () => {
    const result = await run(
      `mutation { createCredit(input: { name: "Exact", description: "int64", currency: "usd", perUnitPrice: "9223372036854775807" }) {
        __typename ... on CreateCreditPayload { credit { price { price } } } } }`,
    );
    if (result.json.data?.createCredit?.__typename === 'ValidationError') expect(callCount()).toBe(0);
    else expect(result.json.data?.createCredit?.credit?.price?.price, result.text).toBe('9223372036854775807');
  });

  it('Decimal accepts the literal 777 (an Int or Float literal, or a JSON number, when it is exact); strings stay the lossless form', async () => {
    for (const amount of ['777', '777.5']) {
      const result = await run(contractCredit(amount));
      expect(result.json.errors, result.text).toBeUndefined();
      expect(result.json.data.createContractCredit.__typename).toBe('CreateContractCreditPayload');
      const sent = gw.metronomeSandbox.calls.find((c) => c.method === 'POST' && c.path.endsWith('/create'))!;
      expect(sent.text).toContain(`"amount":${amount}`);
    }
    const variable = await send(
      requestBody({
        query: contractCredit('$amount').replace('mutation {', 'mutation ($amount: Decimal!) {'),
        variables: { amount: new LosslessNumber('777') },
      }),
    );
    expect(variable.json.errors, variable.text).toBeUndefined();
    const string = await run(contractCredit('"777.25"'));
    expect(string.json.data.createContractCredit.__typename).toBe('CreateContractCreditPayload');
  });
});

describe('5. Introspection off still exposes the schema', () => {
  const off = () => createGateway({ upstreams: { schematic: gw.schematicClient, metronome: gw.metronomeClient }, limits: { introspection: false }, logger: quiet });

  it('with INTROSPECTION=off, _service { sdl } does not return the SDL', async () => {
    const response = await off().fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    const text = await response.text();
    expect(text).not.toContain('type Company');
    expect(text).not.toContain('@key');
    expect(coded(JSON.parse(text).errors)).toBe(true);
  });

  it('with INTROSPECTION=off, validation errors do not say "Did you mean …?"', async () => {
    const response = await off().fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ compan(id: "comp_acme") { id } credit(id: "x") { nam } }' }),
    });
    const text = await response.text();
    expect(JSON.parse(text).errors.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/Did you mean/i);
  });
});

describe('6. Limit errors do not match the limits guide', () => {
  const limited = async (query: string) => {
    const result = await run(query);
    expect(result.status).toBeLessThan(500);
    expect(result.json.errors?.length).toBeGreaterThan(0);
    expect(callCount()).toBe(0);
    return result.json.errors![0]!;
  };
  const nested = (depth: number): string => (depth === 0 ? 'id' : `plan { credits { ${nested(depth - 1)} } }`);

  it('the depth limit answers QUERY_LIMIT_EXCEEDED with extensions.limit naming it', async () => {
    const error = await limited(`{ company(id: "${A.company}") { ${nested(10)} } }`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: expect.stringMatching(/depth/i) });
  });

  it('the alias limit answers QUERY_LIMIT_EXCEEDED with extensions.limit naming it', async () => {
    const error = await limited(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: credit(id: "bcrd_ai_tokens") { id }`).join(' ')} }`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: expect.stringMatching(/alias/i) });
  });

  it('the directive limit answers QUERY_LIMIT_EXCEEDED with extensions.limit naming it', async () => {
    const error = await limited(`{ credit(id: "bcrd_ai_tokens") { id ${'@include(if: true) '.repeat(21)} } }`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: expect.stringMatching(/directive/i) });
  });

  it('the token limit answers QUERY_LIMIT_EXCEEDED (not GRAPHQL_PARSE_FAILED) with extensions.limit naming it', async () => {
    const error = await limited(`{ credits(first: 1) { edges { node { ${'id '.repeat(5_001)} } } } }`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: expect.stringMatching(/token/i) });
  });

  it('11 batched operations answer QUERY_LIMIT_EXCEEDED (not 413 BAD_REQUEST) with extensions.limit naming it', async () => {
    gw.schematicSandbox.resetCalls();
    const response = await gw.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Array.from({ length: 11 }, () => ({ query: '{ pricingUnits { id } }' }))),
    });
    const body = (await response.json()) as FormattedExecutionResult | FormattedExecutionResult[];
    const errors = Array.isArray(body) ? body.flatMap((b) => b.errors ?? []) : (body.errors ?? []);
    expect(errors[0]?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: expect.stringMatching(/batch/i) });
    expect(callCount()).toBe(0);
  });

  it('__typename aliases count, or the limits guide says they do not', async () => {
    const result = await run(`{ ${Array.from({ length: 31 }, (_, i) => `t${i}: __typename`).join(' ')} }`);
    const refused = result.json.errors?.some((e) => e.extensions?.code === 'QUERY_LIMIT_EXCEEDED' && /alias/i.test(String(e.extensions.limit)));
    if (!refused) {
      const guide = readFileSync(join(root, 'docs/errors-resilience-limits.md'), 'utf8');
      expect(guide.split(/\n\s*\n/).some((paragraph) => /alias/i.test(paragraph) && /__typename/.test(paragraph) && /not|n't/i.test(paragraph))).toBe(true);
    }
  });
});

/** A loopback server answering every request with `respond`; `close` ends it. */
async function fakeUpstream(respond: (req: { headers: IncomingHttpHeaders; method?: string; url?: string }, res: import('node:http').ServerResponse) => void) {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => respond(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('7. The vendor’s request id is not redacted', () => {
  it('an upstream echoing the key in x-request-id: neither extensions.requestId, UpstreamError.requestId nor a log line carries it', async () => {
    const KEY = 'sch_live_HOSTILE_SECRET_key_123';
    const TOKEN = 'mtr_live_HOSTILE_SECRET_token_456';
    const echo = (status: number) => (req: { headers: IncomingHttpHeaders }, res: import('node:http').ServerResponse) => {
      const credential = String(req.headers['x-schematic-api-key'] ?? req.headers.authorization ?? '');
      res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req-${credential}` }).end(JSON.stringify({ error: 'refused', message: 'refused' }));
    };
    const schematicVendor = await fakeUpstream((req, res) => echo(req.method === 'GET' ? 400 : 500)(req, res));
    const metronomeVendor = await fakeUpstream(echo(500));
    const lines: string[] = [];
    const record = (message: unknown) => lines.push(message instanceof Error ? `${message.message} ${message.stack}` : String(message));
    const schematic = new SchematicClient({ baseUrl: schematicVendor.url, apiKey: KEY, timeoutMs: 2_000, retry: sendOnce });
    const metronome = new MetronomeClient({ baseUrl: metronomeVendor.url, token: TOKEN, timeoutMs: 2_000, retry: sendOnce });
    const yoga = createGateway({ upstreams: { schematic, metronome }, logger: { debug: record, info: record, warn: record, error: record } });
    try {
      const texts: string[] = [];
      for (const query of [
        `{ company(id: "${A.company}") { id } metronomeCustomer(id: "${A.customer}") { id } }`,
        `mutation { grantCreditsToCompany(input: { companyId: "${A.company}", creditId: "bcrd_ai_tokens", quantity: 1, reason: ADJUSTMENT }) {
          __typename ... on UpstreamError { requestId } ... on ValidationError { message } } }`,
      ]) {
        const response = await yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        texts.push(await response.text());
      }
      expect(texts[0]).toMatch(/requestId/); // the request id itself still reaches the caller
      for (const text of [...texts, ...lines]) {
        expect(text).not.toContain('HOSTILE_SECRET');
      }
    } finally {
      await Promise.all([schematic.close(), metronome.close()]);
      await Promise.all([schematicVendor.close(), metronomeVendor.close()]);
    }
  });
});

describe('8. Upstream bodies are unbounded', () => {
  it('a 200 MB upstream answer is not read whole: the call fails with a coded error and the read stops early', async () => {
    const TOTAL = 200 * 1024 * 1024;
    let written = 0;
    let closedEarly = false;
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    const vendor = await fakeUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(TOTAL + 14) });
      res.write('{"data":[],"x":"');
      const pump = () => {
        while (written < TOTAL) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end('"}');
      };
      res.on('close', () => {
        if (written < TOTAL) closedEarly = true;
      });
      pump();
    });
    const schematic = new SchematicClient({ baseUrl: vendor.url, apiKey: 'k', timeoutMs: 20_000, retry: sendOnce });
    const yoga = createGateway({ upstreams: { schematic, metronome: gw.metronomeClient }, logger: quiet });
    try {
      const response = await yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ credits(first: 1) { edges { node { id } } } }' }),
      });
      const body = (await response.json()) as FormattedExecutionResult;
      expect(body.errors?.length).toBeGreaterThan(0);
      expect(coded(body.errors)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(closedEarly).toBe(true);
    } finally {
      await schematic.close();
      await vendor.close();
    }
  }, 60_000);
});

/** Sends raw HTTP to `url` and resolves with the status line's code (for headers fetch would merge). */
function rawRequest(url: string, head: string, body: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(`${head}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`));
    let data = '';
    socket.on('data', (chunk) => {
      data += chunk.toString();
      const status = /^HTTP\/1\.1 (\d{3})/.exec(data);
      if (status) {
        resolve(Number(status[1]));
        socket.destroy();
      }
    });
    socket.on('error', reject);
  });
}

describe('9. Smaller ones', () => {
  it('forward mode: two X-Schematic-Api-Key headers are refused with 400, and nothing is sent on', async () => {
    const [sandbox, metronomeSandbox] = await Promise.all([startSchematicSandbox(), startMetronomeSandbox()]);
    const schematic = new SchematicClient({ baseUrl: sandbox.url, apiKey: '', timeoutMs: 2_000 });
    const metronome = new MetronomeClient({ baseUrl: metronomeSandbox.url, token: '', timeoutMs: 2_000 });
    const yoga = createGateway({ auth: { mode: 'forward' }, upstreams: { schematic, metronome }, logger: quiet });
    const server = createServer(yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      const status = await rawRequest(
        url,
        'POST /graphql HTTP/1.1\r\nhost: gateway.test\r\ncontent-type: application/json\r\nx-schematic-api-key: sch_a\r\nx-schematic-api-key: sch_b\r\nconnection: close',
        JSON.stringify({ query: '{ credits(first: 1) { totalCount } }' }),
      );
      expect(status).toBe(400);
      expect(sandbox.calls).toEqual([]);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([schematic.close(), metronome.close()]);
      await Promise.all([sandbox.close(), metronomeSandbox.close()]);
    }
  });

  it('a busy port prints one line naming the port and exits non-zero, before printing tokens', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = String((busy.address() as AddressInfo).port);
    try {
      const gateway = startProcess({ PORT: port });
      const code = await gateway.exit;
      expect(code).not.toBe(0);
      const lines = gateway.output().trim().split('\n').filter((line) => /error|EADDRINUSE|in use/i.test(line));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(port);
      expect(gateway.output()).not.toMatch(/\n\s+at /); // no stack trace
      expect(gateway.output()).not.toMatch(/development token|eyJ[\w-]+\./); // no token printed, no JWT
    } finally {
      await new Promise<void>((resolve) => busy.close(() => resolve()));
    }
  }, 30_000);

  it('@stream(initialCount: -1) is BAD_USER_INPUT and is never sent upstream', async () => {
    gw.schematicSandbox.resetCalls();
    gw.metronomeSandbox.resetCalls();
    const response = await gw.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'multipart/mixed, application/graphql-response+json, application/json', ...as.admin },
      body: JSON.stringify({ query: '{ pricingUnits @stream(initialCount: -1) { id } }' }),
    });
    const text = await response.text();
    expect(text).toContain('BAD_USER_INPUT');
    expect(text).not.toContain('INTERNAL_SERVER_ERROR');
    expect(callCount()).toBe(0);
  });

  it('a 100 KB id is BAD_USER_INPUT and is never sent upstream', async () => {
    const id = 'x'.repeat(100 * 1024);
    for (const query of [`{ credit(id: "${id}") { id } }`, `{ company(id: "${id}") { id } }`, `{ metronomeCustomer(id: "${id}") { id } }`]) {
      const result = await run(query);
      expect(codes(result.json.errors)).toEqual(['BAD_USER_INPUT']);
      expect(callCount()).toBe(0);
    }
  });

  it('ids that together overflow a URL (100 of 64 non-ASCII characters each) are refused or batched smaller: never an HTTP 431', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => `${'😀'.repeat(31)}${String(i).padStart(2, '0')}`);
    const result = await run('query ($ids: [ID!]!) { companies(ids: $ids) { id } }', { ids });
    expect(codes(result.json.errors).filter((code) => code !== 'BAD_USER_INPUT')).toEqual([]);
    if (!result.json.errors) expect(result.json.data.companies).toEqual(ids.map(() => null));
  });

  it('first: 0 answers hasNextPage: true when there are items', async () => {
    const result = await run(
      `{ credits(first: 0) { pageInfo { hasNextPage } } contractCredits(customerId: "${A.customer}", first: 0) { pageInfo { hasNextPage } } }`,
    );
    expect(result.json.data).toEqual({ credits: { pageInfo: { hasNextPage: true } }, contractCredits: { pageInfo: { hasNextPage: true } } });
  });

  it('variable errors (bad enum, missing field) carry extensions.code like DateTime and Decimal errors do', async () => {
    const badEnum = await run('query ($s: CreditBundleStatus) { creditBundles(filter: { status: $s }) { totalCount } }', { s: 'NOPE' });
    const missingField = await run('query ($k: [CompanyKeyInput!]!) { companyByKeys(keys: $k) { id } }', { k: [{ key: 'domain' }] });
    const missingVariable = await run('query ($id: ID!) { credit(id: $id) { id } }', {});
    for (const result of [badEnum, missingField, missingVariable]) {
      expect(result.json.errors?.length).toBeGreaterThan(0);
      expect(coded(result.json.errors), result.text).toBe(true);
    }
  });

  it('createCredit with both perUnitPrice and perUnitPriceDecimal is refused, not silently dropped', async () => {
    const result = await run(
      `mutation { createCredit(input: { name: "Both", description: "x", currency: "usd", perUnitPrice: "100", perUnitPriceDecimal: "1.5" }) {
        __typename ... on ValidationError { violations { field } } } }`,
    );
    expect(result.json.data.createCredit.__typename).toBe('ValidationError');
    expect(result.json.data.createCredit.violations.map((v: { field: string }) => v.field).join(' ')).toMatch(/perUnitPrice/);
    expect(callCount()).toBe(0);
  });

  it('malformed JSON bodies are not echoed back', async () => {
    const marker = 'HOSTILE_MARKER_7c1e';
    const result = await gw.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query": "{ credits { totalCount } }", "${marker}": [1, 2`,
    });
    const text = await result.text();
    expect(result.status).toBeLessThan(500);
    expect(text).not.toContain(marker);
    expect(coded(JSON.parse(text).errors)).toBe(true);
  });
});
