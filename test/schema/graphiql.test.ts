/** GraphiQL is the first thing a new user sees: the page is served and its default operation runs. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { useTestGateway } from '../helpers/gateway.ts';

const gw = useTestGateway();

it('GET /graphql from a browser serves GraphiQL titled after the gateway', async () => {
  const response = await gw.yoga.fetch('http://gateway.test/graphql', { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('<title>credits-gateway</title>');
});

it('the default operation (CreditOverview) runs within the query limits and returns sandbox data', async () => {
  const query = readFileSync(new URL('../../schema/operations/CreditOverview.graphql', import.meta.url), 'utf8');
  const result = await gw.run<any, never>(query);
  expect(result.errors).toBeUndefined();
  expect(result.data.credits.edges.length).toBeGreaterThan(0);
});
