/**
 * Upstream failures through the whole stack (undici MockAgent as Schematic): a failing call nulls
 * only what depends on it, with a stable code; unknown enum values and int64 money survive.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryLogger } from '../helpers/log.ts';
import { mockGateway, SCHEMATIC_KEY as KEY, type MockGateway } from '../helpers/mock-gateway.ts';

let gw: MockGateway;
const run = (query: string) => gw.run(query);

beforeEach(() => {
  gw = mockGateway();
});
afterEach(() => gw.close());

const credit = (over: Record<string, unknown> = {}) => ({
  id: 'bcrd_1',
  name: 'Tokens',
  description: 'AI tokens',
  burn_strategy: 'first_in_first_out',
  cost_editable: true,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  currency_prices: [],
  default_expiry_unit: 'days',
  default_rollover_policy: 'none',
  ...over,
});

const reply = (path: string, status: number, body: unknown, headers: Record<string, string> = {}) =>
  gw.schematic
    .intercept({ path: (p) => p.split('?')[0] === path, method: 'GET' })
    .reply(status, typeof body === 'string' ? body : JSON.stringify(body), {
      headers: { 'content-type': 'application/json', ...headers },
    });

describe('partial results', () => {
  it('a failing call nulls only its own field, with code, upstream, status and request id', async () => {
    reply('/billing/credits', 200, { data: [credit()], params: {} });
    reply('/plans', 503, { error: 'maintenance' }, { 'x-request-id': 'req-42' });
    const result = await run('{ credit(id: "bcrd_1") { name } plan(id: "plan_1") { name } }');
    expect(result.data).toEqual({ credit: { name: 'Tokens' }, plan: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({
      path: ['plan'],
      message: expect.stringContaining('maintenance'),
      extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: 'schematic', status: 503, requestId: 'req-42' },
    });
    expect(JSON.stringify(result)).not.toContain(KEY);
  });

  it.each([
    [429, 'UPSTREAM_RATE_LIMITED', { 'retry-after': '12' }, { retryAfter: 12 }],
    [401, 'UPSTREAM_UNAUTHORIZED', {}, {}],
    [500, 'UPSTREAM_UNAVAILABLE', {}, {}],
  ])('status %i becomes %s', async (status, code, headers, extra) => {
    reply('/billing/credits', status, { error: 'nope' }, headers);
    const result = await run('{ credits(first: 1) { edges { node { id } } } }');
    expect(result.errors![0].extensions).toMatchObject({ code, status, upstream: 'schematic', ...extra });
  });

  it('a malformed body is a typed error, not a crash', async () => {
    reply('/billing/credits', 200, '{"data": [', {});
    const result = await run('{ credits(first: 1) { edges { node { id } } } }');
    expect(result.errors![0].extensions).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', upstream: 'schematic' });
  });

  it('a slow upstream times out with UPSTREAM_TIMEOUT', async () => {
    reply('/billing/credits', 200, { data: [], params: {} }).delay(1_000);
    const result = await run('{ credits(first: 1) { edges { node { id } } } }');
    expect(result.errors![0].extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', upstream: 'schematic' });
  });

  it('an unexpected error is masked', async () => {
    reply('/billing/credits', 200, { data: [{ id: 'bcrd_x', product: { quantity: 'lots' } }], params: {} });
    const result = await run('{ credit(id: "bcrd_x") { product { quantity } } }');
    expect(result.errors![0].message).toBe('Unexpected error.');
  });

  it('money a Decimal cannot spell (1e5000, read as Infinity) is UPSTREAM_BAD_RESPONSE, not an internal error', async () => {
    const product = '{"product_id":"p","name":"n","external_id":"e","is_active":true,"price":1e5000,"provider_type":"stripe"}';
    reply('/billing/credits', 200, JSON.stringify({ data: [credit({ product: 'PRODUCT' })], params: {} }).replace('"PRODUCT"', product));
    const result = await run('{ credit(id: "bcrd_1") { product { price } } }');
    expect(result.errors![0]).toMatchObject({
      path: ['credit', 'product', 'price'],
      message: "The upstream's answer: Decimal cannot represent Infinity",
      extensions: { code: 'UPSTREAM_BAD_RESPONSE' },
    });
  });

  it('a required wire field missing entirely is UPSTREAM_BAD_RESPONSE naming the field, not an internal error', async () => {
    reply('/billing/credits', 200, { data: [{ id: 'bcrd_x' }], params: {} });
    const result = await run('{ credit(id: "bcrd_x") { currencyPrices { currency } } }');
    expect(result.errors![0]).toMatchObject({
      message: "The upstream's answer has no value for Credit.currencyPrices",
      extensions: { code: 'UPSTREAM_BAD_RESPONSE' },
    });
  });
});

describe('wire values', () => {
  it('an enum value the vendor adds later resolves to UNKNOWN', async () => {
    reply('/billing/credits', 200, { data: [credit({ burn_strategy: 'cheapest_first' })], params: {} });
    const result = await run('{ credit(id: "bcrd_1") { burnStrategy defaultRolloverPolicy } }');
    expect(result).toEqual({ data: { credit: { burnStrategy: 'UNKNOWN', defaultRolloverPolicy: 'NONE' } } });
  });

  it('int64 minor units beyond 2^53 stay exact; decimals pass through as strings', async () => {
    const body = JSON.stringify({ data: [credit({ price: 'PRICE' })], params: {} }).replace(
      '"PRICE"',
      '{"id":"bpri_1","currency":"usd","external_price_id":"x","interval":"one-time","interval_count":1,' +
        '"price":9223372036854775807,"price_decimal":"0.000000000000000001","provider_type":"stripe","scheme":"per_unit"}',
    );
    reply('/billing/credits', 200, body);
    const result = await run('{ credit(id: "bcrd_1") { price { price priceDecimal interval } } }');
    expect(result).toEqual({
      data: { credit: { price: { price: '9223372036854775807', priceDecimal: '0.000000000000000001', interval: 'ONE_TIME' } } },
    });
  });
});

describe('logging', () => {
  it('a failed call is logged once, however many fields it fails, with the vendor request id and the request id; each other failure once more', async () => {
    const log = memoryLogger();
    await gw.close();
    gw = mockGateway({ logger: log.logger });
    reply('/billing/credits', 503, { error: 'maintenance' }, { 'x-request-id': 'vendor-req-7' });
    const response = await gw.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'caller-req-1' },
      body: JSON.stringify({ query: '{ a: credit(id: "bcrd_1") { name } b: credit(id: "bcrd_2") { name } c: credit(id: "bcrd_3") { name } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('caller-req-1');
    expect((await response.json()).errors).toHaveLength(3); // one batched call, three fields
    const errors = () => log.lines().filter((line) => line.level === 'error');
    expect(errors()).toEqual([
      expect.objectContaining({
        msg: expect.stringMatching(/^schematic GET \/billing\/credits failed \(server 503\): maintenance/),
        reqId: 'caller-req-1',
        upstream: 'schematic',
        method: 'GET',
        path: '/billing/credits',
        kind: 'server',
        status: 503,
        vendorRequestId: 'vendor-req-7',
      }),
    ]);

    reply('/billing/credits', 503, { error: 'still down' });
    await run('{ a: credit(id: "bcrd_1") { name } b: credit(id: "bcrd_2") { name } }');
    expect(errors()).toHaveLength(2);
    expect(errors()[1]!.msg).toMatch(/still down/);
    // No caller id this time: one was made, and it differs from the first request's.
    expect(errors()[1]!.reqId).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
  });
});

describe('readiness', () => {
  it('/readyz is 503 until Schematic has answered once, then 200 even while Schematic fails; /healthz stays 200', async () => {
    reply('/billing/credits/count', 503, { error: 'down' });
    gw.metronome.intercept({ path: (p) => p.startsWith('/v1/credit-types/list'), method: 'GET' }).reply(200, { data: [], next_page: null }).persist();
    const starting = await gw.yoga.fetch('http://gateway.test/readyz');
    expect(starting.status).toBe(503);
    expect(await starting.json()).toEqual({ status: 'starting' });
    expect((await gw.yoga.fetch('http://gateway.test/healthz')).status).toBe(200);

    reply('/billing/credits/count', 200, { data: { count: 3 }, params: {} });
    expect((await gw.yoga.fetch('http://gateway.test/readyz')).status).toBe(200);
    // From now on a failing vendor does not take the replica out of rotation (and is not even asked).
    reply('/billing/credits/count', 503, { error: 'down again' });
    expect((await gw.yoga.fetch('http://gateway.test/readyz')).status).toBe(200);
  });

  it('/readyz is 503 while Metronome has not answered', async () => {
    reply('/billing/credits/count', 200, { data: { count: 3 }, params: {} });
    gw.metronome.intercept({ path: (p) => p.startsWith('/v1/credit-types/list'), method: 'GET' }).reply(503, { message: 'down' });
    expect((await gw.yoga.fetch('http://gateway.test/readyz')).status).toBe(503);
  });
});
