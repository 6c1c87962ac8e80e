/** updateCreditBundle through yoga against the sandbox: the effect, the read-back, the rules. */
import { describe, expect, it } from 'vitest';
import { graphql } from '../../generated/gql.ts';
import type { UpdateCreditBundleInput } from '../../generated/graphql.ts';
import { dataOf, expectTypename, expectValidationError, useTestGateway } from '../../helpers/gateway.ts';
import { bundleDetailCases } from './detailCases.ts';

const gw = useTestGateway();

const UPDATE = graphql(`
  mutation UpdateCreditBundle($input: UpdateCreditBundleInput!) {
    updateCreditBundle(input: $input) {
      __typename
      ... on UpdateCreditBundlePayload {
        bundle { id name status quantity expiryType expiryUnitCount compatiblePlanIds updatedAt
          unitPrice { currency price priceDecimal } credit { id name } }
      }
      ... on MutationError { message code }
      ... on ValidationError { violations { field path rule message } }
    }
  }
`);

const READ = graphql(`
  query UpdateCreditBundleRead($id: ID!) {
    creditBundle(id: $id) { id name status compatiblePlanIds updatedAt unitPrice { price priceDecimal } }
  }
`);

async function read(id: string) {
  const bundle = dataOf(await gw.run(READ, { id })).creditBundle;
  expect(bundle).not.toBeNull();
  return bundle!;
}

async function update(input: UpdateCreditBundleInput) {
  return (await gw.run(UPDATE, { input })).data?.updateCreditBundle;
}

async function updated(input: UpdateCreditBundleInput) {
  return expectTypename(await update(input), 'UpdateCreditBundlePayload').bundle!;
}

describe('updateCreditBundle', () => {
  it('renames with one read of the current price and one write, keeping the sub-cent price', async () => {
    const before = await read('bcb_tokens_1m');
    const result = await gw.run(UPDATE, { input: { id: 'bcb_tokens_1m', bundleName: 'Starter Token Pack' } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateCreditBundle).toMatchObject({
      __typename: 'UpdateCreditBundlePayload',
      bundle: {
        id: 'bcb_tokens_1m',
        name: 'Starter Token Pack',
        unitPrice: { currency: 'usd', price: '0', priceDecimal: '0.0002' },
        credit: { id: 'bcrd_ai_tokens', name: 'AI Tokens' },
      },
    });
    expect(gw.calls()).toEqual(['GET /billing/credits/bundles?ids=bcb_tokens_1m&limit=1', 'PUT /billing/credits/bundles/bcb_tokens_1m']);
    // The vendor-required price is the current one, decimal included (0 minor units alone would reprice it).
    expect(gw.schematicSandbox.calls[1]?.body).toEqual({ bundle_name: 'Starter Token Pack', price_per_unit: 0, price_per_unit_decimal: '0.0002' });

    const after = await read('bcb_tokens_1m');
    expect(after).toMatchObject({ name: 'Starter Token Pack', compatiblePlanIds: before.compatiblePlanIds, unitPrice: before.unitPrice });
    expect(Date.parse(after.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
  });

  it('with the name and price given it is one write; compatible plans left out stay as they were', async () => {
    const before = await read('bcb_compute_1k');
    const bundle = await updated({ id: 'bcb_compute_1k', bundleName: '1,000 Compute Minutes', pricePerUnit: '2', status: 'INACTIVE', quantity: 1200 });
    expect(bundle).toMatchObject({ status: 'INACTIVE', quantity: 1200, unitPrice: { price: '2' }, compatiblePlanIds: ['plan_scale'] });
    expect(gw.calls()).toEqual(['PUT /billing/credits/bundles/bcb_compute_1k']);
    expect(gw.schematicSandbox.calls[0]?.body).toEqual({ bundle_name: '1,000 Compute Minutes', price_per_unit: 2, status: 'inactive', quantity: 1200 });

    const after = await read('bcb_compute_1k');
    expect(after).toMatchObject({ status: 'INACTIVE', compatiblePlanIds: ['plan_scale'] });
    expect(Date.parse(after.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
  });

  it('an empty compatiblePlanIds opens the bundle to every plan', async () => {
    expect((await read('bcb_tokens_10m')).compatiblePlanIds).toEqual(['plan_growth', 'plan_scale']);
    const bundle = await updated({ id: 'bcb_tokens_10m', bundleName: '10M Token Pack', pricePerUnit: '0', pricePerUnitDecimal: '0.00018', compatiblePlanIds: [] });
    expect(bundle.compatiblePlanIds).toEqual([]);
    expect(gw.schematicSandbox.calls[0]?.body).toEqual({
      bundle_name: '10M Token Pack',
      price_per_unit: 0,
      price_per_unit_decimal: '0.00018',
      compatible_plan_ids: [],
    });
    expect((await read('bcb_tokens_10m')).compatiblePlanIds).toEqual([]);
  });

  it('a decimal price given alone goes beside the current minor units', async () => {
    const bundle = await updated({ id: 'bcb_support_5h', bundleName: '5 Support Hours', pricePerUnitDecimal: '13500.5' });
    expect(bundle.unitPrice).toMatchObject({ priceDecimal: '13500.5' });
    expect(gw.schematicSandbox.calls.at(-1)?.body).toEqual({ bundle_name: '5 Support Hours', price_per_unit: 14000, price_per_unit_decimal: '13500.5' });
  });

  it('a duration without its length is left to the stored length on update', async () => {
    const payload = await update({ id: 'bcb_support_5h', bundleName: '5 Support Hours', pricePerUnit: '14000', expiryType: 'DURATION' });
    expect(payload).toMatchObject({ __typename: 'UpdateCreditBundlePayload', bundle: { expiryType: 'DURATION', expiryUnitCount: 180 } });
  });

  it('an unknown id is a NotFoundError: from the write when nothing is read first', async () => {
    const result = await gw.run(UPDATE, { input: { id: 'bcb_nope', bundleName: 'N', pricePerUnit: '1' } });
    expect(result.data?.updateCreditBundle).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(gw.calls()).toEqual(['PUT /billing/credits/bundles/bcb_nope']);
  });

  it('an unknown id is a NotFoundError: from the read, with nothing written', async () => {
    const result = await gw.run(UPDATE, { input: { id: 'bcb_nope', bundleName: 'N' } });
    expect(result.data?.updateCreditBundle).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(gw.calls()).toEqual(['GET /billing/credits/bundles?ids=bcb_nope&limit=1']);
  });

  const valid = { id: 'bcb_support_5h', bundleName: '5 Support Hours', pricePerUnit: '14000' };

  it.each([
    ['a blank id', { id: '' }, 'input.id', 'required'],
    ['a null bundle name', { bundleName: null }, 'input.bundleName', 'notNull'],
    ['a null pricePerUnit', { pricePerUnit: null }, 'input.pricePerUnit', 'notNull'],
    ...bundleDetailCases,
  ])('%s is a ValidationError naming the field, and nothing is sent', async (_name, change, field, rule) => {
    const result = await gw.run(UPDATE, { input: { ...valid, ...change } });
    expectValidationError(gw, result.data?.updateCreditBundle, field, rule);
  });
});
