/**
 * The real process's logs: every line on stdout and stderr is a JSON object; no line ever holds a
 * vendor key, a vendor token, the JWT secret or a caller's token, whatever the traffic (refused
 * callers, vendors failing and quoting the credential back); and the lines of a request carry its
 * id, the caller's company and, on an upstream failure, the vendor's request id.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { signToken } from '../../src/auth/jwt.ts';
import { startMetronomeSandbox } from '../../src/sandbox/metronome/server.ts';
import { startSchematicSandbox } from '../../src/sandbox/schematic/server.ts';
import { A, B, JWT, SECRET, token } from '../auth/helpers.ts';
import { standIn, startGateway, stopAll } from '../helpers/loggedProcess.ts';

afterEach(stopAll);

const KEY = 'sch_live_LOGCHECK_key_7f3a9c';
const TOKEN = 'mtr_live_LOGCHECK_token_51be20';

async function post(base: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, requestId: response.headers.get('x-request-id'), text };
}

describe('the process logs', () => {
  it('JSON lines only; no key, token or secret in any line, through refused callers and failing vendors; request, company and vendor ids where they belong', async () => {
    const schematic = await standIn(startSchematicSandbox);
    const metronome = await standIn(startMetronomeSandbox);
    const gw = await startGateway({
      SCHEMATIC_API_URL: schematic.url,
      SCHEMATIC_API_KEY: KEY,
      METRONOME_API_URL: metronome.url,
      METRONOME_BEARER_TOKEN: TOKEN,
      AUTH_MODE: 'jwt',
      JWT_SECRET: SECRET,
      JWT_ISSUER: JWT.issuer,
      JWT_AUDIENCE: JWT.audience,
      // Every line the gateway can write: yoga's own chatter and one line per answered request too.
      LOG_LEVEL: 'trace',
      UPSTREAM_RETRY_BASE_DELAY_MS: '1',
      UPSTREAM_RETRY_MAX_DELAY_MS: '5',
    });
    const companyToken = await token({ sub: 'user-a', company_id: A.company });
    const adminToken = await token({ sub: 'ops', scope: 'credits:admin' });
    const forged = await signToken('another-secret-at-least-32-characters-long', JWT, { sub: 'x', scope: 'credits:admin' });
    const expired = await token({ sub: 'user-a', company_id: A.company }, Math.floor(Date.now() / 1000) - 60);
    const callerTokens = [companyToken, adminToken, forged, expired];
    const asCompany = { authorization: `Bearer ${companyToken}` };
    const asAdmin = { authorization: `Bearer ${adminToken}` };

    expect((await fetch(`${gw.base}/readyz`)).status).toBe(200);
    expect((await fetch(`${gw.base}/healthz`)).status).toBe(200);

    // A company caller: its own company, then another one (refused by the tenant guard).
    const own = await post(gw.base, { query: `{ company(id: "${A.company}") { name } }` }, { ...asCompany, 'x-request-id': 'caller-req-own' });
    expect(own.requestId).toBe('caller-req-own');
    expect(JSON.parse(own.text).data.company.name).toBeTruthy();
    const other = await post(gw.base, { query: `{ company(id: "${B.company}") { name } }` }, asCompany);
    expect(JSON.parse(other.text).errors[0].extensions.code).toBe('FORBIDDEN');

    // Refused callers: no token, a malformed one, one signed with another secret, an expired one, another scheme.
    for (const authorization of [undefined, 'Bearer not.a.jwt', `Bearer ${forged}`, `Bearer ${expired}`, `Basic ${Buffer.from(`admin:${KEY}`).toString('base64')}`]) {
      const refused = await post(gw.base, { query: '{ pricingUnits { id } }' }, authorization ? { authorization } : {});
      expect(refused.status).toBe(401);
    }

    // Vendors failing and quoting the credential they were sent (the worst case).
    schematic.fail((req) => ({
      status: 500,
      body: { error: `internal error for key ${String(req.headers['x-schematic-api-key'])}` },
      headers: { 'x-request-id': 'sch-vendor-req-1' },
    }));
    metronome.fail((req) => ({
      status: 401,
      body: { message: `invalid token ${String(req.headers.authorization)}` },
      headers: { 'x-request-id': 'mtr-vendor-req-1' },
    }));
    const failed = await post(gw.base, { query: '{ credits(first: 1) { edges { node { id } } } }' }, asAdmin);
    expect(JSON.parse(failed.text).errors[0].extensions.code).toBe('UPSTREAM_UNAVAILABLE');
    const refusedByVendor = await post(gw.base, { query: '{ pricingUnits { id } }' }, asAdmin);
    expect(JSON.parse(refusedByVendor.text).errors[0].extensions.code).toBe('UPSTREAM_UNAUTHORIZED');
    const write = await post(
      gw.base,
      { query: 'mutation { updateCredit(input: { id: "bcrd_ai_tokens", name: "Tokens", description: "AI tokens" }) { __typename } }' },
      asAdmin,
    );
    expect(write.status).toBe(200);
    // A company caller's request that fails upstream.
    const companyFailure = await post(gw.base, { query: `{ company(id: "${A.company}") { name } }` }, { ...asCompany, 'x-request-id': 'caller-req-fail' });
    expect(JSON.parse(companyFailure.text).errors[0].extensions.code).toBe('UPSTREAM_UNAVAILABLE');

    // Bad requests: a body that is not JSON, a query that does not parse.
    expect((await post(gw.base, '{"query": ', asAdmin)).status).toBe(400);
    expect(JSON.parse((await post(gw.base, { query: '{ credits(' }, asAdmin)).text).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    // Health with a breaker open.
    const health = await (await fetch(`${gw.base}/healthz`)).text();

    gw.child.kill('SIGTERM');
    expect(await gw.exit).toBe(0);

    const lines = gw.lines(); // throws unless every line is JSON
    expect(lines.length).toBeGreaterThan(20);
    const secrets = [KEY, TOKEN, SECRET, ...callerTokens, ...callerTokens.map((t) => t.split('.')[2]!), Buffer.from(`admin:${KEY}`).toString('base64')];
    for (const line of gw.output().split('\n')) {
      for (const secret of secrets) expect(line).not.toContain(secret);
    }
    for (const text of [own.text, other.text, failed.text, refusedByVendor.text, write.text, companyFailure.text, health]) {
      for (const secret of secrets) expect(text).not.toContain(secret);
    }

    // The vendors' quotes were logged, with the credential replaced: the check above was not vacuous.
    const upstreamErrors = lines.filter((line) => line.level === 'error' && line.upstream !== undefined);
    expect(upstreamErrors.map((line) => line.msg)).toEqual(
      expect.arrayContaining([expect.stringContaining('internal error for key [redacted]'), expect.stringContaining('invalid token [redacted]')]),
    );
    // An upstream failure's line: the vendor's request id, and the id of the request it failed.
    expect(upstreamErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ upstream: 'schematic', status: 500, vendorRequestId: 'sch-vendor-req-1', reqId: failed.requestId }),
        expect.objectContaining({ upstream: 'metronome', status: 401, vendorRequestId: 'mtr-vendor-req-1', reqId: refusedByVendor.requestId }),
        expect.objectContaining({ upstream: 'schematic', reqId: 'caller-req-fail', company: A.company }),
      ]),
    );
    // A company caller's lines name its company from the moment its token is checked (before that,
    // only yoga's parsing chatter); an admin's name none.
    const ofRequest = (id: string | null) => lines.filter((line) => line.reqId === id);
    const companyLines = ofRequest('caller-req-own');
    const known = companyLines.findIndex((line) => line.company !== undefined);
    expect(known).toBeGreaterThanOrEqual(0);
    expect(companyLines.slice(known).map((line) => line.company)).toEqual(companyLines.slice(known).map(() => A.company));
    expect(companyLines.at(-1)).toMatchObject({ msg: 'request answered', status: 200, company: A.company });
    expect(companyLines.slice(0, known).every((line) => line.level === 'debug' || line.level === 'trace')).toBe(true);
    for (const line of ofRequest(failed.requestId)) expect(line.company).toBeUndefined();
    // Every line between listening and the signal was written for a request, and says which;
    // except the process's own changes of state that a request happened to set off (ready, a
    // circuit breaker opening), which are about every request after it, not that one.
    const start = lines.findIndex((line) => line.msg.startsWith('GraphiQL at'));
    const stop = lines.findIndex((line) => line.msg.startsWith('SIGTERM'));
    const during = lines.slice(start + 1, stop);
    expect(during.length).toBeGreaterThan(20);
    const processState = (line: (typeof lines)[number]) => line.breaker !== undefined || line.msg.startsWith('ready: ');
    expect(during.filter((line) => typeof line.reqId !== 'string' && !processState(line))).toEqual([]);
    expect(during.filter(processState).map((line) => line.msg)).toEqual([
      expect.stringMatching(/^ready: /),
      expect.stringMatching(/circuit breaker open/),
    ]);
  }, 60_000);
});
