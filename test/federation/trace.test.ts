/** Apollo inline traces (`ftv1`): given when a router asks for them with its header, and only then. */
import { Trace } from '@apollo/usage-reporting-protobuf';
import type { GraphQLObjectType } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { schema } from '../../src/schema/index.ts';
import { createGateway } from '../../src/server.ts';
import { quiet, useTestGateway } from '../helpers/gateway.ts';

const gw = useTestGateway();

const QUERY = '{ company(id: "comp_acme") { name creditBalances { remaining } } }';

async function post(headers: Record<string, string>, query = QUERY) {
  const response = await gw.yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  // Typed as QUERY's answer: the other queries are read only where they share its shape.
  return (await response.json()) as { data?: { company: { name: string; creditBalances: unknown[] } }; errors?: unknown[]; extensions?: Record<string, unknown> };
}

describe('inline traces', () => {
  it('answers extensions.ftv1 when the router sends apollo-federation-include-trace: ftv1', async () => {
    const result = await post({ 'apollo-federation-include-trace': 'ftv1' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.company.name).toBe('Acme Robotics');
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
    expect(result.data?.company.name).toBe('Acme Robotics');
    expect(result.extensions?.ftv1).toBeUndefined();
  });

  it('answers no trace for another value of the header', async () => {
    const result = await post({ 'apollo-federation-include-trace': 'yes' });
    expect(result.extensions?.ftv1).toBeUndefined();
  });

  it('is a Trace whose nodes follow the response: fields by name, list items by index, with types and timings', async () => {
    const result = await post(
      { 'apollo-federation-include-trace': 'ftv1' },
      '{ company(id: "comp_acme") { title: name creditBalances { remaining } } }',
    );
    const trace = Trace.decode(Buffer.from(result.extensions?.ftv1 as string, 'base64'));
    expect(Number(trace.durationNs)).toBeGreaterThan(0);
    expect(Number(trace.endTime?.seconds)).toBeGreaterThanOrEqual(Number(trace.startTime?.seconds));
    const company = trace.root!.child!.find((node) => node.responseName === 'company')!;
    expect(company).toMatchObject({ type: 'Company', parentType: 'Query' });
    expect(Number(company.endTime)).toBeGreaterThanOrEqual(Number(company.startTime));
    const title = company.child!.find((node) => node.responseName === 'title')!;
    expect(title).toMatchObject({ originalFieldName: 'name', type: 'String!', parentType: 'Company' });
    const balances = company.child!.find((node) => node.responseName === 'creditBalances')!;
    expect(balances.type).toBe('[CreditBalance!]!');
    expect(balances.child!.length).toBe(result.data?.company.creditBalances.length);
    expect(balances.child!.map((item) => item.index)).toEqual(balances.child!.map((_, i) => i));
    expect(balances.child![0]!.child![0]).toMatchObject({ responseName: 'remaining', parentType: 'CreditBalance' });
  });

  it('puts an error on the node of its path, as the response says it', async () => {
    const result = await post(
      { 'apollo-federation-include-trace': 'ftv1' },
      '{ creditGrants(filter: { order: CREATED_AT }) { totalCount } }',
    );
    expect(result.errors).toHaveLength(1);
    const trace = Trace.decode(Buffer.from(result.extensions?.ftv1 as string, 'base64'));
    const grants = trace.root!.child!.find((node) => node.responseName === 'creditGrants')!;
    expect(grants.error).toHaveLength(1);
    const error = grants.error![0]!;
    expect(error.message).toBe((result.errors![0] as { message: string }).message);
    expect(JSON.parse(error.json!)).toMatchObject({ path: ['creditGrants'] });
    expect(error.location).toEqual([expect.objectContaining({ line: 1 })]);
  });

  it('costs an untraced request no tracing work: no node is timed', async () => {
    const clock = vi.spyOn(process.hrtime, 'bigint');
    try {
      const result = await post({});
      expect(result.data?.company.name).toBe('Acme Robotics');
      expect(clock).not.toHaveBeenCalled();
      await post({ 'apollo-federation-include-trace': 'ftv1' });
      expect(clock).toHaveBeenCalled(); // the spy does see the tracing clock
    } finally {
      clock.mockRestore();
    }
  });

  it("leaves the schema's resolvers as they are, however many gateways the process builds (they share the schema)", async () => {
    // A traced request runs on a traced copy of the schema; the schema itself keeps its property
    // reads resolver-less, which the compiled executor inlines.
    const company = schema.getQueryType()!.getFields().company!;
    const before = company.resolve;
    const name = schema.getType('Company') as GraphQLObjectType;
    expect(name.getFields().id!.resolve).toBeUndefined();
    createGateway({ upstreams: { schematic: gw.schematicClient, metronome: gw.metronomeClient }, logger: quiet });
    createGateway({ upstreams: { schematic: gw.schematicClient, metronome: gw.metronomeClient }, logger: quiet });
    const result = await post({ 'apollo-federation-include-trace': 'ftv1' }, '{ company(id: "comp_acme") { id name } }');
    expect(company.resolve).toBe(before);
    expect(name.getFields().id!.resolve).toBeUndefined();
    const trace = Trace.decode(Buffer.from(result.extensions?.ftv1 as string, 'base64'));
    const companies = trace.root!.child!.filter((node) => node.responseName === 'company');
    expect(companies).toHaveLength(1);
    // A field without a resolver of its own (a property read) is timed in the trace too.
    expect(companies[0]!.child!.map((node) => node.responseName).sort()).toEqual(['id', 'name']);
  });

  it('traces an operation however often it ran, and the same operation untraced stays untraced, answered by the fast lane', async () => {
    const query = '{ company(id: "comp_acme") { id creditBalances { remaining } } }';
    const traced = async () => {
      const result = await post({ 'apollo-federation-include-trace': 'ftv1' }, query);
      const trace = Trace.decode(Buffer.from(result.extensions?.ftv1 as string, 'base64'));
      const company = trace.root!.child!.find((node) => node.responseName === 'company')!;
      expect(company.child!.map((node) => node.responseName).sort()).toEqual(['creditBalances', 'id']);
      const balances = company.child!.find((node) => node.responseName === 'creditBalances')!;
      expect(balances.child![0]!.child!.map((node) => node.responseName)).toEqual(['remaining']);
      return result.data;
    };
    // Compiled traced first (the test gateway compiles from the first run): the fast lane does not
    // learn the traced copy, so the first untraced run is yoga's, which compiles it for the lane.
    const data = await traced();
    await traced();
    const answered = gw.yoga.fastLane.answered;
    for (let i = 0; i < 3; i++) {
      const plain = await gw.run(query);
      expect(plain.errors).toBeUndefined();
      expect(plain.extensions?.ftv1).toBeUndefined();
      expect(plain.data).toEqual(data);
      expect(await traced()).toEqual(data);
    }
    expect(gw.yoga.fastLane.answered - answered).toBe(2);
  });
});
