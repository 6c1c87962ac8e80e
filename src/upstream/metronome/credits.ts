import type { CursorPage } from '../page.ts';
import { given, Resource, type CallOptions, type WriteOptions } from '../resource.ts';
import type {
  Credit,
  CreditArchiveParams,
  CreditCreateParams,
  CreditEditParams,
  CreditListParams,
  CreditUpdateEndDateParams,
  ID,
} from './types.ts';

/** `customerCredits/list` pages hold 1..25 credits (default 25). */
export const MAX_CREDITS_LIMIT = 25;

/** What `credits.list` reads: one customer's credits, filtered; null or absent fields are not sent. */
export interface CreditListQuery {
  customerId: string;
  /** One credit: the way to read a credit by id. */
  creditId?: string | null;
  /** Contract-level credits too (default false: only customer-level credits). */
  includeContractCredits?: boolean | null;
  /** Archived credits, and credits of archived contracts, too. */
  includeArchived?: boolean | null;
  /** Credits whose schedule covers this instant (RFC 3339). */
  coveringDate?: string | null;
  /** Credits with any access at or after this instant. */
  startingAt?: string | null;
  /** Credits with any access before this instant (exclusive). */
  effectiveBefore?: string | null;
  /** Fill each credit's balance (a slower read upstream). */
  includeBalance?: boolean | null;
  /** Fill each credit's ledger (a slower read upstream). */
  includeLedgers?: boolean | null;
  /** 1..25, default 25. */
  limit?: number;
  /** The previous page's `next_page`. */
  nextPage?: string | null;
}

/**
 * Customer- and contract-level credits. Reads are POSTs (`readOnly`); every write carries an
 * `Idempotency-Key` and is sent at most once by this client. Failed writes carry `writeOutcome`.
 */
export class Credits extends Resource {
  /**
   * One page of one customer's credits (`POST /v1/contracts/customerCredits/list`; the cursor
   * goes in the BODY). `limit` (1..25, default 25) and `include_contract_credits` (default
   * false: only customer-level credits) are always sent, since the vendor's default for the
   * latter is undocumented. The other `include_*` flags are sent only when true: false is what
   * the vendor does without them. Use `creditId` to read one credit.
   * @throws UpstreamError `bad_request` before sending for a `limit` outside 1..25, or from the
   * vendor for a refused body; `not_found` for an unknown customer; `unauthorized`,
   * `rate_limited`, `server`, `timeout`, `connection`, `aborted`, `decode`.
   */
  async list(query: CreditListQuery, options?: CallOptions): Promise<CursorPage<Credit>> {
    const path = '/v1/contracts/customerCredits/list';
    const limit = query.limit ?? MAX_CREDITS_LIMIT;
    this.checkLimit('POST', path, limit, MAX_CREDITS_LIMIT);
    return this.postPage<Credit>(path, creditListWire(query, limit), options);
  }

  /**
   * Creates a customer-level credit (`POST /v1/contracts/customerCredits/create`). Returns its id.
   * @throws UpstreamError `bad_request` (refused body, unknown product or pricing unit),
   * `not_found` (unknown customer), `conflict` (a used `uniqueness_key`, or the idempotency key
   * reused with another body); `server`, `timeout`, `connection` (`writeOutcome` says whether
   * it may have been applied), `unauthorized`, `rate_limited`, `aborted`, `decode`.
   */
  create(body: CreditCreateParams, options?: WriteOptions): Promise<ID> {
    return this.writeOnce('/v1/contracts/customerCredits/create', body, options);
  }

  /**
   * Moves a customer-level credit's end earlier (`POST /v1/contracts/customerCredits/updateEndDate`);
   * segments past the new end are cut or dropped. Extending needs `edit`. Returns the credit id.
   * @throws UpstreamError `bad_request` (not earlier than the current end, or a contract-level
   * credit), `not_found` (unknown customer or credit), `conflict` (idempotency key reused with
   * another body); otherwise as `create`.
   */
  updateEndDate(body: CreditUpdateEndDateParams, options?: WriteOptions): Promise<ID> {
    return this.writeOnce('/v1/contracts/customerCredits/updateEndDate', body, options);
  }

  /**
   * Edits a customer- or contract-level credit in place (`POST /v2/contracts/credits/edit`):
   * schedule segments (add/update/remove), name, description, priority, product, rate type,
   * applicability, specifiers, hierarchy. Answers only `{ id }`: re-read the credit to see it.
   * @throws UpstreamError `not_found` (unknown customer: a 400 with code `CustomerNotFound`;
   * unknown credit), `bad_request` (refused edit: e.g. specifiers with applicable products,
   * `applicable_contract_ids` on a contract-level credit, removing a segment already on a
   * finalized invoice), `conflict` (idempotency key reused with another body); otherwise as `create`.
   */
  edit(body: CreditEditParams, options?: WriteOptions): Promise<ID> {
    return this.writeOnce('/v2/contracts/credits/edit', body, options);
  }

  /**
   * Archives a credit (`POST /v2/contracts/credits/archive`; not in the Node SDK): hidden from
   * lists unless `include_archived`, balance 0. Returns the credit id.
   * @throws UpstreamError `not_found` (unknown customer: a 400 with code `CustomerNotFound`;
   * unknown credit), `bad_request` (already archived, or applied to a finalized invoice),
   * `conflict` (idempotency key reused with another body); otherwise as `create`.
   */
  archive(body: CreditArchiveParams, options?: WriteOptions): Promise<ID> {
    return this.writeOnce('/v2/contracts/credits/archive', body, options);
  }
}

const onlyTrue = (flag: boolean | null | undefined) => (flag ? true : undefined);

function creditListWire(q: CreditListQuery, limit: number): CreditListParams {
  return {
    customer_id: q.customerId,
    ...given({
      credit_id: q.creditId,
      include_archived: onlyTrue(q.includeArchived),
      covering_date: q.coveringDate,
      starting_at: q.startingAt,
      effective_before: q.effectiveBefore,
      include_balance: onlyTrue(q.includeBalance),
      include_ledgers: onlyTrue(q.includeLedgers),
      next_page: q.nextPage,
    }),
    include_contract_credits: q.includeContractCredits ?? false,
    limit,
  };
}
