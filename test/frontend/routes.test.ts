/**
 * The gateway's own paths beside /graphql (/readyz, /metrics) are matched from the request URL's
 * text: a GraphQL request runs no URLPattern (yoga's readiness check matched every request
 * against one: on Node 20 the polyfill's, 1% of a single credit's CPU in `npm run bench`).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTestGateway } from '../helpers/gateway.ts';

const gw = useTestGateway();

describe('routes', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a GraphQL request matches no URLPattern; /readyz and /metrics still answer, with a query string too', async () => {
    const test = vi.spyOn(gw.yoga.fetchAPI.URLPattern.prototype, 'test');
    const result = await gw.run('{ credits(first: 1) { edges { node { id } } } }');
    expect(result.errors).toBeUndefined();
    expect(test).not.toHaveBeenCalled();

    for (const url of ['http://gateway.test/readyz', 'http://gateway.test/readyz?probe=1']) {
      const ready = await gw.yoga.fetch(url);
      expect(ready.status).toBe(200);
    }
    const metrics = await gw.yoga.fetch('http://gateway.test/metrics');
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('gateway_graphql_operation_duration_seconds');
    // Not a path of its own: a path that merely ends in one is not the readiness check.
    expect((await gw.yoga.fetch('http://gateway.test/other/readyz')).status).toBe(404);
  });
});
