/**
 * What every typed mutation error shares: the `MutationError` interface, and the `Upstream` enum
 * the upstream-related ones name.
 */
import { builder } from '../../builder.ts';

export const Upstream = builder.enumType('Upstream', {
  values: { SCHEMATIC: { value: 'schematic' }, METRONOME: { value: 'metronome' } },
});

export const MutationError = builder.interfaceRef<Error & { code?: string }>('MutationError').implement({
  description: 'An expected reason a mutation did not return its payload.',
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.string({ description: 'Stable machine-readable code.', resolve: (e) => e.code ?? 'ERROR' }),
  }),
});
