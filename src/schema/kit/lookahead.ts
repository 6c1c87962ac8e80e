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

type Memo = Map<string, ReadonlySet<PropertyKey>>;

/**
 * Selections whose walk met no `@skip` or `@include`: the same in every execution of their
 * operation, by `fieldNodes` (the executor hands every item of a list, and a compiled operation
 * every execution, the same array), so a page of grants walks its selection once, not once per
 * request.
 */
const constant = new WeakMap<readonly FieldNode[], Memo>();
/**
 * The others, per execution (its variables object), where variables may turn `@include` the
 * other way: 50 companies' `creditBalances` still walk their selection once.
 */
const perExecution = new WeakMap<object, WeakMap<readonly FieldNode[], Memo>>();

/** Whether a walk met a `@skip` or `@include`, so that its outcome may depend on the variables. */
interface Walk {
  directed: boolean;
}

/** The wire keys of `typename` that the selection below `info`'s field reads at any of `paths` (field names). */
export function selectedWireKeys(info: GraphQLResolveInfo, typename: string, ...paths: string[][]): ReadonlySet<PropertyKey> {
  const memoKey = `${typename}:${paths.map((path) => path.join('.')).join('|')}`;
  const known = constant.get(info.fieldNodes)?.get(memoKey) ?? perExecution.get(info.variableValues)?.get(info.fieldNodes)?.get(memoKey);
  if (known) return known;
  const walk: Walk = { directed: false };
  const keys = new Set<PropertyKey>();
  const type = info.schema.getType(typename);
  if (isObjectType(type)) {
    const fields = type.getFields();
    for (const path of paths) {
      let nodes: readonly FieldNode[] = info.fieldNodes;
      for (const name of path) nodes = subfields(info, nodes, walk).filter((node) => node.name.value === name);
      for (const node of subfields(info, nodes, walk)) {
        const options = fields[node.name.value]?.extensions?.pothosOptions as { resolve?: unknown } | undefined;
        const key = wireKeyOf(options?.resolve);
        if (key !== undefined) keys.add(key);
      }
    }
  }
  memoFor(info, walk).set(memoKey, keys);
  return keys;
}

/** Where a walk's outcome is kept: for every execution, or for this one only. */
function memoFor(info: GraphQLResolveInfo, walk: Walk): Memo {
  let execution: WeakMap<readonly FieldNode[], Memo> | undefined;
  if (walk.directed) {
    execution = perExecution.get(info.variableValues);
    if (!execution) perExecution.set(info.variableValues, (execution = new WeakMap()));
  }
  const memos = execution ?? constant;
  let memo = memos.get(info.fieldNodes);
  if (!memo) memos.set(info.fieldNodes, (memo = new Map()));
  return memo;
}

/** Names of the fields selected `path` below the current field (e.g. `['edges', 'node']` in a connection). */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) nodes = subfields(info, nodes).filter((node) => node.name.value === name);
  return new Set(subfields(info, nodes).map((node) => node.name.value));
}

/** The fields selected directly below `nodes`, through fragments; `walk` learns whether a directive decided any. */
function subfields(info: GraphQLResolveInfo, nodes: readonly FieldNode[], walk?: Walk): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (walk && selection.directives?.length) walk.directed = true;
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
