/**
 * The floor: what each read scenario costs without GraphQL. A minimal hand-written Node HTTP
 * server, one handler per read scenario (bench/scenarios.ts), that makes the same upstream calls
 * as the gateway, in the same order and with the same parallelism (one `await` per round trip),
 * and answers the same JSON (`{ "data": ... }`). It takes the same request body as the gateway
 * (query and variables) and reads only the variables. The runner checks, before loading, that
 * its calls and its answer equal the gateway's, so a floor that drifts from the gateway fails
 * loudly instead of flattering it.
 *
 * The handlers cover the data the scenarios read (the sandbox's seed), nothing more: where the
 * gateway would take another path (a second page, a name missing from a parent payload), they
 * throw, and the check says so. Upstream calls use undici's Pool with its defaults, as a
 * hand-written service would.
 *
 * Run by the runner as its own process, so its memory is measured like the gateway's:
 *   BENCH_SCHEMATIC_URL=... BENCH_METRONOME_URL=... tsx bench/floor.ts
 * It prints `floor listening at <url>`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { Pool } from 'undici';
import { creditFields, enumValue } from './common.ts';

type Json = any; // wire payloads, read field by field below

class Upstream {
  private readonly pool: Pool;
  private readonly basePath: string;
  constructor(
    baseUrl: string,
    private readonly headers: Record<string, string>,
  ) {
    const url = new URL(baseUrl);
    this.pool = new Pool(url.origin);
    this.basePath = url.pathname.replace(/\/+$/, '');
  }

  get(path: string, query: Record<string, string | number | boolean | string[]>): Promise<Json> {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
    }
    return this.send('GET', `${path}?${search}`);
  }

  post(path: string, body: unknown): Promise<Json> {
    return this.send('POST', path, JSON.stringify(body));
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private async send(method: 'GET' | 'POST', path: string, body?: string): Promise<Json> {
    const response = await this.pool.request({
      method,
      path: this.basePath + path,
      headers: body === undefined ? this.headers : { ...this.headers, 'content-type': 'application/json' },
      body,
    });
    const json = await response.body.json();
    if (response.statusCode !== 200) throw new Error(`${method} ${path}: HTTP ${response.statusCode} ${JSON.stringify(json)}`);
    return json;
  }
}

export interface Upstreams {
  schematic: Upstream;
  metronome: Upstream;
}

/** The floor's clients of both sandboxes: undici Pools with their defaults, as a hand-written service would have. */
export function floorUpstreams(urls: { schematic: string; metronome: string }): Upstreams & { close(): Promise<void> } {
  const schematic = new Upstream(urls.schematic, { accept: 'application/json', 'x-schematic-api-key': 'bench' });
  const metronome = new Upstream(urls.metronome, { accept: 'application/json', authorization: 'Bearer bench' });
  return { schematic, metronome, close: () => Promise.all([schematic.close(), metronome.close()]).then(() => undefined) };
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];
const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
/** Relay offset cursors, as @pothos/plugin-relay writes them. */
const offsetCursor = (offset: number) => Buffer.from(`OffsetConnection:${offset}`).toString('base64');
/** The gateway's cursor over Metronome pages (src/schema/kit/connection.ts): page cursor, index, position. */
const pageCursor = (p: string | null, i: number, n: number) => Buffer.from(`CursorConnection:${JSON.stringify([p, i, n])}`).toString('base64');
/** Metronome amounts are JSON numbers; the seed's are plain (no exponent), so String() spells them as the Decimal scalar does. */
const decimal = (value: number) => String(value);

function need<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`floor: ${what} is missing (the gateway would load it; this floor does not)`);
  return value;
}

/** Credits by id (one call), for names and descriptions the parent payload lacks. */
async function creditsById(up: Upstreams, ids: string[]): Promise<Map<string, Json>> {
  if (ids.length === 0) return new Map();
  return byId((await up.schematic.get('/billing/credits', { ids, limit: ids.length })).data);
}

