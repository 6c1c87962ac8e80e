/** Bad input is refused with an error naming the argument, before any upstream call. */
import { describe, expect, it } from 'vitest';
import { useTestGateway } from '../helpers/gateway.ts';

const gw = useTestGateway();

const ids = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `bcgr_${i}`));

describe('argument validation', () => {
  it.each([
    ['first above the maximum', '{ credits(first: 101) { edges { cursor } } }', 'first'],
    ['negative first', '{ creditGrants(first: -1) { edges { cursor } } }', 'first'],
    ['malformed after cursor', '{ credits(first: 5, after: "bm9wZQ==") { edges { cursor } } }', 'after'],
    ['garbage before cursor', '{ creditBundles(last: 2, before: "%%%") { edges { cursor } } }', 'before'],
    ['last without before', '{ credits(last: 2) { edges { cursor } } }', 'last'],
    ['nested first above the maximum', '{ credit(id: "bcrd_ai_tokens") { grants(first: 1000) { edges { cursor } } } }', 'first'],
    ['more than 100 ids', `{ creditGrants(filter: { ids: ${ids(101)} }) { edges { cursor } } }`, 'filter.ids'],
    ['company with credit filter', '{ creditGrants(filter: { companyId: "comp_acme", creditId: "bcrd_ai_tokens" }) { edges { cursor } } }', 'filter'],
    ['sort without company', '{ creditGrants(filter: { order: QUANTITY }) { edges { cursor } } }', 'filter'],
    ['UNKNOWN as a sort order', '{ creditGrants(filter: { companyId: "comp_acme", order: UNKNOWN }) { edges { cursor } } }', 'filter.order'],
    ['UNKNOWN as a direction', '{ company(id: "comp_acme") { creditGrants(dir: UNKNOWN) { edges { cursor } } } }', 'dir'],
    ['no keys', '{ companyByKeys(keys: []) { id } }', 'keys'],
    [
      'ledger end before start',
      '{ company(id: "comp_acme") { ledger(filter: { startTime: "2026-09-02T00:00:00Z", endTime: "2026-09-01T00:00:00Z" }) { edges { cursor } } } }',
      'filter.endTime',
    ],
  ])('%s', async (_name, query, argument) => {
    const result = await gw.run(query);
    expect(result.errors?.[0]?.message).toContain(`"${argument}"`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    // The parent of a nested field (company(id), credit(id)) may load by id; nothing else may be called.
    expect(gw.calls().filter((c) => !c.includes('?ids='))).toEqual([]);
  });

  it('rejects a malformed DateTime before any call', async () => {
    const result = await gw.run('{ company(id: "comp_acme") { ledger(filter: { startTime: "yesterday" }) { edges { cursor } } } }');
    expect(result.errors?.[0]?.message).toMatch(/DateTime.*RFC 3339/);
    expect(gw.calls()).toEqual([]);
  });

  it('accepts exactly 100 ids and first = 100', async () => {
    const result = await gw.run(`{ creditGrants(first: 100, filter: { ids: ${ids(100)} }) { edges { cursor } } }`);
    expect(result.errors).toBeUndefined();
    expect(gw.calls()).toHaveLength(1);
  });

  it('an empty id list matches nothing (upstream would read it as no filter) and calls nothing', async () => {
    const result = await gw.run('{ creditGrants(filter: { ids: [] }) { totalCount edges { cursor } } }');
    expect(result).toMatchObject({ data: { creditGrants: { totalCount: 0, edges: [] } } });
    expect(gw.calls()).toEqual([]);
  });

  it('first: 0 returns an empty page without calling upstream', async () => {
    const result = await gw.run('{ credits(first: 0) { edges { cursor } pageInfo { hasNextPage } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ credits: { edges: [], pageInfo: { hasNextPage: false } } });
    expect(gw.calls()).toEqual([]);
  });
});
