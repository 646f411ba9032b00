// `fields` projection (contract §5.5): which fields a check asks for, and what a
// projected record may hold. Pure; the requests live in tests/responses.spec.ts.
import type { CatalogueObject } from '../openapi/catalogue-types.ts';

/** A name no Twenty object has (checked against the catalogue before use). */
export const UNKNOWN_FIELD_BASE = 'zzConformanceNoSuchField';

/** Whether the document says the object's list operation takes `fields`. */
export function projectable(object: CatalogueObject): boolean {
  return object.listParameters.includes('fields');
}

/**
 * Up to `count` fields to project, in catalogue order: fields of the response schema
 * (not `id`, which is always returned, nor relations, whose join column and embedded
 * record are named differently from the field).
 */
export function fieldsToProject(object: CatalogueObject, count = 2): string[] {
  return object.fields
    .filter((field) => field.name !== 'id' && field.kind !== 'RELATION' && field.kind !== 'UNKNOWN' && object.schemaNames.response !== undefined)
    .slice(0, count)
    .map((field) => field.name);
}

/** A field name the object certainly does not have. */
export function unknownFieldName(object: CatalogueObject): string {
  const taken = new Set(object.fields.map((field) => field.name));
  let name = UNKNOWN_FIELD_BASE;
  for (let index = 2; taken.has(name); index += 1) name = `${UNKNOWN_FIELD_BASE}${index}`;
  return name;
}

/** What is wrong with a projected record: keys beyond `id` + the asked fields, or a missing `id`. */
export function projectionViolations(record: unknown, asked: readonly string[]): string[] {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return [`a record that is not an object: ${JSON.stringify(record)}`];
  const keys = Object.keys(record);
  const allowed = new Set(['id', ...asked]);
  const extra = keys.filter((key) => !allowed.has(key));
  const problems: string[] = [];
  if (!keys.includes('id')) problems.push('no id');
  if (extra.length > 0) problems.push(`${extra.length} field(s) not asked for: ${extra.slice(0, 6).join(', ')}${extra.length > 6 ? ', …' : ''}`);
  return problems;
}

