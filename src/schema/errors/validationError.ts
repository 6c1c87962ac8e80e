/** `ValidationError`: the input breaks a rule; nothing was sent (src/schema/kit/validate.ts checks the rules). */
import { builder } from '../../builder.ts';
import { MutationError } from './mutationError.ts';

export interface Violation {
  /** Path from the argument down, e.g. ["input", "quantity"]. */
  path: string[];
  /** Short rule name: required, maxLength, min, max, enum, after, exclusive, unique, upstream… */
  rule: string;
  message: string;
}

/** Thrown (and returned as `ValidationError`) when input breaks a rule; nothing was sent. */
export class InputInvalid extends Error {
  constructor(readonly violations: Violation[]) {
    super(
      violations.length === 1
        ? `${violations[0]!.path.join('.')} ${violations[0]!.message}`
        : `${violations.length} input fields break a rule: ${violations.map((v) => v.path.join('.')).join(', ')}`,
    );
    this.name = 'InputInvalid';
  }
}

const FieldViolation = builder.objectRef<Violation>('FieldViolation').implement({
  description: 'One input field that breaks one rule.',
  fields: (t) => ({
    field: t.string({ description: 'Dotted path, e.g. `input.quantity`.', resolve: (v) => v.path.join('.') }),
    path: t.exposeStringList('path'),
    rule: t.exposeString('rule', { description: 'required, maxLength, min, max, positive, enum, after, exclusive, upstream, …' }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(InputInvalid, {
  name: 'ValidationError',
  description: 'The input breaks a rule; nothing was sent upstream (unless the rule is "upstream": the vendor refused it).',
  interfaces: [MutationError],
  isTypeOf: (value) => value instanceof InputInvalid,
  fields: (t) => ({
    code: t.string({ resolve: () => 'VALIDATION_FAILED' }),
    violations: t.field({ type: [FieldViolation], resolve: (e) => e.violations }),
  }),
});
