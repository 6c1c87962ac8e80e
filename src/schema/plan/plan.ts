import { builder } from '../../builder.ts';
import { loadPlans } from '../../loaders/schematic/index.ts';
import type { Plan as PlanWire } from '../../upstream/schematic/types.ts';
import { offsetConnection } from '../kit/connection.ts';
import { Credit } from '../credit/credit.ts';
import { PlanType } from '../enums/enums.ts';
import { loadable } from '../kit/loadable.ts';
import { PlanGrantConnection } from './planGrant.ts';

/** A plan (`plan_...`). Grants and plan grants carry its name. */
export const Plan = loadable<PlanWire>('Plan', loadPlans);
const { field, enumField } = Plan;

Plan.implement({
  description: 'A plan (or add-on) companies subscribe to; it may hand out credits through plan credit grants.',
  fields: (t) => ({
    id: t.id({ resolve: (p) => p.id }),
    name: t.string({ resolve: field('name') }),
    description: t.string({ resolve: field('description') }),
    planType: t.field({ type: PlanType, resolve: enumField('plan_type', PlanType) }),
    icon: t.string({ resolve: field('icon') }),
    isDefault: t.boolean({ resolve: field('is_default') }),
    isTrialable: t.boolean({ resolve: field('is_trialable') }),
    trialDays: t.int({ nullable: true, resolve: field('trial_days') }),
    companyCount: t.int({ resolve: field('company_count') }),
    createdAt: t.field({ type: 'DateTime', resolve: field('created_at') }),
    updatedAt: t.field({ type: 'DateTime', resolve: field('updated_at') }),
    credits: t.field({
      type: [Credit],
      description: 'Credit types this plan uses.',
      resolve: field('credits'),
    }),
    planCreditGrants: t.connection(
      {
        type: PlanGrantConnection.nodeType,
        description: 'Credits this plan hands out.',
        resolve: (plan, args, ctx) => {
          const planGrants = ctx.upstreams.schematic.planGrants;
          return offsetConnection(
            args,
            (page) => planGrants.list({ planId: plan.id, ...page }, ctx),
            () => planGrants.count({ planId: plan.id }, ctx),
          );
        },
      },
      PlanGrantConnection.ref,
    ),
  }),
});

builder.queryFields((t) => ({
  plan: t.field({
    type: Plan,
    nullable: true,
    description: 'A plan by id; null when it does not exist.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }) => id,
  }),
}));
