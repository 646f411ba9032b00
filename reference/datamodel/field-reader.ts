// A field's kind from its JSON Schema, for documents of every era: contract §7.4
// read backwards. First match wins:
//
// - the schema (or the one non-null choice of a oneOf/anyOf/allOf) is an object's
//   schema → many-to-one; an array of one → one-to-many;
// - no type at all beside a `<name>Id` sibling (2024) → many-to-one;
// - a choice between several objects' schemas (a morph relation) → many-to-one;
// - a relay connection `{edges: …{node}}` (metadata documents) → one-to-many;
// - no type at all otherwise → RAW_JSON;
// - `<name>Id` text beside a many-to-one `<name>` → that relation's join column;
// - an object whose properties are a composite's sub-fields → that composite
//   (2024's bare `{label, url}` is LINKS); one without properties → RAW_JSON; one
//   with an `id` (an embedded record) → many-to-one;
// - text: enum of `RATING_<n>` → RATING, other enum → SELECT, format uuid /
//   date-time / date → UUID / DATE_TIME / DATE, else TEXT; integer → NUMBER;
//   number → POSITION for `position`, else NUMBER; boolean → BOOLEAN; arrays of
//   `{fileId…}` → FILES, of enum text → MULTI_SELECT, of text → ARRAY;
// - anything else is UNKNOWN, which the caller leaves out and names.
import { COMPOSITE_KINDS, COMPOSITE_SUB_FIELDS, type CompositeKind } from '../../generators/kinds/field-kinds.ts';
import type { DocumentField, DocumentRelation } from './document-objects.ts';
import { DocumentView, isNode, jsonTypeOf, nullableOf, saysNothing, stringsOf, type Node } from './document-view.ts';

export type FieldReading = Omit<DocumentField, 'name' | 'jsonType'>;

const isNullChoice = (entry: unknown) => isNode(entry) && entry.type === 'null' && Object.keys(entry).length === 1;

export class FieldReader {
  constructor(
    private readonly view: DocumentView,
    /** Every property of the object (create ∪ response), to pair `<name>` with `<name>Id`. */
    private readonly siblings: Node,
    /** Component schema name → plural of the object it describes. */
    private readonly pluralOfSchema: Map<string, string>,
  ) {}

  read(name: string, raw: unknown): FieldReading {
    const schema = this.view.node(raw);
    const nullable = nullableOf(schema);
    const type = jsonTypeOf(schema);
    const relation = (relationType: DocumentRelation['type'], target: string | undefined, joinColumn: string | undefined): FieldReading => ({
      kind: 'RELATION',
      nullable,
      relation: { type: relationType, ...(target !== undefined ? { target } : {}), ...(joinColumn !== undefined ? { joinColumn } : {}) },
    });
    const ownJoinColumn = this.siblings[`${name}Id`] !== undefined ? `${name}Id` : undefined;

    const pointed = this.pointedObject(raw);
    if (pointed !== null) return relation('MANY_TO_ONE', pointed, ownJoinColumn);
    if (type === 'array' && schema.items !== undefined) {
      const listed = this.pointedObject(schema.items);
      if (listed !== null) return relation('ONE_TO_MANY', listed, undefined);
    }
    if (saysNothing(schema) && ownJoinColumn !== undefined) return relation('MANY_TO_ONE', undefined, ownJoinColumn);
    if (this.isMorph(raw)) return relation('MANY_TO_ONE', undefined, ownJoinColumn);
    const connection = this.connectionTarget(schema);
    if (connection !== null) return relation('ONE_TO_MANY', connection, undefined);
    if (saysNothing(schema)) return { kind: 'RAW_JSON', nullable };
    if (name.endsWith('Id') && type === 'string') {
      const owner = this.siblings[name.slice(0, -2)];
      if (owner !== undefined && this.isManyToOne(owner)) return relation('MANY_TO_ONE', this.pointedObject(owner) ?? undefined, name);
    }
    if (type === 'object' || (type === undefined && isNode(schema.properties))) {
      const keys = isNode(schema.properties) ? Object.keys(schema.properties) : [];
      const composite = keys.length > 0 ? compositeOf(keys) : null;
      if (composite !== null) return { kind: composite, nullable };
      if (keys.length === 0) return { kind: 'RAW_JSON', nullable };
      if ((schema.properties as Node).id !== undefined) return relation('MANY_TO_ONE', undefined, ownJoinColumn);
      return { kind: 'UNKNOWN', nullable };
    }
    return { ...this.scalar(name, schema, type), nullable };
  }

