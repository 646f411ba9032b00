// The injectable faults of the reference deployment: realistic bugs a Twenty
// release could ship. Each one is switched deep in the code path that owns the
// behaviour (auth, SQL compilation, pagination, serialisation), never by rewriting
// a finished response. The self-test proves that the suite catches every one.

// Type only: the reference runs without the suite; the IDs are checked at compile time.
import type { CheckArea } from '../../generators/checks/check-areas.ts';
import type { CheckId } from '../../generators/checks/catalogue.ts';
import { METADATA_FAULTS } from './metadata.ts';
import { OPERATION_FAULTS } from './operations.ts';
import { PROOF_FAULTS } from './proofs.ts';

export interface FaultDef {
  name: string;
  /** The area of the checks meant to catch it (envelopes and `fields` projection are response contracts). */
  area: CheckArea;
  description: string;
  /**
   * Check IDs that must fail when this fault is on; the self-test asserts each of
   * them, so a check that loses its power to catch the fault is noticed.
   */
  caughtBy: readonly CheckId[];
}

import { REAL_WORKSPACE_FAULTS } from './real-workspace.ts';

export const FAULTS = [
  // auth
  { name: 'token-in-query-accepted', area: 'auth', description: 'A token in ?token= authenticates when no header is sent (the pre-2026 extractor fallback).', caughtBy: ['AUTH-004', 'AUTH-010', 'AUTH-013'] },
  { name: 'expired-token-accepted', area: 'auth', description: 'The exp claim is not checked, so expired API keys still work.', caughtBy: ['AUTH-009'] },
  { name: 'signature-not-verified', area: 'auth', description: 'The JWT is decoded but its signature is never verified (tampered tokens work).', caughtBy: ['AUTH-007', 'AUTH-008'] },
  { name: 'token-echoed-in-error', area: 'auth', description: 'The 401 body quotes the rejected token back to the client.', caughtBy: ['AUTH-011'] },
  // filters
  { name: 'ilike-case-sensitive', area: 'filters', description: 'ilike compiles to LIKE, so it is case-sensitive.', caughtBy: ['FLT-002'] },
  { name: 'neq-keeps-nulls', area: 'filters', description: 'neq also matches rows where the column IS NULL.', caughtBy: ['FLT-003'] },
  { name: 'not-ignored', area: 'filters', description: 'not(A) is evaluated as A.', caughtBy: ['FLT-005'] },
  { name: 'gt-inclusive', area: 'filters', description: 'gt behaves like gte.', caughtBy: ['FLT-007'] },
  { name: 'is-null-ignores-empty-text', area: 'filters', description: 'TEXT is:NULL no longer matches the null-equivalent empty string.', caughtBy: ['FLT-004'] },
  { name: 'or-evaluated-as-and', area: 'filters', description: 'or(...) groups are compiled as and(...).', caughtBy: ['FLT-006'] },
  // ordering
  { name: 'desc-nulls-first-placed-last', area: 'ordering', description: 'DescNullsFirst puts NULLs last.', caughtBy: ['ORD-001'] },
  { name: 'default-direction-desc', area: 'ordering', description: 'An order_by item without a direction sorts descending.', caughtBy: ['ORD-002'] },
  { name: 'select-sorted-alphabetically', area: 'ordering', description: 'SELECT fields sort by text instead of option order.', caughtBy: ['ORD-004'] },
  // pagination
  { name: 'cursor-off-by-one', area: 'pagination', description: 'starting_after includes the cursor record itself.', caughtBy: ['PAG-001'] },
  { name: 'backward-page-misordered', area: 'pagination', description: 'An ending_before page is returned in scan (reversed) order.', caughtBy: ['PAG-002'] },
  { name: 'backward-nulls-misplaced', area: 'pagination', description: 'Backward scans flip ASC/DESC but keep NULLS FIRST/LAST (the older Twenty bug).', caughtBy: ['PAG-002'] },
  { name: 'total-count-ignores-filter', area: 'pagination', description: 'totalCount counts every record, not the filtered ones.', caughtBy: ['PAG-005'] },
  { name: 'limit-not-clamped', area: 'pagination', description: 'limit above the maximum is honoured instead of clamped.', caughtBy: ['PAG-006'] },
  { name: 'has-next-page-on-last-page', area: 'pagination', description: 'hasNextPage is true on the last forward page.', caughtBy: ['PAG-004'] },
  // envelopes / schemas
  { name: 'number-as-string', area: 'responses', description: 'NUMBER fields are serialised as JSON strings.', caughtBy: ['RESP-003'] },
  { name: 'page-info-drops-cursors', area: 'responses', description: 'pageInfo omits startCursor and endCursor.', caughtBy: ['RESP-001', 'RESP-003', 'PAG-004'] },
  { name: 'find-one-wrong-envelope-key', area: 'responses', description: 'GET one answers {data:{<plural>:record}} instead of the singular key.', caughtBy: ['RESP-002'] },
  // writes
  { name: 'patch-nulls-unsent-fields', area: 'writes', description: 'PATCH sets every nullable field it was not sent to NULL (a PUT-like replace).', caughtBy: ['WRITE-004'] },
  { name: 'soft-delete-hard-deletes', area: 'writes', description: 'DELETE ?soft_delete=true destroys the row instead of setting deletedAt.', caughtBy: ['WRITE-006', 'WRITE-007'] },
  { name: 'restore-does-nothing', area: 'writes', description: 'Restore answers the record but leaves deletedAt set.', caughtBy: ['WRITE-007'] },
  { name: 'batch-create-partial-on-error', area: 'writes', description: 'A batch create commits the items before a failing one (no transaction around the batch).', caughtBy: ['WRITE-010', 'WRITE-040'] },
  { name: 'depth-ignored', area: 'writes', description: 'depth=1 embeds no related record (the relation keys are missing).', caughtBy: ['WRITE-009'] },
  { name: 'link-not-normalised', area: 'writes', description: 'Link URLs are stored as sent (trailing slash and upper-case host kept).', caughtBy: ['WRITE-011'] },
  { name: 'bulk-delete-without-filter', area: 'writes', description: 'DELETE /rest/{plural} without a filter deletes every record instead of answering 400.', caughtBy: ['WRITE-008'] },
  // writes of a real workspace (reference/faults/real-workspace.ts)
  ...REAL_WORKSPACE_FAULTS,
  // ordering (completeness)
  { name: 'order-drops-null-rows', area: 'ordering', description: 'An ordered list leaves out the rows whose first order_by field is NULL.', caughtBy: ['ORD-001'] },
  // robustness
  { name: 'malformed-filter-500', area: 'robustness', description: 'An unbalanced filter reaches the SQL layer and answers 500 with the database error.', caughtBy: ['FLT-012', 'ROB-001', 'ROB-008'] },
  { name: 'bad-uuid-500', area: 'robustness', description: 'A non-UUID record id reaches Postgres and answers 500 with its message.', caughtBy: ['ROB-006', 'ROB-008'] },
  // projection (`fields`, contract §5.5)
  { name: 'fields-projection-ignored', area: 'responses', description: 'The engine ignores `fields` and returns whole records.', caughtBy: ['RESP-005'] },
  { name: 'unknown-fields-accepted', area: 'responses', description: 'An unknown name in `fields` is dropped instead of answering 400.', caughtBy: ['RESP-006'] },
  // one fault per check that had none (reference/faults/proofs.ts)
  ...PROOF_FAULTS,
  // core operations (issue 13)
  ...OPERATION_FAULTS,
  // metadata API (/rest/metadata/*, legacy aliases, /open-api/metadata)
  ...METADATA_FAULTS,
] as const satisfies readonly FaultDef[];

export type FaultName = (typeof FAULTS)[number]['name'];

export function findFault(name: string): FaultDef | undefined {
  return FAULTS.find((fault) => fault.name === name);
}

/** The fault switched on for one server instance (at most one at a time). */
export class ActiveFault {
  constructor(readonly name: FaultName | null) {}

  is(name: FaultName): boolean {
    return this.name === name;
  }
}
