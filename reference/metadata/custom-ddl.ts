// What a custom object or custom field may be, and the Postgres column type of
// each custom field type the reference can create. Pure; store.ts runs the DDL.
import type { Datamodel } from '../datamodel/types.ts';
import { badRequest } from '../errors.ts';
import { metadataId } from './seed-metadata.ts';

const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/;

const COLUMN_TYPES: Readonly<Record<string, string>> = {
  TEXT: 'text',
  NUMBER: 'double precision',
  BOOLEAN: 'boolean',
  DATE_TIME: 'timestamptz',
  DATE: 'date',
  SELECT: 'text',
  UUID: 'uuid',
  RATING: 'text',
  RAW_JSON: 'jsonb',
};

export function customFieldColumnType(type: string): string {
  const sql = COLUMN_TYPES[type];
  if (!sql) throw badRequest(`Field type ${type} is not supported for custom fields`);
  return sql;
}

function requireName(input: Record<string, unknown>, key: string): string {
  const value = input[key];
  if (typeof value !== 'string' || !CAMEL_CASE.test(value) || value.length > 63) {
    throw badRequest(`${key} must be a camelCase name (letters and digits, starting with a lower-case letter)`);
  }
  return value;
}

export function validateCustomObject(input: Record<string, unknown>, model: Datamodel): void {
  const singular = requireName(input, 'nameSingular');
  const plural = requireName(input, 'namePlural');
  if (singular === plural) throw badRequest('The singular and plural name cannot be the same for an object');
  const taken = model.objects.some((object) => [object.nameSingular, object.namePlural].some((name) => name === singular || name === plural));
  if (taken) throw badRequest('Object already exists');
}

export function validateCustomField(input: Record<string, unknown>, object: Record<string, unknown>): void {
  const name = requireName(input, 'name');
  if (object['isCustom'] !== true) throw badRequest('The reference adds custom fields to custom objects only');
  customFieldColumnType(String(input['type']));
  if (['id', 'name', 'position', 'createdAt', 'updatedAt', 'deletedAt'].includes(name)) throw badRequest(`Field "${name}" already exists`);
}

/** The fields every custom object is created with, matching the columns of its table. */
export function customObjectStandardFields(objectId: string, now: string): Record<string, unknown>[] {
  const fields: [string, string, boolean, boolean][] = [
    ['id', 'UUID', false, true],
    ['name', 'TEXT', true, false],
    ['position', 'POSITION', true, true],
    ['createdAt', 'DATE_TIME', false, true],
    ['updatedAt', 'DATE_TIME', false, true],
    ['deletedAt', 'DATE_TIME', true, true],
  ];
  return fields.map(([name, type, isNullable, isSystem]) => ({
    id: metadataId('field', objectId, name),
    objectMetadataId: objectId,
    name,
    label: name.charAt(0).toUpperCase() + name.slice(1),
    type,
    description: null,
    icon: null,
    isCustom: false,
    isActive: true,
    isSystem,
    isNullable,
    isUnique: name === 'id',
    defaultValue: null,
    options: null,
    settings: null,
    relation: null,
    createdAt: now,
    updatedAt: now,
  }));
}
