// Creates, updates and deletes, each inside the caller's transaction so a failed
// request leaves no trace (contract §1.3).
import type { Queryable } from '../database/database.ts';
import type { ObjectDef } from '../datamodel/types.ts';
import { badRequest, notFound } from '../errors.ts';
import { castParam, toParam } from '../schema/column-sql.ts';
import { quoteIdent } from '../schema/identifiers.ts';
import type { FilterNode } from '../../generators/filter/ast.ts';
import { baseConditions } from './find-many.ts';
import { bodyToColumnValues, isPlainObject, type ColumnValue } from './record-input.ts';
import type { QueryContext } from './query-context.ts';
import { normaliseWriteBody } from './write-normalisation.ts';
import { columnsOfField } from '../schema/columns.ts';

/** A record created through the API without createdBy.source is an API record with no member (contract §1.2). */
function withDefaultActor(object: ObjectDef, body: unknown): unknown {
  const actor = object.fields.find((field) => field.kind === 'ACTOR' && field.name === 'createdBy');
  if (!actor || !isPlainObject(body)) return body;
  const given = body.createdBy;
  if (given === undefined || given === null) return { ...body, createdBy: { source: 'API', workspaceMemberId: null } };
  if (isPlainObject(given) && given.source === undefined) return { ...body, createdBy: { ...given, source: 'API' } };
  return body;
}

function hasColumn(values: ColumnValue[], name: string): boolean {
  return values.some(({ column }) => column.name === name);
}

