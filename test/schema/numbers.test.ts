/**
 * Numbers beyond what a JSON number (a double) carries exactly. On input, every Float field of
 * every mutation is refused beyond ±(2^53 - 1) before any upstream call, and its description says
 * so. On output, an upstream number a Float cannot hold fails that field alone, with a code; a
 * write the upstream applied answers as applied even when part of its answer cannot be served.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  print,
  type FormattedExecutionResult,
  type GraphQLInputType,
} from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMetronomeSandbox, type MetronomeSandbox } from '../../src/sandbox/metronome/server.ts';
import { schema } from '../../src/schema/index.ts';
import { createGateway } from '../../src/server.ts';
import { MetronomeClient } from '../../src/upstream/metronome/client.ts';
import { SchematicClient } from '../../src/upstream/schematic/client.ts';
import { graphql } from '../generated/gql.ts';
import { expectValidationError, quiet, useTestGateway } from '../helpers/gateway.ts';

/** A mutation's answer as these tests select it: its payload or its ValidationError. */
interface WriteAnswer {
  __typename: string;
  grant?: { quantity: number | null };
  violations?: { field: string; path: string[]; rule: string; message: string }[];
}

const BIG_GRANTS = graphql(`
  query NumbersBigGrants {
    creditGrants(filter: { companyId: "comp_acme" }) { edges { node { id quantity quantityRemaining quantityUsed } } }
  }
`);
const GRANT_QUANTITY = graphql(`
  mutation NumbersGrantQuantity {
    grantCreditsToCompany(input: { companyId: "comp_acme", creditId: "bcrd_ai_tokens", quantity: 5, reason: ADJUSTMENT }) {
      __typename ... on GrantCreditsToCompanyPayload { grant { id quantity company { id } } }
    }
  }
`);
const GRANT_CREATED_AT = graphql(`
  mutation NumbersGrantCreatedAt {
    grantCreditsToCompany(input: { companyId: "comp_acme", creditId: "bcrd_ai_tokens", quantity: 5, reason: ADJUSTMENT }) {
      __typename ... on GrantCreditsToCompanyPayload { grant { id createdAt } }
    }
  }
`);

const gw = useTestGateway();

const PLACEHOLDER: Record<string, unknown> = {
  ID: 'x',
  String: 'x',
  Boolean: false,
  Int: 1,
  Float: 1,
  DateTime: '2026-01-01T00:00:00Z',
  Decimal: '1',
  MinorUnits: '1',
  JSONObject: {},
};

/** A value of `type` with its required fields filled in, and the field at `path` (below it) set to `leaf`. */
function valueOf(type: GraphQLInputType, path: readonly string[], leaf: unknown): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, path, leaf);
  if (isListType(type)) return [valueOf(type.ofType as GraphQLInputType, path.slice(1), leaf)]; // path[0] is the index, 0
  if (path.length === 0 && (isScalarType(type) || isEnumType(type))) {
    if (leaf !== undefined) return leaf;
    if (isEnumType(type)) return type.getValues().find((v) => v.name !== 'UNKNOWN')!.name;
    return PLACEHOLDER[type.name];
  }
  if (!isInputObjectType(type)) throw new Error(`cannot fill ${String(type)}`);
  const value: Record<string, unknown> = {};
  for (const field of Object.values(type.getFields())) {
    if (field.name === path[0]) value[field.name] = valueOf(field.type, path.slice(1), leaf);
    else if (isNonNullType(field.type)) value[field.name] = valueOf(field.type, [], undefined);
  }
  return value;
}

/** Every Float input field under `type`, as a path below it (list items at index 0). */
function floatPaths(type: GraphQLInputType, seen = new Set<string>()): string[][] {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  const paths: string[][] = [];
  for (const field of Object.values(named.getFields())) {
    let inner = isNonNullType(field.type) ? field.type.ofType : field.type;
    const prefix = [field.name];
    if (isListType(inner)) {
      prefix.push('0');
      inner = inner.ofType as GraphQLInputType;
    }
    if (getNamedType(inner).name === 'Float') paths.push(prefix);
    else paths.push(...floatPaths(inner, new Set([...seen, named.name])).map((p) => [...prefix, ...p]));
  }
  return paths;
}

const mutations = Object.values(schema.getMutationType()!.getFields());
const cases = mutations.flatMap((mutation) => {
  const input = mutation.args.find((a) => a.name === 'input')!;
  return floatPaths(input.type).map((path) => ({ mutation: mutation.name, inputType: input.type, path, field: path.join('.') }));
});

