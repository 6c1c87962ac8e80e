/** deleteCredit through yoga against the sandbox: the effect, the read-back, the rules. */
import { describe, expect, it } from 'vitest';
import { graphql } from '../../generated/gql.ts';
import { expectValidationError, useTestGateway } from '../../helpers/gateway.ts';

const gw = useTestGateway();

const DELETE = graphql(`
  mutation DeleteCredit($input: DeleteCreditInput!) {
    deleteCredit(input: $input) {
      __typename
      ... on DeleteCreditPayload { deletedId }
      ... on MutationError { message code }
      ... on ValidationError { violations { field path rule message } }
    }
  }
`);

const READ = graphql(`
  query DeleteCreditRead($id: ID!) {
    credit(id: $id) { id }
    credits(first: 100) { edges { node { id } } }
  }
`);

/** A credit nothing uses (every seeded credit has grants, so it could not be deleted). */
async function unusedCredit(name: string): Promise<string> {
  const credit = await gw.schematicClient.credits.create({ name, description: 'To be deleted.', currency: 'usd' });
  return credit.id;
}

describe('deleteCredit', () => {
  it('deletes in one write, and the credit is gone from lists and by id', async () => {
    const id = await unusedCredit('Doomed credit');
    const result = await gw.run(DELETE, { input: { id } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.deleteCredit).toEqual({ __typename: 'DeleteCreditPayload', deletedId: id });
    expect(gw.calls()).toEqual([`DELETE /billing/credits/${id}`]);
    expect(gw.schematicSandbox.calls[0]?.body).toBeUndefined();

    const read = await gw.run(READ, { id });
    expect(read.errors).toBeUndefined();
    expect(read.data?.credit).toBeNull();
    expect(read.data?.credits.edges.map((e) => e.node.id)).not.toContain(id);
  });

  it('an unknown id is a NotFoundError', async () => {
    const result = await gw.run(DELETE, { input: { id: 'bcrd_nope' } });
    expect(result.data?.deleteCredit).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(gw.calls()).toEqual(['DELETE /billing/credits/bcrd_nope']);
  });

  it('a blank id is a ValidationError naming the field, and nothing is sent', async () => {
    const result = await gw.run(DELETE, { input: { id: ' ' } });
    expectValidationError(gw, result.data?.deleteCredit, 'input.id', 'required');
  });
});
