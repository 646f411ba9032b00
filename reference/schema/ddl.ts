// The workspace schema as DDL, generated from the datamodel in Twenty's layout:
// a table per object named by nameSingular, camelCase quoted columns, enums for
// SELECT / RATING / MULTI_SELECT / ACTOR.source, uuid join columns with foreign keys.
import type { Datamodel, ObjectDef } from '../datamodel/types.ts';
import { columnsOfObject, type ColumnDef } from './columns.ts';
import { renderType } from './column-sql.ts';
import { qualified, quoteIdent } from './identifiers.ts';

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

function enumStatements(object: ObjectDef, schema: string): string[] {
  const seen = new Set<string>();
  const statements: string[] = [];
  for (const column of columnsOfObject(object)) {
    if (column.type.kind !== 'enum' || seen.has(column.type.typeName)) continue;
    seen.add(column.type.typeName);
    statements.push(
      `CREATE TYPE ${qualified(schema, column.type.typeName)} AS ENUM (${column.type.values.map(literal).join(', ')});`,
    );
  }
  return statements;
}

function columnSql(column: ColumnDef, schema: string): string {
  const parts = [quoteIdent(column.name), renderType(column, schema)];
  if (column.name === 'id' && column.field.system) parts.push('PRIMARY KEY');
  else if (!column.nullable) parts.push('NOT NULL');
  if (column.defaultSql !== undefined) parts.push('DEFAULT', column.defaultSql);
  return parts.join(' ');
}

function tableStatement(object: ObjectDef, schema: string): string {
  const columns = columnsOfObject(object).map((column) => '  ' + columnSql(column, schema));
  return `CREATE TABLE ${qualified(schema, object.nameSingular)} (\n${columns.join(',\n')}\n);`;
}

function foreignKeyStatements(object: ObjectDef, schema: string): string[] {
  return columnsOfObject(object)
    .filter((column) => column.joinOf?.relation)
    .map((column) => {
      const target = column.joinOf!.relation!.target;
      return (
        `ALTER TABLE ${qualified(schema, object.nameSingular)} ADD CONSTRAINT ${quoteIdent(`FK_${object.nameSingular}_${column.name}`)} ` +
        `FOREIGN KEY (${quoteIdent(column.name)}) REFERENCES ${qualified(schema, target)} ("id") ON DELETE SET NULL;`
      );
    });
}

/**
 * How isUnique fields are indexed: `full` (Twenty up to ~2.40: soft-deleted rows
 * keep their values), `partial` (≥ 2.40, `WHERE "deletedAt" IS NULL`), `none`
 * (~0.50–0.54 created no unique index; the `duplicate-accepted` fault).
 */
export type UniqueIndexMode = 'full' | 'partial' | 'none';

export interface DdlOptions {
  uniqueIndexes?: UniqueIndexMode;
}

/** Twenty's unique indexes are named IDX_UNIQUE_…; the engine recognises a duplicate by that prefix. */
export const UNIQUE_INDEX_PREFIX = 'IDX_UNIQUE_';

export function uniqueIndexStatements(object: ObjectDef, schema: string, mode: UniqueIndexMode): string[] {
  if (mode === 'none') return [];
  const hasDeletedAt = object.fields.some((field) => field.name === 'deletedAt');
  const where = mode === 'partial' && hasDeletedAt ? ' WHERE "deletedAt" IS NULL' : '';
  return columnsOfObject(object)
    .filter((column) => column.unique)
    .map(
      (column) =>
        `CREATE UNIQUE INDEX ${quoteIdent(`${UNIQUE_INDEX_PREFIX}${object.nameSingular}_${column.name}`)} ON ${qualified(schema, object.nameSingular)} (${quoteIdent(column.name)})${where};`,
    );
}

/** Every statement that creates the workspace schema, in a runnable order. */
export function buildDdl(model: Datamodel, schema: string, options: DdlOptions = {}): string[] {
  return [
    `CREATE SCHEMA ${quoteIdent(schema)};`,
    ...model.objects.flatMap((object) => enumStatements(object, schema)),
    ...model.objects.map((object) => tableStatement(object, schema)),
    ...model.objects.flatMap((object) => uniqueIndexStatements(object, schema, options.uniqueIndexes ?? 'full')),
    // Foreign keys last: relations point both ways between tables.
    ...model.objects.flatMap((object) => foreignKeyStatements(object, schema)),
  ];
}
