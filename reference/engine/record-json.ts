// Rows → the API's record JSON: composites nested, many-to-one relations as their
// join column, NUMBER as a JSON number (the number-as-string fault lives here,
// in the serialiser that would get it wrong), dates as yyyy-mm-dd, date-times ISO.
import { isCompositeKind } from '../../generators/kinds/field-kinds.ts';
import type { ObjectDef } from '../datamodel/types.ts';
import type { ActiveFault } from '../faults/catalogue.ts';
import { columnsOfObject, type ColumnDef } from '../schema/columns.ts';
import { fromRead, readExpr } from '../schema/column-sql.ts';
import { quoteIdent } from '../schema/identifiers.ts';
import type { RecordJson } from './types.ts';

/** Select-list entries for every column of the object, each aliased by its column name. */
export function selectColumns(object: ObjectDef, alias: string): string {
  return columnsOfObject(object)
    .map((column) => `${readExpr(alias, column)} AS ${quoteIdent(column.name)}`)
    .join(', ');
}

export function rowValue(column: ColumnDef, row: Record<string, unknown>, readAs = column.name): unknown {
  return fromRead(column, row[readAs]);
}

export function rowToRecord(object: ObjectDef, row: Record<string, unknown>, fault: ActiveFault): RecordJson {
  const record: RecordJson = {};
  const columns = columnsOfObject(object);
  for (const field of object.fields) {
    const own = columns.filter((column) => column.field === field);
    if (field.kind === 'RELATION') {
      const join = own[0];
      if (join) record[join.name] = rowValue(join, row);
      continue;
    }
    if (isCompositeKind(field.kind)) {
      const composite: Record<string, unknown> = {};
      for (const column of own) composite[column.subField!] = rowValue(column, row);
      record[field.name] = composite;
      continue;
    }
    const column = own[0]!;
    const value = rowValue(column, row);
    record[field.name] = field.kind === 'NUMBER' && value !== null && fault.is('number-as-string') ? String(value) : value;
  }
  return record;
}
