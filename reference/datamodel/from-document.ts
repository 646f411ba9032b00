// A reference datamodel from a Twenty core OpenAPI document (`reference --datamodel`):
// document-objects.ts reads objects, fields, kinds, options and relations (the
// reference's own reading, not the suite's catalogue), and this maps them onto the
// reference's ObjectDef/FieldDef. Pure.
//
// - Every object keeps Twenty's base fields (id, createdAt, updatedAt, deletedAt), added
//   when the document leaves one out.
// - A many-to-one relation becomes one RELATION field (`company`, join column
//   `companyId`); the join column the document lists beside it is not a field of its
//   own. One whose target object is not in the document keeps only a UUID column.
//   2024 documents do not name targets: an object whose singular is the field's name
//   (`company` → company) is taken as the target then.
// - A one-to-many relation needs the many-to-one on its target that points back; without
//   one it is left out (the reference could not answer it).
// - Nullability as the document says, else nullable (Twenty's documents rarely say);
//   ACTOR fields are never null.
// - NUMBER is an integer column when the schema says `integer`, else a float.
// - A field of a kind the reading does not recognise is left out and reported.
import { documentObjects, type DocumentField, type DocumentObject } from './document-objects.ts';
import type { Datamodel, FieldDef, ObjectDef } from './types.ts';
import { withStandardUniqueFields } from '../realism/standard-unique-fields.ts';

export interface DocumentDatamodel {
  model: Datamodel;
  /** Fields left out, as `object.field: why`. */
  skipped: string[];
}

export class DatamodelDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatamodelDocumentError';
  }
}

const BASE_FIELDS: readonly FieldDef[] = [
  { name: 'id', kind: 'UUID', nullable: false, system: true },
  { name: 'createdAt', kind: 'DATE_TIME', nullable: false, system: true },
  { name: 'updatedAt', kind: 'DATE_TIME', nullable: false, system: true },
  { name: 'deletedAt', kind: 'DATE_TIME', nullable: true, system: true },
];
const BASE_NAMES = new Set(BASE_FIELDS.map((field) => field.name));
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*$/;

export function datamodelFromDocument(document: unknown): DocumentDatamodel {
  const documented = documentObjects(document);
  if (documented.length === 0) {
    throw new DatamodelDocumentError('the document describes no objects (a base document, or not a Twenty core document): export it with an API key');
  }
  const skipped: string[] = [];
  const singularOf = new Map(documented.map((object) => [object.plural, object.singular]));
  const objects = documented
    .filter((object) => {
      const usable = IDENTIFIER.test(object.singular) && IDENTIFIER.test(object.plural);
      if (!usable) skipped.push(`${object.plural}: not a plain identifier`);
      return usable;
    })
    .map((object) => toObjectDef(object, singularOf, skipped));
  const withInverses = objects.map((object) => ({ ...object, fields: object.fields.filter((field) => keepOneToMany(object, field, objects, skipped)) }));
  return { model: withStandardUniqueFields({ objects: withInverses }), skipped };
}

function toObjectDef(object: DocumentObject, singularOf: Map<string, string>, skipped: string[]): ObjectDef {
  // Join columns that travel with their relation field (whose target is known).
  const targetKnown = (field: DocumentField) => targetOf(field, singularOf) !== undefined;
  const joinColumns = new Set(
    object.fields
      .filter((field) => field.relation?.type === 'MANY_TO_ONE' && field.name !== field.relation.joinColumn && targetKnown(field))
      .map((field) => field.relation?.joinColumn ?? `${field.name}Id`),
  );
  const fields: FieldDef[] = [];
  for (const field of object.fields) {
    if (BASE_NAMES.has(field.name) || joinColumns.has(field.name)) continue;
    if (!IDENTIFIER.test(field.name)) {
      skipped.push(`${object.plural}.${field.name}: not a plain identifier`);
      continue;
    }
    const def = toFieldDef(field, singularOf);
    if (typeof def === 'string') skipped.push(`${object.plural}.${field.name}: ${def}`);
    else fields.push(def);
  }
  const singular = object.singular;
  return {
    nameSingular: singular,
    namePlural: object.plural,
    labelSingular: singular.charAt(0).toUpperCase() + singular.slice(1),
    description: `${singular.charAt(0).toUpperCase() + singular.slice(1)} (from the document)`,
    fields: [...BASE_FIELDS, ...fields],
  };
}

function toFieldDef(field: DocumentField, singularOf: Map<string, string>): FieldDef | string {
  const nullable = field.nullable ?? true;
  if (field.kind === 'UNKNOWN') return 'a schema of no known kind';
  if (field.kind === 'RELATION') {
    const relation = field.relation;
    if (relation === undefined) return 'a relation without a shape';
    const target = targetOf(field, singularOf);
    if (relation.type === 'MANY_TO_ONE') {
      // A join column whose relation cannot be built stays as a plain UUID column.
      if (field.name === relation.joinColumn) return { name: field.name, kind: 'UUID', nullable: true };
      if (target === undefined) return 'a relation to an object the document does not describe';
      return {
        name: field.name,
        kind: 'RELATION',
        nullable: true,
        relation: { type: 'MANY_TO_ONE', target, joinColumn: relation.joinColumn ?? `${field.name}Id` },
      };
    }
    if (target === undefined) return 'a one-to-many relation to an object the document does not describe';
    return { name: field.name, kind: 'RELATION', nullable: true, relation: { type: 'ONE_TO_MANY', target } };
  }
  // Twenty's actor fields are never null (their source defaults to MANUAL).
  const def: FieldDef = { name: field.name, kind: field.kind, nullable: field.kind === 'ACTOR' ? false : nullable };
  if (field.options !== undefined) {
    if (field.options.length === 0) return 'an enum without options';
    def.options = field.options.map((value) => ({ value, label: value }));
  }
  if (field.kind === 'NUMBER') def.numberType = field.jsonType === 'integer' ? 'int' : 'float';
  return def;
}

/** The target object's singular: as the document names it, else the object the field is named after (many-to-one). */
function targetOf(field: DocumentField, singularOf: Map<string, string>): string | undefined {
  const relation = field.relation;
  if (relation === undefined) return undefined;
  if (relation.target !== undefined) return singularOf.get(relation.target);
  if (relation.type !== 'MANY_TO_ONE' || field.name === relation.joinColumn) return undefined;
  return [...singularOf.values()].find((singular) => singular === field.name);
}

/** A one-to-many stays when its target has a many-to-one back to this object (its inverse). */
function keepOneToMany(object: ObjectDef, field: FieldDef, objects: readonly ObjectDef[], skipped: string[]): boolean {
  if (field.kind !== 'RELATION' || field.relation?.type !== 'ONE_TO_MANY') return true;
  const target = objects.find((candidate) => candidate.nameSingular === field.relation!.target);
  const inverse = target?.fields.find((candidate) => candidate.relation?.type === 'MANY_TO_ONE' && candidate.relation.target === object.nameSingular);
  if (inverse === undefined) {
    skipped.push(`${object.namePlural}.${field.name}: no many-to-one on ${field.relation.target} points back`);
    return false;
  }
  field.relation = { ...field.relation, inverseField: inverse.name };
  return true;
}
