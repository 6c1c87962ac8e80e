/**
 * No request stops the process: the real gateway, sent the `_entities` requests that used to
 * end it (a forbidden or unknown representation beside a malformed one), answers each with a
 * coded error and goes on answering. And when something does slip through, the process guard
 * logs it in one line without secrets; a busy port is one line and exit 1, not a stack trace.
 */
import type { FormattedExecutionResult } from 'graphql';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { A, B, JWT, SECRET, token } from '../auth/helpers.ts';
import { killProcessesAfterEach, messages, spawnScript, startGatewayProcess } from '../helpers/process.ts';


killProcessesAfterEach();

/** POSTs `query` as `authorization`; `TData` is what the caller's selection reads. */
async function post<TData = unknown>(url: string, query: string, variables: unknown, authorization: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${authorization}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as FormattedExecutionResult<TData>) };
}

const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Company { id } } }';

describe('the real process under hostile `_entities`', () => {
  it('answers every variant with a coded error and keeps serving, for a company-scoped caller and for one without claims', async () => {
    // AUTH_MODE=jwt with a known secret on the sandboxes: the test signs a company token (what the
    // printed comp_acme development token is) and a valid token with no claims at all.
    const gw = startGatewayProcess({ AUTH_MODE: 'jwt', JWT_SECRET: SECRET, JWT_ISSUER: JWT.issuer, JWT_AUDIENCE: JWT.audience });
    const url = await gw.listening;
    const admin = await token({ sub: 'ops', scope: 'credits:admin' });
    const grants = await post<{ company: { creditGrants: { edges: { node: { id: string } }[] } } }>(
      url,
      `{ company(id: "${B.company}") { creditGrants(first: 1) { edges { node { id } } } } }`,
      {},
      admin,
    );
    const grantOfB = grants.data!.company.creditGrants.edges[0]!.node.id;

    const variants: [string, unknown[], string][] = [
      ['another company beside one without an id', [{ __typename: 'Company', id: B.company }, { __typename: 'Company' }], 'representations.1.id'],
      ['another company’s grant beside a grant with a null id', [{ __typename: 'CreditGrant', id: grantOfB }, { __typename: 'CreditGrant', id: null }], 'representations.1.id'],
      ['another company beside an unknown type', [{ __typename: 'Company', id: B.company }, { __typename: 'Nope' }], 'representations.1.__typename'],
      ['an unknown company beside a number', [{ __typename: 'Company', id: 'comp_nobody' }, 7], 'representations.1'],
    ];
    const callers = [
      { caller: await token({ sub: 'user-a', company_id: A.company }), forbidden: [0] },
      { caller: await token({ sub: 'no-claims' }), forbidden: [0, 1] },
    ];
    for (const { caller, forbidden } of callers) {
      for (const [name, representations, argument] of variants) {
        const result = await post(url, ENTITIES, { r: representations }, caller);
        expect({ name, status: result.status, data: result.data, errors: result.errors }).toEqual({
          name,
          status: 200,
          data: null,
          errors: [expect.objectContaining({ path: ['_entities'], extensions: { code: 'BAD_USER_INPUT', argument } })],
        });
        // Still serving, and still scoping: the next request is answered.
        const next = await post<{ pricingUnits: unknown[] }>(url, '{ pricingUnits { id } }', {}, caller);
        expect(next.errors).toBeUndefined();
        expect(next.data?.pricingUnits.length).toBeGreaterThan(0);
      }
      // Well-formed ones fail alone: another company's is FORBIDDEN, the caller's own arrives.
      const mixed = await post<{ _entities: unknown[] }>(url, ENTITIES, { r: [{ __typename: 'Company', id: B.company }, { __typename: 'Company', id: A.company }] }, caller);
      expect(mixed.errors).toEqual(forbidden.map((index) => expect.objectContaining({ path: ['_entities', index], extensions: { code: 'FORBIDDEN' } })));
      expect(mixed.data?._entities[1]).toEqual(forbidden.includes(1) ? null : { __typename: 'Company', id: A.company });
    }
    expect(gw.child.exitCode).toBeNull();
    expect(gw.output()).not.toMatch(/unhandled|uncaught|Forbidden/i);
    gw.child.kill('SIGTERM');
    expect(await gw.exit).toBe(0);
  });
});

describe('the process guard', () => {
  function run(mode: 'reject' | 'throw') {
    const child = spawnScript('test/process/fixtures/guarded.ts', {}, [mode]);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return new Promise<{ code: number | null; output: string }>((resolve) => child.on('exit', (code) => resolve({ code, output })));
  }

  it('an unhandled rejection is logged in one line, without the secret, and the process keeps serving', async () => {
    const { code, output } = await run('reject');
    expect(code).toBe(0);
    const lines = output.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^\[credits-gateway\] unhandled promise rejection \(a bug; the gateway keeps serving\): Error: Forbidden for \[redacted\] second line at /),
      'still serving',
    ]);
    expect(output).not.toContain('sch_live_fixture_secret');
  });

  it('an uncaught exception is logged in one line, then the process drains and exits 1', async () => {
    const { code, output } = await run('throw');
    expect(code).toBe(1);
    expect(output.trim().split('\n')).toEqual([
      expect.stringMatching(/^\[credits-gateway\] uncaught exception \(a bug; shutting down for a restart\): TypeError: broken state at /),
      'draining',
    ]);
  });
});

describe('start-up on a busy port', () => {
  it('prints one line naming the port and exits 1, before any development token', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as AddressInfo;
    try {
      const gw = startGatewayProcess({ PORT: String(port) });
      expect(await gw.exit).toBe(1);
      const output = gw.output();
      expect(messages(output).split('\n')).toContain(`PORT ${port} is already in use (HOST 127.0.0.1): stop what holds it or set PORT to a free port`);
      expect(output).not.toMatch(/development tokens|eyJ|Bearer/);
      expect(output).not.toMatch(/^\s+at /m); // no stack trace
      expect(output).not.toContain('GraphiQL at');
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});
