/**
 * The benchmark scenarios: one GraphQL operation each, with its variables. A read scenario has a
 * floor handler of the same name (bench/floor.ts) that makes the same upstream calls and answers
 * the same JSON; the runner (bench/run.ts) checks both before loading either.
 *
 * Operations come from schema/operations/ where one fits (they are type-checked by codegen and
 * kept in step with the schema); the others are written here.
 */
import { readFileSync } from 'node:fs';
import type { BenchData } from './seed.ts';

export interface Scenario {
  /** Also the floor's route: `POST /<name>`. */
  name: string;
  /** What it reads or writes, for the report. */
  title: string;
  /** A write has no floor, and it changes the sandbox: the runner runs writes last. */
  kind: 'read' | 'write';
  query: string;
  variables: Record<string, unknown>;
  /** A root field the schema must have; without it the scenario is reported as skipped. */
  requires?: string;
}

const operation = (name: string) => readFileSync(new URL(`../schema/operations/${name}.graphql`, import.meta.url), 'utf8');

/** Whatever the seed holds: the sandbox's Acme Robotics has Metronome credits on two contracts. */
export const OVERVIEW_COMPANY = 'comp_acme';
export const SINGLE_CREDIT = 'bcrd_ai_tokens';
export const ENTITY_COUNT = 50;

const ENTITIES_QUERY = `query CompanyEntities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Company {
      id
      name
      creditBalances {
        remaining
        credit {
          id
          name
        }
      }
    }
  }
}`;

export const CREDIT_QUERY = `query CreditById($id: ID!) {
  credit(id: $id) {
    id
    name
    description
    singularName
    pluralName
    burnStrategy
    defaultExpiryUnit
    defaultExpiryUnitCount
    defaultRolloverPolicy
    createdAt
    updatedAt
  }
}`;

export function scenarios(data: BenchData): Scenario[] {
  if (data.companyIds.length < ENTITY_COUNT) throw new Error(`the bench needs ${ENTITY_COUNT} companies; the sandbox has ${data.companyIds.length}`);
  return [
    {
      name: 'grants-page',
      title: '50 grants with credit (name, description), company and plan',
      kind: 'read',
      query: operation('GrantsWithLinks'),
      variables: { first: 50 },
    },
    {
      name: 'company-overview',
      title: 'a company: balances, 5 grants, Metronome customer, 10 contract credits',
      kind: 'read',
      query: operation('CompanyWithContractCredits'),
      variables: { id: OVERVIEW_COMPANY },
    },
    {
      name: 'entities',
      title: `_entities: ${ENTITY_COUNT} companies with balances and credit names`,
      kind: 'read',
      query: ENTITIES_QUERY,
      variables: { representations: data.companyIds.slice(0, ENTITY_COUNT).map((id) => ({ __typename: 'Company', id })) },
      requires: '_entities',
    },
    {
      name: 'credit',
      title: 'a single credit by id',
      kind: 'read',
      query: CREDIT_QUERY,
      variables: { id: SINGLE_CREDIT },
    },
    {
      name: 'grant-credits',
      title: 'grantCreditsToCompany, with the company’s balances in the payload',
      kind: 'write',
      query: operation('GrantCreditsToCompany'),
      variables: { input: { companyId: 'comp_hooli', creditId: SINGLE_CREDIT, quantity: 1, reason: 'ADJUSTMENT' } },
    },
  ];
}
