/** The custom scalars' wire forms, straight from the built schema. */
import type { GraphQLScalarType } from 'graphql';
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
  ])('serializes %s as %s (digits, never exponent notation)', (value, text) => {
    expect(scalar('Decimal').serialize(value)).toBe(text);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 'abc', '1e5', null])('refuses to serialize %s', (value) => {
    expect(() => scalar('Decimal').serialize(value)).toThrow(/Decimal cannot represent/);
  });

  it('accepts only decimal strings as input', () => {
    expect(scalar('Decimal').parseValue('-12.5')).toBe('-12.5');
    expect(() => scalar('Decimal').parseValue(12.5)).toThrow(/decimal string/);
    expect(() => scalar('Decimal').parseValue('1e5')).toThrow(/decimal string/);
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
