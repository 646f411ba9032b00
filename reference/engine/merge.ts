// PATCH /rest/{plural}/merge (contract §1.1, Twenty's common merge-many runner):
// the records named by `ids` become one. The record at `conflictPriorityIndex`
// keeps its id; each field takes the priority record's value when it has one,
// else the first other record's (in `ids` order) that has one. Inside one
// transaction, many-to-one join columns pointing at the others are moved to the
// priority record, the others are destroyed and the priority record updated.
// A dry run computes the same record and writes nothing (Twenty answers it with a
// fresh id and deletedAt set). Faults: `merge-keeps-duplicates` skips the destroy,
// `merge-dry-run-writes` ignores dryRun.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../database/database.ts';
import type { ObjectDef } from '../datamodel/types.ts';
import { badRequest, notFound } from '../errors.ts';
import { isCompositeKind } from '../../generators/kinds/field-kinds.ts';
import { quoteIdent } from '../schema/identifiers.ts';
import type { QueryContext } from './query-context.ts';
import type { ActiveFault } from '../faults/catalogue.ts';
import type { RecordJson } from './types.ts';
import { deleteRecord, updateRecord } from './writes.ts';

/** Twenty's MUTATION_MAX_MERGE_RECORDS. */
export const MAX_MERGE_RECORDS = 9;

export interface MergeArgs {
  ids: string[];
  conflictPriorityIndex: number;
  dryRun: boolean;
}

/** The merge body as Twenty's runner validates it (its texts). */
export function readMergeArgs(body: unknown, fault?: ActiveFault): MergeArgs {
  const input = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const { ids, conflictPriorityIndex, dryRun } = input;
  if (!Array.isArray(ids) || ids.length < 2) throw badRequest('At least 2 record IDs are required for merge');
  if (!ids.every((id): id is string => typeof id === 'string')) throw badRequest('ids must be an array of record ids');
  if (ids.length > MAX_MERGE_RECORDS) throw badRequest(`Maximum ${MAX_MERGE_RECORDS} records can be merged at once`);
  // Under `merge-bad-priority-500` the range is not checked: the index fails deeper, as a 500.
  const inRange = fault?.is('merge-bad-priority-500') || (typeof conflictPriorityIndex === 'number' && conflictPriorityIndex >= 0 && conflictPriorityIndex < ids.length);
  if (typeof conflictPriorityIndex !== 'number' || !Number.isInteger(conflictPriorityIndex) || !inRange) {
    throw badRequest(`Invalid conflict priority '${String(conflictPriorityIndex)}'. Valid options for ${ids.length} records: 0-${ids.length - 1}`);
  }
  return { ids, conflictPriorityIndex, dryRun: dryRun === true };
}

/** Whether a record value counts as "having a value" (Twenty's hasRecordFieldValue, in spirit). */
export function hasValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).some(hasValue);
  return true;
}

/** The merged values of the writable fields: the priority record's where it has one, else the first other's. */
export function mergedValues(object: ObjectDef, records: RecordJson[], priorityIndex: number): RecordJson {
  const ordered = [records[priorityIndex]!, ...records.filter((_, index) => index !== priorityIndex)];
  const merged: RecordJson = {};
  for (const field of object.fields) {
    if (field.system || field.name === 'createdBy') continue;
    const key = field.kind === 'RELATION' ? (field.relation?.type === 'MANY_TO_ONE' ? field.relation.joinColumn : undefined) : field.name;
    if (key === undefined) continue;
    const source = ordered.find((record) => hasValue(record[key]));
    if (source === undefined) continue;
    merged[key] = isCompositeKind(field.kind) ? { ...(source[key] as RecordJson) } : source[key];
  }
  return merged;
}

export interface MergeStore {
  read(id: string): Promise<RecordJson>;
}

/** Moves every many-to-one join column pointing at `fromIds` to `toId`. */
async function migrateRelations(db: Queryable, ctx: QueryContext, fromIds: string[], toId: string): Promise<void> {
  for (const other of ctx.model.objects) {
    for (const field of other.fields) {
      if (field.relation?.type !== 'MANY_TO_ONE' || field.relation.target !== ctx.object.nameSingular || !field.relation.joinColumn) continue;
      const column = quoteIdent(field.relation.joinColumn);
      await db.query(`UPDATE ${ctx.table(other)} SET ${column} = $1::uuid WHERE ${column} = ANY($2::uuid[])`, [toId, `{${fromIds.join(',')}}`]);
    }
  }
}

/** Runs the merge on `db` (the caller's transaction); answers the merged record. */
export async function mergeRecords(db: Queryable, ctx: QueryContext, args: MergeArgs, store: MergeStore): Promise<RecordJson> {
  const records: RecordJson[] = [];
  for (const id of args.ids) {
    records.push(
      await store.read(id).catch((error: unknown) => {
        if (error instanceof Error && 'statusCode' in error && (error as { statusCode: number }).statusCode === 404) throw notFound('One or more records not found');
        throw error;
      }),
    );
  }
  const priority = records[args.conflictPriorityIndex];
  if (priority === undefined) throw new TypeError(`Cannot read properties of undefined (reading 'id')`);
  const merged = mergedValues(ctx.object, records, args.conflictPriorityIndex);
  const dryRun = args.dryRun && !ctx.fault.is('merge-dry-run-writes');
  if (dryRun) return { ...priority, ...merged, id: randomUUID(), deletedAt: new Date().toISOString() };
  const priorityId = String(priority['id']);
  const others = args.ids.filter((id) => id !== priorityId);
  await migrateRelations(db, ctx, others, priorityId);
  if (!ctx.fault.is('merge-keeps-duplicates')) {
    for (const id of others) await deleteRecord(db, ctx, id, false);
  }
  await updateRecord(db, ctx, priorityId, merged);
  return store.read(priorityId);
}