describe('every Float input of every mutation', () => {
  it('there are Float inputs to check (the walk finds them)', () => {
    expect(cases.map((c) => `${c.mutation}.${c.path.join('.')}`)).toEqual(
      expect.arrayContaining(['grantCreditsToCompany.quantity', 'createPlanCreditGrant.priceTiers.0.upTo', 'editContractCredit.priority']),
    );
  });

  it.each(cases)('$mutation input.$field says its bounds in its description', ({ inputType, path }) => {
    let type = getNamedType(inputType);
    let description: string | null | undefined;
    for (const name of path.filter((p) => p !== '0')) {
      if (!isInputObjectType(type)) throw new Error('not an input object');
      const field = type.getFields()[name]!;
      description = field.description;
      type = getNamedType(field.type);
    }
    expect(description).toMatch(/9007199254740991|9999999999/);
  });

  describe.each([
    ['2^53', 9007199254740992, 'max'],
    ['1e308', 1e308, 'max'],
    ['-1e308', -1e308, 'min'],
  ])('%s', (_name, value, rule) => {
    it.each(cases)('$mutation input.$field is a ValidationError naming it, and nothing is sent', async ({ mutation, inputType, path }) => {
      const document = `mutation($input: ${String(inputType)}) {
        result: ${mutation}(input: $input) {
          __typename
          ... on MutationError { message code }
          ... on ValidationError { violations { field path rule message } }
        }
      }`;
      const result = await gw.run<{ result: unknown }, { input: unknown }>(document, { input: valueOf(inputType, path, value) });
      expect(result.errors).toBeUndefined();
      expectValidationError(gw, result.data?.result, ['input', ...path].join('.'), rule);
    });
  });
});

