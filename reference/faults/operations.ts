// Faults of the core operations of era D (issue 13): bulk writes by filter,
// upsert, merge, find duplicates, groupBy, the bulk-write limit, `fields` and
// `depth` on writes. Each is switched where the reference makes that decision.
import type { FaultDef } from './catalogue.ts';

export const OPERATION_FAULTS = [
  { name: 'bulk-update-first-condition-only', area: 'writes', description: 'PATCH /rest/{plural}?filter= applies only the first condition of a top-level and(…), updating records the rest of the filter excludes.', caughtBy: ['WRITE-012'] },
  { name: 'bulk-delete-first-condition-only', area: 'writes', description: 'DELETE /rest/{plural}?filter= (hard and soft) applies only the first condition of a top-level and(…).', caughtBy: ['WRITE-013', 'WRITE-014'] },
  { name: 'restore-many-restores-all-deleted', area: 'writes', description: 'PATCH /rest/{plural}/restore?filter= restores every soft-deleted record of the first condition, not just the selected ones.', caughtBy: ['WRITE-015'] },
  { name: 'upsert-always-inserts', area: 'writes', description: 'upsert=true ignores an existing id and inserts, so the write fails as a duplicate.', caughtBy: ['WRITE-016'] },
  { name: 'merge-keeps-duplicates', area: 'writes', description: 'Merge updates the priority record but never removes the records merged into it.', caughtBy: ['WRITE-017'] },
  { name: 'merge-dry-run-writes', area: 'writes', description: 'Merge ignores dryRun: a dry run merges for real.', caughtBy: ['WRITE-018'] },
  { name: 'duplicates-include-self', area: 'writes', description: 'Find duplicates forgets to leave the record itself out, so every record is its own duplicate.', caughtBy: ['WRITE-019'] },
  { name: 'batch-limit-not-enforced', area: 'writes', description: 'A create-many of more than 200 records is written instead of answering 400.', caughtBy: ['WRITE-020'] },
  { name: 'update-many-limit-not-enforced', area: 'writes', description: 'An update by filter matching more than 200 records is applied to all of them (the create-many cap is kept).', caughtBy: ['WRITE-020'] },
  { name: 'duplicate-id-500', area: 'writes', description: 'Creating a record with an id that exists answers 500 with the database error instead of 400 "Record already exists".', caughtBy: ['WRITE-021'] },
  { name: 'fields-ignored-on-writes', area: 'responses', description: '`fields` is honoured on reads but ignored on creates, updates and restores (whole records answered).', caughtBy: ['WRITE-022'] },
  { name: 'groupby-counts-deleted', area: 'groups', description: 'groupBy counts soft-deleted rows in its groups.', caughtBy: ['GRP-002'] },
  { name: 'groupby-ignores-filter', area: 'groups', description: 'groupBy drops the filter and groups every record of the object.', caughtBy: ['GRP-001'] },
  { name: 'composite-order-second-key-ignored', area: 'pagination', description: 'order_by with two composite sub-fields sorts by the first only (ties left in id order).', caughtBy: ['PAG-011'] },
  { name: 'depth-unchecked-on-writes', area: 'writes', description: 'Creates and updates read depth leniently: depth=2 (or anything but 1) silently means 0 instead of answering 400.', caughtBy: ['WRITE-023'] },
  { name: 'merge-bad-priority-500', area: 'robustness', description: 'An out-of-range conflictPriorityIndex reaches the merge and fails there with a 500.', caughtBy: ['ROB-011'] },
] as const satisfies readonly FaultDef[];
