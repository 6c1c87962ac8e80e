/**
 * Metronome v2 contracts. A customer's contracts come from one unpaged call
 * (`POST /v2/contracts/list`, cached per request), which also embeds each contract's
 * contract-level credits: `Contract.credits` costs nothing more unless it asks for balances or
 * ledgers (then one more contracts call per customer, with the include flags).
 */
import { ownedBy } from '../../auth/privateObjects.ts';
import { builder } from '../../builder.ts';
import { CREDITS_PAGE_SIZE, loadContracts } from '../../loaders/metronome/index.ts';
import { collect, MAX_PAGES } from '../../upstream/page.ts';
import type { ContractV2, ContractV2Credit } from '../../upstream/metronome/types.ts';
import { ContractCredit, withCustomer, type CreditNode } from '../contractCredit/contractCredit.ts';
import { creditView } from '../contractCredit/selection.ts';
import { MetronomeCustomer } from '../metronomeCustomer/metronomeCustomer.ts';

export const Contract = builder.objectRef<ContractV2>('Contract');

Contract.implement({
  description: 'A Metronome contract of a customer: its term, and the contract-level credits it holds.',
  extensions: ownedBy((c: { customer_id: string }) => ({ customer: c.customer_id })),
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { nullable: true }),
    startingAt: t.field({ type: 'DateTime', description: 'Inclusive.', resolve: (c) => c.starting_at }),
    endingBefore: t.field({ type: 'DateTime', nullable: true, description: 'Exclusive; null: open-ended.', resolve: (c) => c.ending_before }),
    createdAt: t.field({ type: 'DateTime', resolve: (c) => c.created_at }),
    createdBy: t.string({ resolve: (c) => c.created_by }),
    archivedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.archived_at }),
    priority: t.exposeFloat('priority', { nullable: true }),
    rateCardId: t.id({ nullable: true, resolve: (c) => c.rate_card_id }),
    uniquenessKey: t.string({ nullable: true, resolve: (c) => c.uniqueness_key }),
    customFields: t.field({ type: 'JSONObject', resolve: (c) => c.custom_fields ?? {} }),
    customerId: t.id({ resolve: (c) => c.customer_id }),
    customer: t.field({
      type: MetronomeCustomer,
      nullable: true,
      description: 'The customer (batched with every other customer of the request).',
      resolve: (c) => c.customer_id,
    }),
    credits: t.field({
      type: [ContractCredit],
      description:
        'The contract’s contract-level credits, as the contract embeds them (no extra call unless balance or ledger ' +
        'is selected: then one contracts call per customer). Archived credits are left out unless includeArchived.',
      args: { includeArchived: t.arg.boolean({ required: false, defaultValue: false }) },
      // For the cost limit (src/limits.ts `FieldCost`): a contracts read, and a walk of up to `MAX_PAGES` pages when the list was cut.
      extensions: { cost: { calls: 1 + MAX_PAGES } },
      resolve: async (contract, args, ctx, info) => {
        const view = creditView(info);
        let source: ContractV2 = contract;
        if (view.includeBalance || view.includeLedgers) {
          source = (await loadContracts(ctx, contract.customer_id, view))?.find((c) => c.id === contract.id) ?? contract;
        }
        const credits: CreditNode[] = (source.credits ?? []).map((credit: ContractV2Credit) => withCustomer(contract.customer_id, credit));
        if (source.has_more?.credits) {
          // The vendor cut the embedded list short (at an undocumented size): read the customer's credits instead.
          const all = await collect((cursor) =>
            ctx.upstreams.metronome.credits.list(
              {
                customerId: contract.customer_id,
                includeContractCredits: true,
                includeArchived: args.includeArchived,
                limit: CREDITS_PAGE_SIZE,
                nextPage: cursor,
                ...view,
              },
              ctx,
            ),
          );
          // v1 credits carry no `archived_at`: the list itself leaves archived ones out unless asked.
          return all.data.filter((credit) => credit.contract?.id === contract.id).map((credit) => withCustomer(contract.customer_id, credit));
        }
        return args.includeArchived ? credits : credits.filter((credit) => !credit.archived_at);
      },
    }),
  }),
});