describe('grantCreditsToCompany(quantity: 9007199254740993), the reported case', () => {
  it.each(['9007199254740993', '1e308', '1e999'])('the literal %s is refused: nothing is written', async (quantity) => {
    // The number is written into the operation (a literal), where GraphQL itself parses it.
    const result = await gw.run<{ grantCreditsToCompany: WriteAnswer }, never>(`mutation {
      grantCreditsToCompany(input: { companyId: "comp_hooli", creditId: "bcrd_ai_tokens", quantity: ${quantity}, reason: ADJUSTMENT }) {
        __typename
        ... on MutationError { message code }
        ... on ValidationError { violations { field path rule message } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expectValidationError(gw, result.data?.grantCreditsToCompany, 'input.quantity', 'max');
    const violation = result.data?.grantCreditsToCompany.violations?.find((v) => v.rule === 'max');
    expect(violation?.message).toContain('at most 9007199254740991');
  });

  it('2^53 - 1 itself is granted, exactly', async () => {
    const result = await gw.run<{ grantCreditsToCompany: WriteAnswer }, never>(`mutation {
      grantCreditsToCompany(input: { companyId: "comp_hooli", creditId: "bcrd_ai_tokens", quantity: 9007199254740991, reason: ADJUSTMENT }) {
        __typename ... on GrantCreditsToCompanyPayload { grant { quantity } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.grantCreditsToCompany.grant?.quantity).toBe(9007199254740991);
    expect(gw.schematicSandbox.calls[0]?.body).toMatchObject({ quantity: 9007199254740991 });
  });
});

it('a MinorUnits price sent as a JSON number (unitPrice) is refused beyond 2^53 - 1', async () => {
  const result = await gw.run<{ createPlanCreditGrant: WriteAnswer }, never>(`mutation {
    createPlanCreditGrant(input: {
      planId: "plan_x", creditId: "bcrd_x", creditAmount: 1, resetCadence: MONTHLY, resetStart: BILLING_PERIOD,
      billingMode: BILLED, unitPrice: "9007199254740992"
    }) {
      __typename
      ... on MutationError { message code }
      ... on ValidationError { violations { field path rule message } }
    }
  }`);
  expect(result.errors).toBeUndefined();
  expectValidationError(gw, result.data?.createPlanCreditGrant, 'input.unitPrice', 'max');
});

/**
 * A Schematic that stores quantities exactly (as the sandbox once did: a grant of 2^53 + 1 was
 * written) and answers them as written: a grant list, and the grant a write created.
 */
describe('an upstream number a Float cannot hold', () => {
  const BIG = '9007199254740993';
  const grant = (id: string, fields: Record<string, unknown> = {}) => ({
    id,
    company_id: 'comp_acme',
    company_name: 'Acme Robotics',
    credit_id: 'bcrd_ai_tokens',
    credit_name: 'AI Tokens',
    grant_reason: 'free',
    source_label: 'Welcome credits',
    quantity: 50000,
    quantity_used: 0,
    quantity_remaining: 50000,
    renewal_enabled: false,
    transfers: [],
    created_at: '2024-12-30T00:00:00.000Z',
    updated_at: '2025-03-29T11:42:00.000Z',
    ...fields,
  });
  /** JSON text with every `"<BIG>"` string written as the bare number. */
  const raw = (body: unknown) => JSON.stringify(body).replaceAll(`"${BIG}"`, BIG);
  const answers: Record<string, string> = {
    'GET /billing/credits/grants/company/list': raw({ data: [grant('bcgr_big', { quantity: BIG, quantity_remaining: BIG }), grant('bcgr_small')] }),
    'POST /billing/credits/grants/company': raw({ data: grant('bcgr_new', { quantity: BIG, quantity_remaining: BIG }) }),
  };
  let vendor: Server;
  let metronome: MetronomeSandbox;
  let schematic: SchematicClient;
  let metronomeClient: MetronomeClient;
  let yoga: ReturnType<typeof createGateway>;
  let posts = 0;

  beforeAll(async () => {
    vendor = createServer((req, res) => {
      const route = `${req.method} ${new URL(req.url ?? '/', 'http://x').pathname}`;
      if (req.method === 'POST') posts++;
      res.writeHead(answers[route] ? 200 : 404, { 'content-type': 'application/json' }).end(answers[route] ?? '{"error":"not found"}');
    });
    await new Promise<void>((resolve) => vendor.listen(0, '127.0.0.1', resolve));
    metronome = await startMetronomeSandbox();
    schematic = new SchematicClient({ baseUrl: `http://127.0.0.1:${(vendor.address() as AddressInfo).port}`, apiKey: 'k', timeoutMs: 5_000 });
    metronomeClient = new MetronomeClient({ baseUrl: metronome.url, token: 't', timeoutMs: 5_000 });
    yoga = createGateway({ upstreams: { schematic, metronome: metronomeClient }, logger: quiet });
  });
  afterAll(async () => {
    await Promise.all([schematic.close(), metronomeClient.close()]);
    await metronome.close();
    await new Promise<void>((resolve) => vendor.close(() => resolve()));
  });

  async function post<TData>(document: TypedDocumentNode<TData, Record<string, never>>) {
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(document) }),
    });
    return response.json() as Promise<FormattedExecutionResult<TData>>;
  }

  it('fails that field alone, with UPSTREAM_BAD_RESPONSE and the exact digits: the rest of the list arrives', async () => {
    const body = await post(BIG_GRANTS);
    expect(body.data?.creditGrants?.edges.map((e) => e.node)).toEqual([
      { id: 'bcgr_big', quantity: null, quantityRemaining: null, quantityUsed: 0 },
      { id: 'bcgr_small', quantity: 50000, quantityRemaining: 50000, quantityUsed: 0 },
    ]);
    expect(body.errors).toHaveLength(2);
    expect(body.errors?.[0]).toMatchObject({
      path: ['creditGrants', 'edges', 0, 'node', 'quantity'],
      message: expect.stringContaining(`sent ${BIG}, which a Float (a double) cannot hold exactly`),
      extensions: { code: 'UPSTREAM_BAD_RESPONSE', value: BIG },
    });
  });

  it('a write the upstream applied answers as its payload, the unreadable field null with a coded error: nothing invites a retry', async () => {
    posts = 0;
    const body = await post(GRANT_QUANTITY);
    expect(posts).toBe(1);
    expect(body.data?.grantCreditsToCompany).toEqual({
      __typename: 'GrantCreditsToCompanyPayload',
      grant: { id: 'bcgr_new', quantity: null, company: { id: 'comp_acme' } },
    });
    expect(body.errors).toEqual([
      expect.objectContaining({ path: ['grantCreditsToCompany', 'grant', 'quantity'], extensions: expect.objectContaining({ code: 'UPSTREAM_BAD_RESPONSE' }) }),
    ]);
  });

  it('a written object missing a field its type requires nulls that object only: the payload still says the write was made', async () => {
    answers['POST /billing/credits/grants/company'] = raw({ data: grant('bcgr_new', { created_at: null }) });
    const body = await post(GRANT_CREATED_AT);
    expect(body.data?.grantCreditsToCompany).toEqual({ __typename: 'GrantCreditsToCompanyPayload', grant: null });
    expect(body.errors).toEqual([
      expect.objectContaining({
        path: ['grantCreditsToCompany', 'grant', 'createdAt'],
        message: "The upstream's answer has no value for CreditGrant.createdAt",
        extensions: { code: 'UPSTREAM_BAD_RESPONSE' },
      }),
    ]);
  });
});
