/**
 * Selection look-ahead, the one place a resolver reads its own selection:
 * - `selectedWireKeys`: which wire keys of a linked type a field's selection reads, so that a
 *   resolver returning many Partials (a page of grants, a company's balances) can load what they
 *   lack in one batch (`prefetch` in loadable.ts) before the executor reaches their fields;
 * - `selectedFields`: the names selected below a field, for a read whose upstream request depends
 *   on them (Metronome's `include_balance`, src/schema/contractCredit/contractCredit.ts).
 *
 * A field reads a wire key when its resolver was built by `field(key)` (partial.ts); any other
 * field (an id, a link by id, a connection) needs nothing loaded. Fragments are looked through
 * whatever their type condition (at worst a batch is loaded that the fields would have loaded
 * anyway), and `@skip`/`@include` are honoured.
 */
import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { wireKeyOf } from './partial.ts';

/**
 * Per execution (its variables object): the executor hands every item of a list the same
 * `fieldNodes` array, so 50 companies' `creditBalances` walk their selection once. A compiled
 * operation (src/execution.ts) hands out the same array in every execution, where variables may
 * turn `@include` the other way.
 */
const memo = new WeakMap<object, WeakMap<readonly FieldNode[], Map<string, ReadonlySet<PropertyKey>>>>();

/** The wire keys of `typename` that the selection below `info`'s field reads at any of `paths` (field names). */
export function selectedWireKeys(info: GraphQLResolveInfo, typename: string, ...paths: string[][]): ReadonlySet<PropertyKey> {
  const memoKey = `${typename}:${paths.map((path) => path.join('.')).join('|')}`;
  let execution = memo.get(info.variableValues);
  if (!execution) memo.set(info.variableValues, (execution = new WeakMap()));
  let byPath = execution.get(info.fieldNodes);
  const known = byPath?.get(memoKey);
  if (known) return known;
  const keys = new Set<PropertyKey>();
  const type = info.schema.getType(typename);
  if (isObjectType(type)) {
    const fields = type.getFields();
    for (const path of paths) {
      let nodes: readonly FieldNode[] = info.fieldNodes;
      for (const name of path) nodes = subfields(info, nodes).filter((node) => node.name.value === name);
      for (const node of subfields(info, nodes)) {
        const options = fields[node.name.value]?.extensions?.pothosOptions as { resolve?: unknown } | undefined;
        const key = wireKeyOf(options?.resolve);
        if (key !== undefined) keys.add(key);
      }
    }
  }
  if (!byPath) execution.set(info.fieldNodes, (byPath = new Map()));
  byPath.set(memoKey, keys);
  return keys;
}

/** Names of the fields selected `path` below the current field (e.g. `['edges', 'node']` in a connection). */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) nodes = subfields(info, nodes).filter((node) => node.name.value === name);
  return new Set(subfields(info, nodes).map((node) => node.name.value));
}

/** The fields selected directly below `nodes`, through fragments. */
function subfields(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (!included(info, selection)) continue;
      if (selection.kind === Kind.FIELD) found.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of nodes) visit(node.selectionSet);
  return found;
}

function included(info: GraphQLResolveInfo, node: SelectionNode): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}
