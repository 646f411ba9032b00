// How each field of the datamodel is stored: Twenty's workspace layout, one column
// per scalar field, one prefixed column per composite sub-field (nameFirstName),
// one uuid join column per many-to-one relation, nothing for one-to-many.
import {
  ACTOR_SOURCES,
  storedSubFields,
  compositeColumnName,
  isCompositeKind,
  type ScalarKind,
} from '../../generators/kinds/field-kinds.ts';
import type { FieldDef, ObjectDef } from '../datamodel/types.ts';

export type ColumnType =
  | { kind: 'plain'; sql: string }
  /** A Postgres enum (or an array of it), so ORDER BY follows the declared option order. */
  | { kind: 'enum'; typeName: string; values: readonly string[]; array: boolean };

export interface ColumnDef {
  name: string;
  /** The kind that decides comparators and semantics (a sub-field's own kind for composites). */
  kind: ScalarKind;
  type: ColumnType;
  nullable: boolean;
  /** SQL default expression, if any (a constant literal, never user input). */
  defaultSql?: string;
  /** The field this column belongs to. */
  field: FieldDef;
  /** Set for composite sub-field columns. */
  subField?: string;
  /** Set for many-to-one join columns. */
  joinOf?: FieldDef;
  /** NUMBER only: integer or float. */
  numberType?: 'int' | 'float';
  /** The column behind an isUnique field: a unique index, no '' default. */
  unique?: boolean;
}

/** The sub-field a unique composite is indexed on (Twenty's isIncludedInUniqueConstraint). */
export const UNIQUE_SUB_FIELD: Readonly<Record<string, string>> = { EMAILS: 'primaryEmail', LINKS: 'primaryLinkUrl', PHONES: 'primaryPhoneNumber' };

/** Twenty names enum types <table>_<column>_enum. */
export function enumTypeName(object: ObjectDef, column: string): string {
  return `${object.nameSingular}_${column}_enum`;
}

function scalarType(object: ObjectDef, column: string, kind: ScalarKind, field: FieldDef, options?: readonly string[]): ColumnType {
  switch (kind) {
    case 'UUID':
      return { kind: 'plain', sql: 'uuid' };
    case 'TEXT':
      return { kind: 'plain', sql: 'text' };
    case 'NUMBER':
      return { kind: 'plain', sql: field.numberType === 'float' ? 'double precision' : 'integer' };
    case 'NUMERIC':
      return { kind: 'plain', sql: 'numeric' };
    case 'BOOLEAN':
      return { kind: 'plain', sql: 'boolean' };
    case 'DATE_TIME':
      return { kind: 'plain', sql: 'timestamptz' };
    case 'DATE':
      return { kind: 'plain', sql: 'date' };
    case 'POSITION':
      return { kind: 'plain', sql: 'double precision' };
    case 'ARRAY':
      return { kind: 'plain', sql: 'text[]' };
    case 'RAW_JSON':
    case 'FILES':
      return { kind: 'plain', sql: 'jsonb' };
    case 'SELECT':
    case 'RATING':
    case 'MULTI_SELECT':
      return {
        kind: 'enum',
        typeName: enumTypeName(object, column),
        values: options ?? (field.options ?? []).map((option) => option.value),
        array: kind === 'MULTI_SELECT',
      };
  }
}

/** Defaults that mirror Twenty: unset TEXT reads back "", flags false, position 0. */
function defaultFor(kind: ScalarKind, field: FieldDef, subField?: string): string | undefined {
  if (field.system) {
    if (field.name === 'id') return 'gen_random_uuid()';
    if (field.name === 'createdAt' || field.name === 'updatedAt') return 'now()';
    return undefined;
  }
  if (kind === 'TEXT') return subField === undefined && field.nullable ? undefined : "''";
  if (kind === 'BOOLEAN' && !field.nullable) return 'false';
  if (kind === 'POSITION') return '0';
  if (kind === 'SELECT' && !field.nullable && field.options?.[0]) return `'${field.options[0].value.replace(/'/g, "''")}'`;
  return undefined;
}

export function columnsOfField(object: ObjectDef, field: FieldDef): ColumnDef[] {
  if (field.kind === 'RELATION') {
    const relation = field.relation;
    if (relation?.type !== 'MANY_TO_ONE' || !relation.joinColumn) return [];
    return [
      // A required relation's join column is NOT NULL, as in Twenty (e.g. messageChannel.connectedAccountId).
      { name: relation.joinColumn, kind: 'UUID', type: { kind: 'plain', sql: 'uuid' }, nullable: field.nullable, field, joinOf: field },
    ];
  }
  if (isCompositeKind(field.kind)) {
    return storedSubFields(field.kind).map((sub) => {
      const name = compositeColumnName(field.name, sub.name);
      const isActorSource = field.kind === 'ACTOR' && sub.name === 'source';
      const type = scalarType(object, name, sub.kind, field, isActorSource ? ACTOR_SOURCES : undefined);
      const actorDefault = isActorSource ? "'MANUAL'" : undefined;
      // A composite's sub-columns are nullable unless the field itself is required
      // and the sub-field is text (Twenty fills those with '').
      // The unique sub-field of a unique composite is nullable and has no '' default:
      // records without a value hold NULL, which never collides.
      const unique = field.unique === true && UNIQUE_SUB_FIELD[field.kind] === sub.name;
      const nullable = unique || !(isActorSource || (!field.nullable && sub.kind === 'TEXT'));
      const column: ColumnDef = { name, kind: sub.kind, type, nullable, field, subField: sub.name };
      const defaultSql = actorDefault ?? (unique ? undefined : defaultFor(sub.kind, field, sub.name));
      if (defaultSql !== undefined) column.defaultSql = defaultSql;
      if (unique) column.unique = true;
      return column;
    });
  }
  const kind = field.kind as ScalarKind;
  const column: ColumnDef = {
    name: field.name,
    kind,
    type: scalarType(object, field.name, kind, field),
    nullable: field.nullable,
    field,
  };
  const defaultSql = field.unique ? undefined : defaultFor(kind, field);
  if (defaultSql !== undefined) column.defaultSql = defaultSql;
  if (field.unique) column.unique = true;
  if (kind === 'NUMBER') column.numberType = field.numberType ?? 'int';
  return [column];
}

export function columnsOfObject(object: ObjectDef): ColumnDef[] {
  return object.fields.flatMap((field) => columnsOfField(object, field));
}

export function findField(object: ObjectDef, name: string): FieldDef | undefined {
  return object.fields.find((field) => field.name === name);
}

export function findJoinField(object: ObjectDef, joinColumn: string): FieldDef | undefined {
  return object.fields.find((field) => field.relation?.type === 'MANY_TO_ONE' && field.relation.joinColumn === joinColumn);
}
