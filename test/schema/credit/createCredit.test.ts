/** createCredit through yoga against the sandbox: the effect, the read-back, the rules. */
import { describe, expect, it } from 'vitest';
import { graphql } from '../../generated/gql.ts';
import type { CreateCreditInput } from '../../generated/graphql.ts';
import { dataOf, expectTypename, expectValidationError, useTestGateway } from '../../helpers/gateway.ts';

const gw = useTestGateway();

const CREATE = graphql(`
  mutation CreateCredit($input: CreateCreditInput!) {
    createCredit(input: $input) {
      __typename
      ... on CreateCreditPayload {
        credit {
          id name description singularName pluralName burnStrategy defaultExpiryUnit defaultExpiryUnitCount
          defaultRolloverPolicy price { currency price priceDecimal } currencyPrices { currency price { price priceDecimal } }
        }
      }
      ... on MutationError { message code }
      ... on ValidationError { violations { field path rule message } }
    }
  }
`);

const READ = graphql(`
  query CreateCreditRead($id: ID!, $name: String!) {
    credit(id: $id) { id name }
    credits(filter: { name: $name }) { edges { node { id } } }
  }
`);

const valid = { name: 'GPU Hours', description: 'Dedicated GPU time.', currency: 'usd' };

describe('createCredit', () => {
  it('creates the credit in one write, and the next read finds it by id and by name', async () => {
    const input: CreateCreditInput = {
      ...valid,
      singularName: 'hour',
      pluralName: 'hours',
      burnStrategy: 'FIRST_IN_FIRST_OUT',
      defaultExpiryUnit: 'DAYS',
      defaultExpiryUnitCount: 30,
      defaultRolloverPolicy: 'EXPIRE',
      perUnitPrice: '250',
      currencyPrices: [{ currency: 'eur', pricePerUnitDecimal: '2.3' }],
    };
    const payload = expectTypename(dataOf(await gw.run(CREATE, { input })).createCredit, 'CreateCreditPayload');
    expect(payload).toMatchObject({
      __typename: 'CreateCreditPayload',
      credit: {
        name: 'GPU Hours',
        description: 'Dedicated GPU time.',
        singularName: 'hour',
        pluralName: 'hours',
        burnStrategy: 'FIRST_IN_FIRST_OUT',
        defaultExpiryUnit: 'DAYS',
        defaultExpiryUnitCount: 30,
        defaultRolloverPolicy: 'EXPIRE',
        price: { currency: 'usd', price: '250' },
      },
    });
    expect(payload.credit!.currencyPrices).toContainEqual({ currency: 'eur', price: { price: '2', priceDecimal: '2.3' } });
    expect(payload.credit!.id).toMatch(/^bcrd_/);
    expect(gw.calls()).toEqual(['POST /billing/credits']);
    expect(gw.schematicSandbox.calls[0]?.body).toEqual({
      name: 'GPU Hours',
      description: 'Dedicated GPU time.',
      currency: 'usd',
      singular_name: 'hour',
      plural_name: 'hours',
      burn_strategy: 'first_in_first_out',
      default_expiry_unit: 'days',
      default_expiry_unit_count: 30,
      default_rollover_policy: 'expire',
      per_unit_price: 250,
      currency_prices: [{ currency: 'eur', price_per_unit_decimal: '2.3' }],
    });

    const read = await gw.run(READ, { id: payload.credit!.id, name: 'GPU Hours' });
    expect(read.errors).toBeUndefined();
    expect(read.data?.credit).toEqual({ id: payload.credit!.id, name: 'GPU Hours' });
    expect(read.data?.credits.edges.map((e) => e.node.id)).toContain(payload.credit!.id);
  });

  it('an int64 price beyond 2^53 is sent, stored and read back with every digit (MinorUnits)', async () => {
    const result = await gw.run(CREATE, { input: { ...valid, name: 'Int64 credit', perUnitPrice: '9223372036854775807' } });
    expect(result.errors).toBeUndefined();
    expect(expectTypename(result.data?.createCredit, 'CreateCreditPayload').credit?.price).toEqual({ currency: 'usd', price: '9223372036854775807', priceDecimal: '9223372036854775807' });
    expect(gw.schematicSandbox.calls[0]?.body).toMatchObject({ per_unit_price: 9223372036854775807n });
  });

  it('sends only the required fields when nothing else is given', async () => {
    const result = await gw.run(CREATE, { input: { ...valid, name: 'Minimal credit' } });
    expect(result.data?.createCredit.__typename).toBe('CreateCreditPayload');
    expect(gw.schematicSandbox.calls[0]?.body).toEqual({ ...valid, name: 'Minimal credit' });
  });

  const long = (n: number) => 'x'.repeat(n);
  const prices = (n: number) => Array.from({ length: n }, (_, i) => ({ currency: `c${i}`.slice(0, 3), pricePerUnit: '1' }));

  it.each<[string, Partial<CreateCreditInput>, string, string]>([
    ['a blank name', { name: '  ' }, 'input.name', 'required'],
    ['a 256-character name', { name: long(256) }, 'input.name', 'maxLength'],
    ['a 1025-character description', { description: long(1025) }, 'input.description', 'maxLength'],
    ['a blank currency', { currency: '' }, 'input.currency', 'required'],
    ['a 4-letter currency', { currency: 'usdx' }, 'input.currency', 'maxLength'],
    ['a 65-character icon', { icon: long(65) }, 'input.icon', 'maxLength'],
    ['a 513-character singular name', { singularName: long(513) }, 'input.singularName', 'maxLength'],
    ['a 513-character plural name', { pluralName: long(513) }, 'input.pluralName', 'maxLength'],
    ['UNKNOWN as the burn strategy', { burnStrategy: 'UNKNOWN' }, 'input.burnStrategy', 'enum'],
    ['UNKNOWN as the expiry unit', { defaultExpiryUnit: 'UNKNOWN' }, 'input.defaultExpiryUnit', 'enum'],
    ['defaultExpiryUnitCount 0', { defaultExpiryUnitCount: 0 }, 'input.defaultExpiryUnitCount', 'min'],
    ['UNKNOWN as the rollover policy', { defaultRolloverPolicy: 'UNKNOWN' }, 'input.defaultRolloverPolicy', 'enum'],
    ['a negative perUnitPrice', { perUnitPrice: '-1' }, 'input.perUnitPrice', 'min'],
    ['51 currency prices', { currencyPrices: prices(51) }, 'input.currencyPrices', 'maxItems'],
    ['a blank currency price currency', { currencyPrices: [{ currency: ' ' }] }, 'input.currencyPrices.0.currency', 'required'],
    ['a 4-letter currency price currency', { currencyPrices: [{ currency: 'euro' }] }, 'input.currencyPrices.0.currency', 'maxLength'],
    ['a price in both forms', { perUnitPrice: '5', perUnitPriceDecimal: '0.5' }, 'input.perUnitPriceDecimal', 'exclusive'],
    [
      'a currency price in both forms',
      { currencyPrices: [{ currency: 'eur', pricePerUnit: '2', pricePerUnitDecimal: '2.3' }] },
      'input.currencyPrices.0.pricePerUnitDecimal',
      'exclusive',
    ],
    [
      'a negative currency price',
      { currencyPrices: [{ currency: 'eur' }, { currency: 'gbp', pricePerUnit: '-5' }] },
      'input.currencyPrices.1.pricePerUnit',
      'min',
    ],
  ])('%s is a ValidationError naming the field, and nothing is sent', async (_name, change, field, rule) => {
    const result = await gw.run(CREATE, { input: { ...valid, ...change } });
    expectValidationError(gw, result.data?.createCredit, field, rule);
  });

  it('a price in both forms names both fields: neither is silently dropped', async () => {
    const result = await gw.run(CREATE, { input: { ...valid, perUnitPrice: '5', perUnitPriceDecimal: '0.5' } });
    expect(expectTypename(result.data?.createCredit, 'ValidationError').message).toBe(
      'input.perUnitPriceDecimal cannot be combined with perUnitPrice (perUnitPrice, perUnitPriceDecimal are mutually exclusive)',
    );
  });
});
