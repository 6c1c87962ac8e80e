import { given, Resource, type CallOptions } from '../resource.ts';
import type { ContractListParams, ContractRetrieveParams, ContractV2 } from './types.ts';

/** What `contracts.list` reads; null or absent fields are not sent. */
export interface ContractListQuery {
  customerId: string;
  /** Contracts active at this instant; not together with `startingAt`. */
  coveringDate?: string | null;
  /** Contracts that start at or after this instant; not together with `coveringDate`. */
  startingAt?: string | null;
  includeArchived?: boolean | null;
  /** Fill the embedded credits' balances (a slower read upstream). */
  includeBalance?: boolean | null;
  /** Fill the embedded credits' ledgers (a slower read upstream). */
  includeLedgers?: boolean | null;
}

/** What `contracts.retrieve` reads; null or absent flags are not sent. */
export interface ContractQuery {
  customerId: string;
  contractId: string;
  /** The contract as it was at this instant (RFC 3339); not together with `includeLedgers`. */
  asOfDate?: string | null;
  /** Fill the embedded credits' balances. */
  includeBalance?: boolean | null;
  /** Fill the embedded credits' ledgers. */
  includeLedgers?: boolean | null;
}

/** v2 contracts, with their contract-level credits embedded. Reads are POSTs. */
export class Contracts extends Resource {
  /**
   * Every contract of one customer, oldest first (`POST /v2/contracts/list`, not paged).
   * @throws UpstreamError `not_found` (a 400 with code `CustomerNotFound`) for an unknown
   * customer; `bad_request` for refused filters (`covering_date` with `starting_at`);
   * `unauthorized`, `rate_limited`, `server`, `timeout`, `connection`, `aborted`, `decode`.
   */
  async list(query: ContractListQuery, options?: CallOptions): Promise<ContractV2[]> {
    const data = await this.postRead<ContractV2[]>('/v2/contracts/list', contractListWire(query), options);
    if (!Array.isArray(data)) throw this.decodeError('POST', '/v2/contracts/list', '`data` of a list is not an array');
    return data;
  }

  /**
   * One contract (`POST /v2/contracts/get`). Its embedded `credits` may be cut off: see `has_more`.
   * @throws UpstreamError `not_found` (a 400 with code `CustomerNotFound` or `ContractNotFound`,
   * kept in `code`); `bad_request` (`as_of_date` with `include_ledgers`); otherwise as `list`.
   */
  retrieve(query: ContractQuery, options?: CallOptions): Promise<ContractV2> {
    const body: ContractRetrieveParams = {
      customer_id: query.customerId,
      contract_id: query.contractId,
      ...given({ as_of_date: query.asOfDate, include_balance: query.includeBalance, include_ledgers: query.includeLedgers }),
    };
    return this.postRead<ContractV2>('/v2/contracts/get', body, options);
  }
}

function contractListWire(q: ContractListQuery): ContractListParams {
  return {
    customer_id: q.customerId,
    ...given({
      covering_date: q.coveringDate,
      starting_at: q.startingAt,
      include_archived: q.includeArchived,
      include_balance: q.includeBalance,
      include_ledgers: q.includeLedgers,
    }),
  };
}
