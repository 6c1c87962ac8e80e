/** deleteCreditBundle through yoga against the sandbox: the effect, the read-back, the rules. */
import { describe, expect, it } from 'vitest';
import { graphql } from '../../generated/gql.ts';
import { expectValidationError, useTestGateway } from '../../helpers/gateway.ts';

const gw = useTestGateway();

const DELETE = graphql(`
  mutation DeleteCreditBundle($input: DeleteCreditBundleInput!) {
    deleteCreditBundle(input: $input) {
      __typename
      ... on DeleteCreditBundlePayload { deletedId }
      ... on MutationError { message code }
      ... on ValidationError { violations { field path rule message } }
    }
  }
`);

const READ = graphql(`
  query DeleteCreditBundleRead($id: ID!) {
    creditBundle(id: $id) { id }
    creditBundles(first: 100) { edges { node { id } } }
  }
`);

describe('deleteCreditBundle', () => {
  it('deletes in one write, and the bundle is gone from lists and by id', async () => {
    const { id } = await gw.schematicClient.bundles.create({
      creditId: 'bcrd_compute_minutes',
      bundleName: 'Doomed bundle',
      currency: 'usd',
      pricePerUnit: 2,
    });
    const result = await gw.run(DELETE, { input: { id } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.deleteCreditBundle).toEqual({ __typename: 'DeleteCreditBundlePayload', deletedId: id });
    expect(gw.calls()).toEqual([`DELETE /billing/credits/bundles/${id}`]);

    const read = await gw.run(READ, { id });
    expect(read.errors).toBeUndefined();
    expect(read.data?.creditBundle).toBeNull();
    expect(read.data?.creditBundles.edges.map((e) => e.node.id)).not.toContain(id);
  });

  it('an unknown id is a NotFoundError', async () => {
    const result = await gw.run(DELETE, { input: { id: 'bcb_nope' } });
    expect(result.data?.deleteCreditBundle).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(gw.calls()).toEqual(['DELETE /billing/credits/bundles/bcb_nope']);
  });

  it('a blank id is a ValidationError naming the field, and nothing is sent', async () => {
    const result = await gw.run(DELETE, { input: { id: '' } });
    expectValidationError(gw, result.data?.deleteCreditBundle, 'input.id', 'required');
  });
});
