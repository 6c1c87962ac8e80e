/**
 * Hostile argument values: a small value tree that prints both as a GraphQL literal and as a JSON
 * variable with its exact digits (2^53 + 1 must reach the gateway as typed, not as a double), and
 * the fast-check arbitraries that produce it for each input type.
 */
import fc from 'fast-check';
import { LosslessNumber, stringify as losslessStringify } from 'lossless-json';

export type Value =
  | { kind: 'null' }
  /** A JSON/GraphQL number, as its text (`9007199254740993`, `1e308`, `-0`). */
  | { kind: 'number'; text: string }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  /** An enum value: a bare name inline, a string in variables. */
  | { kind: 'enum'; name: string }
  | { kind: 'list'; items: Value[] }
  | { kind: 'object'; fields: [string, Value][] }
  /** A reference to an operation variable (only inside a literal). */
  | { kind: 'variable'; name: string };

export const nullValue: Value = { kind: 'null' };
export const num = (text: string): Value => ({ kind: 'number', text });
export const str = (value: string): Value => ({ kind: 'string', value });
export const bool = (value: boolean): Value => ({ kind: 'boolean', value });
export const enumValue = (name: string): Value => ({ kind: 'enum', name });
export const list = (items: Value[]): Value => ({ kind: 'list', items });
export const object = (fields: [string, Value][]): Value => ({ kind: 'object', fields });

/** The GraphQL literal of a value (JSON string escapes are GraphQL's, lone surrogates included as \\u escapes). */
export function literal(value: Value): string {
  switch (value.kind) {
    case 'null':
      return 'null';
    case 'number':
      return value.text;
    case 'string':
      return JSON.stringify(value.value);
    case 'boolean':
      return String(value.value);
    case 'enum':
      return value.name;
    case 'list':
      return `[${value.items.map(literal).join(', ')}]`;
    case 'object':
      return `{${value.fields.map(([name, v]) => `${name}: ${literal(v)}`).join(', ')}}`;
    case 'variable':
      return `$${value.name}`;
  }
}

/** The JSON variable value (numbers as LosslessNumber, so `losslessStringify` writes their digits). */
export function jsonValue(value: Value): unknown {
  switch (value.kind) {
    case 'null':
      return null;
    case 'number':
      return new LosslessNumber(value.text);
    case 'string':
      return value.value;
    case 'boolean':
      return value.value;
    case 'enum':
      return value.name;
    case 'list':
      return value.items.map(jsonValue);
    case 'object':
      return Object.fromEntries(value.fields.map(([name, v]) => [name, jsonValue(v)]));
    case 'variable':
      throw new Error('a variable reference has no JSON value');
  }
}

/** A request body with every number written as generated. */
export const requestBody = (payload: unknown): string => losslessStringify(payload) ?? 'null';

const TWO_31 = 2 ** 31;

/** Integers a caller may mean (page sizes, counts): what lets a generated operation reach the upstream. */
const plainInts = ['0', '1', '2', '3', '5', '10', '25', '50', '100'];
/** Integers at the edges: int32, 2^53, beyond int64, negative, signed zero. */
const edgeInts = [
  '-1',
  '-0',
  '101',
  '250',
  '251',
  '1000',
  '10001',
  String(TWO_31 - 1),
  String(TWO_31),
  String(-TWO_31),
  String(-TWO_31 - 1),
  '9007199254740991',
  '9007199254740992',
  '9007199254740993',
  '-9007199254740993',
  '9223372036854775807',
  '9223372036854775808',
  '99999999999999999999999999999999',
];
/** Numbers that are not integers, or not finite once parsed as a double. */
const edgeFloats = ['0.5', '1.0', '0.1', '1e-7', '5e-324', '1e-400', '123.456', '1e308', '1.7976931348623157e308', '1e309', '-1e308', '2.5e3'];
/** Strings a careless parser turns into numbers. */
const numberishStrings = ['NaN', 'Infinity', '-Infinity', '1e5', '0x10', '', ' 1', '1 ', '1_000', '١٢٣', '+1', '.5', '5.'];

