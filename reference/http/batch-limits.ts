// The record-count limits of bulk writes (contract REAL-WORKSPACE.md §8: Twenty's
// QUERY_MAX_RECORDS = 200): a create-many over 200 items and an update-many
// matching over 200 rows are refused with 400 before anything is written.
// Under `batch-limit-not-enforced` neither is checked.
import { badRequest } from '../errors.ts';
import type { ActiveFault } from '../faults/catalogue.ts';

export const MAX_RECORDS_PER_BULK_WRITE = 200;

export function refuseOversizedBatch(body: unknown, fault: ActiveFault): void {
  if (fault.is('batch-limit-not-enforced') || !Array.isArray(body) || body.length <= MAX_RECORDS_PER_BULK_WRITE) return;
  throw badRequest(`Maximum number of records to upsert is ${MAX_RECORDS_PER_BULK_WRITE}.`);
}

export function refuseOversizedUpdate(matched: number, fault: ActiveFault): void {
  // `update-many-limit-not-enforced`: the create cap stays, the update-many count is never checked.
  if (fault.is('batch-limit-not-enforced') || fault.is('update-many-limit-not-enforced') || matched <= MAX_RECORDS_PER_BULK_WRITE) return;
  throw badRequest(`Cannot update more than ${MAX_RECORDS_PER_BULK_WRITE} records at once`);
}
