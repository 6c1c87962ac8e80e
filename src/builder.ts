import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context.ts';

export type Scalars = {
  ID: { Input: string; Output: string };
  /** RFC 3339 date-time, passed through as the upstream sends it. */
  DateTime: { Input: string; Output: string };
  /** A decimal number as a string (`"0.0002"`), never rounded through a float. */
  Decimal: { Input: string; Output: string };
  /** int64 amount in minor currency units; serialized as a string of digits. */
  MinorUnits: { Input: bigint; Output: number | bigint | string };
  /** A JSON object (traits, custom fields). */
  JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
};

/**
 * The builder configures; it defines no types (those live in src/schema/<domain>/).
 * Plugin order matters: relay first (connection helpers); errors next, so it catches what
 * a resolver throws and turns it into a typed result (src/schema/mutation.ts) before
 * dataloader, whose resolver wrapping must see the final field resolvers; federation goes
 * after all of them when it arrives.
 */
export const builder = new SchemaBuilder<{ Context: Context; Scalars: Scalars;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [RelayPlugin, ErrorsPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    // Ids are the vendors' own ids (contract), not Relay global ids.
    clientMutationId: 'omit',
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
});
