import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { knownFields, lacksAny, partial, partialIf, whenKnown, wireKeyOf } from '../../src/schema/kit/partial.ts';

type Thing = { id: string; name: string; size: number | null; note?: string };

function things(rows: Thing[]) {
  const loaded: string[] = [];
  const load = async (_ctx: unknown, id: string) => {
    loaded.push(id);
    return rows.find((row) => row.id === id) ?? null;
  };
  return { loaded, ...knownFields<Thing, unknown>('Thing', load) };
}

describe('partial', () => {
  it('keeps what is known and leaves out null and undefined, so those are loaded rather than trusted', () => {
    const p = partial<Thing>({ id: 't1', name: 'One', size: null, note: undefined });
    expect(Object.keys(p).sort()).toEqual(['id', 'name']);
    expect(p).toMatchObject({ id: 't1', name: 'One' });
    expect('size' in p).toBe(false);
  });

  it('partialIf is null without an id', () => {
    expect(partialIf<Thing>(null, { name: 'x' })).toBeNull();
    expect(partialIf<Thing>('t1', { name: 'x' })).toMatchObject({ id: 't1', name: 'x' });
  });
});

describe('knownFields', () => {
  const rows = [{ id: 't1', name: 'One', size: 3 }];

  it('answers synchronously from a Partial that holds the field, without loading', () => {
    const { field, loaded } = things(rows);
    const value = field('name')(partial<Thing>({ id: 't1', name: 'Held' }), {}, {});
    expect(value).toBe('Held'); // a plain value, not a promise: the executor allocates nothing for it
    expect(loaded).toEqual([]);
  });

  it('answers synchronously from a full object', () => {
    const { field, full } = things(rows);
    expect(field('size')(rows[0]!, {}, {})).toBe(3);
    expect(full(rows[0]!, {})).toBe(rows[0]);
  });

  it('loads the full object for a field the Partial lacks', async () => {
    const { field, loaded } = things(rows);
    const value = field('size')(partial<Thing>({ id: 't1', name: 'One' }), {}, {});
    expect(value).toBeInstanceOf(Promise);
    expect(await value).toBe(3);
    expect(loaded).toEqual(['t1']);
  });

  it('an id the upstream does not know is a NOT_FOUND error naming the type and id', async () => {
    const { field } = things(rows);
    const error = await Promise.resolve(field('size')(partial<Thing>({ id: 'nope' }), {}, {})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).message).toBe('Thing "nope" was not found upstream');
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'NOT_FOUND', typename: 'Thing', id: 'nope' });
  });
});

describe('knownFields and lookahead', () => {
  const rows = [{ id: 't1', name: 'One', size: 3 }];

  it('field(key) is one resolver per key, marked with the wire key it reads', () => {
    const { field } = things(rows);
    expect(field('size')).toBe(field('size'));
    expect(wireKeyOf(field('size'))).toBe('size');
    expect(wireKeyOf(() => 1)).toBeUndefined();
  });

  it('answers synchronously from what a prefetch settled, without loading', () => {
    const loaded: string[] = [];
    const { field } = knownFields<Thing, unknown>(
      'Thing',
      async (_ctx, id) => (loaded.push(id), null),
      (_ctx, id) => rows.find((row) => row.id === id),
    );
    expect(field('size')(partial<Thing>({ id: 't1' }), {}, {})).toBe(3);
    expect(loaded).toEqual([]);
  });

  it('lacksAny: a Partial missing one of the keys, never a full object', () => {
    const keys = new Set<PropertyKey>(['name', 'size']);
    expect(lacksAny(partial<Thing>({ id: 't1', name: 'One' }), keys)).toBe(true);
    expect(lacksAny(partial<Thing>({ id: 't1', name: 'One', size: 3 }), keys)).toBe(false);
    expect(lacksAny(rows[0]!, keys)).toBe(false);
  });
});

describe('whenKnown', () => {
  it('maps a value at once and a promise when it settles', async () => {
    expect(whenKnown(2, (n) => n * 2)).toBe(4);
    const later = whenKnown(Promise.resolve(2), (n) => n * 2);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(4);
  });
});
