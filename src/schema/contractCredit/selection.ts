/**
 * Whether a credit read asks Metronome for balances (`include_balance`) and ledgers
 * (`include_ledgers`): both make the vendor's read slower, so a plain list sends neither.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { CreditView } from '../../loaders/metronome/index.ts';
import { selectedFields } from '../kit/lookahead.ts';

/** The include flags a credit read needs for the credits selected `path` below the current field. */
export function creditView(info: GraphQLResolveInfo, path: readonly string[] = []): CreditView {
  const fields = selectedFields(info, path);
  return {
    ...(fields.has('balance') ? { includeBalance: true as const } : {}),
    ...(fields.has('ledger') ? { includeLedgers: true as const } : {}),
  };
}
