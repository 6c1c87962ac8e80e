import { Resource, type CallOptions } from '../resource.ts';
import type { ContractListParams, ContractRetrieveParams, ContractV2 } from './types.ts';

/** v2 contracts, with their contract-level credits embedded. Reads are POSTs. */
export class Contracts extends Resource {
  /**
   * Every contract of one customer, oldest first (`POST /v2/contracts/list`, not paged).
   * @throws UpstreamError `not_found` (a 400 with code `CustomerNotFound`) for an unknown
   * customer; `bad_request` for refused filters (`covering_date` with `starting_at`);
   * `unauthorized`, `rate_limited`, `server`, `timeout`, `connection`, `aborted`, `decode`.
   */
  async list(body: ContractListParams, options?: CallOptions): Promise<ContractV2[]> {
    const data = await this.postRead<ContractV2[]>('/v2/contracts/list', body, options);
    if (!Array.isArray(data)) throw this.decodeError('POST', '/v2/contracts/list', '`data` of a list is not an array');
    return data;
  }

  /**
   * One contract (`POST /v2/contracts/get`). Its embedded `credits` may be cut off: see `has_more`.
   * @throws UpstreamError `not_found` (a 400 with code `CustomerNotFound` or `ContractNotFound`,
   * kept in `code`); `bad_request` (`as_of_date` with `include_ledgers`); otherwise as `list`.
   */
  retrieve(body: ContractRetrieveParams, options?: CallOptions): Promise<ContractV2> {
    return this.postRead<ContractV2>('/v2/contracts/get', body, options);
  }
}
