/**
 * JSON in and out of the core, lossless: no number an upstream sends or a caller gives is
 * rounded on the way (int64 minor-unit money, Metronome amounts finer than a double).
 */
import { compareNumber, isInteger, LosslessNumber, parse as parseLossless, stringify as stringifyLossless } from 'lossless-json';

/** application/json, or any `+json` type (application/problem+json). */
const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/** Whether a Content-Type header names JSON. */
export function isJsonType(type: string): boolean {
  return JSON_TYPE.test(type.trim());
}

/** A body's chunks as text, without a UTF-8 byte order mark (as undici's `body.text()`). */
export function utf8(chunks: Buffer[]): string {
  const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return bytes.toString('utf8', bom ? 3 : 0);
}

/**
 * JSON.parse, except that no number is rounded: one a double holds exactly (the same integer, or
 * the same digits) is a `number`; a whole number it cannot is a `bigint` (int64 money); any other
 * is a `LosslessNumber` keeping its digits (a Metronome amount finer than a double). The lossless
 * parser is slower, so it only runs when the text has a number of 16 or more digits: one of up to
 * 15 significant digits always survives a double.
 */
export function parseJson(text: string): unknown {
  if (!hasLongNumber(text)) return JSON.parse(text);
  return parseLossless(text, null, parseNumber);
}

/** One JSON number's text, as exact as `parseJson` keeps it. */
export function parseNumber(text: string): number | bigint | LosslessNumber {
  const double = Number(text);
  // The double's own digits (shortest form, `1e+21`) spell the same value: nothing is lost.
  if (Number.isFinite(double)) {
    const spelled = String(double);
    if (spelled === text || compareNumber(spelled, text) === 0) return double;
  }
  return isInteger(text) ? BigInt(text) : new LosslessNumber(text);
}

/**
 * JSON text of a request body; a `bigint` (int64 money from a MinorUnits input) or a
 * `LosslessNumber` (a Decimal amount for Metronome) is written as a plain number of its digits.
 */
export function stringifyJson(value: unknown): string {
  return stringifyLossless(value) ?? 'null';
}

/** Digits a number needs before a double may not hold it (15 always fit). */
const LONG_RUN = 16;
const DOT = 46;

/**
 * Whether `text` has a run of LONG_RUN or more digits, dots in between allowed (`12345678.12345678`).
 * Every such run covers one of the positions LONG_RUN-1, 2·LONG_RUN-1, ..., so only those are
 * read, and the run around a digit or dot found there: a large page is scanned in a fraction of
 * the time a regular expression takes.
 */
function hasLongNumber(text: string): boolean {
  for (let at = LONG_RUN - 1; at < text.length; at += LONG_RUN) {
    if (!isNumberChar(text.charCodeAt(at))) continue;
    let start = at;
    while (start > 0 && isNumberChar(text.charCodeAt(start - 1))) start--;
    let digits = 0;
    let end = start;
    for (; end < text.length && isNumberChar(text.charCodeAt(end)); end++) {
      if (text.charCodeAt(end) !== DOT && ++digits >= LONG_RUN) return true;
    }
    // Go on from the end of this run (no run is read twice); any later long run still covers a
    // position LONG_RUN apart from there.
    at = end;
  }
  return false;
}

function isNumberChar(code: number): boolean {
  return (code >= 48 && code <= 57) || code === DOT; // 0-9 or .
}