export const intArb: fc.Arbitrary<Value> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...plainInts).map(num) },
  { weight: 3, arbitrary: fc.constantFrom(...edgeInts).map(num) },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: 100_000 }).map((n) => num(String(n))) },
);

export const floatArb: fc.Arbitrary<Value> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...plainInts, '0.5', '2.5', '1000').map(num) },
  { weight: 3, arbitrary: fc.constantFrom(...edgeInts, ...edgeFloats).map(num) },
  {
    weight: 1,
    arbitrary: fc
      .double({ noNaN: true, noDefaultInfinity: true })
      .map((d) => num(Object.is(d, -0) ? '-0' : String(d))),
  },
);

/** Pieces of hostile text: unicode planes, direction overrides, NUL, lone surrogates, markup, injection. */
const hostilePieces = [
  '😀',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '\u{10FFFF}',
  'مرحبا',
  'שלום',
  '\u202E',
  '\u200D',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\uD800',
  '\uDFFF',
  '\u2028',
  'e\u0301',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '${7*7}',
  '{{7*7}}',
  '%s%n',
  '\\',
  '"',
  '\r\n',
  '\t',
];

/** Path and query tricks an id could carry into a URL. */
const traversalPieces = ['../', '..%2F', '%2F', '/', '?x=1', '&ids=comp_globex', '#', ' ', '\n', '%00', '%', '%zz', '..\\', '//', ';', '*', '%2e%2e'];

const unicodeString = fc.array(fc.oneof(fc.constantFrom(...hostilePieces), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 6 }).map((parts) => parts.join(''));

/** Long strings: mostly a few KB, sometimes the ~100 KB a body limit still admits. */
const longString = fc
  .tuple(fc.constantFrom(300, 1_025, 4_096, 100_000), fc.constantFrom('x', 'é', '😀', '../'))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

export const stringArb: fc.Arbitrary<Value> = fc
  .oneof(
    { weight: 4, arbitrary: fc.constantFrom('a', 'Acme', 'tokens', 'usd', 'USD', 'x y', 'credit-1') },
    { weight: 3, arbitrary: unicodeString },
    { weight: 2, arbitrary: fc.constantFrom(...numberishStrings, ...traversalPieces) },
    { weight: 1, arbitrary: longString },
  )
  .map(str);

/**
 * An id: mostly a real one of the sandbox world (so the operation goes somewhere), else that id
 * with a traversal piece around it, or hostile text.
 */
export function idArb(known: readonly string[]): fc.Arbitrary<Value> {
  const real = fc.constantFrom(...known);
  return fc.oneof(
    { weight: 6, arbitrary: real.map(str) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...traversalPieces), real, fc.boolean())
        .map(([piece, id, before]) => str(before ? `${piece}${id}` : `${id}${piece}`)),
    },
    { weight: 1, arbitrary: fc.oneof(unicodeString, longString, fc.constantFrom('', ' ', '.', '..', 'null', 'undefined')).map(str) },
    // ID accepts integer input too.
    { weight: 1, arbitrary: intArb },
  );
}

export const dateTimeArb: fc.Arbitrary<Value> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('2026-10-01T00:00:00Z', '2026-01-01T00:00:00.000Z', '2025-06-15T12:30:00+02:00', '2027-01-01T00:00:00Z').map(str),
  },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(
        '0000-01-01T00:00:00Z',
        '9999-12-31T23:59:59.999Z',
        '2026-02-30T00:00:00Z',
        '2026-12-31T23:59:60Z',
        '2026-10-01T00:00:00.123456789Z',
        '2026-10-01T24:00:00Z',
        '2026-10-01T00:00:00+24:00',
        '2026-10-01 00:00:00Z',
        '2026-10-01',
        '+275760-09-13T00:00:00Z',
        '1970-01-01T00:00:00Z',
        'yesterday',
        '',
      )
      .map(str),
  },
  { weight: 1, arbitrary: intArb },
);

