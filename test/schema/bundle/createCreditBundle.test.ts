/** createCreditBundle through yoga against the sandbox: the effect, the links, the rules. */
import { describe, expect, it } from 'vitest';
import { graphql } from '../../generated/gql.ts';
import type { CreateCreditBundleInput } from '../../generated/graphql.ts';
import { dataOf, expectTypename, expectValidationError, useTestGateway } from '../../helpers/gateway.ts';
import { bundleDetailCases } from './detailCases.ts';

const gw = useTestGateway();

const CREATE = graphql(`
  mutation CreateCreditBundle($input: CreateCreditBundleInput!) {
    createCreditBundle(input: $input) {
      __typename
      ... on CreateCreditBundlePayload {
        bundle {
          id name quantity status expiryType expiryUnit expiryUnitCount compatiblePlanIds
          unitPrice { currency price priceDecimal }
          credit { id name }
          compatiblePlans { id name }
        }
      }
      ... on MutationError { message code }
      ... on ValidationError { violations { field path rule message } }
    }
  }
`);

const READ = graphql(`
  query CreateCreditBundleRead($id: ID!) {
    creditBundle(id: $id) { id name }
    credit(id: "bcrd_compute_minutes") { bundles(first: 50) { edges { node { id } } } }
  }
`);

const valid = { creditId: 'bcrd_compute_minutes', bundleName: '250 Compute Minutes', currency: 'usd', pricePerUnit: '2' };

describe('createCreditBundle', () => {
  it('creates the bundle in one write, returns it with its links, and the next read finds it', async () => {
    const input: CreateCreditBundleInput = {
      ...valid,
      quantity: 250,
      compatiblePlanIds: ['plan_scale'],
      expiryType: 'DURATION',
      expiryUnit: 'DAYS',
      expiryUnitCount: 30,
      status: 'ACTIVE',
    };
    const payload = expectTypename(dataOf(await gw.run(CREATE, { input })).createCreditBundle, 'CreateCreditBundlePayload');
    expect(payload).toMatchObject({
      __typename: 'CreateCreditBundlePayload',
      bundle: {
        name: '250 Compute Minutes',
        quantity: 250,
        status: 'ACTIVE',
        expiryType: 'DURATION',
        expiryUnit: 'DAYS',
        expiryUnitCount: 30,
        compatiblePlanIds: ['plan_scale'],
        unitPrice: { currency: 'usd', price: '2' },
        credit: { id: 'bcrd_compute_minutes', name: 'Compute Minutes' },
        compatiblePlans: [{ id: 'plan_scale', name: expect.any(String) }],
      },
    });
    // The write, then one batched read for the compatible plans (the credit's name comes with the bundle).
    expect(gw.calls()).toEqual(['POST /billing/credits/bundles', 'GET /plans?ids=plan_scale&limit=1']);
    expect(gw.schematicSandbox.calls[0]?.body).toEqual({
      credit_id: 'bcrd_compute_minutes',
      bundle_name: '250 Compute Minutes',
      currency: 'usd',
      price_per_unit: 2,
      quantity: 250,
      compatible_plan_ids: ['plan_scale'],
      expiry_type: 'duration',
      expiry_unit: 'days',
      expiry_unit_count: 30,
      status: 'active',
    });

    const id = payload.bundle!.id;
    const read = dataOf(await gw.run(READ, { id }));
    expect(read.creditBundle).toEqual({ id, name: '250 Compute Minutes' });
    expect(read.credit?.bundles.edges.map((e) => e.node.id)).toContain(id);
  });

  it('sends the sub-cent decimal price and other currencies as given', async () => {
    const input: CreateCreditBundleInput = { ...valid, creditId: 'bcrd_ai_tokens', bundleName: '5M Tokens', pricePerUnit: '0', pricePerUnitDecimal: '0.00019', quantity: 5_000_000, bundleType: 'FIXED', currencyPrices: [{ currency: 'eur', pricePerUnitDecimal: '0.00017' }] };
    const result = await gw.run(CREATE, { input });
    expect(result.data?.createCreditBundle).toMatchObject({ bundle: { unitPrice: { priceDecimal: '0.00019' }, credit: { name: 'AI Tokens' } } });
    expect(gw.schematicSandbox.calls[0]?.body).toEqual({
      credit_id: 'bcrd_ai_tokens',
      bundle_name: '5M Tokens',
      currency: 'usd',
      price_per_unit: 0,
      price_per_unit_decimal: '0.00019',
      quantity: 5_000_000,
      bundle_type: 'fixed',
      currency_prices: [{ currency: 'eur', price_per_unit_decimal: '0.00017' }],
    });
  });

  it('an unknown credit is a NotFoundError', async () => {
    const result = await gw.run(CREATE, { input: { ...valid, creditId: 'bcrd_nope' } });
    expect(result.data?.createCreditBundle).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(gw.calls()).toEqual(['POST /billing/credits/bundles']);
  });

  it.each([
    ['a blank credit id', { creditId: ' ' }, 'input.creditId', 'required'],
    ['a blank currency', { currency: '' }, 'input.currency', 'required'],
    ['a 4-letter currency', { currency: 'usdx' }, 'input.currency', 'maxLength'],
    ['UNKNOWN as the bundle type', { bundleType: 'UNKNOWN' }, 'input.bundleType', 'enum'],
    ['a duration without its unit', { expiryType: 'DURATION', expiryUnitCount: 3 }, 'input.expiryUnit', 'required'],
    ['a duration without its length', { expiryType: 'DURATION', expiryUnit: 'DAYS' }, 'input.expiryUnitCount', 'required'],
    ...bundleDetailCases,
  ])('%s is a ValidationError naming the field, and nothing is sent', async (_name, change, field, rule) => {
    const result = await gw.run(CREATE, { input: { ...valid, ...change } });
    expectValidationError(gw, result.data?.createCreditBundle, field, rule);
  });
});
