// Recovers a field's kind from its JSON Schema, for documents of every era.
//
// Rules, first match wins (contract §7.4 gives the forward mapping kind → schema):
//
// | schema                                                        | kind                          |
// |---------------------------------------------------------------|-------------------------------|
// | `$ref` / single-entry oneOf·anyOf·allOf to an object's schema | RELATION, MANY_TO_ONE         |
// | array whose items `$ref` an object's schema                   | RELATION, ONE_TO_MANY         |
// | no type at all, and a sibling `<name>Id` exists (2024 style)  | RELATION, MANY_TO_ONE         |
// | `<name>Id` string next to a many-to-one `<name>`              | RELATION join column          |
// | string + format uuid / date-time / date                      | UUID / DATE_TIME / DATE       |
// | string + enum, every option `RATING_<n>`                      | RATING                        |
// | string + enum                                                 | SELECT (options in order)     |
// | string (any other format)                                     | TEXT                          |
// | integer                                                       | NUMBER                        |
// | number                                                        | POSITION if named `position`, else NUMBER |
// | boolean                                                       | BOOLEAN                       |
// | oneOf/anyOf of several object schemas (MORPH_RELATION)        | RELATION, MANY_TO_ONE         |
// | connection `{edges: {node: [<object>]}}` (metadata documents) | RELATION, ONE_TO_MANY         |
// | array of enum strings / of plain strings                      | MULTI_SELECT / ARRAY          |
// | array of `{fileId, label}` objects                            | FILES                         |
// | object without properties, or no type and no `<name>Id`       | RAW_JSON                      |
// | object whose properties are a composite's sub-fields          | that composite                |
// | object shaped like a 2024 composite (LINKS `{label,url}`)     | that composite                |
// | object with an `id` property (an embedded record, metadata)   | RELATION, MANY_TO_ONE         |
// | anything else                                                 | UNKNOWN (never a crash)       |
//
// A composite matches when every property is one of its sub-fields, and either at least
// two are present or all of its request sub-fields are (ACTOR has only `source` in requests).
import {
  COMPOSITE_KINDS,
  COMPOSITE_SUB_FIELDS,
  type CompositeKind,
  type FieldKind,
  type ScalarKind,
} from '../kinds/field-kinds.ts';
import { COMPARATORS_BY_KIND, type Comparator } from '../kinds/comparators.ts';
import { asRecord, asString, isRecord, resolveNode, type JsonObject } from './document-walk.ts';
import type { CatalogueField, CatalogueSubField } from './catalogue-types.ts';

export interface KindContext {
  document: unknown;
  /** Inlined component schema objects → their names (for dereferenced documents). */
  names: Map<object, string>;
  /** Component schema name → plural of the object it describes. */
  objectBySchemaName: Map<string, string>;
  /** All properties of the object (response ∪ create), to see `<name>Id` / `<name>` pairs. */
  siblings: JsonObject;
}

export type InferredField = Omit<CatalogueField, 'name' | 'writable'>;

/** 2024 documents described LINKS fields as a bare `{label, url}`. */
const LEGACY_COMPOSITE_SHAPES: readonly { kind: CompositeKind; names: readonly string[] }[] = [
  { kind: 'LINKS', names: ['label', 'url'] },
];

const UNSORTABLE_SCALARS: ReadonlySet<string> = new Set(['RAW_JSON', 'FILES', 'UNKNOWN']);

export function inferField(name: string, rawSchema: unknown, ctx: KindContext): InferredField {
  const schema = resolveNode(ctx.document, rawSchema, ctx.names).node;
  const nullable = readNullable(schema);
  const format = asString(schema.format);
  const withFormat = format !== undefined ? { format } : {};

  const manyToOne = relationTarget(rawSchema, ctx);
  if (manyToOne !== null) {
    return relationField('MANY_TO_ONE', manyToOne.target, joinColumnFor(name, ctx), nullable);
  }
  const items = schema.items;
  if (typeOf(schema) === 'array' && items !== undefined) {
    const oneToMany = relationTarget(items, ctx);
    if (oneToMany !== null) return relationField('ONE_TO_MANY', oneToMany.target, undefined, nullable);
  }
  if (isUntyped(schema) && ctx.siblings[`${name}Id`] !== undefined) {
    return relationField('MANY_TO_ONE', undefined, `${name}Id`, nullable);
  }
  if (isMorphRelation(rawSchema, ctx)) return relationField('MANY_TO_ONE', undefined, joinColumnFor(name, ctx), nullable);
  const connection = connectionTarget(schema, ctx);
  if (connection !== null) return relationField('ONE_TO_MANY', connection.target, undefined, nullable);
  // A schema that says nothing about its type accepts any JSON value (2024 `properties`).
  if (isUntyped(schema)) return scalarField('RAW_JSON', nullable, undefined, withFormat);
  if (name.endsWith('Id') && typeOf(schema) === 'string') {
    const owner = name.slice(0, -2);
    const ownerSchema = ctx.siblings[owner];
    if (ownerSchema !== undefined && isManyToOneShape(ownerSchema, ctx)) {
      const target = relationTarget(ownerSchema, ctx)?.target;
      return { ...relationField('MANY_TO_ONE', target, name, nullable), comparators: [...COMPARATORS_BY_KIND.RELATION], sortable: true, ...withFormat };
    }
  }

  if (typeOf(schema) === 'object' || (typeOf(schema) === undefined && isRecord(schema.properties))) {
    const composite = inferComposite(schema, ctx);
    if (composite !== null) return { ...composite, nullable, ...withFormat };
    if (!isRecord(schema.properties) || Object.keys(schema.properties).length === 0) {
      return scalarField('RAW_JSON', nullable, undefined, withFormat);
    }
    // An inlined related record (metadata documents embed `toObjectMetadata: {id, …}`).
    if (schema.properties.id !== undefined) return relationField('MANY_TO_ONE', undefined, joinColumnFor(name, ctx), nullable);
    return unknownField(nullable, withFormat);
  }

  const scalar = inferScalar(name, schema, ctx);
  if (scalar.kind === 'UNKNOWN') return unknownField(nullable, withFormat);
  return scalarField(scalar.kind, nullable, scalar.options, withFormat);
}

