/**
 * The gateway composed into a supergraph beside another subgraph, and served by a real router:
 * the example in examples/supergraph/ (an accounts service owning `Company { id name domain }`)
 * is composed with the committed SDL by @theguild/federation-composition, and Hive Gateway's
 * runtime routes queries over loopback HTTP to both subgraphs.
 */
import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { gatewayConfig } from '../../examples/supergraph/gateway.config.ts';
import { useTestGateway } from '../helpers/gateway.ts';
import { serve, type LoopbackServer } from './helpers.ts';

const EXAMPLE = new URL('../../examples/supergraph/', import.meta.url);

/** The accounts service's own data: names differ from Schematic's, so a test sees who answered. */
const ACCOUNTS = [
  { id: 'comp_acme', name: 'Acme Robotics Inc.', domain: 'acme.example' },
  { id: 'comp_globex', name: 'Globex Corporation', domain: 'globex.example' },
  { id: 'comp_hooli', name: 'Hooli XYZ', domain: 'hooli.example' },
];

const gw = useTestGateway();
let credits: LoopbackServer;
let accounts: LoopbackServer;
let router: ReturnType<typeof createGatewayRuntime>;

beforeAll(async () => {
  credits = await serve(gw.yoga);
  const accountsSchema = buildSubgraphSchema({
    typeDefs: parse(readFileSync(new URL('accounts.graphql', EXAMPLE), 'utf8')),
    resolvers: {
      Query: { allCompanies: () => ACCOUNTS },
      Company: { __resolveReference: ({ id }: { id: string }) => ACCOUNTS.find((c) => c.id === id) ?? null },
    },
  });
  accounts = await serve(createYoga({ schema: accountsSchema, logging: false }));

  // The example's rover config names the subgraphs and their schema files; the routing URLs are this test's servers.
  const config = parseYaml(readFileSync(new URL('supergraph.yaml', EXAMPLE), 'utf8')) as {
    subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
  };
  const urls: Record<string, string> = { accounts: `${accounts.url}/graphql`, credits: `${credits.url}/graphql` };
  const composed = composeServices(
    Object.entries(config.subgraphs).map(([name, subgraph]) => ({
      name,
      url: urls[name],
      typeDefs: parse(readFileSync(new URL(subgraph.schema.file, EXAMPLE), 'utf8')),
    })),
  );
  expect(composed.errors ?? []).toEqual([]);
  router = createGatewayRuntime({
    supergraph: composed.supergraphSdl!,
    propagateHeaders: gatewayConfig.propagateHeaders,
    logging: false,
  });
});

afterAll(async () => {
  await router?.dispose();
  await Promise.all([credits?.close(), accounts?.close()]);
});

/** Runs `document` through the router; `TData` is what the test's selection reads (the supergraph's types are not generated). */
async function query<TData = unknown>(document: string, headers: Record<string, string> = {}) {
  gw.schematicSandbox.resetCalls();
  gw.metronomeSandbox.resetCalls();
  credits.headers.length = 0;
  accounts.headers.length = 0;
  const response = await router.fetch('http://router.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: document }),
  });
  return (await response.json()) as { data?: TData; errors?: unknown[] };
}

/** A company as the extend-companies query selects it, across both subgraphs. */
interface SupergraphCompany {
  id: string;
  name: string;
  domain: string | null;
  creditBalances: { remaining: number; credit: { name: string } }[];
  creditGrants: { edges: { node: { id: string; company: { id: string } } }[] };
  metronomeCustomer: { name: string } | null;
  contractCredits: { edges: { node: { id: string; customerId: string } }[] } | null;
}

describe('a supergraph of accounts and credits-gateway', () => {
  it('composes the committed SDL with the example accounts subgraph', () => {
    expect(router).toBeDefined();
  });

  it('extends companies listed by accounts with balances, grants and contract credits', async () => {
    const result = await query<{ allCompanies: SupergraphCompany[] }>(`{
      allCompanies {
        id name domain
        creditBalances { remaining credit { name } }
        creditGrants(first: 2) { edges { node { id company { id } } } }
        metronomeCustomer { name }
        contractCredits(first: 2) { edges { node { id customerId } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const companies = result.data!.allCompanies;
    // Names and domains from accounts, the rest from credits-gateway.
    expect(companies.map((c) => [c.id, c.name, c.domain])).toEqual(ACCOUNTS.map((c) => [c.id, c.name, c.domain]));
    const acme = companies[0]!;
    expect(acme.creditBalances.length).toBeGreaterThan(0);
    expect(acme.creditBalances[0]?.credit.name).toEqual(expect.any(String));
    expect(acme.creditGrants.edges[0]?.node.company.id).toBe('comp_acme');
    expect(acme.metronomeCustomer?.name).toEqual(expect.any(String));
    expect(acme.contractCredits?.edges.length).toBeGreaterThan(0);

    // One batched companies call and one credits call for all of them; grants one call per company.
    const calls = gw.calls();
    expect(calls.filter((c) => c.startsWith('GET /companies?'))).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith('GET /billing/credits?'))).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith('GET /billing/credits/grants/company/list?'))).toHaveLength(ACCOUNTS.length);
    // The router asked credits-gateway once, for all three companies.
    expect(credits.headers).toHaveLength(1);
    expect(accounts.headers).toHaveLength(1);
  });

  it('goes from credits-gateway to accounts for a field only accounts has', async () => {
    const result = await query<{ creditGrants: { edges: { node: { id: string; company: { id: string; domain: string | null } } }[] } }>(
      '{ creditGrants(first: 3) { edges { node { id company { id domain } } } } }',
    );
    expect(result.errors).toBeUndefined();
    const edges = result.data!.creditGrants.edges;
    expect(edges).toHaveLength(3);
    for (const { node } of edges) {
      expect(node.company.domain).toBe(ACCOUNTS.find((c) => c.id === node.company.id)?.domain ?? null);
    }
    expect(edges.some(({ node }) => node.company.domain !== null)).toBe(true);
    // One _entities call to accounts for every company of the page.
    expect(accounts.headers).toHaveLength(1);
  });

  it('forwards the caller’s Authorization to credits-gateway (the example gateway config)', async () => {
    const result = await query('{ allCompanies { id creditBalances { remaining } } }', { authorization: 'Bearer caller-token' });
    expect(result.errors).toBeUndefined();
    expect(credits.headers.map((h) => h.authorization)).toEqual(['Bearer caller-token']);
    expect(accounts.headers.map((h) => h.authorization)).toEqual([undefined]);
  });
});
