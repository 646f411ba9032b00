// The engine's answer to `fields`: each record keeps `id` and the asked fields (a
// many-to-one relation keeps its join column, and its embedded record at depth 1).
// Under `fields-projection-ignored` the engine returns whole records.
import type { ObjectDef } from '../datamodel/types.ts';
import type { ActiveFault } from '../faults/catalogue.ts';
import type { RecordJson } from './types.ts';

/** The record keys that the asked fields stand for. */
export function projectedKeys(object: ObjectDef, fields: readonly string[]): Set<string> {
  const keys = new Set<string>(['id']);
  for (const name of fields) {
    const field = object.fields.find((candidate) => candidate.name === name);
    if (field === undefined) continue;
    keys.add(field.name);
    if (field.kind === 'RELATION' && field.relation?.type === 'MANY_TO_ONE') keys.add(field.relation.joinColumn ?? `${field.name}Id`);
  }
  return keys;
}

export function projectRecords(object: ObjectDef, records: RecordJson[], fields: readonly string[] | undefined, fault: ActiveFault): RecordJson[] {
  if (fields === undefined || fault.is('fields-projection-ignored')) return records;
  const keys = projectedKeys(object, fields);
  return records.map((record) => Object.fromEntries(Object.entries(record).filter(([key]) => keys.has(key))));
}
