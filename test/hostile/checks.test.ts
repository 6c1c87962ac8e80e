/**
 * The hostile suite's own checks can fail: each rule of harness.ts, given an answer that breaks
 * it, says so (a property whose check cannot fail would pass whatever the gateway does); and
 * the generator reaches every root field and every entity type of the schema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MetronomeSandboxCall } from '../../src/sandbox/metronome/server.ts';
import type { SchematicSandboxCall } from '../../src/sandbox/schematic/server.ts';
import { schema } from '../../src/schema/index.ts';
import { B } from '../auth/helpers.ts';
import { checkAnswered, checkCost, checkErrors, checkMutation, checkTenancy, checkUpstream, OWN_COMPANY, type Outcome, type Payload } from './harness.ts';
import { entityKeys, operationArb, type Operation } from './operations.ts';
import { requestBody } from './values.ts';

const op = (query: string, variables: Record<string, unknown> = {}, kind: Operation['kind'] = 'query', rootFields = ['x']): Operation => {
  const body = requestBody({ query, variables });
  return { kind, query, variables, body, rootFields, [fc.toStringMethod]: () => body };
};

const call = (method: string, path: string, status: number, body: unknown = {}, query = ''): SchematicSandboxCall & MetronomeSandboxCall => ({
  method,
  path,
  query: new URLSearchParams(query),
  headers: {},
  text: undefined,
  body: undefined,
  idempotencyKey: undefined,
  reply: { status, body },
});

const outcome = (payload: Payload, { status = 200, schematic = [] as SchematicSandboxCall[], metronome = [] as MetronomeSandboxCall[] } = {}): Outcome => ({
  status,
  contentType: 'application/json',
  text: JSON.stringify(payload),
  payloads: [payload],
  errors: payload.errors ?? [],
  data: payload.data,
  schematicCalls: schematic,
  metronomeCalls: metronome,
});

const coded = (message: string, code: string, path?: string[]) => ({ message, path, extensions: { code } });

describe('each check finds what breaks its rule', () => {
  it('(1) a server failure is not an answer', () => {
    expect(checkAnswered(outcome({ errors: [coded('x', 'X')] }, { status: 500 }))).not.toEqual([]);
    expect(checkAnswered(outcome({ data: { x: 1 } }))).toEqual([]);
  });

  it('(2) an error without a code, an internal or upstream failure, a stack trace, a secret', () => {
    const q = op('{ x }');
    expect(checkErrors(outcome({ errors: [{ message: 'no code' }] }), q)).not.toEqual([]);
    expect(checkErrors(outcome({ errors: [coded('Unexpected error.', 'INTERNAL_SERVER_ERROR')] }), q)).not.toEqual([]);
    expect(checkErrors(outcome({ errors: [coded('HTTP 431', 'UPSTREAM_UNAVAILABLE')] }), q)).not.toEqual([]);
    expect(checkErrors(outcome({ errors: [coded('boom\n    at resolve (/app/src/schema/x.ts:10:5)', 'BAD_USER_INPUT')] }), q)).not.toEqual([]);
    expect(checkErrors(outcome({ errors: [coded('key test-key refused', 'BAD_USER_INPUT')] }), q)).not.toEqual([]);
    expect(checkErrors(outcome({ errors: [coded('Argument "first" must be between 0 and 100', 'BAD_USER_INPUT')] }), q)).toEqual([]);
  });

  it('(3) a refused request that still called out; an upstream 400 the gateway should have prevented; a route the upstream lacks', () => {
    const refused = outcome({ errors: [coded('bad', 'BAD_USER_INPUT')] }, { schematic: [call('GET', '/billing/credits', 200)] });
    expect(checkUpstream(refused, op('{ credits { totalCount } }'), 'admin')).not.toEqual([]);
    const rootRefused = outcome({ data: { x: null }, errors: [coded('bad', 'BAD_USER_INPUT', ['x'])] }, { schematic: [call('GET', '/billing/credits', 200)] });
    expect(checkUpstream(rootRefused, op('{ x }'), 'admin')).not.toEqual([]);
    const sent400 = outcome({ data: { x: null } }, { metronome: [call('POST', '/v1/contract-pricing/products/get', 400, { message: 'id must be a UUID' })] });
    expect(checkUpstream(sent400, op('{ x }'), 'admin')).not.toEqual([]);
    const routeMiss = outcome({ data: { x: null } }, { schematic: [call('GET', '/companies/x/../credits', 404, { error: 'not found: GET /companies/x/../credits' })] });
    expect(checkUpstream(routeMiss, op('{ x }'), 'admin')).not.toEqual([]);
    // What is fine: an id the upstream does not have, a state only it knows, and the scoped caller's own company read to authorise it.
    const notFound = outcome({ data: { x: null } }, { schematic: [call('GET', '/billing/credits/bundles/bcb_x', 404, { error: 'credit bundle not found: bcb_x' })] });
    expect(checkUpstream(notFound, op('{ x }'), 'admin')).toEqual([]);
    const stateful = outcome({ data: { x: {} } }, { metronome: [call('POST', '/v2/contracts/credits/archive', 400, { message: 'credit c was applied to finalized invoice i; void the invoice before archiving the credit' })] });
    expect(checkUpstream(stateful, op('mutation { x }', {}, 'mutation'), 'admin')).toEqual([]);
    const ownLookup = outcome({ data: { x: null }, errors: [coded('bad', 'BAD_USER_INPUT', ['x'])] }, { schematic: [call('GET', '/companies', 200, {}, `ids=${OWN_COMPANY}&limit=1`)] });
    expect(checkUpstream(ownLookup, op('{ x }'), 'company')).toEqual([]);
  });

  it('(4) another tenant’s id in a scoped caller’s answer (an id it sent itself may be echoed in an error)', () => {
    const leak = outcome({ data: { company: { id: B.company } } });
    expect(checkTenancy(leak, op('{ company }'), 'company')).not.toEqual([]);
    expect(checkTenancy(leak, op('{ company }'), 'nobody')).not.toEqual([]);
    expect(checkTenancy(leak, op('{ company }'), 'admin')).toEqual([]);
    const own = outcome({ data: { company: { id: OWN_COMPANY } } });
    expect(checkTenancy(own, op('{ company }'), 'company')).toEqual([]);
    expect(checkTenancy(own, op('{ company }'), 'nobody')).not.toEqual([]);
    const echoed = outcome({ data: { company: null }, errors: [coded(`company ${B.company} is not visible`, 'FORBIDDEN', ['company'])] });
    expect(checkTenancy(echoed, op(`{ company(id: "${B.company}") { id } }`), 'company')).toEqual([]);
    expect(checkTenancy(echoed, op('{ company(id: "x") { id } }'), 'company')).not.toEqual([]);
  });

  it('(cost) an admitted read that called out more often than the cost limit counted', () => {
    const calls = Array.from({ length: 5 }, () => call('GET', '/billing/credits', 200));
    expect(checkCost(outcome({ data: { x: {} } }, { schematic: calls }), op('{ credit(id: "x") { id } }'))).not.toEqual([]);
    expect(checkCost(outcome({ data: { x: {} } }, { schematic: calls.slice(0, 1) }), op('{ credits(first: 5) { edges { node { id } } } }'))).toEqual([]);
  });

  it('(5) a scoped caller’s mutation that was sent; an applied write answered as a failure', () => {
    const sent = outcome({ data: null, errors: [coded('Forbidden', 'FORBIDDEN', ['m'])] }, { schematic: [call('POST', '/billing/credits', 200)] });
    expect(checkMutation(sent, op('mutation { m }', {}, 'mutation'), 'company')).not.toEqual([]);
    const appliedNull = outcome({ data: null, errors: [coded('x', 'BAD_USER_INPUT', ['m', 'credit', 'planCreditGrants'])] }, { schematic: [call('POST', '/billing/credits', 201)] });
    expect(checkMutation(appliedNull, op('mutation { m }', {}, 'mutation'), 'admin')).not.toEqual([]);
    const appliedError = outcome({ data: { m: { __typename: 'UpstreamError' } } }, { metronome: [call('POST', '/v1/contracts/customerCredits/create', 200)] });
    expect(checkMutation(appliedError, op('mutation { m }', {}, 'mutation'), 'admin')).not.toEqual([]);
    const applied = outcome({ data: { m: { __typename: 'CreateCreditPayload' } } }, { schematic: [call('POST', '/billing/credits', 201)] });
    expect(checkMutation(applied, op('mutation { m }', {}, 'mutation'), 'admin')).toEqual([]);
  });
});

describe('the generator', () => {
  it('draws every root field of Query and Mutation, and every entity type, from the schema itself', () => {
    for (const kind of ['query', 'mutation'] as const) {
      const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
      const drawn = new Set(fc.sample(operationArb(schema, kind), { numRuns: 1_500, seed: 1 }).flatMap((o) => o.rootFields));
      expect([...drawn].sort()).toEqual(Object.keys(root.getFields()).sort());
    }
    const entities = fc.sample(operationArb(schema, 'query', { rootFields: ['_entities'] }), { numRuns: 300, seed: 1 }).map((o) => o.body).join('\n');
    for (const typename of entityKeys(schema).keys()) expect(entities).toContain(`"${typename}"`);
  });
});
