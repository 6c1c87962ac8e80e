/** What every Metronome credit mutation checks of the ids in its input. */
import { getNullableType, isInputObjectType, isListType, isScalarType, type GraphQLInputType, type GraphQLResolveInfo } from 'graphql';
import { isMetronomeId } from '../../upstream/metronome/ids.ts';
import type { Rules } from '../mutation.ts';

/**
 * Every ID in a Metronome write's `input`, at any depth, is a UUID: Metronome refuses anything
 * else. Read from the input type itself, so an id field added later is checked too.
 */
export function checkMetronomeIds(rules: Rules, info: GraphQLResolveInfo, input: unknown): void {
  const visit = (type: GraphQLInputType, value: unknown, path: (string | number)[]): void => {
    if (value == null) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (Array.isArray(value)) value.forEach((item, i) => visit(nullable.ofType, item, [...path, i]));
    } else if (isInputObjectType(nullable)) {
      for (const field of Object.values(nullable.getFields())) visit(field.type, (value as Record<string, unknown>)[field.name], [...path, field.name]);
    } else if (isScalarType(nullable) && nullable.name === 'ID' && typeof value === 'string' && value.trim() !== '' && !isMetronomeId(value)) {
      rules.add(path, 'uuid', 'must be a Metronome id (a UUID)');
    }
  };
  const argument = info.parentType.getFields()[info.fieldName]?.args.find((arg) => arg.name === 'input');
  if (argument) visit(argument.type, input, ['input']);
}
