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

/** Every statement that creates the workspace schema, in a runnable order. */
export function buildDdl(model: Datamodel, schema: string): string[] {
  return [
    `CREATE SCHEMA ${quoteIdent(schema)};`,
    ...model.objects.flatMap((object) => enumStatements(object, schema)),
    ...model.objects.map((object) => tableStatement(object, schema)),
    // Foreign keys last: relations point both ways between tables.
    ...model.objects.flatMap((object) => foreignKeyStatements(object, schema)),
  ];
}