export const decimalArb: fc.Arbitrary<Value> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('1', '100', '0.5', '1000.25', '0.0002', '25000').map(str) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(
        '0',
        '-1',
        '-0',
        '12345678901234567.89',
        '1.000000000000000000001',
        '9'.repeat(32),
        '9223372036854775807',
        '-9223372036854775808',
        `1${'0'.repeat(400)}`,
        '1e5',
        '1E-7',
        '00012',
        '0.10',
        ...numberishStrings,
      )
      .map(str),
  },
  { weight: 2, arbitrary: fc.constantFrom('777', '777.5', '0.1', '1e308', '9007199254740993', '-0', '1e-7').map(num) },
);

export const minorUnitsArb: fc.Arbitrary<Value> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('0', '100', '2500').map(str) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom('-1', '9223372036854775807', '9223372036854775808', '-9223372036854775809', '12.5', '1e3', '', ' 1', '0x10')
      .map(str),
  },
  { weight: 2, arbitrary: fc.constantFrom('0', '100', '9007199254740991', '9007199254740993', '1.5', '1e308').map(num) },
);

/** Keys for JSON objects: valid GraphQL names, prototype-pollution names among them. */
const jsonKey = fc.constantFrom('a', 'region', 'tier', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '_');

const jsonLeaf: fc.Arbitrary<Value> = fc.oneof(stringArb, intArb, fc.boolean().map(bool), fc.constant(nullValue));

/** A JSON object value; nested objects and lists inside. */
export const jsonObjectArb: fc.Arbitrary<Value> = fc.letrec<{ obj: Value; any: Value }>((tie) => ({
  obj: fc
    .uniqueArray(fc.tuple(jsonKey, tie('any')), { maxLength: 3, selector: ([key]) => key })
    .map((fields) => object(fields)),
  any: fc.oneof({ depthSize: 'small', withCrossShrink: true }, jsonLeaf, tie('obj'), fc.array(jsonLeaf, { maxLength: 3 }).map(list)),
})).obj;

/**
 * Values a careful client sends, by scalar name: operations built from these mostly pass
 * validation, so the writes behind them are exercised too (ids come from the world instead).
 */
export const plainArbs: Record<string, fc.Arbitrary<Value>> = {
  Int: fc.constantFrom('1', '2', '5', '10', '30').map(num),
  Float: fc.constantFrom('1', '2', '10', '100', '2.5').map(num),
  String: fc.constantFrom('Acme', 'tokens', 'usd', 'USD', 'x y', 'credit-1').map(str),
  Boolean: fc.boolean().map(bool),
  DateTime: fc.constantFrom('2026-01-01T00:00:00Z', '2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z', '2027-01-01T00:00:00Z').map(str),
  Decimal: fc.constantFrom('1', '100', '0.5', '2500').map(str),
  MinorUnits: fc.constantFrom('0', '100', '2500').map(str),
  JSONObject: fc.constantFrom({}, { region: 'us-east' }).map((o) => object(Object.entries(o).map(([k, v]) => [k, str(v)]))),
};

/** Anything at all, to put where a given type is expected. */
export const wrongTypeArb: fc.Arbitrary<Value> = fc.oneof(
  stringArb,
  intArb,
  floatArb,
  fc.boolean().map(bool),
  fc.constant(nullValue),
  fc.constantFrom('ACTIVE', 'NOPE', 'true', 'null').map(enumValue),
  jsonObjectArb,
  fc.array(intArb, { maxLength: 2 }).map(list),
);

/** Text for a failure message: long runs of one piece shortened (`x×100000`), the whole cut at 3000 characters. */
export function display(text: string): string {
  return text.replace(/(.{1,8}?)\1{20,}/gsu, (run, unit: string) => `${unit}×${run.length / unit.length}`).slice(0, 3000);
}
