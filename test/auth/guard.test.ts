/**
 * The tenant guard on a company-scoped caller's upstream clients (src/auth/guard.ts), over real
 * loopback HTTP to both sandboxes: whatever code asks, a request for another company's private
 * data, a request spanning companies, an unclassified endpoint or a write is refused before it
 * is sent; the caller's own data and the catalogue pass.
 */
import type { YogaInitialContext } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_METRONOME_LINK } from '../../src/config.ts';
import { createContext, type Context, type Upstreams } from '../../src/context.ts';
import { startMetronomeSandbox, type MetronomeSandbox } from '../../src/sandbox/metronome/server.ts';
import { startSchematicSandbox, type SchematicSandbox } from '../../src/sandbox/schematic/server.ts';
import { tenantLinks } from '../../src/schema/index.ts'; // how a company finds its Metronome customer
import { MetronomeClient } from '../../src/upstream/metronome/client.ts';
import { SchematicClient } from '../../src/upstream/schematic/client.ts';
import { A, B } from './helpers.ts';

let sandbox: SchematicSandbox;
let metronome: MetronomeSandbox;
let shared: Upstreams;

beforeAll(async () => {
  [sandbox, metronome] = await Promise.all([startSchematicSandbox(), startMetronomeSandbox()]);
  shared = {
    schematic: new SchematicClient({ baseUrl: sandbox.url, apiKey: 'gateway-key', timeoutMs: 2_000 }),
    metronome: new MetronomeClient({ baseUrl: metronome.url, token: 'gateway-token', timeoutMs: 2_000 }),
  };
});
afterAll(async () => {
  await Promise.all([shared.schematic.close(), shared.metronome.close()]);
  await Promise.all([sandbox.close(), metronome.close()]);
});

/** A fresh request context of a company-A caller, built by the gateway's own context factory. */
function requestOfA(): Promise<Context> {
  const contextOf = createContext(shared, { metronomeLink: DEFAULT_METRONOME_LINK, tenantLinks }, async () => ({
    principal: { kind: 'company', subject: 'u', companyId: A.company },
  }));
  return contextOf({ request: new Request('http://gateway.test/graphql') } as YogaInitialContext);
}

/** Runs `call` with the sandboxes' logs cleared; resolves with what reached each sandbox. */
async function sent(call: () => Promise<unknown>): Promise<{ outcome: 'ok' | string; schematic: string[]; metronome: string[] }> {
  sandbox.resetCalls();
  metronome.resetCalls();
  let outcome = 'ok';
  try {
    await call();
  } catch (error) {
    outcome = (error as { extensions?: { code?: string } }).extensions?.code ?? String(error);
  }
  return { outcome, schematic: sandbox.calls.map((c) => c.path), metronome: metronome.calls.map((c) => c.path) };
}

describe('refused before sending', () => {
  it.each<[string, (ctx: Context) => Promise<unknown>]>([
    ['another company by id', (ctx) => ctx.upstreams.schematic.companies.list({ ids: [B.company] }, ctx)],
    ['a batch mixing ids', (ctx) => ctx.upstreams.schematic.companies.list({ ids: [A.company, B.company] }, ctx)],
    ['every company', (ctx) => ctx.upstreams.schematic.companies.list({}, ctx)],
    ['another company’s grants', (ctx) => ctx.upstreams.schematic.grants.listForCompany({ companyId: B.company }, ctx)],
    ['every company’s grants of a credit', (ctx) => ctx.upstreams.schematic.grants.list({ creditId: 'bcrd_ai_tokens' }, ctx)],
    ['another company’s ledger', (ctx) => ctx.upstreams.schematic.ledger.list({ companyId: B.company }, ctx)],
    ['another company’s balances', (ctx) => ctx.upstreams.schematic.ledger.balances(B.company, ctx)],
    ['a company lookup by keys', (ctx) => ctx.upstreams.schematic.companies.lookup({ domain: 'globex.example' }, ctx)],
    ['a write, even about itself', (ctx) => ctx.upstreams.schematic.credits.create({ name: 'x', description: 'y' } as never, ctx)],
    ['an endpoint nobody classified', (ctx) => ctx.upstreams.schematic.dispatch({ method: 'GET', path: '/events' })],
    ['another customer', (ctx) => ctx.upstreams.metronome.customers.list({ customerIds: [B.customer] }, ctx)],
    ['another customer’s credits', (ctx) => ctx.upstreams.metronome.credits.list({ customerId: B.customer }, ctx)],
    ['another customer’s contracts', (ctx) => ctx.upstreams.metronome.contracts.list({ customerId: B.customer }, ctx)],
    ['a customer by an alias that is not its own', (ctx) => ctx.upstreams.metronome.customers.list({ ingestAlias: 'globex.example' }, ctx)],
  ])('%s: FORBIDDEN, nothing of B sent', async (_name, call) => {
    const result = await sent(async () => call(await requestOfA()));
    expect(result.outcome).toBe('FORBIDDEN');
    // Only the caller's own company may have been read (to find its Metronome customer).
    expect(result.schematic.filter((path) => path !== '/companies')).toEqual([]);
    expect(result.metronome).toEqual([]);
  });
});

describe('let through', () => {
  it.each<[string, (ctx: Context) => Promise<unknown>]>([
    ['its own company', (ctx) => ctx.upstreams.schematic.companies.list({ ids: [A.company] }, ctx)],
    ['its own grants', (ctx) => ctx.upstreams.schematic.grants.listForCompany({ companyId: A.company }, ctx)],
    ['grants by id (owner checked after the read)', (ctx) => ctx.upstreams.schematic.grants.list({ ids: ['bcgr_x'] }, ctx)],
    ['its own ledger', (ctx) => ctx.upstreams.schematic.ledger.list({ companyId: A.company }, ctx)],
    ['the credit catalogue', (ctx) => ctx.upstreams.schematic.credits.list({}, ctx)],
    ['its own customer', (ctx) => ctx.upstreams.metronome.customers.list({ customerIds: [A.customer] }, ctx)],
    ['its own customer’s credits', (ctx) => ctx.upstreams.metronome.credits.list({ customerId: A.customer }, ctx)],
    ['the pricing units', (ctx) => ctx.upstreams.metronome.pricingUnits.list({ limit: 1 }, ctx)],
  ])('%s', async (_name, call) => {
    const result = await sent(async () => call(await requestOfA()));
    expect(result.outcome).toBe('ok');
    expect(result.schematic.length + result.metronome.length).toBeGreaterThan(0);
  });
});