export async function insertRecord(db: Queryable, ctx: QueryContext, sent: unknown): Promise<string> {
  // `primitive-body-creates-empty-record`: a body that is not an object is read as {} (a `body ?? {}`-style default).
  const body = ctx.fault.is('primitive-body-creates-empty-record') && (sent === null || typeof sent !== 'object') ? {} : sent;
  const values = bodyToColumnValues(ctx.object, withDefaultActor(ctx.object, normaliseWriteBody(ctx.object, body, ctx.fault)), 'create');
  if (values.length === 0) {
    const { rows } = await db.query<{ id: string }>(`INSERT INTO ${ctx.table()} DEFAULT VALUES RETURNING "id"`);
    return rows[0]!.id;
  }
  const placeholders = values.map(({ column }, index) => castParam(column, ctx.schema, `$${index + 1}`));
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO ${ctx.table()} (${values.map(({ column }) => quoteIdent(column.name)).join(', ')}) VALUES (${placeholders.join(', ')}) RETURNING "id"`,
    values.map(({ column, value }) => toParam(column, value)),
  );
  return rows[0]!.id;
}

export function checkBatchBody(body: unknown): unknown[] {
  if (!Array.isArray(body)) throw badRequest('Body must be an array');
  if (body.length === 0) throw badRequest('Input must not be empty');
  return body;
}

export async function updateRecord(db: Queryable, ctx: QueryContext, id: string, body: unknown): Promise<void> {
  const values = bodyToColumnValues(ctx.object, normaliseWriteBody(ctx.object, body, ctx.fault), 'update');
  if (ctx.fault.is('patch-nulls-unsent-fields')) values.push(...unsentNullableColumns(ctx, values));
  const assignments = values.map(({ column }, index) => `${quoteIdent(column.name)} = ${castParam(column, ctx.schema, `$${index + 2}`)}`);
  // Every write bumps updatedAt unless the body sets it itself.
  if (!hasColumn(values, 'updatedAt') && ctx.object.fields.some((field) => field.name === 'updatedAt')) {
    assignments.push(`"updatedAt" = now()`);
  }
  if (assignments.length === 0) assignments.push('"id" = "id"');
  const { rows } = await db.query<{ id: string }>(
    `UPDATE ${ctx.table()} SET ${assignments.join(', ')} WHERE "id" = $1::uuid AND "deletedAt" IS NULL RETURNING "id"`,
    [id, ...values.map(({ column, value }) => toParam(column, value))],
  );
  if (rows.length === 0) throw notFound();
}

/** Under `patch-nulls-unsent-fields`: the nullable plain columns the body did not name, set to NULL. */
function unsentNullableColumns(ctx: QueryContext, sent: ColumnValue[]): ColumnValue[] {
  const out: ColumnValue[] = [];
  for (const field of ctx.object.fields) {
    if (field.system || !field.nullable || field.kind === 'RELATION') continue;
    for (const column of columnsOfField(ctx.object, field)) {
      if (column.nullable && !hasColumn(sent, column.name)) out.push({ column, value: null });
    }
  }
  return out;
}

/** `soft-delete-hard-deletes` turns the soft path into the hard one, where the statement is chosen. */
const isSoftFor = (ctx: QueryContext, soft: boolean) => soft && !ctx.fault.is('soft-delete-hard-deletes');

export async function deleteRecord(db: Queryable, ctx: QueryContext, id: string, softAsked: boolean): Promise<{ id: string }> {
  // `destroy-soft-deletes`: the one-record route reads a missing soft_delete as true.
  const soft = isSoftFor(ctx, softAsked || ctx.fault.is('destroy-soft-deletes'));
  const sql = soft
    ? `UPDATE ${ctx.table()} SET "deletedAt" = now() WHERE "id" = $1::uuid AND "deletedAt" IS NULL RETURNING "id"`
    : `DELETE FROM ${ctx.table()} WHERE "id" = $1::uuid RETURNING "id"`;
  const { rows } = await db.query<{ id: string }>(sql, [id]);
  if (rows.length === 0) throw notFound();
  return { id: rows[0]!.id };
}

export async function deleteRecords(db: Queryable, ctx: QueryContext, filter: FilterNode, softAsked: boolean): Promise<{ id: string }[]> {
  const soft = isSoftFor(ctx, softAsked);
  const { visibility, filter: condition } = baseConditions(ctx, { filter });
  const parts = [...visibility, ...condition];
  const matching = `SELECT ${quoteIdent(ctx.alias)}."id" FROM ${ctx.fromClause()}${parts.length ? ` WHERE ${parts.join(' AND ')}` : ''}`;
  const sql = soft
    ? `UPDATE ${ctx.table()} SET "deletedAt" = now() WHERE "deletedAt" IS NULL AND "id" IN (${matching}) RETURNING "id"`
    : `DELETE FROM ${ctx.table()} WHERE "id" IN (${matching}) RETURNING "id"`;
  const { rows } = await db.query<{ id: string }>(sql, ctx.params.values);
  return rows.map((row) => ({ id: row.id })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Restore clears deletedAt; `restore-does-nothing` answers as if it had. A record that was never deleted is restored as is. */
const restoreAssignment = (ctx: QueryContext) => (ctx.fault.is('restore-does-nothing') ? '"deletedAt" = "deletedAt"' : '"deletedAt" = NULL');

export async function restoreRecord(db: Queryable, ctx: QueryContext, id: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`UPDATE ${ctx.table()} SET ${restoreAssignment(ctx)} WHERE "id" = $1::uuid RETURNING "id"`, [id]);
  if (rows.length === 0) throw notFound();
  return rows[0]!.id;
}

/** Restore many: the filter is applied to deleted and live rows alike (restoring means reaching deleted ones). */
export async function restoreRecords(db: Queryable, ctx: QueryContext, filter: FilterNode): Promise<string[]> {
  const { filter: condition } = baseConditions(ctx, { filter });
  const matching = `SELECT ${quoteIdent(ctx.alias)}."id" FROM ${ctx.fromClause()}${condition.length ? ` WHERE ${condition.join(' AND ')}` : ''}`;
  const { rows } = await db.query<{ id: string }>(
    `UPDATE ${ctx.table()} SET ${restoreAssignment(ctx)} WHERE "id" IN (${matching}) RETURNING "id"`,
    ctx.params.values,
  );
  return rows.map((row) => row.id).sort();
}
