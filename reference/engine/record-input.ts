// A create/update body checked against the datamodel and turned into column
// values. Type errors Postgres would report anyway (a bad enum, a bad integer)
// are left to Postgres so their messages are Postgres's own; only shapes that
// would otherwise be silently stringified are refused here.
import { storedSubFields, compositeColumnName, isCompositeKind } from '../../generators/kinds/field-kinds.ts';
import type { FieldDef, ObjectDef } from '../datamodel/types.ts';
import { badRequest } from '../errors.ts';
import { columnsOfField, type ColumnDef } from '../schema/columns.ts';
import { isArrayColumn } from '../schema/column-sql.ts';

export interface ColumnValue {
  column: ColumnDef;
  value: unknown;
}

export type WriteMode = 'create' | 'update';

// Text of our own choosing (the contract leaves unknown body fields open): the
// same sentence Twenty uses for unknown filter fields.
export const unknownFieldMessage = (object: ObjectDef, key: string) =>
  `Object ${object.nameSingular} doesn't have any "${key}" field.`;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkScalar(column: ColumnDef, label: string, value: unknown): void {
  if (value === null) return;
  if (column.kind === 'RAW_JSON') return;
  if (column.kind === 'FILES') {
    const isFile = (item: unknown) => isPlainObject(item) && typeof item['fileId'] === 'string' && typeof item['label'] === 'string';
    if (!Array.isArray(value) || !value.every(isFile)) {
      throw badRequest(`Invalid value for field "${label}": expected an array of {fileId, label}`);
    }
    return;
  }
  if (isArrayColumn(column)) {
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
      throw badRequest(`Invalid value for field "${label}": expected an array of strings`);
    }
    return;
  }
  if (typeof value === 'object') throw badRequest(`Invalid value for field "${label}": expected a scalar`);
}

/** Twenty's data-arg processor: `null` for a non-nullable field without a default (INVALID_ARGS_DATA → 400). */
function refuseNullWithoutDefault(column: ColumnDef, key: string, value: unknown): void {
  if (value === null && !column.nullable && column.defaultSql === undefined) throw badRequest(`Field ${key} is not nullable and has no default value.`);
}

/**
 * A relation named by its field name rather than its join column (data-arg
 * processor): a one-to-many is never writable; a many-to-one (or a morph branch,
 * `targetCompany`) takes only `{connect: {where: {id}}}` or `{disconnect: true}`,
 * anything else non-null is refused. Returns the join column value to write.
 */
function relationWrite(object: ObjectDef, field: FieldDef, key: string, value: unknown): ColumnValue | undefined {
  if (field.relation?.type !== 'MANY_TO_ONE') throw badRequest(`One-to-many relation ${key} field does not support write operations.`);
  if (value === null) return undefined;
  const [column] = columnsOfField(object, field);
  const connectId = isPlainObject(value) && isPlainObject(value['connect']) && isPlainObject(value['connect']['where']) ? value['connect']['where']['id'] : undefined;
  if (column && typeof connectId === 'string') return { column, value: connectId };
  if (column && isPlainObject(value) && value['disconnect'] === true) {
    refuseNullWithoutDefault(column, key, null);
    return { column, value: null };
  }
  throw badRequest(`Relation "${key}" requires connect or disconnect operation`);
}

/** Twenty stores an empty unique value as NULL (newest: TEXT '' → null, transformEmailsValue), so "" never collides. */
const emptyUniqueAsNull = (column: ColumnDef, value: unknown) => (column.unique && value === '' ? null : value);

export function bodyToColumnValues(object: ObjectDef, body: unknown, mode: WriteMode): ColumnValue[] {
  if (!isPlainObject(body)) throw badRequest('Body must be an object');
  const values: ColumnValue[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined) continue;
    const field = object.fields.find((candidate) => candidate.name === key);
    const joinField = object.fields.find(
      (candidate) => candidate.relation?.type === 'MANY_TO_ONE' && candidate.relation.joinColumn === key,
    );
    if (joinField) {
      const [column] = columnsOfField(object, joinField);
      if (column) {
        checkScalar(column, key, value);
        refuseNullWithoutDefault(column, key, value);
        values.push({ column, value });
      }
      continue;
    }
    if (!field) throw badRequest(unknownFieldMessage(object, key));
    if (field.kind === 'RELATION') {
      const joinValue = relationWrite(object, field, key, value);
      if (joinValue !== undefined) values.push(joinValue);
      continue;
    }
    if (field.name === 'id' && mode === 'update') continue; // the path names the record
    if (isCompositeKind(field.kind)) {
      const columns = columnsOfField(object, field);
      if (value === null) {
        // Clearing a composite: text parts fall back to their '' default when required.
        for (const column of columns) values.push({ column, value: column.nullable ? null : column.defaultSql === "''" ? '' : null });
        continue;
      }
      if (!isPlainObject(value)) throw badRequest(`Invalid value for composite field "${key}": expected an object`);
      for (const [subKey, subValue] of Object.entries(value)) {
        if (subValue === undefined) continue;
        const known = storedSubFields(field.kind).some((sub) => sub.name === subKey);
        if (!known) throw badRequest(`Sub field "${subKey}" not found for composite type: ${field.kind}`);
        const column = columns.find((candidate) => candidate.name === compositeColumnName(field.name, subKey))!;
        checkScalar(column, `${key}.${subKey}`, subValue);
        values.push({ column, value: emptyUniqueAsNull(column, subValue) });
      }
      continue;
    }
    const [column] = columnsOfField(object, field);
    if (!column) continue;
    checkScalar(column, key, value);
    refuseNullWithoutDefault(column, key, value);
    values.push({ column, value: emptyUniqueAsNull(column, value) });
  }
  return values;
}
