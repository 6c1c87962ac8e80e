/** Metronome products and pricing units through yoga against the sandbox. */
import { describe, expect, it } from 'vitest';
import { METRONOME_PRICING_UNITS as UNITS, METRONOME_PRODUCTS as PRODUCTS } from '../../../src/sandbox/world.ts';
import { graphql } from '../../generated/gql.ts';
import { dataOf, useTestGateway } from '../../helpers/gateway.ts';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const PRODUCTS_LIST = 'POST /v1/contract-pricing/products/list';

const gw = useTestGateway();

const PRODUCT = graphql(`
  query ProductDetail($id: ID!) {
    metronomeProduct(id: $id) {
      id name type tags createdAt createdBy startingAt archivedAt customFields billableMetricId
      compositeProductIds compositeProducts { id name } compositeTags pricingGroupKey presentationGroupKey
      excludeFreeUsage isRefundable netsuiteInternalItemId netsuiteOverageItemId
      quantityConversion { conversionFactor operation name }
      quantityRounding { decimalPlaces roundingMethod }
    }
  }
`);

describe('metronomeProduct', () => {
  it('resolves every field, name from the current state and creation from the initial one', async () => {
    const result = await gw.run(PRODUCT, { id: PRODUCTS.aiTokens });
    expect(result.errors).toBeUndefined();
    const wire = gw.metronomeSandbox.store.product(PRODUCTS.aiTokens)!;
    expect(result.data?.metronomeProduct).toMatchObject({
      id: PRODUCTS.aiTokens,
      name: 'AI Tokens', // renamed from "Tokens"
      type: 'USAGE',
      tags: ['usage', 'ai'],
      createdAt: wire.initial.created_at,
      createdBy: wire.initial.created_by,
      startingAt: '2026-02-01T00:00:00.000Z',
      archivedAt: null,
      customFields: {},
      billableMetricId: wire.current.billable_metric_id,
      compositeProductIds: [],
      compositeProducts: [],
      pricingGroupKey: ['model'],
      presentationGroupKey: ['region'],
      quantityConversion: { conversionFactor: '1000', operation: 'DIVIDE', name: 'tokens to thousands' },
      quantityRounding: null,
    });
    expect(gw.metronomeCalls()).toEqual(['POST /v1/contract-pricing/products/get']);
  });

  it('a composite product links to its products; rounding resolves', async () => {
    const bundle = await gw.run(PRODUCT, { id: PRODUCTS.usageBundle });
    expect(bundle.data?.metronomeProduct).toMatchObject({
      type: 'COMPOSITE',
      compositeTags: ['usage'],
      compositeProducts: [
        { id: PRODUCTS.apiRequests, name: 'API Requests' },
        { id: PRODUCTS.computeMinutes, name: 'Compute Minutes' },
      ],
    });
    const compute = await gw.run(PRODUCT, { id: PRODUCTS.computeMinutes });
    expect(compute.data?.metronomeProduct?.quantityRounding).toEqual({ decimalPlaces: 0, roundingMethod: 'ROUND_UP' });
  });

  const UNKNOWN_AND_ARCHIVED = graphql(`
    query ProductUnknownAndArchived($a: ID!, $b: ID!, $c: ID!) {
      a: metronomeProduct(id: $a) { id }
      b: metronomeProduct(id: $b) { name archivedAt }
      c: metronomeProduct(id: $c) { type }
    }
  `);

  it('an unknown product is null; an archived one resolves; an unknown type is UNKNOWN', async () => {
    const record = gw.metronomeSandbox.store.products.find((p) => p.id === PRODUCTS.seats)!;
    const type = record.type;
    record.type = 'METERED_SEAT';
    try {
      const result = dataOf(await gw.run(UNKNOWN_AND_ARCHIVED, { a: UNKNOWN, b: PRODUCTS.legacyBandwidth, c: PRODUCTS.seats }));
      expect(result.a).toBeNull();
      expect(result.b).toEqual({ name: 'Legacy Bandwidth', archivedAt: '2026-03-31T00:00:00.000Z' });
      expect(result.c).toEqual({ type: 'UNKNOWN' });
    } finally {
      record.type = type;
    }
  });
});

describe('metronomeProducts (the catalogue)', () => {
  const CATALOGUE = graphql(`
    query ProductCatalogue($first: Int, $after: String, $filter: ProductArchiveFilter) {
      metronomeProducts(first: $first, after: $after, archiveFilter: $filter) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id name } }
      }
    }
  `);

  it('pages with cursors over one upstream page of 100, and counts from what it read', async () => {
    const first = await gw.run(CATALOGUE, { first: 4 });
    expect(first.errors).toBeUndefined();
    const active = gw.metronomeSandbox.store.listProducts('NOT_ARCHIVED').map((p) => p.id);
    expect(first.data?.metronomeProducts.edges.map((e) => e.node.id)).toEqual(active.slice(0, 4));
    expect(first.data?.metronomeProducts.totalCount).toBe(active.length);
    expect(first.data?.metronomeProducts.pageInfo.hasNextPage).toBe(true);
    expect(gw.metronomeCalls()).toEqual([`${PRODUCTS_LIST}?limit=100`]); // the page holds the whole catalogue: no count call
    const rest = await gw.run(CATALOGUE, { first: 50, after: first.data?.metronomeProducts.pageInfo.endCursor });
    expect(rest.data?.metronomeProducts.edges.map((e) => e.node.id)).toEqual(active.slice(4));
    expect(rest.data?.metronomeProducts.pageInfo.hasNextPage).toBe(false);
  });

  it('archiveFilter goes upstream in the body', async () => {
    const result = await gw.run(CATALOGUE, { first: 10, filter: 'ARCHIVED' });
    expect(result.data?.metronomeProducts.edges.map((e) => e.node.name)).toEqual(['Legacy Bandwidth']);
    expect(gw.metronomeSandbox.calls[0]!.body).toEqual({ archive_filter: 'ARCHIVED' });
  });
});

describe('pricingUnits', () => {
  const PRICING_UNITS = graphql(`
    query ProductPricingUnits {
      pricingUnits { id name isCurrency }
    }
  `);

  it('lists the catalogue in one call', async () => {
    const result = dataOf(await gw.run(PRICING_UNITS));
    expect(result.pricingUnits).toEqual(Object.values(UNITS).map((u) => ({ id: u.id, name: u.name, isCurrency: u.isCurrency })));
    expect(gw.metronomeCalls()).toEqual(['GET /v1/credit-types/list?limit=100']);
  });
});
