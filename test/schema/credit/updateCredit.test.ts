/** updateCredit through yoga against the sandbox: the effect, the read-back, the rules. */
import { describe, expect, it } from 'vitest';
import { graphql } from '../../generated/gql.ts';
import type { UpdateCreditInput } from '../../generated/graphql.ts';
import { dataOf, expectTypename, expectValidationError, useTestGateway } from '../../helpers/gateway.ts';

const gw = useTestGateway();

const UPDATE = graphql(`
  mutation UpdateCredit($input: UpdateCreditInput!) {
    updateCredit(input: $input) {
      __typename
      ... on UpdateCreditPayload {
        credit { id name description icon singularName pluralName burnStrategy defaultExpiryUnitCount updatedAt
          price { currency price priceDecimal } }
      }
      ... on MutationError { message code }
      ... on ValidationError { violations { field path rule message } }
    }
  }
`);

const THROUGH_GRANTS = graphql(`
  query UpdateCreditThroughGrants($creditId: ID!) {
    creditGrants(first: 3, filter: { creditId: $creditId }) { edges { node { id credit { name } } } }
  }
`);

describe('updateCredit', () => {
  it('renames with one read of the current description and one write; grants show the new name', async () => {
    const result = await gw.run(UPDATE, { input: { id: 'bcrd_ai_tokens', name: 'AI Tokens (GPT)' } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateCredit).toMatchObject({
      __typename: 'UpdateCreditPayload',
      credit: {
        id: 'bcrd_ai_tokens',
        name: 'AI Tokens (GPT)',
        description: 'Metered tokens for model inference: chat completions and embeddings.',
        singularName: 'token',
      },
    });
    // PUT needs the description: it is read first (the loader's ids filter), then sent unchanged.
    expect(gw.calls()).toEqual(['GET /billing/credits?ids=bcrd_ai_tokens&limit=1', 'PUT /billing/credits/bcrd_ai_tokens']);
    expect(gw.schematicSandbox.calls[1]?.body).toEqual({
      name: 'AI Tokens (GPT)',
      description: 'Metered tokens for model inference: chat completions and embeddings.',
    });

    const read = dataOf(await gw.run(THROUGH_GRANTS, { creditId: 'bcrd_ai_tokens' }));
    const names = read.creditGrants!.edges.map((e) => e.node.credit.name);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set(['AI Tokens (GPT)']));
  });

  it('with name and description given it is one write, sending only what was given', async () => {
    const input: UpdateCreditInput = {
      id: 'bcrd_compute_minutes',
      name: 'Compute Minutes',
      description: 'GPU minutes.',
      icon: 'gpu',
      burnStrategy: 'LAST_IN_FIRST_OUT',
      defaultExpiryUnitCount: 2,
      perUnitPrice: '3',
    };
    const { credit } = expectTypename(dataOf(await gw.run(UPDATE, { input })).updateCredit, 'UpdateCreditPayload');
    expect(credit).toMatchObject({
      description: 'GPU minutes.',
      icon: 'gpu',
      burnStrategy: 'LAST_IN_FIRST_OUT',
      defaultExpiryUnitCount: 2,
      price: { currency: 'usd', price: '3' },
    });
    expect(gw.calls()).toEqual(['PUT /billing/credits/bcrd_compute_minutes']);
    expect(gw.schematicSandbox.calls[0]?.body).toEqual({
      name: 'Compute Minutes',
      description: 'GPU minutes.',
      icon: 'gpu',
      burn_strategy: 'last_in_first_out',
      default_expiry_unit_count: 2,
      per_unit_price: 3,
    });
  });

  it('an empty description is a value, not a missing one', async () => {
    const result = await gw.run(UPDATE, { input: { id: 'bcrd_support_hours', name: 'Support Hours', description: '' } });
    expect(result.data?.updateCredit).toMatchObject({ __typename: 'UpdateCreditPayload', credit: { description: '' } });
    expect(gw.calls()).toEqual(['PUT /billing/credits/bcrd_support_hours']);
  });

  it('a cost basis Schematic no longer lets edit is refused upstream as a ValidationError', async () => {
    const result = await gw.run(UPDATE, { input: { id: 'bcrd_ai_tokens', name: 'AI Tokens', description: 'x', perUnitPrice: '1' } });
    const error = expectTypename(result.data?.updateCredit, 'ValidationError');
    expect(error.violations).toEqual([expect.objectContaining({ field: 'input', rule: 'upstream' })]);
    expect(gw.calls()).toEqual(['PUT /billing/credits/bcrd_ai_tokens']);
  });

  it('an unknown id is a NotFoundError: from the write when nothing is read first', async () => {
    const result = await gw.run(UPDATE, { input: { id: 'bcrd_nope', name: 'N', description: 'D' } });
    expect(result.data?.updateCredit).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(gw.calls()).toEqual(['PUT /billing/credits/bcrd_nope']);
  });

  it('an unknown id is a NotFoundError: from the read, with nothing written', async () => {
    const result = await gw.run(UPDATE, { input: { id: 'bcrd_nope', name: 'N' } });
    expect(result.data?.updateCredit).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(gw.calls()).toEqual(['GET /billing/credits?ids=bcrd_nope&limit=1']);
  });

  const long = (n: number) => 'x'.repeat(n);
  const valid = { id: 'bcrd_support_hours', name: 'Support Hours', description: 'Support.' };

  it.each<[string, Partial<UpdateCreditInput>, string, string]>([
    ['a blank id', { id: '' }, 'input.id', 'required'],
    ['a null name', { name: null }, 'input.name', 'notNull'],
    ['a null description', { description: null }, 'input.description', 'notNull'],
    ['a blank name', { name: ' ' }, 'input.name', 'required'],
    ['a 256-character name', { name: long(256) }, 'input.name', 'maxLength'],
    ['a 1025-character description', { description: long(1025) }, 'input.description', 'maxLength'],
    ['a 65-character icon', { icon: long(65) }, 'input.icon', 'maxLength'],
    ['a 513-character singular name', { singularName: long(513) }, 'input.singularName', 'maxLength'],
    ['a 513-character plural name', { pluralName: long(513) }, 'input.pluralName', 'maxLength'],
    ['UNKNOWN as the burn strategy', { burnStrategy: 'UNKNOWN' }, 'input.burnStrategy', 'enum'],
    ['UNKNOWN as the expiry unit', { defaultExpiryUnit: 'UNKNOWN' }, 'input.defaultExpiryUnit', 'enum'],
    ['defaultExpiryUnitCount 0', { defaultExpiryUnitCount: 0 }, 'input.defaultExpiryUnitCount', 'min'],
    ['UNKNOWN as the rollover policy', { defaultRolloverPolicy: 'UNKNOWN' }, 'input.defaultRolloverPolicy', 'enum'],
    ['perUnitPrice 0', { perUnitPrice: '0' }, 'input.perUnitPrice', 'min'],
    ['51 currency prices', { currencyPrices: Array.from({ length: 51 }, () => ({ currency: 'usd' })) }, 'input.currencyPrices', 'maxItems'],
    ['a blank currency price currency', { currencyPrices: [{ currency: '' }] }, 'input.currencyPrices.0.currency', 'required'],
    ['a 4-letter currency price currency', { currencyPrices: [{ currency: 'euro' }] }, 'input.currencyPrices.0.currency', 'maxLength'],
    ['a negative currency price', { currencyPrices: [{ currency: 'eur', pricePerUnit: '-1' }] }, 'input.currencyPrices.0.pricePerUnit', 'min'],
    ['a currency listed twice', { currencyPrices: [{ currency: 'eur' }, { currency: 'EUR' }] }, 'input.currencyPrices.1.currency', 'unique'],
  ])('%s is a ValidationError naming the field, and nothing is sent', async (_name, change, field, rule) => {
    const result = await gw.run(UPDATE, { input: { ...valid, ...change } });
    expectValidationError(gw, result.data?.updateCredit, field, rule);
  });
});
