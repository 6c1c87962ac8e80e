/** The custom scalars' wire forms, straight from the built schema. */
import { parseValue, type GraphQLScalarType } from 'graphql';
import { LosslessNumber } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';

const scalar = (name: string) => schema.getType(name) as GraphQLScalarType;

describe('Decimal', () => {
  it.each([
    ['0.0002', '0.0002'],
    [12, '12'],
    [-3.25, '-3.25'],
    [0.1, '0.1'],
    [1e-7, '0.0000001'],
    [1.5e21, '1500000000000000000000'],
    [123456789012345678901234n, '123456789012345678901234'],
    [new LosslessNumber('12345678901234567.89'), '12345678901234567.89'],
    [new LosslessNumber('1.000000000000000000001'), '1.000000000000000000001'],
    [new LosslessNumber('-1.5e-30'), '-0.0000000000000000000000000000015'],
  ])('serializes %s as %s (digits, never exponent notation, never rounded)', (value, text) => {
    expect(scalar('Decimal').serialize(value)).toBe(text);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 'abc', '1e5', null, new LosslessNumber('1e5000')])('refuses to serialize %s', (value) => {
    expect(() => scalar('Decimal').serialize(value)).toThrow(/Decimal cannot represent/);
  });

  it('takes a decimal string as it is, never exponent notation', () => {
    expect(scalar('Decimal').parseValue('-12.5')).toBe('-12.5');
    expect(scalar('Decimal').parseValue('12345678901234567.89')).toBe('12345678901234567.89');
    expect(() => scalar('Decimal').parseValue('1e5')).toThrow(/decimal string/);
    expect(() => scalar('Decimal').parseValue(true)).toThrow(/decimal string/);
  });

  it.each([
    [12.5, '12.5'],
    [777, '777'],
    [-9007199254740991, '-9007199254740991'],
    [0.1, '0.1'],
    [1e-7, '0.0000001'],
    [123456789.123456, '123456789.123456'],
  ])('takes the JSON number %s, exact as a double, as %s', (value, text) => {
    expect(scalar('Decimal').parseValue(value)).toBe(text);
  });

  it.each([9007199254740992, 1e21, 0.30000000000000004, 12345678901234567.89, Number.POSITIVE_INFINITY])(
    'refuses the JSON number %s, which a double may already have rounded: send a string',
    (value) => {
      expect(() => scalar('Decimal').parseValue(value)).toThrow(/send it as a string/);
    },
  );

  it.each([
    ['777', '777'],
    ['-12', '-12'],
    ['123456789012345678901234567890', '123456789012345678901234567890'],
    ['12345678901234567.89', '12345678901234567.89'],
    ['1.000000000000000000001', '1.000000000000000000001'],
    ['1.5e3', '1500'],
    ['2.5E-7', '0.00000025'],
    ['"0.0002"', '0.0002'],
  ])('takes the literal %s with the digits typed: %s', (literal, text) => {
    expect(scalar('Decimal').parseLiteral(parseValue(literal))).toBe(text);
  });

  it.each(['1e1001', 'true', '"1e5"', '[1]'])('refuses the literal %s', (literal) => {
    expect(() => scalar('Decimal').parseLiteral(parseValue(literal))).toThrow(/Decimal/);
  });
});

describe('MinorUnits', () => {
  it('serializes int64 exactly as digits and parses strings or safe integers to bigint', () => {
    expect(scalar('MinorUnits').serialize(9223372036854775807n)).toBe('9223372036854775807');
    expect(scalar('MinorUnits').parseValue('9223372036854775807')).toBe(9223372036854775807n);
    expect(scalar('MinorUnits').parseValue(42)).toBe(42n);
    expect(() => scalar('MinorUnits').parseValue('9223372036854775808')).toThrow(/64-bit/);
  });
});
