// The weights a subject policy names, and the kinds the `field kinds` budget
// covers, for catalogue objects and metadata resources. Pure.
import { fieldPaths } from '../fixtures/catalogue-resolver.ts';
import { filterableWeight, precisePaths, type TargetTraits } from '../filter/filterable-paths.ts';
import { isCompositeKind } from '../kinds/field-kinds.ts';
import type { CatalogueObject } from '../openapi/catalogue-types.ts';
import type { SubjectMeasures, SubjectWeight } from './subjects.ts';

/** A number per object for each weight a policy can name. */
export function objectWeight(weight: SubjectWeight, target: TargetTraits): (object: CatalogueObject) => number {
  switch (weight) {
    case 'pool order':
    case 'objects resource':
      return () => 0;
    case 'fields':
      return (object) => object.fields.length;
    case 'field paths':
      return (object) => fieldPaths(object).length;
    case 'probeable paths':
      return (object) => fieldPaths(object).filter((entry) => entry.sortable || entry.comparators.length > 0).length;
    case 'filterable pairs':
      return (object) => filterableWeight(precisePaths(fieldPaths(object), target));
    case 'writable fields':
      return (object) => object.fields.filter((field) => field.writable).length;
  }
}

/** Every field kind an object holds, composite sub-fields named by their composite (`FULL_NAME.firstName`). */
export function objectKinds(object: CatalogueObject): string[] {
  const kinds = new Set<string>();
  for (const field of object.fields) {
    kinds.add(field.kind);
    if (!isCompositeKind(field.kind)) continue;
    for (const sub of field.subFields ?? []) kinds.add(`${field.kind}.${sub.name}:${sub.kind}`);
  }
  return [...kinds];
}

export function objectMeasures(weight: SubjectWeight, target: TargetTraits): SubjectMeasures<CatalogueObject> {
  return { weight: objectWeight(weight, target), kinds: objectKinds };
}

/** Metadata resources: `objects resource` puts the list every workspace fills first; otherwise pool order. */
export function resourceMeasures(weight: SubjectWeight): SubjectMeasures<{ name: string }> {
  return { weight: weight === 'objects resource' ? (resource) => (resource.name === 'objects' ? 1 : 0) : () => 0 };
}
