/**
 * Look-ahead into a resolver's selection, for the one decision that needs it: whether a credit
 * read asks Metronome for balances (`include_balance`) and ledgers (`include_ledgers`). Both
 * make the vendor's read slower, so a plain list sends neither.
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { CreditView } from '../../loaders/metronome/index.ts';

/** The fields of a selection set, through inline fragments and fragment spreads (directives ignored: asking too much is harmless). */
function fieldsOf(set: SelectionSetNode, info: GraphQLResolveInfo, seen = new Set<string>()): FieldNode[] {
  return set.selections.flatMap((selection): FieldNode[] => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, info, seen);
    const name = selection.name.value;
    const fragment = info.fragments[name];
    if (!fragment || seen.has(name)) return [];
    return fieldsOf(fragment.selectionSet, info, new Set([...seen, name]));
  });
}

/** Names of the fields selected `path` below the current field (e.g. `['edges', 'node']` in a connection). */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = sets.flatMap((set) =>
      fieldsOf(set, info).flatMap((field) => (field.name.value === name && field.selectionSet ? [field.selectionSet] : [])),
    );
  }
  return new Set(sets.flatMap((set) => fieldsOf(set, info).map((field) => field.name.value)));
}

/** The include flags a credit read needs for the credits selected `path` below the current field. */
export function creditView(info: GraphQLResolveInfo, path: readonly string[] = []): CreditView {
  const fields = selectedFields(info, path);
  return {
    ...(fields.has('balance') ? { include_balance: true as const } : {}),
    ...(fields.has('ledger') ? { include_ledgers: true as const } : {}),
  };
}