function relationField(
  type: 'MANY_TO_ONE' | 'ONE_TO_MANY',
  target: string | undefined,
  joinColumn: string | undefined,
  nullable: boolean | null,
): InferredField {
  return {
    kind: 'RELATION',
    nullable,
    // The relation property itself is neither filterable nor sortable directly;
    // its join column is (and is given RELATION comparators by the caller).
    comparators: [],
    sortable: false,
    relation: {
      type,
      ...(target !== undefined ? { target } : {}),
      ...(joinColumn !== undefined ? { joinColumn } : {}),
    },
  };
}

function scalarField(
  kind: ScalarKind,
  nullable: boolean | null,
  options: string[] | undefined,
  extra: { format?: string },
): InferredField {
  return {
    kind,
    nullable,
    ...(options !== undefined ? { options } : {}),
    comparators: [...COMPARATORS_BY_KIND[kind]],
    sortable: !UNSORTABLE_SCALARS.has(kind),
    ...extra,
  };
}

function unknownField(nullable: boolean | null, extra: { format?: string }): InferredField {
  return { kind: 'UNKNOWN', nullable, comparators: [], sortable: false, ...extra };
}

/** The JSON type, ignoring "null" in type arrays; undefined when none is declared. */
export function typeOf(schema: JsonObject): string | undefined {
  const type = schema.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((entry): entry is string => typeof entry === 'string' && entry !== 'null');
  return undefined;
}

export function readNullable(schema: JsonObject): boolean | null {
  if (schema.nullable === true) return true;
  if (schema.nullable === false) return false;
  // An explicit list of types says whether null is among them.
  if (Array.isArray(schema.type)) return schema.type.includes('null');
  return null;
}

function isUntyped(schema: JsonObject): boolean {
  return (
    schema.type === undefined &&
    schema.properties === undefined &&
    schema.items === undefined &&
    schema.enum === undefined &&
    schema.format === undefined
  );
}

/** Follows `$ref` or a single-entry oneOf/anyOf/allOf to an object's schema. */
function relationTarget(rawSchema: unknown, ctx: KindContext): { target: string | undefined } | null {
  if (!isRecord(rawSchema)) return null;
  const direct = objectForSchema(rawSchema, ctx);
  if (direct !== null) return direct;
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    // A nullable relation is written oneOf [<object>, {type: null}].
    const list = Array.isArray(rawSchema[key]) ? (rawSchema[key] as unknown[]).filter((entry) => !isNullSchema(entry)) : [];
    if (list.length === 1) {
      const inner = objectForSchema(list[0], ctx);
      if (inner !== null) return inner;
    }
  }
  return null;
}

function isNullSchema(entry: unknown): boolean {
  return isRecord(entry) && entry.type === 'null' && Object.keys(entry).length === 1;
}

function objectForSchema(rawSchema: unknown, ctx: KindContext): { target: string | undefined } | null {
  if (!isRecord(rawSchema)) return null;
  const resolved = resolveNode(ctx.document, rawSchema, ctx.names);
  if (resolved.name === undefined) return null;
  const target = ctx.objectBySchemaName.get(resolved.name);
  return target !== undefined ? { target } : null;
}

function isManyToOneShape(rawSchema: unknown, ctx: KindContext): boolean {
  if (relationTarget(rawSchema, ctx) !== null) return true;
  return isRecord(rawSchema) && isUntyped(resolveNode(ctx.document, rawSchema, ctx.names).node);
}

function joinColumnFor(name: string, ctx: KindContext): string | undefined {
  return ctx.siblings[`${name}Id`] !== undefined ? `${name}Id` : undefined;
}

