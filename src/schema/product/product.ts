/**
 * Metronome's contract-pricing products and pricing units (credit types). Credits embed the
 * `{ id, name }` of both, so a credit's `product { id name }` and `pricingUnit { id name }` cost
 * no call; anything else loads the product (one call per distinct product, per request) or
 * the pricing-unit catalogue (read once per request).
 */
import { GraphQLError } from 'graphql';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { loadPricingUnits, loadProducts } from '../../loaders/metronome/index.ts';
import { MAX_PAGES } from '../../upstream/page.ts';
import type { Product as ProductWire, ProductListItemState } from '../../upstream/metronome/types.ts';
import { cursorConnection, CURSOR_CONNECTION_EXTENSIONS } from '../kit/connection.ts';
import {
  ProductArchiveFilter,
  ProductType,
  QuantityConversionOperation,
  QuantityRoundingMethod,
} from '../contractCredit/metronomeEnums.ts';
import { loadable } from '../kit/loadable.ts';

/** A product with its display name (`current.name`) lifted up, so a Partial can carry it. */
export type ProductNode = ProductWire & { name: string };

const toNode = (product: ProductWire): ProductNode => ({ ...product, name: product.current.name });

/** A Metronome product by id (`POST /v1/contract-pricing/products/get`, one id a call, deduped). */
export const Product = loadable<ProductNode>('Product', async (ctx, ids) =>
  (await loadProducts(ctx, ids)).map((row) => (row === null || row instanceof Error ? row : toNode(row))),
);
const { field, full, enumField } = Product;

/** A value of the product's current state (one product read when the parent held only `{ id, name }`). */
const current =
  <K extends keyof ProductListItemState>(key: K) =>
  async (p: Parameters<typeof full>[0], _args: unknown, ctx: Context) =>
    (await full(p, ctx)).current[key];

const QuantityConversion = builder
  .objectRef<NonNullable<ProductListItemState['quantity_conversion']>>('QuantityConversion')
  .implement({
    description: 'How usage quantities are converted before pricing (e.g. tokens to thousands).',
    fields: (t) => ({
      conversionFactor: t.field({ type: 'Decimal', resolve: (q) => q.conversion_factor }),
      operation: t.field({ type: QuantityConversionOperation, resolve: (q) => QuantityConversionOperation.wire(q.operation) }),
      name: t.exposeString('name', { nullable: true }),
    }),
  });

const QuantityRounding = builder
  .objectRef<NonNullable<ProductListItemState['quantity_rounding']>>('QuantityRounding')
  .implement({
    description: 'How usage quantities are rounded before pricing.',
    fields: (t) => ({
      decimalPlaces: t.int({ resolve: (q) => q.decimal_places }),
      roundingMethod: t.field({ type: QuantityRoundingMethod, resolve: (q) => QuantityRoundingMethod.wire(q.rounding_method) }),
    }),
  });

Product.implement({
  description: 'A Metronome contract-pricing product: what usage, fees and credits are billed as.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.string({ description: 'The current display name (`current.name`).', resolve: field('name') }),
    type: t.field({ type: ProductType, resolve: enumField('type', ProductType) }),
    tags: t.stringList({ resolve: async (p, a, ctx) => (await current('tags')(p, a, ctx)) ?? [] }),
    createdAt: t.field({
      type: 'DateTime',
      description: 'When the product was created (`initial.created_at`).',
      resolve: async (p, _a, ctx) => (await full(p, ctx)).initial.created_at,
    }),
    createdBy: t.string({ resolve: async (p, _a, ctx) => (await full(p, ctx)).initial.created_by }),
    startingAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the current state took effect.',
      resolve: current('starting_at'),
    }),
    archivedAt: t.field({ type: 'DateTime', nullable: true, resolve: field('archived_at') }),
    customFields: t.field({ type: 'JSONObject', resolve: async (p, a, ctx) => (await field('custom_fields')(p, a, ctx)) ?? {} }),
    billableMetricId: t.id({ nullable: true, resolve: current('billable_metric_id') }),
    compositeProductIds: t.idList({ resolve: async (p, a, ctx) => (await current('composite_product_ids')(p, a, ctx)) ?? [] }),
    compositeProducts: t.field({
      type: [Product],
      nullable: { list: false, items: true },
      description: 'The products a COMPOSITE product is priced over (one call per product).',
      resolve: async (p, a, ctx) => (await current('composite_product_ids')(p, a, ctx)) ?? [],
    }),
    compositeTags: t.stringList({ resolve: async (p, a, ctx) => (await current('composite_tags')(p, a, ctx)) ?? [] }),
    pricingGroupKey: t.stringList({ resolve: async (p, a, ctx) => (await current('pricing_group_key')(p, a, ctx)) ?? [] }),
    presentationGroupKey: t.stringList({
      resolve: async (p, a, ctx) => (await current('presentation_group_key')(p, a, ctx)) ?? [],
    }),
    excludeFreeUsage: t.boolean({ nullable: true, resolve: current('exclude_free_usage') }),
    isRefundable: t.boolean({ nullable: true, resolve: current('is_refundable') }),
    quantityConversion: t.field({ type: QuantityConversion, nullable: true, resolve: current('quantity_conversion') }),
    quantityRounding: t.field({ type: QuantityRounding, nullable: true, resolve: current('quantity_rounding') }),
    netsuiteInternalItemId: t.string({ nullable: true, resolve: current('netsuite_internal_item_id') }),
    netsuiteOverageItemId: t.string({ nullable: true, resolve: current('netsuite_overage_item_id') }),
  }),
});

