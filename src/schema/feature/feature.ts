import { builder } from '../../builder.ts';
import { loadFeatures } from '../../loaders/schematic/index.ts';
import type { Feature as FeatureWire } from '../../upstream/schematic/types.ts';
import { FeatureType } from '../enums/enums.ts';
import { loadable } from '../kit/loadable.ts';

/** A feature (`feat_...`): what usage ledger entries draw credits for. */
export const Feature = loadable<FeatureWire>('Feature', loadFeatures);
const { field, enumField } = Feature;

Feature.implement({
  description: 'A product feature; usage of it consumes credits.',
  fields: (t) => ({
    id: t.id({ resolve: (f) => f.id }),
    name: t.string({ resolve: field('name') }),
    description: t.string({ resolve: field('description') }),
    icon: t.string({ resolve: field('icon') }),
    featureType: t.field({ type: FeatureType, resolve: enumField('feature_type', FeatureType) }),
    singularName: t.string({ nullable: true, resolve: field('singular_name') }),
    pluralName: t.string({ nullable: true, resolve: field('plural_name') }),
    lifecyclePhase: t.string({ nullable: true, resolve: field('lifecycle_phase') }),
    createdAt: t.field({ type: 'DateTime', resolve: field('created_at') }),
    updatedAt: t.field({ type: 'DateTime', resolve: field('updated_at') }),
  }),
});

builder.queryFields((t) => ({
  feature: t.field({
    type: Feature,
    nullable: true,
    description: 'A feature by id; null when it does not exist.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }) => id,
  }),
}));
