/** `grantCreditsToCompany`: POST /billing/credits/grants/company. */
import { builder } from '../../builder.ts';
import type { BillingCreditGrant } from '../../upstream/schematic/types.ts';
import { ExpiryType, ExpiryUnit, GrantReason, ResetStart } from '../enums/enums.ts';
import { Rules } from '../kit/validate.ts';
import { APPLIED_NULL, sendWrite, writeErrors } from '../kit/write.ts';
import { CreditGrant } from './grant.ts';

const GrantCreditsToCompanyInput = builder.inputType('GrantCreditsToCompanyInput', {
  description: 'Credits to add to a company’s balance, and how they expire and renew.',
  fields: (t) => ({
    companyId: t.id({ required: true }),
    creditId: t.id({ required: true }),
    quantity: t.float({ required: true, description: 'Credits to grant: a whole number, 1..9007199254740991 (2^53 - 1).' }),
    reason: t.field({ type: GrantReason, required: true }),
    currency: t.string({ description: 'ISO 4217 code (at most 3 characters), for a purchase.' }),
    creditBundleId: t.id({ description: 'The bundle the credits were bought as.' }),
    expiresAt: t.field({ type: 'DateTime', description: 'An explicit expiry instant.' }),
    expiryType: t.field({ type: ExpiryType }),
    expiryUnit: t.field({ type: ExpiryUnit, description: 'Needed with expiryType DURATION.' }),
    expiryUnitCount: t.int({ description: 'Needed with expiryType DURATION; at least 1.' }),
    billingPeriodsCount: t.int({ description: 'At least 1.' }),
    renewalEnabled: t.boolean(),
    renewalPeriod: t.field({ type: ResetStart }),
  }),
});

const GrantCreditsToCompanyPayload = builder.objectRef<{ grant: BillingCreditGrant }>('GrantCreditsToCompanyPayload').implement({
  fields: (t) => ({
    grant: t.field({ type: CreditGrant, nullable: true, description: `The new grant, with its links. ${APPLIED_NULL}`, resolve: (p) => p.grant }),
  }),
});

builder.mutationField('grantCreditsToCompany', (t) =>
  t.field({
    type: GrantCreditsToCompanyPayload,
    description: 'Grants credits to a company (POST /billing/credits/grants/company). Sent at most once.',
    args: { input: t.arg({ type: GrantCreditsToCompanyInput, required: true }) },
    errors: writeErrors('grantCreditsToCompany'),
    resolve: async (_root, { input }, ctx) => {
      const rules = new Rules()
        .required('input.companyId', input.companyId)
        .required('input.creditId', input.creditId)
        .integer('input.quantity', input.quantity)
        .min('input.quantity', input.quantity, 1)
        .exact('input.quantity', input.quantity)
        .known('input.reason', input.reason)
        .maxLength('input.currency', input.currency, 3)
        .known('input.expiryType', input.expiryType)
        .known('input.expiryUnit', input.expiryUnit)
        .min('input.expiryUnitCount', input.expiryUnitCount, 1)
        .min('input.billingPeriodsCount', input.billingPeriodsCount, 1)
        .known('input.renewalPeriod', input.renewalPeriod);
      if (input.expiryType === 'duration') {
        // UNCONFIRMED whether Schematic refuses a duration without its length; such a grant
        // would have no defined expiry, so it is refused here.
        rules.required('input.expiryUnit', input.expiryUnit).required('input.expiryUnitCount', input.expiryUnitCount);
      }
      rules.done();
      const grant = await sendWrite(ctx, () => ctx.upstreams.schematic.grants.grantToCompany(input, ctx), 'private');
      return { grant };
    },
  }),
);
