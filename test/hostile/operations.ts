/**
 * Operations generated from the schema itself: a root field of Query or Mutation (every one the
 * built schema has, `_entities` and `_service` included, so a field added later is covered with
 * no change here), its arguments drawn by type from hostile values, and a selection chosen
 * recursively to a bounded depth: fields, aliases, inline fragments on interfaces and unions,
 * named fragments, `@include`/`@skip`/`@defer`/`@stream`. Each argument goes inline or as a
 * variable; some values are of the wrong type on purpose.
 */
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  Kind,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import {
  bool,
  dateTimeArb,
  display,
  decimalArb,
  enumValue,
  floatArb,
  idArb,
  intArb,
  jsonObjectArb,
  jsonValue,
  list,
  literal,
  minorUnitsArb,
  nullValue,
  num,
  object,
  plainArbs,
  requestBody,
  str,
  stringArb,
  wrongTypeArb,
  type Value,
} from './values.ts';
import { CONTRACT_CREDIT_KEYS, idsFor } from './world.ts';

export interface Operation {
  kind: 'query' | 'mutation';
  /** The root fields selected, by schema name. */
  rootFields: string[];
  /** The document. */
  query: string;
  /** Variable values as sent (numbers with their exact digits). */
  variables: Record<string, unknown>;
  /** The HTTP body: `{ query, variables }` written losslessly. */
  body: string;
  /** How fast-check prints it in a counterexample. */
  [fc.toStringMethod](): string;
}

export interface GenerateOptions {
  /** Root fields to draw from (default: every field of the root type). */
  rootFields?: readonly string[];
  /** Most root fields in one operation (default 2; mutations always 1). */
  maxRootFields?: number;
  /** Deepest selection, the root field being 1 (default 5). */
  maxDepth?: number;
  /**
   * How often a value is deliberately wrong (wrong type, null, left out, an edge value), as a
   * share of the default rates: 1 (default) for reads; lower for writes, so most of them pass
   * validation and reach the upstream.
   */
  hostility?: number;
}

/** Entity types of `_entities` and their key fields, read from the `@key` directives of the schema. */
export function entityKeys(schema: GraphQLSchema): Map<string, string[]> {
  const union = schema.getType('_Entity');
  const keys = new Map<string, string[]>();
  if (!union || !isUnionType(union)) return keys;
  for (const type of union.getTypes()) {
    const key = type.astNode?.directives?.find((d) => d.name.value === 'key');
    const fields = key?.arguments?.find((a) => a.name.value === 'fields')?.value;
    const extensionKey = (type.extensions as { directives?: { name: string; args: { fields: string } }[] }).directives?.find((d) => d.name === 'key');
    const text = fields?.kind === Kind.STRING ? fields.value : (extensionKey?.args.fields ?? 'id');
    keys.set(type.name, text.split(/\s+/).filter(Boolean));
  }
  return keys;
}

type Draw = <T>(arb: fc.Arbitrary<T>) => T;

/** Stable builders for `fc.gen()`: it memoises arbitraries by builder, and replays a shrink by arbitrary identity. */
const builders = new WeakMap<fc.Arbitrary<unknown>, () => fc.Arbitrary<unknown>>();
function drawer(g: fc.GeneratorValue): Draw {
  return <T>(arb: fc.Arbitrary<T>): T => {
    let builder = builders.get(arb);
    if (!builder) {
      builder = () => arb;
      builders.set(arb, builder);
    }
    return g(builder as () => fc.Arbitrary<T>);
  };
}

const natArbs = new Map<number, fc.Arbitrary<number>>();
const nat = (max: number) => {
  let arb = natArbs.get(max);
  if (!arb) natArbs.set(max, (arb = fc.noBias(fc.nat({ max }))));
  return arb;
};
// Unbiased: fast-check favours small integers, which would make every `chance` far likelier than written.
const percent = fc.noBias(fc.nat({ max: 99 }));

/** Cursors: what the connections issue (offset and upstream-cursor kinds), with hostile positions and upstream cursors inside. */
const cursorArb: fc.Arbitrary<Value> = fc.oneof(
  fc.constantFrom(0, 4, 99, 999_999_999).map((n) => str(Buffer.from(`OffsetConnection:${n}`).toString('base64'))),
  fc
    .tuple(
      fc.oneof(fc.constant(null), fc.constantFrom('page2', '../', 'x'.repeat(2048), '😀'.repeat(10_000), '%2F?a=b', '\u0000', '')),
      fc.constantFrom(-1, 0, 24, 1_000_000_000),
      fc.constantFrom(0, 25, 9_007_199_254_740_993),
    )
    .map(([p, i, n]) => str(Buffer.from(`CursorConnection:${JSON.stringify([p, i, n])}`).toString('base64'))),
  stringArb,
);

