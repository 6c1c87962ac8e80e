import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { isLosslessNumber } from 'lossless-json';
import { builder } from '../../builder.ts';

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

/** How far an exponent (`1e-7`) may move the point: `1e999999999` must not become a billion digits. */
const MAX_EXPONENT = 1000;

/**
 * The plain digits of a number's text (a JSON number or a GraphQL literal), exponent spelled out:
 * `1.5e21` is `1500000000000000000000`, `1e-7` is `0.0000001`. Undefined when it is not a number,
 * or its exponent is beyond ±MAX_EXPONENT.
 */
function plainDecimal(text: string): string | undefined {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return undefined;
  const [, sign = '', whole = '', fraction = '', exponent] = match;
  if (exponent === undefined) return text;
  const shift = Number(exponent);
  if (Math.abs(shift) > MAX_EXPONENT) return undefined;
  let digits = whole + fraction;
  let point = whole.length + shift;
  if (point < 1) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  digits = digits.padEnd(point, '0');
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const frac = digits.slice(point).replace(/0+$/, '');
  return `${sign}${int}${frac ? `.${frac}` : ''}`;
}

/** Significant digits of a double's shortest text (`0.0012` has 2, `1.5e-7` has 2). */
function significantDigits(text: string): number {
  return text.replace(/^-/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * A JSON number is a double by the time it gets here: taken when that double is what was sent, a
 * whole number within ±(2^53 - 1) or one of at most 15 significant digits (which a double always
 * spells back as written); anything else may already be rounded, so it must come as a string.
 */
function decimalOfNumber(value: number): string {
  if (Number.isSafeInteger(value)) return String(value);
  if (Number.isFinite(value) && !Number.isInteger(value) && significantDigits(String(value)) <= 15) {
    const digits = plainDecimal(String(value));
    if (digits !== undefined) return digits;
  }
  invalid('Decimal', `cannot take the JSON number ${value} exactly (beyond 2^53 - 1 or 15 significant digits): send it as a string`);
}

function parseDecimal(value: unknown): string {
  if (typeof value === 'number') return decimalOfNumber(value);
  if (typeof value !== 'string' || !DECIMAL.test(value)) invalid('Decimal', 'must be a decimal string such as "0.0002", or an exact number');
  // Leading zeros dropped ("00012" is 12): the same value, spelt as a JSON number may spell it.
  return value.replace(/^(-?)0+(?=\d)/, '$1');
}

/** A literal: a string as for variables; an Int or Float literal with exactly the digits typed. */
function parseDecimalLiteral(ast: ValueNode): string {
  if (ast.kind === Kind.STRING) return parseDecimal(ast.value);
  if (ast.kind === Kind.INT) return ast.value;
  if (ast.kind === Kind.FLOAT) {
    return plainDecimal(ast.value) ?? invalid('Decimal', `takes an exponent of at most ±${MAX_EXPONENT}; got ${ast.value}`);
  }
  invalid('Decimal', 'must be a decimal string such as "0.0002", or a number');
}

/** Plain decimal digits for a wire number (Metronome's amounts are JSON numbers): never exponent notation, never rounded. */
function decimalText(value: unknown): string {
  if (typeof value === 'string' && DECIMAL.test(value)) return value;
  if (typeof value === 'bigint') return value.toString();
  const text = isLosslessNumber(value) ? value.value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
  const digits = text === undefined ? undefined : plainDecimal(text);
  if (digits === undefined) throw new GraphQLError(`Decimal cannot represent ${String(value)}`);
  return digits;
}

builder.scalarType('Decimal', {
  description:
    'A decimal number, exact, never rounded through a float: answered as a string of digits (`"0.0002"`). As input, a ' +
    'string of digits (the lossless form), or a number: a literal (`777`, `12.5`, `1e-7`) is taken with the digits typed; ' +
    'a JSON number in variables only when exact (a whole number within ±(2^53 - 1), or at most 15 significant digits).',
  serialize: decimalText,
  parseValue: parseDecimal,
  parseLiteral: parseDecimalLiteral,
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
