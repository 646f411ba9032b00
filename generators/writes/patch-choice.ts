// Pure: what WRITE-004's PATCH sends. A writable plain field of the created body
// (not the tag, not a composite or a relation) and a designed value that differs
// from the body's, so the change is visible; undefined when the object has none.
import type { CatalogueObject } from '../openapi/catalogue-types.ts';
import { sameValue } from './read-back.ts';
import type { Patch } from './update-judges.ts';

type Body = Record<string, unknown>;

/** `designed(n)` is designed body number n; bodies 900…929 offer the candidate values. */
export function patchableField(object: CatalogueObject, body: Body, tagField: string, designed: (n: number) => Body): (Patch & { field: CatalogueObject['fields'][number] }) | undefined {
  for (const field of object.fields) {
    if (!field.writable || field.name === tagField || field.kind === 'RELATION' || field.subFields || !(field.name in body)) continue;
    for (let n = 900; n < 930; n++) {
      const value = designed(n)[field.name];
      if (value !== undefined && value !== null && !sameValue(field.kind, value, body[field.name])) return { field, value };
    }
  }
  return undefined;
}
