/** Apollo inline traces (`ftv1`): given when a router asks for them with its header, and only then. */
import { describe, expect, it } from 'vitest';
import { useTestGateway } from '../helpers/gateway.ts';

const gw = useTestGateway();

const QUERY = '{ company(id: "comp_acme") { name creditBalances { remaining } } }';

async function post(headers: Record<string, string>) {
  const response = await gw.yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[]; extensions?: Record<string, unknown> };
}

describe('inline traces', () => {
  it('answers extensions.ftv1 when the router sends apollo-federation-include-trace: ftv1', async () => {
    const result = await post({ 'apollo-federation-include-trace': 'ftv1' });
    expect(result.errors).toBeUndefined();
    expect(result.data.company.name).toBe('Acme Robotics');
    const ftv1 = result.extensions?.ftv1;
    expect(typeof ftv1).toBe('string');
    // A protobuf Trace, base64-encoded: its nodes name the fields that ran.
    const trace = Buffer.from(ftv1 as string, 'base64');
    expect(trace.toString('base64')).toBe(ftv1);
    expect(trace.toString('latin1')).toContain('creditBalances');
  });

  it('answers no trace without that header (a frontend never pays for one)', async () => {
    const result = await post({});
    expect(result.errors).toBeUndefined();
    expect(result.data.company.name).toBe('Acme Robotics');
    expect(result.extensions?.ftv1).toBeUndefined();
  });

  it('answers no trace for another value of the header', async () => {
    const result = await post({ 'apollo-federation-include-trace': 'yes' });
    expect(result.extensions?.ftv1).toBeUndefined();
  });
});