export type Handler = (variables: Json, up: Upstreams) => Promise<unknown>;

export const FLOOR_HANDLERS: Record<string, Handler> = {
  /** Round 1: the page (one row extra, for hasNextPage). Round 2: the credits' descriptions. */
  'grants-page': async ({ first = 50 }, up) => {
    const rows: Json[] = (await up.schematic.get('/billing/credits/grants/list', { offset: 0, limit: first + 1 })).data;
    const page = rows.slice(0, first);
    const credits = await creditsById(up, unique(page.map((g) => g.credit_id)));
    return {
      creditGrants: {
        pageInfo: { hasNextPage: rows.length > first, endCursor: page.length > 0 ? offsetCursor(page.length - 1) : null },
        edges: page.map((g, i) => ({
          cursor: offsetCursor(i),
          node: {
            id: g.id,
            quantity: g.quantity,
            quantityRemaining: g.quantity_remaining,
            grantReason: enumValue(g.grant_reason),
            company: { id: g.company_id, name: need(g.company_name, 'company_name') },
            plan: g.plan_id ? { id: g.plan_id, name: need(g.plan_name, 'plan_name') } : null,
            credit: { id: g.credit_id, name: need(g.credit_name, 'credit_name'), description: need(credits.get(g.credit_id), g.credit_id).description },
          },
        })),
      },
    };
  },

  /**
   * Round 1: the company and its grants. Round 2: the balances' credit names, the Metronome
   * customer and its first credits page (with balances). Round 3: the contracts, for the names of
   * the contracts the shown credits belong to.
   */
  'company-overview': async ({ id, grantsFirst = 5, creditsFirst = 10 }, up) => {
    const [companies, grants] = await Promise.all([
      up.schematic.get('/companies', { ids: [id], limit: 1 }),
      up.schematic.get('/billing/credits/grants/company/list', {
        company_id: id,
        order: 'created_at',
        dir: 'desc',
        offset: 0,
        limit: grantsFirst + 1,
      }),
    ]);
    const company = need<Json>(companies.data[0], `company ${id}`);
    const balances = Object.entries(need<Record<string, number>>(company.billing_credit_balances, 'billing_credit_balances'));
    const customerId: string | null = company.keys.find((k: Json) => k.key === 'metronome_customer_id')?.value || null;
    const [credits, customers, creditPage] = await Promise.all([
      creditsById(up, balances.map(([creditId]) => creditId)),
      customerId ? up.metronome.get('/v1/customers', { customer_ids: [customerId], limit: 1 }) : undefined,
      customerId
        ? up.metronome.post('/v1/contracts/customerCredits/list', {
            customer_id: customerId,
            include_contract_credits: true,
            include_balance: true,
            limit: 25,
          })
        : undefined,
    ]);
    let contractCredits: unknown = null;
    if (customerId) {
      const all: Json[] = creditPage.data;
      const shown = all.slice(0, creditsFirst);
      if (shown.length < creditsFirst && creditPage.next_page !== null) throw new Error('floor: a second credits page is not handled');
      const contracts = shown.some((c) => c.contract)
        ? byId<Json>((await up.metronome.post('/v2/contracts/list', { customer_id: customerId, include_archived: true })).data)
        : new Map<string, Json>();
      const edges = shown.map((c, i) => ({
        node: {
          id: c.id,
          name: c.name,
          priority: c.priority,
          balance: decimal(c.balance ?? 0),
          pricingUnit: c.access_schedule?.credit_type ? { id: c.access_schedule.credit_type.id, name: c.access_schedule.credit_type.name } : null,
          product: { id: c.product.id, name: need(c.product.name, 'product name') },
          contract: c.contract ? { id: c.contract.id, name: need(contracts.get(c.contract.id), `contract ${c.contract.id}`).name } : null,
          accessSchedule: c.access_schedule
            ? {
                scheduleItems: c.access_schedule.schedule_items.map((s: Json) => ({
                  id: s.id,
                  amount: decimal(s.amount),
                  startingAt: s.starting_at,
                  endingBefore: s.ending_before,
                })),
              }
            : null,
        },
        cursor: i === all.length - 1 && creditPage.next_page !== null ? pageCursor(creditPage.next_page, -1, i) : pageCursor(null, i, i),
      }));
      contractCredits = {
        pageInfo: {
          hasNextPage: shown.length < all.length || creditPage.next_page !== null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
        edges: edges.map(({ node }) => ({ node })),
      };
    }
    const customer: Json = customers?.data.find((c: Json) => c.id === customerId);
    return {
      company: {
        id: company.id,
        name: company.name,
        creditBalances: balances.map(([creditId, remaining]) => ({
          remaining,
          credit: { id: creditId, name: need(credits.get(creditId), creditId).name },
        })),
        creditGrants: {
          edges: grants.data.slice(0, grantsFirst).map((g: Json) => ({
            node: {
              id: g.id,
              quantity: g.quantity,
              quantityRemaining: g.quantity_remaining,
              expiresAt: g.expires_at,
              credit: { name: need(g.credit_name, 'credit_name') },
            },
          })),
        },
        metronomeCustomer: customer ? { id: customer.id, name: customer.name, ingestAliases: customer.ingest_aliases } : null,
        contractCredits,
      },
    };
  },

  /** Round 1: the companies (one call for up to 100). Round 2: the names of every credit they hold. */
  entities: async ({ representations }, up) => {
    const ids: string[] = representations.map((r: Json) => r.id);
    const distinct = unique(ids);
    const companies = byId<Json>((await up.schematic.get('/companies', { ids: distinct, limit: distinct.length })).data);
    const balancesOf = (company: Json) => Object.entries(need<Record<string, number>>(company.billing_credit_balances, 'billing_credit_balances'));
    const credits = await creditsById(up, unique([...companies.values()].flatMap((c) => balancesOf(c).map(([creditId]) => creditId))));
    return {
      _entities: ids.map((id) => {
        const company = companies.get(id);
        if (!company) return null;
        return {
          id: company.id,
          name: company.name,
          creditBalances: balancesOf(company).map(([creditId, remaining]) => ({
            remaining,
            credit: { id: creditId, name: need(credits.get(creditId), creditId).name },
          })),
        };
      }),
    };
  },

  /** One call: the credit through the `ids` filter (Schematic's list, as the gateway's loader reads it). */
  credit: async ({ id }, up) => {
    const c: Json = (await up.schematic.get('/billing/credits', { ids: [id], limit: 1 })).data.find((x: Json) => x.id === id);
    return { credit: c ? creditFields(c) : null };
  },
};

/** Starts the floor server; resolves with its base URL and a way to stop it (and its upstream pools). */
export async function startFloor(urls: { schematic: string; metronome: string }, port = 0) {
  const up = floorUpstreams(urls);
  const server = createServer((req, res) => {
    const handler = FLOOR_HANDLERS[(req.url ?? '/').slice(1)];
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const answer = (status: number, body: unknown) => {
        const text = JSON.stringify(body);
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      };
      if (req.method !== 'POST' || !handler) return answer(404, { error: `no floor for ${req.method} ${req.url}` });
      const { variables = {} } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables?: Json };
      handler(variables, up).then(
        (data) => answer(200, { data }),
        (error: Error) => answer(502, { error: error.message }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await up.close();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const schematic = process.env.BENCH_SCHEMATIC_URL;
  const metronome = process.env.BENCH_METRONOME_URL;
  if (!schematic || !metronome) {
    console.error('floor: BENCH_SCHEMATIC_URL and BENCH_METRONOME_URL must be set (the sandboxes the runner started)');
    process.exit(1);
  }
  console.log(`floor listening at ${(await startFloor({ schematic, metronome })).url}`);
  process.on('SIGTERM', () => process.exit(0));
}
