/**
 * Two tenants in parallel: 200 interleaved requests never see each other's results. Loaders are
 * per request and the upstream clients are wrapped per request, so nothing read for one caller
 * (or with one caller's key) can answer another.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.ts';
import { useTestGateway, type TestGateway } from '../helpers/gateway.ts';
import { A, B, bearer, JWT_AUTH } from './helpers.ts';

const TENANT_QUERY = graphql(`
  query IsolationMine($other: ID!) {
    creditGrants(first: 5) { edges { node { id company { id } } } }
    mine: companies(ids: [$other]) { id }
    viewer: creditGrants(first: 1) {
      edges { node { company {
        id name
        ledger(first: 2) { edges { node { company { id } } } }
        metronomeCustomer { id }
        contractCredits(first: 2) { edges { node { customerId } } }
      } } }
    }
  }
`);

/** Like `gw.run`, but leaves the sandboxes' call logs alone, so that parallel requests can be counted together. */
async function post<TData, TVars>(
  gw: TestGateway,
  headers: Record<string, string>,
  document: TypedDocumentNode<TData, TVars> | string,
  variables?: TVars,
): Promise<ExecutionResult<TData>> {
  // Over loopback to the gateway's listener: from the second request of an operation on, the fast lane answers.
  const response = await fetch(gw.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
  });
  return (await response.json()) as ExecutionResult<TData>;
}

describe('AUTH_MODE=jwt, tokens of company A and company B', () => {
  const gw = useTestGateway({ auth: JWT_AUTH });

  it('200 interleaved requests in parallel: each gets its own company only, and the other as FORBIDDEN', async () => {
    const tenants = [
      { own: A, other: B, headers: await bearer({ company_id: A.company }) },
      { own: B, other: A, headers: await bearer({ company_id: B.company }) },
    ];
    const requests = Array.from({ length: 200 }, (_, i) => tenants[i % 2]!);
    const results = await Promise.all(requests.map((t) => post(gw, t.headers, TENANT_QUERY, { other: t.other.company })));
    results.forEach((result, i) => {
      const { own, other } = requests[i]!;
      const text = JSON.stringify(result.data);
      expect(text).not.toContain(other.company);
      expect(text).not.toContain(other.customer);
      const data = result.data!;
      expect(data.creditGrants!.edges.length).toBeGreaterThan(0);
      expect(data.creditGrants!.edges.every((e) => e.node.company.id === own.company)).toBe(true);
      const company = data.viewer!.edges[0]!.node.company;
      expect(company.id).toBe(own.company);
      expect(company.metronomeCustomer?.id).toBe(own.customer);
      expect(company.ledger.edges.every((e) => e.node.company.id === own.company)).toBe(true);
      expect(company.contractCredits?.edges.every((e) => e.node.customerId === own.customer)).toBe(true);
      expect(data.mine).toEqual([null]);
      expect(result.errors).toEqual([expect.objectContaining({ path: ['mine', 0], extensions: { code: 'FORBIDDEN' } })]);
    });
  });
});

describe('AUTH_MODE=forward, two callers with their own keys', () => {
  const gw = useTestGateway({ auth: { mode: 'forward' } });

  it('200 interleaved requests in parallel: every upstream call carries its own request’s key, one call per request (nothing shared)', async () => {
    gw.schematicSandbox.resetCalls();
    gw.metronomeSandbox.resetCalls();
    const keys = ['sch_tenant_one', 'sch_tenant_two'];
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        post(gw, { 'x-schematic-api-key': keys[i % 2]!, 'x-metronome-token': `mtr_of_${keys[i % 2]}` }, `{
          company(id: "${A.company}") { id name }
          metronomeCustomer(id: "${A.customer}") { id }
        }`),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const perKey = (calls: { headers: Record<string, unknown> }[], header: string) =>
      calls.reduce<Record<string, number>>((counts, call) => {
        const value = String(call.headers[header]);
        counts[value] = (counts[value] ?? 0) + 1;
        return counts;
      }, {});
    // One company read and one customer read per request: had a loader or a result been shared
    // between requests, there would be fewer; had a key been mixed up, another value would show.
    expect(perKey(gw.schematicSandbox.calls, 'x-schematic-api-key')).toEqual({ sch_tenant_one: 100, sch_tenant_two: 100 });
    expect(perKey(gw.metronomeSandbox.calls, 'authorization')).toEqual({ 'Bearer mtr_of_sch_tenant_one': 100, 'Bearer mtr_of_sch_tenant_two': 100 });
  });
});