  /**
   * The plural of the object whose schema this is, directly or as the one
   * non-null choice of a oneOf/anyOf/allOf (a nullable relation); null when it
   * is no object's schema.
   */
  private pointedObject(raw: unknown): string | null {
    if (!isNode(raw)) return null;
    const direct = this.objectOfSchema(raw);
    if (direct !== null) return direct;
    for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
      const choices = Array.isArray(raw[key]) ? (raw[key] as unknown[]).filter((entry) => !isNullChoice(entry)) : [];
      if (choices.length === 1) {
        const inner = this.objectOfSchema(choices[0]);
        if (inner !== null) return inner;
      }
    }
    return null;
  }

  private objectOfSchema(raw: unknown): string | null {
    if (!isNode(raw)) return null;
    const name = this.view.deref(raw).name;
    return (name !== undefined ? this.pluralOfSchema.get(name) : undefined) ?? null;
  }

  private isManyToOne(raw: unknown): boolean {
    return this.pointedObject(raw) !== null || (isNode(raw) && saysNothing(this.view.node(raw)));
  }

  private isMorph(raw: unknown): boolean {
    if (!isNode(raw)) return false;
    return (['oneOf', 'anyOf'] as const).some((key) => {
      const list = raw[key];
      if (!Array.isArray(list) || list.length < 2) return false;
      const choices = list.filter((entry) => !isNullChoice(entry));
      return choices.length >= 2 && choices.every((entry) => this.objectOfSchema(entry) !== null);
    });
  }

  /** `{edges: {node: [X]}}` or `{edges: [{node: X}]}`: X's plural, `undefined` when X is no object's, null when no connection. */
  private connectionTarget(schema: Node): string | undefined | null {
    if (!isNode(schema.properties)) return null;
    const edges = this.view.node(schema.properties.edges);
    if (Object.keys(edges).length === 0) return null;
    const edge = jsonTypeOf(edges) === 'array' ? this.view.node(edges.items) : edges;
    const node = isNode(edge.properties) ? edge.properties.node : undefined;
    if (node === undefined) return null;
    const nodeSchema = this.view.node(node);
    return this.pointedObject(jsonTypeOf(nodeSchema) === 'array' ? nodeSchema.items : node) ?? undefined;
  }

  private scalar(name: string, schema: Node, declared: string | undefined): Omit<FieldReading, 'nullable'> {
    const type = declared ?? (schema.enum !== undefined || schema.format !== undefined ? 'string' : undefined);
    const options = stringsOf(schema.enum);
    switch (type) {
      case 'string':
        if (options !== undefined) return { kind: options.length > 0 && options.every((option) => /^RATING_\d+$/.test(option)) ? 'RATING' : 'SELECT', options };
        if (schema.format === 'uuid') return { kind: 'UUID' };
        if (schema.format === 'date-time') return { kind: 'DATE_TIME' };
        if (schema.format === 'date') return { kind: 'DATE' };
        return { kind: 'TEXT' };
      case 'integer':
        return { kind: 'NUMBER' };
      case 'number':
        return { kind: name === 'position' ? 'POSITION' : 'NUMBER' };
      case 'boolean':
        return { kind: 'BOOLEAN' };
      case 'array': {
        const items = isNode(schema.items) ? this.view.node(schema.items) : {};
        if (isNode(items.properties) && items.properties.fileId !== undefined) return { kind: 'FILES' };
        const itemOptions = stringsOf(items.enum);
        if (itemOptions !== undefined) return { kind: 'MULTI_SELECT', options: itemOptions };
        return { kind: jsonTypeOf(items) === 'string' ? 'ARRAY' : 'UNKNOWN' };
      }
      case 'object':
        return { kind: 'RAW_JSON' };
      default:
        return { kind: 'UNKNOWN' };
    }
  }
}

/**
 * The composite whose sub-fields these property names are: every name is one
 * of its sub-fields, and there are two or more, or all the sub-fields a request
 * carries (ACTOR's requests have only `source`). 2024 wrote LINKS as `{label, url}`.
 */
export function compositeOf(keys: readonly string[]): CompositeKind | null {
  if (keys.length === 2 && keys.includes('label') && keys.includes('url')) return 'LINKS';
  for (const kind of COMPOSITE_KINDS) {
    const subFields = COMPOSITE_SUB_FIELDS[kind];
    if (!keys.every((key) => subFields.some((subField) => subField.name === key))) continue;
    if (keys.length >= 2 || subFields.filter((subField) => !subField.responseOnly).every((subField) => keys.includes(subField.name))) return kind;
  }
  return null;
}
