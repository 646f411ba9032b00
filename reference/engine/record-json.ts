// Rows → the API's record JSON: composites nested, many-to-one relations as their
// join column, NUMBER as a JSON number (the number-as-string fault lives here,
// in the serialiser that would get it wrong), dates as yyyy-mm-dd, date-times ISO.
import { isCompositeKind } from '../../generators/kinds/field-kinds.ts';
import type { FieldDef, ObjectDef } from '../datamodel/types.ts';
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

type FieldPlan =
  | { shape: 'relation' | 'scalar'; field: FieldDef; column: ColumnDef }
  | { shape: 'composite'; field: FieldDef; columns: readonly ColumnDef[] }
  | { shape: 'none' };

/**
 * How each field of an object becomes JSON, worked out once per object: building
 * the column list for every row of every page was a visible share of a list request.
 */
const plans = new WeakMap<ObjectDef, readonly FieldPlan[]>();

function planOf(object: ObjectDef): readonly FieldPlan[] {
  const known = plans.get(object);
  if (known) return known;
  const columns = columnsOfObject(object);
  const plan = object.fields.map((field): FieldPlan => {
    const own = columns.filter((column) => column.field === field);
    if (field.kind === 'RELATION') return own[0] ? { shape: 'relation', field, column: own[0] } : { shape: 'none' };
    if (isCompositeKind(field.kind)) return { shape: 'composite', field, columns: own };
    return { shape: 'scalar', field, column: own[0]! };
  });
  plans.set(object, plan);
  return plan;
}

export function rowToRecord(object: ObjectDef, row: Record<string, unknown>, fault: ActiveFault): RecordJson {
  const record: RecordJson = {};
  const numberAsString = fault.is('number-as-string');
  for (const entry of planOf(object)) {
    switch (entry.shape) {
      case 'none':
        break;
      case 'relation':
        record[entry.column.name] = rowValue(entry.column, row);
        break;
      case 'composite': {
        const composite: Record<string, unknown> = {};
        for (const column of entry.columns) composite[column.subField!] = rowValue(column, row);
        record[entry.field.name] = composite;
        break;
      }
      case 'scalar': {
        const value = rowValue(entry.column, row);
        record[entry.field.name] = entry.field.kind === 'NUMBER' && value !== null && numberAsString ? String(value) : value;
        break;
      }
    }
  }
  return record;
}
