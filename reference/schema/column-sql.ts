// Moving values between JSON and columns without trusting either driver's type
// parsing: every parameter travels as text with an explicit cast, every column is
// read through an expression whose JS shape is the same on PGlite and on pg.
import type { ColumnDef } from './columns.ts';
import { qualified, quoteIdent } from './identifiers.ts';

export function renderType(column: ColumnDef, schema: string): string {
  if (column.type.kind === 'plain') return column.type.sql;
  return qualified(schema, column.type.typeName) + (column.type.array ? '[]' : '');
}

/** The type of one element, for casts of single values (e.g. one enum option). */
export function renderElementType(column: ColumnDef, schema: string): string {
  if (column.type.kind === 'plain') return column.type.sql.replace(/\[\]$/, '');
  return qualified(schema, column.type.typeName);
}

export function isArrayColumn(column: ColumnDef): boolean {
  return column.type.kind === 'enum' ? column.type.array : column.type.sql.endsWith('[]');
}

/** `alias."col"` */
export function columnRef(alias: string, column: ColumnDef): string {
  return `${quoteIdent(alias)}.${quoteIdent(column.name)}`;
}

/** A placeholder cast to the column's type. Arrays arrive as JSON text. */
export function castParam(column: ColumnDef, schema: string, placeholder: string): string {
  if (isArrayColumn(column)) {
    // ARRAY(SELECT … FROM NULL) would be '{}', so a NULL must stay NULL explicitly.
    const type = renderType(column, schema);
    return `(CASE WHEN ${placeholder}::jsonb IS NULL THEN NULL::${type} ELSE ARRAY(SELECT jsonb_array_elements_text(${placeholder}::jsonb))::${type} END)`;
  }
  return `${placeholder}::${renderType(column, schema)}`;
}

/** The text form of a JSON value for castParam (null stays null). */
export function toParam(column: ColumnDef, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (isArrayColumn(column) || column.kind === 'RAW_JSON' || column.kind === 'FILES') return JSON.stringify(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/** A select-list expression whose result parses the same way on every driver. */
export function readExpr(alias: string, column: ColumnDef): string {
  const ref = columnRef(alias, column);
  if (isArrayColumn(column)) return `to_jsonb(${ref})`;
  switch (column.kind) {
    case 'DATE_TIME':
      return `to_char(${ref} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    case 'DATE':
      return `to_char(${ref}, 'YYYY-MM-DD')`;
    case 'NUMERIC':
      return `${ref}::text`;
    case 'SELECT':
    case 'RATING':
      return `${ref}::text`;
    default:
      return ref;
  }
}

/** The JSON value of what readExpr produced. */
export function fromRead(column: ColumnDef, raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  if (column.kind === 'NUMERIC') return Number(raw);
  if (column.kind === 'NUMBER' || column.kind === 'POSITION') return typeof raw === 'number' ? raw : Number(raw);
  return raw;
}
