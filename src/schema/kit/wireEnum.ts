/**
 * A GraphQL enum over a vendor's wire values: each value in SCREAMING_CASE, plus UNKNOWN, so that a
 * value the vendor adds tomorrow resolves to UNKNOWN instead of failing the query.
 */
import { builder } from '../../builder.ts';

/** Internal value of every enum's UNKNOWN member; it is output-only and refused as input. */
export const UNKNOWN = '%unknown%';

export type WireEnum = ReturnType<typeof wireEnum>;

export function wireEnum(name: string, description: string, values: readonly string[]) {
  const known = new Set<string>(values);
  const ref = builder.enumType(name, {
    description,
    values: {
      ...Object.fromEntries(
        values.map((value) => [value.toUpperCase().replace(/[^A-Z0-9]+/g, '_'), { value }]),
      ),
      UNKNOWN: { value: UNKNOWN, description: 'A value this gateway does not know yet (the vendor added it). Output only.' },
    } as Record<string, { value: string; description?: string }>,
  });
  /** The enum value for a wire string: itself when known, UNKNOWN otherwise; null stays null. */
  function wire(value: string): string;
  function wire(value: string | null | undefined): string | null;
  function wire(value: string | null | undefined) {
    return value == null ? null : known.has(value) ? value : UNKNOWN;
  }
  return Object.assign(ref, { wire });
}
