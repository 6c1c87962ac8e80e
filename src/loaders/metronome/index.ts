/**
 * Per-request loaders over Metronome. Each is created through `requestLoader`, or is the batch
 * function of a `loadableRef` (customers, products), so a mutation's `sendWrite` makes the
 * request forget what it read (src/loaders/cache.ts).
 *
 * What batches and what cannot (reference §6): customers batch through `customer_ids` (at most
 * 100 a call); everything else takes one key a call (an alias, a customer's credits or
 * contracts, a product), so those loaders dedupe per request and run their calls in parallel.
 * An id the vendor does not know is `null`, never an error for the whole batch: Metronome's
 * "not found" (a 404, or a v2 400 with a `…NotFound` code, both `kind: 'not_found'`) maps to null,
 * and an id that is not a UUID (src/upstream/metronome/ids.ts) is null without a call.
 */
import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import { orNull } from '../../upstream/errors.ts';
import { MAX_CREDITS_LIMIT } from '../../upstream/metronome/credits.ts';
import { isMetronomeId } from '../../upstream/metronome/ids.ts';
import type { ContractV2, Credit, CustomerDetail, PricingUnit } from '../../upstream/metronome/types.ts';
import { loadByIds, loadEach } from '../batch.ts';
import { requestLoader } from '../cache.ts';

const byId = (item: { id: string }) => item.id;

/**
 * Customers by id, through `GET /v1/customers?customer_ids=…` (100 a call, split beyond). That
 * list holds only active customers: ids it leaves out are asked once more, together, with
 * `only_archived` (a second call only when some id is missing), so an archived customer still
 * resolves (with `archivedAt`) and an unknown id is null.
 */
export const loadCustomers = async (ctx: Context, ids: readonly string[]) => {
  const customers = ctx.upstreams.metronome.customers;
  const asked = ids.filter(isMetronomeId);
  const listed = await loadByIds(asked, async (part) => (await customers.list({ customerIds: part, limit: part.length }, ctx)).data, byId);
  const byAsked = new Map(asked.map((id, i) => [id, listed[i] ?? null]));
  const active = ids.map((id) => byAsked.get(id) ?? null);
  const missing = asked.filter((id) => byAsked.get(id) === null);
  if (missing.length === 0) return active;
  const archived = await loadByIds(
    missing,
    async (part) => (await customers.list({ customerIds: part, limit: part.length, onlyArchived: true }, ctx)).data,
    byId,
  );
  const found = new Map(missing.map((id, i) => [id, archived[i] ?? null]));
  return ids.map((id, i) => active[i] ?? found.get(id) ?? null);
};

/**
 * A customer by ingest alias (`GET /v1/customers?ingest_alias=…`): the vendor takes one alias a
 * call, so one call per distinct alias, in parallel. Only active customers are listed (an
 * archived customer keeps its aliases reserved but is not found through them): null.
 */
export const customerByAlias = requestLoader(
  (ctx) =>
    new DataLoader<string, CustomerDetail | null>((aliases) =>
      loadEach(aliases, async (alias) => (await ctx.upstreams.metronome.customers.list({ ingestAlias: alias, limit: 1 }, ctx)).data[0] ?? null),
    ),
);

/** What a credit read asks the vendor to fill: both flags make the read slower upstream. */
export interface CreditView {
  includeBalance?: true;
  includeLedgers?: true;
}

export interface CreditKey extends CreditView {
  customerId: string;
  creditId: string;
}

/**
 * One credit, through `customerCredits/list` with `credit_id` (there is no get-one endpoint).
 * Contract-level and archived credits included, since the caller names the credit. Null for an
 * unknown customer or credit.
 */
const creditLoader = requestLoader(
  (ctx) =>
    new DataLoader<CreditKey, Credit | null, string>(
      (keys) =>
        loadEach(
          keys.map((key) => JSON.stringify(key)),
          async (text) => {
            const { customerId, creditId, ...view } = JSON.parse(text) as CreditKey;
            if (!isMetronomeId(customerId) || !isMetronomeId(creditId)) return null;
            const page = await orNull(
              ctx.upstreams.metronome.credits.list(
                { customerId, creditId, includeContractCredits: true, includeArchived: true, limit: 1, ...view },
                ctx,
              ),
            );
            return page?.data.find((credit) => credit.id === creditId) ?? null;
          },
        ),
      {
        cacheKeyFn: (key) =>
          JSON.stringify([key.customerId, key.creditId, Boolean(key.includeBalance), Boolean(key.includeLedgers)]),
      },
    ),
);

export const loadCredit = (ctx: Context, customerId: string, creditId: string, view: CreditView = {}) =>
  creditLoader(ctx).load({ customerId, creditId, ...view });

/** The vendor's page cap for credit lists. */
export const CREDITS_PAGE_SIZE = MAX_CREDITS_LIMIT;

export interface ContractsKey extends CreditView {
  customerId: string;
}

/**
 * Every contract of a customer (`POST /v2/contracts/list`, unpaged), archived ones included so
 * a credit on an archived contract still finds it: one call per customer (and per view: the
 * embedded credits carry balances and ledgers only when asked). Null for an unknown customer.
 */
const contractsLoader = requestLoader(
  (ctx) =>
    new DataLoader<ContractsKey, ContractV2[] | null, string>(
      (keys) =>
        loadEach(
          keys.map((key) => JSON.stringify(key)),
          async (text) => {
            const { customerId, ...view } = JSON.parse(text) as ContractsKey;
            if (!isMetronomeId(customerId)) return null;
            return orNull(ctx.upstreams.metronome.contracts.list({ customerId, includeArchived: true, ...view }, ctx));
          },
        ),
      { cacheKeyFn: (key) => JSON.stringify([key.customerId, Boolean(key.includeBalance), Boolean(key.includeLedgers)]) },
    ),
);

export const loadContracts = (ctx: Context, customerId: string, view: CreditView = {}) =>
  contractsLoader(ctx).load({ customerId, ...view });

/** One contract of a customer, from that customer's (cached) contract list. */
export async function loadContract(ctx: Context, customerId: string, contractId: string): Promise<ContractV2 | null> {
  return (await loadContracts(ctx, customerId))?.find((contract) => contract.id === contractId) ?? null;
}

/** A product by id (`POST /v1/contract-pricing/products/get`, one id a call), deduped per request. */
export const loadProducts = (ctx: Context, ids: readonly string[]) =>
  loadEach([...ids], async (id) => (isMetronomeId(id) ? orNull(ctx.upstreams.metronome.products.retrieve(id, ctx)) : null));

/** The pricing-unit catalogue (`GET /v1/credit-types/list`, every page): read at most once per request. */
export const pricingUnitCatalogue = requestLoader(
  (ctx) =>
    new DataLoader<'all', PricingUnit[]>((keys) => loadEach(keys, () => ctx.upstreams.metronome.pricingUnits.all(ctx))),
);

export const loadPricingUnits = (ctx: Context) => pricingUnitCatalogue(ctx).load('all');