function inferScalar(name: string, schema: JsonObject, ctx?: KindContext): { kind: ScalarKind | 'UNKNOWN'; options?: string[] } {
  const type = typeOf(schema) ?? (schema.enum !== undefined || schema.format !== undefined ? 'string' : undefined);
  const options = stringEnum(schema.enum);
  switch (type) {
    case 'string': {
      if (options !== undefined) {
        const rating = options.length > 0 && options.every((option) => /^RATING_\d+$/.test(option));
        return { kind: rating ? 'RATING' : 'SELECT', options };
      }
      if (schema.format === 'uuid') return { kind: 'UUID' };
      if (schema.format === 'date-time') return { kind: 'DATE_TIME' };
      if (schema.format === 'date') return { kind: 'DATE' };
      return { kind: 'TEXT' };
    }
    case 'integer':
      return { kind: 'NUMBER' };
    case 'number':
      return { kind: name === 'position' ? 'POSITION' : 'NUMBER' };
    case 'boolean':
      return { kind: 'BOOLEAN' };
    case 'array': {
      const items = isRecord(schema.items) ? (ctx !== undefined ? resolveNode(ctx.document, schema.items, ctx.names).node : schema.items) : {};
      if (isFileItem(items)) return { kind: 'FILES' };
      const itemOptions = stringEnum(items.enum);
      if (itemOptions !== undefined) return { kind: 'MULTI_SELECT', options: itemOptions };
      if (typeOf(items) === 'string') return { kind: 'ARRAY' };
      return { kind: 'UNKNOWN' };
    }
    case 'object':
      return { kind: 'RAW_JSON' };
    default:
      return { kind: 'UNKNOWN' };
  }
}

/** A FILES item: `{fileId, label}` (current Twenty), possibly with more properties. */
function isFileItem(items: JsonObject): boolean {
  return isRecord(items.properties) && items.properties.fileId !== undefined;
}

/** MORPH_RELATION: a choice between several objects' schemas. */
function isMorphRelation(rawSchema: unknown, ctx: KindContext): boolean {
  if (!isRecord(rawSchema)) return false;
  for (const key of ['oneOf', 'anyOf'] as const) {
    const list = rawSchema[key];
    if (!Array.isArray(list) || list.length < 2) continue;
    const entries = list.filter((entry) => !isNullSchema(entry));
    if (entries.length >= 2 && entries.every((entry) => objectForSchema(entry, ctx) !== null)) return true;
  }
  return false;
}

/** Relay-style connections of metadata documents: `{edges: {node: [X]}}` or `{edges: [{node: X}]}`. */
function connectionTarget(schema: JsonObject, ctx: KindContext): { target: string | undefined } | null {
  if (!isRecord(schema.properties)) return null;
  const edges = resolveNode(ctx.document, schema.properties.edges, ctx.names).node;
  if (Object.keys(edges).length === 0) return null;
  const edgeItem = typeOf(edges) === 'array' ? resolveNode(ctx.document, edges.items, ctx.names).node : edges;
  const node = asRecord(edgeItem.properties).node;
  if (node === undefined) return null;
  const nodeSchema = resolveNode(ctx.document, node, ctx.names).node;
  const target = typeOf(nodeSchema) === 'array' ? nodeSchema.items : node;
  return relationTarget(target, ctx) ?? { target: undefined };
}

function stringEnum(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((entry): entry is string => typeof entry === 'string');
}

function inferComposite(schema: JsonObject, ctx: KindContext): InferredField | null {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const keys = Object.keys(properties);
  if (keys.length === 0) return null;
  const kind = matchComposite(keys);
  if (kind === null) return null;
  const subFields = keys.map((key) => subFieldOf(kind, key, properties[key], ctx));
  return {
    kind,
    nullable: null,
    subFields,
    // Composites are filtered and sorted through a sub-field (contract §3.3, §12.2).
    comparators: [],
    sortable: subFields.some((subField) => subField.sortable),
  };
}

export function matchComposite(keys: readonly string[]): CompositeKind | null {
  for (const shape of LEGACY_COMPOSITE_SHAPES) {
    if (keys.length === shape.names.length && keys.every((key) => shape.names.includes(key))) return shape.kind;
  }
  for (const kind of COMPOSITE_KINDS) {
    const defs = COMPOSITE_SUB_FIELDS[kind];
    const known = defs.map((def) => def.name);
    if (!keys.every((key) => known.includes(key))) continue;
    const requestSubFields = defs.filter((def) => !def.responseOnly).map((def) => def.name);
    if (keys.length >= 2 || requestSubFields.every((name) => keys.includes(name))) return kind;
  }
  return null;
}

function subFieldOf(kind: CompositeKind, name: string, rawSchema: unknown, ctx: KindContext): CatalogueSubField {
  const schema = resolveNode(ctx.document, rawSchema, ctx.names).node;
  const canonical = COMPOSITE_SUB_FIELDS[kind].find((def) => def.name === name);
  const inferred = inferScalar(name, schema, ctx);
  // The canonical kind decides the server's semantics; legacy-only sub-fields use the schema.
  const subKind: ScalarKind | 'UNKNOWN' = canonical?.kind ?? inferred.kind;
  const comparators: Comparator[] = subKind === 'UNKNOWN' ? [] : [...COMPARATORS_BY_KIND[subKind as FieldKind]];
  return {
    name,
    kind: subKind,
    comparators,
    sortable: !UNSORTABLE_SCALARS.has(subKind) && canonical?.unsortable !== true,
    ...(inferred.options !== undefined ? { options: inferred.options } : {}),
  };
}
