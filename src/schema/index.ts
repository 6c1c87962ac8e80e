/**
 * The one schema entry point: imports every domain (a test fails when a folder under
 * src/schema is not imported here) and builds the schema.
 */
import { guardPrivateObjects } from '../auth/privateObjects.ts';
import { builder } from '../builder.ts';
import { settleListItems } from '../execution.ts';
import './scalars/scalars.ts';
import { resolvingHasNextPage } from './kit/connection.ts';
import './errors/conflictError.ts';
import './errors/mutationError.ts';
import './errors/notFoundError.ts';
import './errors/upstreamError.ts';
import './errors/validationError.ts';
import './bundle/bundle.ts';
import './bundle/bundleInput.ts';
import './bundle/createCreditBundle.ts';
import './bundle/deleteCreditBundle.ts';
import './bundle/updateCreditBundle.ts';
import './company/company.ts';
import './contract/contract.ts';
import './contractCredit/archiveContractCredit.ts';
import './contractCredit/contractCredit.ts';
import './contractCredit/createContractCredit.ts';
import './contractCredit/creditInput.ts';
import './contractCredit/editContractCredit.ts';
import './contractCredit/metronomeEnums.ts';
import './contractCredit/selection.ts';
import './contractCredit/updateContractCreditEndDate.ts';
import './credit/createCredit.ts';
import './credit/credit.ts';
import './credit/creditInput.ts';
import './credit/deleteCredit.ts';
import './credit/price.ts';
import './credit/updateCredit.ts';
import './enums/enums.ts';
import './feature/feature.ts';
import { FEDERATION, guardEntities } from './federation/federation.ts';
import './grant/grant.ts';
import { ID_RULE, limitIdArguments } from './kit/ids.ts';
import './grant/grantCreditsToCompany.ts';
import './grant/zeroOutCreditGrant.ts';
import './ledger/ledger.ts';
export { tenantLinks } from './metronomeCustomer/metronomeCustomer.ts';
import { exactFloats } from './kit/numbers.ts';
import './plan/createPlanCreditGrant.ts';
import './plan/deletePlanCreditGrant.ts';
import './plan/plan.ts';
import './plan/planGrant.ts';
import './plan/planGrantInput.ts';
import './plan/updatePlanCreditGrant.ts';
import './product/product.ts';

builder.queryType({
  description:
    `Billing credits across Schematic and Metronome. Every ID argument and input field (here and in mutations) is ${ID_RULE}; ` +
    'a longer one is refused (BAD_USER_INPUT, or a ValidationError from a mutation) before any upstream call.',
});
builder.mutationType({
  description: 'Credit administration. Each mutation makes one write, applied at most once.',
  // Checked before every mutation's resolver: a company-scoped caller's mutation is refused (FORBIDDEN) and nothing is sent.
  authScopes: { admin: true },
});

/**
 * The Federation 2 subgraph schema: the plain API plus `_service` and `_entities` (toSubGraphSchema
 * sorts it), with the id length rule on every field (kit/ids.ts), `_entities` guarded (federation/federation.ts),
 * its Float fields failing alone on a number a double cannot hold (kit/numbers.ts), each private
 * object checked as it is returned (auth/privateObjects.ts), and, for the compiled executor
 * (execution.ts), list items settled and a page's lazy `hasNextPage` resolved (kit/connection.ts).
 */
export const schema = settleListItems(
  guardPrivateObjects(
    exactFloats(
      guardEntities(
        limitIdArguments(
          resolvingHasNextPage(
            builder.toSubGraphSchema({
              linkUrl: FEDERATION.linkUrl,
              federationDirectives: [...FEDERATION.directives],
            }),
          ),
        ),
      ),
    ),
  ),
);
