import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { builder } from '../builder.ts';

// RFC 3339: date, 'T' (or 't'/space is not accepted), time with optional fraction, Z or offset.
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function invalid(scalar: string, rule: string): never {
  throw new GraphQLError(`${scalar} ${rule}`, { extensions: { code: 'BAD_USER_INPUT' } });
}

function stringLiteral(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) invalid(scalar, 'must be a string literal');
  return ast.value;
}

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !RFC3339.test(value) || Number.isNaN(Date.parse(value))) {
    invalid('DateTime', 'must be an RFC 3339 date-time such as 2026-01-31T12:00:00Z');
  }
  return value;
}

builder.scalarType('DateTime', {
  description: 'An RFC 3339 date-time (`2026-01-31T12:00:00Z`), as the upstream sends it.',
  serialize: (value) => value,
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(stringLiteral(ast, 'DateTime')),
});

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL.test(value)) invalid('Decimal', 'must be a decimal string such as "0.0002"');
  return value;
}

/** Plain decimal digits for a wire number (Metronome's amounts are JSON numbers): never exponent notation. */
function decimalText(value: unknown): string {
  if (typeof value === 'string' && DECIMAL.test(value)) return value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && Number.isFinite(value)) {
    const text = String(value);
    if (!/e/i.test(text)) return text;
    if (Math.abs(value) >= 1e21) return BigInt(value).toString(); // an integer at that size
    // 1e-7 or 1e21: spell the digits out, then drop trailing zeros of the fraction.
    return value.toFixed(Math.min(100, Math.max(0, -Math.floor(Math.log10(Math.abs(value))) + 16))).replace(/\.?0+$/, '');
  }
  throw new GraphQLError(`Decimal cannot represent ${String(value)}`);
}

builder.scalarType('Decimal', {
  description: 'A decimal number as a string (`"0.0002"`): exact, never rounded through a float.',
  serialize: decimalText,
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(stringLiteral(ast, 'Decimal')),
});

function parseMinorUnits(value: unknown): bigint {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || !INTEGER.test(text)) invalid('MinorUnits', 'must be an integer (as a string of digits)');
  const amount = BigInt(text);
  if (amount < INT64_MIN || amount > INT64_MAX) invalid('MinorUnits', 'must fit in a signed 64-bit integer');
  return amount;
}

builder.scalarType('MinorUnits', {
  description:
    'An amount in minor currency units (cents), a signed 64-bit integer. Serialized as a string of ' +
    'digits so values beyond 2^53 stay exact; accepted as a string or a safe integer.',
  serialize: (value) => {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value).toString();
    if (typeof value === 'string' && INTEGER.test(value)) return value;
    throw new GraphQLError(`MinorUnits cannot represent ${String(value)}`);
  },
  parseValue: parseMinorUnits,
  parseLiteral: (ast) => parseMinorUnits(ast.kind === Kind.INT ? ast.value : stringLiteral(ast, 'MinorUnits')),
});

builder.scalarType('JSONObject', {
  description: 'A JSON object (traits, custom fields), passed through as the upstream sends it.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) invalid('JSONObject', 'must be a JSON object');
    return value as Record<string, unknown>;
  },
});