/** Lengths of generated lists; the long ones cross the documented `ids` limits (100, 250). */
const listLength = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(1, 2, 3) }, { weight: 1, arbitrary: fc.constant(0) });
const longListLength = fc.constantFrom(101, 251, 1001, 5000);

class Writer {
  private readonly draw: Draw;
  private readonly declarations: string[] = [];
  private readonly variables: Record<string, unknown> = {};
  private readonly fragments: string[] = [];
  private names = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    g: fc.GeneratorValue,
    private readonly options: Required<Omit<GenerateOptions, 'rootFields'>>,
    private readonly keys: Map<string, string[]>,
  ) {
    this.draw = drawer(g);
  }

  private chance(percentage: number): boolean {
    return this.draw(percent) < percentage;
  }

  /** A deliberately invalid choice, at `percentage` scaled by the hostility setting. */
  private hostile(percentage: number): boolean {
    return this.chance(percentage * this.options.hostility);
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.draw(nat(items.length - 1))] as T;
  }

  private name(prefix: string): string {
    this.names += 1;
    return `${prefix}${this.names}`;
  }

  write(kind: 'query' | 'mutation', candidates: readonly string[]): Operation {
    const root = kind === 'query' ? this.schema.getQueryType() : this.schema.getMutationType();
    if (!root) throw new Error(`the schema has no ${kind} type`);
    const fields = root.getFields();
    const count = kind === 'mutation' ? 1 : 1 + (this.chance(30) ? this.draw(nat(this.options.maxRootFields - 1)) : 0);
    const chosen: string[] = [];
    for (let i = 0; i < count; i++) {
      const name = this.pick(candidates);
      if (!chosen.includes(name)) chosen.push(name);
    }
    // Two selections of one root field with different arguments must differ in name: alias the repeats.
    const selections = chosen.map((name, i) => this.field(fields[name]!, 1, i > 0));
    const header = this.declarations.length ? `(${this.declarations.join(', ')})` : '';
    const operationName = this.chance(70) ? ` Hostile${header}` : header ? ` ${header}` : '';
    const query = [`${kind}${operationName} {\n  ${selections.join('\n  ')}\n}`, ...this.fragments].join('\n');
    const body = requestBody({ query, variables: this.variables });
    // fast-check prints a counterexample with this: the body as sent, long runs shortened.
    return { kind, rootFields: chosen, query, variables: this.variables, body, [fc.toStringMethod]: () => display(body) };
  }

  // ---------------------------------------------------------------- selections

  private field(field: GraphQLField<unknown, unknown>, depth: number, alias = false): string {
    const name = alias || this.chance(8) ? `${this.name('a')}: ${field.name}` : field.name;
    const args = this.args(field.args, field.name);
    const type = getNullableType(field.type);
    let directives = '';
    if (this.chance(4)) directives += ` @${this.pick(['include', 'skip'])}(if: ${this.booleanArgument()})`;
    if (isListType(type) && this.chance(6)) directives += ` @stream(initialCount: ${this.argumentText('Int!', this.draw(intArb))})`;
    const named = getNamedType(field.type);
    const selection = isLeafType(named) ? '' : ` ${this.selectionSet(named, depth + 1)}`;
    return `${name}${args}${directives}${selection}`;
  }

  private selectionSet(type: GraphQLNamedType, depth: number): string {
    const parts: string[] = [];
    if (isUnionType(type)) {
      parts.push('__typename');
      for (const member of type.getTypes()) if (this.chance(40)) parts.push(`... on ${member.name} ${this.selectionSet(member, depth)}`);
    } else if (isObjectType(type) || isInterfaceType(type)) {
      const all = Object.values(type.getFields());
      // At the depth limit only leaves; deeper objects need their own selection.
      const candidates = depth >= this.options.maxDepth ? all.filter((f) => isLeafType(getNamedType(f.type))) : all;
      const wanted = candidates.length === 0 ? 0 : 1 + this.draw(nat(Math.min(candidates.length, depth <= 2 ? 4 : 2) - 1));
      const chosen = new Set<string>();
      for (let i = 0; i < wanted; i++) chosen.add(this.pick(candidates).name);
      for (const name of chosen) parts.push(this.field(type.getFields()[name]!, depth));
      if (isInterfaceType(type) || this.chance(15) || parts.length === 0) parts.push('__typename');
      if (isInterfaceType(type)) {
        for (const impl of this.schema.getPossibleTypes(type)) if (this.chance(25)) parts.push(`... on ${impl.name} ${this.selectionSet(impl, depth)}`);
      }
      if (depth < this.options.maxDepth && this.chance(5)) {
        // The same fields again through a named fragment (the cost limit must count fragments).
        const fragment = this.name('F');
        this.fragments.push(`fragment ${fragment} on ${type.name} ${this.selectionSet(type, depth)}`);
        parts.push(`...${fragment}`);
      }
      if (depth < this.options.maxDepth && this.chance(3)) parts.push(`... @defer ${this.selectionSet(type, depth + 1)}`);
    } else {
      parts.push('__typename');
    }
    return `{ ${parts.join(' ')} }`;
  }

  // ---------------------------------------------------------------- arguments and values

  private args(args: readonly GraphQLArgument[], owner: string): string {
    const written: string[] = [];
    for (const arg of args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      if (required ? this.hostile(2) : !this.chance(40)) continue; // rarely leave out a required one
      written.push(`${arg.name}: ${this.argument(arg.type, this.hint(arg.name, owner))}`);
    }
    return written.length ? `(${written.join(', ')})` : '';
  }

  /** What an id argument refers to: its own name, or for `id`/`ids`, the field or input that takes it. */
  private hint(name: string, owner: string): string {
    return /^ids?$/.test(name) ? owner : name;
  }

  /** An argument's text: inline, or a variable declared with the argument's type (now and then a wrong one). */
  private argument(type: GraphQLInputType, hint: string): string {
    if (this.chance(35)) {
      const value = this.value(type, hint, false);
      return this.argumentText(this.hostile(4) ? this.pick(['String', 'Int', 'ID!', '[ID]', 'Boolean!']) : String(type), value, true);
    }
    return literal(this.value(type, hint, true));
  }

  private argumentText(declared: string, value: Value, asVariable = this.chance(35)): string {
    if (!asVariable) return literal(value);
    const name = this.name('v');
    this.declarations.push(`$${name}: ${declared}`);
    // Now and then the variable is declared and never given (required ones are then refused).
    if (!this.hostile(3)) this.variables[name] = jsonValue(value);
    return `$${name}`;
  }

  private booleanArgument(): string {
    return this.argumentText('Boolean!', this.draw(fc.boolean()) ? bool(true) : bool(false));
  }

  private value(type: GraphQLInputType, hint: string, inline: boolean, depth = 0): Value {
    if (this.hostile(3)) return this.draw(wrongTypeArb);
    if (isNonNullType(type)) {
      if (this.hostile(1)) return nullValue;
      return this.value(type.ofType, hint, inline, depth);
    }
    if (this.hostile(4)) return nullValue;
    if (isListType(type)) {
      const item = type.ofType;
      if (this.chance(3)) return this.value(item, hint, inline, depth); // a single value where a list is expected (GraphQL coerces it)
      if (this.hostile(3)) return this.longList(item, hint);
      const length = this.draw(listLength);
      return list(Array.from({ length }, () => this.value(item, hint, inline, depth)));
    }
    if (isInputObjectType(type)) {
      const fields: [string, Value][] = [];
      for (const field of Object.values(type.getFields())) {
        const required = isNonNullType(field.type) && field.defaultValue === undefined;
        if (required ? this.hostile(3) : !this.chance(depth > 1 ? 20 : 40)) continue;
        const hintFor = this.hint(field.name, type.name);
        if (inline && this.chance(12)) {
          const name = this.name('v');
          this.declarations.push(`$${name}: ${String(field.type)}`);
          this.variables[name] = jsonValue(this.value(field.type, hintFor, false, depth + 1));
          fields.push([field.name, { kind: 'variable', name }]);
        } else {
          fields.push([field.name, this.value(field.type, hintFor, inline, depth + 1)]);
        }
      }
      if (this.hostile(3)) fields.push(['notAField', num('1')]);
      return object(fields);
    }
    if (isEnumType(type)) {
      if (this.hostile(3)) return this.chance(50) ? enumValue('NOT_A_VALUE') : str(type.getValues()[0]!.name.toLowerCase());
      return enumValue(this.pick(type.getValues()).name);
    }
    if (isScalarType(type)) return this.scalar(type.name, hint);
    return this.draw(wrongTypeArb);
  }

  private scalar(name: string, hint: string): Value {
    const plain = plainArbs[name];
    if (plain && !this.hostile(60)) return this.draw(plain);
    switch (name) {
      case 'ID':
        return this.draw(idArb(idsFor(hint)));
      case 'String':
        return /^(after|before)$/.test(hint) ? this.draw(cursorArb) : this.draw(stringArb);
      case 'Int':
        return this.draw(intArb);
      case 'Float':
        return this.draw(floatArb);
      case 'Boolean':
        return bool(this.draw(fc.boolean()));
      case 'DateTime':
        return this.draw(dateTimeArb);
      case 'Decimal':
        return this.draw(decimalArb);
      case 'MinorUnits':
        return this.draw(minorUnitsArb);
      case 'JSONObject':
        return this.draw(jsonObjectArb);
      case '_Any':
        return this.representation();
      default:
        // A scalar added later: anything at all.
        return this.draw(wrongTypeArb);
    }
  }

  /** A lists of ids (or representations) longer than any documented limit, cycling through real ones. */
  private longList(item: GraphQLInputType, hint: string): Value {
    const length = this.draw(longListLength);
    const named = getNamedType(item);
    if (named.name === '_Any') {
      const one = this.representation();
      return list(Array.from({ length }, (_, i) => (i % 2 === 0 ? one : this.knownRepresentation(i))));
    }
    if (named.name === 'ID') {
      // Real ids, or ids as long as an id may be, in the widest characters: the batch must still fit a URL.
      const pool = this.chance(70) ? idsFor(hint) : ['😀'.repeat(32), 'é'.repeat(64), '../'.repeat(21)];
      return list(Array.from({ length }, (_, i) => str(pool[i % pool.length]!)));
    }
    return list(Array.from({ length: Math.min(length, 101) }, () => this.value(item, hint, false, 3)));
  }

  private knownRepresentation(i: number): Value {
    const types = [...this.keys.keys()];
    const typename = types[i % types.length]!;
    if (typename === 'ContractCredit') {
      const key = CONTRACT_CREDIT_KEYS[i % CONTRACT_CREDIT_KEYS.length]!;
      return object([['__typename', str(typename)], ['id', str(key.id)], ['customerId', str(key.customerId)]]);
    }
    const pool = idsFor(typename);
    return object([['__typename', str(typename)], ['id', str(pool[i % pool.length]!)]]);
  }

  /** A router's representation: an entity of any tenant, or one malformed in some way. */
  private representation(): Value {
    const typename = this.pick([...this.keys.keys()]);
    const keyFields = this.keys.get(typename) ?? ['id'];
    const roll = this.draw(percent);
    if (roll < 70) {
      if (typename === 'ContractCredit' && this.chance(70)) {
        const key = this.pick(CONTRACT_CREDIT_KEYS);
        return object([['__typename', str(typename)], ['id', str(key.id)], ['customerId', str(key.customerId)]]);
      }
      return object([['__typename', str(typename)], ...keyFields.map((f): [string, Value] => [f, this.draw(idArb(idsFor(f === 'id' ? typename : f)))])]);
    }
    const malformed: Value[] = [
      object([['__typename', str(typename)]]),
      object([['__typename', str(typename)], ...keyFields.map((f): [string, Value] => [f, nullValue])]),
      object([['__typename', str(typename)], ...keyFields.map((f): [string, Value] => [f, this.draw(wrongTypeArb)])]),
      object([['__typename', str(this.pick(['Nope', 'company', '_Service', 'Query', 'PageInfo', 'Mutation', '']))], ['id', str(this.pick(idsFor(typename)))]]),
      object([['id', str(this.pick(idsFor(typename)))]]),
      object([['__typename', this.draw(wrongTypeArb)], ['id', str('x')]]),
      object([]),
      this.draw(stringArb),
      this.draw(intArb),
    ];
    return this.pick(malformed);
  }
}

/** Operations of one root type, generated from `schema`. */
export function operationArb(schema: GraphQLSchema, kind: 'query' | 'mutation', options: GenerateOptions = {}): fc.Arbitrary<Operation> {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  const candidates = options.rootFields ?? Object.keys(root?.getFields() ?? {});
  if (candidates.length === 0) throw new Error(`no ${kind} root fields to generate from`);
  const settings = { maxRootFields: options.maxRootFields ?? 2, maxDepth: options.maxDepth ?? 5, hostility: options.hostility ?? 1 };
  const keys = entityKeys(schema);
  return fc.gen().map((g) => new Writer(schema, g, settings, keys).write(kind, candidates));
}
