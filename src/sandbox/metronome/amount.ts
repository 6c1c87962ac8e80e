/**
 * Amounts as the Metronome sandbox keeps them: exact, whatever their size or precision, as the
 * gateway sends them (a Decimal's own digits) and as a decimal-backed vendor would keep them.
 * Stored and answered in wire form (`Amount`); summed through big.js, which adds and compares
 * decimals exactly.
 */
import Big from 'big.js';
import { isLosslessNumber } from 'lossless-json';
import { parseNumber } from '../../upstream/core/json.ts';
import type { Amount } from '../../upstream/metronome/types.ts';

export const big = (amount: Amount): Big => new Big(String(amount));

/** Back to wire form: a plain number whenever a double holds it exactly. */
export const toAmount = (value: Big): Amount => parseNumber(value.toFixed());

export const isAmount = (value: unknown): value is Amount =>
  (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint' || isLosslessNumber(value);
