import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivesPlugin from '@pothos/plugin-directives';
import ErrorsPlugin from '@pothos/plugin-errors';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { LosslessNumber } from 'lossless-json';
import { scopeAuthOptions, type AuthScopes } from './auth/scopes.ts';
import type { Context } from './context.ts';

export type Scalars = {
  ID: { Input: string; Output: string };
  /** RFC 3339 date-time, passed through as the upstream sends it. */
  DateTime: { Input: string; Output: string };
  /**
   * A decimal number as a string (`"0.0002"`), never rounded through a float. Output: a decimal
   * string, or a wire number as parseJson keeps it (number, bigint, LosslessNumber), spelled out exactly.
   */
  Decimal: { Input: string; Output: string | number | bigint | LosslessNumber };
  /** int64 amount in minor currency units; serialized as a string of digits. */
  MinorUnits: { Input: bigint; Output: number | bigint | string };
  /** A JSON object (traits, custom fields). */
  JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
};

/**
 * The builder configures; it defines no types (those live in src/schema/<domain>/).
 * Plugin order matters: relay first (connection helpers); errors next, so it catches what
 * a resolver throws and turns it into a typed result (src/schema/errors/) before
 * dataloader, whose resolver wrapping must see the final field resolvers; federation goes
 * after all of them.
 */
export const builder = new SchemaBuilder<{ Context: Context; Scalars: Scalars;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  // ScopeAuth right after relay: its checks wrap every other resolver wrapper, so a denied field
  // never reaches the errors plugin (a denial is not a typed result) nor the dataloader (no load).
  // Directives then federation, last: federation's entities and @key/@shareable see every type and
  // field as the plugins above left them; directives turns them into the SDL a router composes.
  plugins: [RelayPlugin, ScopeAuthPlugin, ErrorsPlugin, DataloaderPlugin, DirectivesPlugin, FederationPlugin],
  scopeAuth: scopeAuthOptions,
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