export const ProductConnection = builder.connectionObject({ type: Product, name: 'ProductConnection', extensions: CURSOR_CONNECTION_EXTENSIONS });

// ---------------------------------------------------------------- pricing units

/** A pricing unit as a parent knows it: a credit's schedule embeds `{ id, name }`. */
export interface PricingUnitNode {
  id: string;
  name?: string;
  is_currency?: boolean;
}

/** For the cost limit (src/limits.ts `FieldCost`): reading the catalogue may walk up to `MAX_PAGES` pages, once per request. */
const CATALOGUE_COST = { cost: { calls: MAX_PAGES, once: 'pricingUnitCatalogue' } };

/** The catalogue row for a pricing unit (the vendor has no get-by-id: the catalogue is read once per request). */
async function catalogueRow(unit: PricingUnitNode, ctx: Context) {
  const row = (await loadPricingUnits(ctx)).find((u) => u.id === unit.id);
  if (!row) {
    throw new GraphQLError(`PricingUnit "${unit.id}" was not found upstream`, {
      extensions: { code: 'NOT_FOUND', typename: 'PricingUnit', id: unit.id },
    });
  }
  return row;
}

export const PricingUnit = builder.objectRef<PricingUnitNode>('PricingUnit').implement({
  description:
    'What a credit is counted in (Metronome "credit type"): a currency in its minor unit (USD is in cents: ' +
    '`USD (cents)`) or a custom unit counted in whole units.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.string({
      description: 'e.g. `USD (cents)`. Free when the parent embeds it (a credit’s schedule does).',
      extensions: CATALOGUE_COST,
      resolve: async (u, _a, ctx) => u.name ?? (await catalogueRow(u, ctx)).name ?? '',
    }),
    isCurrency: t.boolean({
      description: 'A fiat currency (amounts in its minor unit) rather than a custom unit. Reads the catalogue once per request.',
      extensions: CATALOGUE_COST,
      resolve: async (u, _a, ctx) => u.is_currency ?? (await catalogueRow(u, ctx)).is_currency ?? false,
    }),
  }),
});

/** Page size of catalogue reads (the vendor's cap for products). */
const PRODUCTS_PAGE_SIZE = 100;

builder.queryFields((t) => ({
  metronomeProduct: t.field({
    type: Product,
    nullable: true,
    description: 'A Metronome product by id (archived ones too); null when it does not exist.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }) => id,
  }),
  metronomeProducts: t.connection(
    {
      type: Product,
      description:
        'The Metronome product catalogue, in the vendor’s order. Reads pages of 100; `totalCount` reads the rest of the catalogue.',
      args: { archiveFilter: t.arg({ type: ProductArchiveFilter, required: false, description: 'Default NOT_ARCHIVED.' }) },
      resolve: (_root, args, ctx) => {
        const products = ctx.upstreams.metronome.products;
        return cursorConnection(args, async (cursor) => {
          const page = await products.list({ archiveFilter: args.archiveFilter, limit: PRODUCTS_PAGE_SIZE, nextPage: cursor }, ctx);
          return { data: page.data.map(toNode), next_page: page.next_page };
        });
      },
    },
    ProductConnection,
  ),
  pricingUnits: t.field({
    type: [PricingUnit],
    description: 'Every Metronome pricing unit: the fiat currencies and the account’s custom units (the whole catalogue).',
    extensions: CATALOGUE_COST,
    resolve: async (_root, _args, ctx) =>
      (await loadPricingUnits(ctx)).flatMap((u) => (u.id ? [{ id: u.id, name: u.name ?? '', is_currency: u.is_currency ?? false }] : [])),
  }),
}));
