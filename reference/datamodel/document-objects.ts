// What the reference reads from a Twenty core OpenAPI document to serve it: each
// object (plural, singular) and each field's kind, nullability, options, relation
// and JSON number type. The reference's own reading of the document (the suite
// builds a richer catalogue of its own); documents of every era: 2024 (`Company`,
// untyped relations beside `<name>Id`), mid-2025 (`CompanyForResponse`) and 2026.
// Contract §7.4 gives the forward mapping kind → schema that this inverts. Pure.
//
// An object is a path `<prefix>/<plural>` whose GET answers `data.<key>` as an
// array. The prefix is the one most such paths share ('' or '/rest'), so sub-paths
// (`/batch/x`, `/x/groupBy`, …) are never taken for objects.
import type { FieldKind } from '../../generators/kinds/field-kinds.ts';

import { DocumentView, isNode, jsonTypeOf, nodeOf, type Node } from './document-view.ts';
import { FieldReader } from './field-reader.ts';

export interface DocumentRelation {
  type: 'MANY_TO_ONE' | 'ONE_TO_MANY';
  /** The target object's plural, when the document names its schema. */
  target?: string;
  /** Set on both halves of a many-to-one: the relation (`company`) and its column (`companyId`). */
  joinColumn?: string;
}

export interface DocumentField {
  name: string;
  kind: FieldKind | 'UNKNOWN';
  /** As the schema says (`nullable`, or a type list with "null"); null when it says nothing. */
  nullable: boolean | null;
  options?: string[];
  relation?: DocumentRelation;
  /** The JSON type the object's response schema gives the field ('integer' or 'number' for NUMBER). */
  jsonType?: string;
}

export interface DocumentObject {
  plural: string;
  singular: string;
  fields: DocumentField[];
}

/** The `data.<key>` of an operation's JSON answer (first status that has one) whose schema passes `accept`. */
function dataEntry(view: DocumentView, operation: Node, statuses: string[], accept: (schema: unknown) => boolean): { key: string; schema: unknown } | undefined {
  for (const status of statuses) {
    const response = view.node(nodeOf(operation.responses)[status]);
    const body = view.node(nodeOf(nodeOf(nodeOf(response.content)['application/json']).schema));
    const data = view.node(nodeOf(body.properties).data);
    for (const [key, schema] of Object.entries(nodeOf(data.properties))) if (accept(schema)) return { key, schema };
  }
  return undefined;
}

function isListSchema(view: DocumentView, schema: unknown): boolean {
  const node = view.node(schema);
  return node.type === 'array' || (Array.isArray(node.type) && node.type.includes('array')) || isNode(node.items);
}

const listEntry = (view: DocumentView, pathItem: unknown) => dataEntry(view, nodeOf(nodeOf(pathItem).get), ['200'], (schema) => isListSchema(view, schema));

/** The prefix most list paths share; ties go to the shorter one. */
function objectPrefix(view: DocumentView, paths: Node): string {
  const counts = new Map<string, number>();
  for (const [path, item] of Object.entries(paths)) {
    const match = /^((?:\/[^/{}]+)*)\/[^/{}]+$/.exec(path);
    if (match === null || listEntry(view, item) === undefined) continue;
    counts.set(match[1] ?? '', (counts.get(match[1] ?? '') ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [prefix, count] of counts) {
    if (count > bestCount || (count === bestCount && prefix.length < best.length)) [best, bestCount] = [prefix, count];
  }
  return best;
}

interface ObjectSchemas {
  plural: string;
  singular: string;
  /** Component names of the create, update and response schemas (in that order), where named. */
  schemaNames: string[];
  response: Node;
  create: Node;
  /** The component whose properties give each field's JSON type: the response's, else the create's. */
  typesFrom?: string;
}

const bodySchema = (operation: Node) => nodeOf(nodeOf(nodeOf(operation.requestBody).content)['application/json']).schema;
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function objectAt(view: DocumentView, paths: Node, plural: string): ObjectSchemas | undefined {
  const item = nodeOf(paths[`/${plural}`]);
  const list = listEntry(view, item);
  if (list === undefined) return undefined;
  const onePath = Object.keys(paths).find((path) => path.startsWith(`/${plural}/{`) && /^\/[^/]+\/\{[^/]+\}$/.test(path));
  const one = nodeOf(onePath === undefined ? undefined : paths[onePath]);
  const listPost = nodeOf(item.post);
  const response = view.deref(view.node(list.schema).items);
  const create = view.deref(bodySchema(listPost));
  const update = view.deref(bodySchema(nodeOf(one.patch ?? one.put)));
  const oneGet = nodeOf(one.get);
  const singular =
    [oneGet.operationId, listPost.operationId, nodeOf(one.delete).operationId]
      .map((id) => (typeof id === 'string' ? /^(?:findOne|createOne|deleteOne|updateOne|UpdateOne)(.+)$/.exec(id)?.[1] : undefined))
      .find((name) => name !== undefined)
      ?.replace(/^./, (first) => first.toLowerCase()) ??
    dataEntry(view, oneGet, ['200'], () => true)?.key ??
    singularOfSchemaName(response.name ?? create.name) ??
    plural;
  const schemaNames = [create.name, update.name, response.name].filter((name): name is string => name !== undefined);
  const typesFrom = response.name ?? create.name;
  return { plural, singular, schemaNames, response: response.node, create: create.node, ...(typesFrom !== undefined ? { typesFrom } : {}) };
}

/** `CompanyForResponse`, `Company for Response`, `Company with Relations`, `Company` → `company`. */
function singularOfSchemaName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const base = name.replace(/\s*(?:ForResponse|ForUpdate|for Response|for Update|with Relations)$/i, '').trim();
  return base === '' ? undefined : lowerFirst(base.replace(/\s+/g, ''));
}

export function documentObjects(document: unknown): DocumentObject[] {
  const view = new DocumentView(document);
  const prefix = objectPrefix(view, nodeOf(view.root.paths));
  const paths: Node = {};
  for (const [path, item] of Object.entries(nodeOf(view.root.paths))) {
    if (prefix === '' || path.startsWith(`${prefix}/`)) paths[path.slice(prefix.length)] = item;
  }
  const objects = Object.keys(paths)
    .map((path) => /^\/([^/{}]+)$/.exec(path)?.[1])
    .filter((plural): plural is string => plural !== undefined)
    .map((plural) => objectAt(view, paths, plural))
    .filter((object): object is ObjectSchemas => object !== undefined);
  const pluralOfSchema = new Map<string, string>();
  for (const object of objects) for (const name of object.schemaNames) if (!pluralOfSchema.has(name)) pluralOfSchema.set(name, object.plural);
  return objects.map((object) => ({ plural: object.plural, singular: object.singular, fields: fieldsOf(view, object, pluralOfSchema) }));
}

function fieldsOf(view: DocumentView, object: ObjectSchemas, pluralOfSchema: Map<string, string>): DocumentField[] {
  const responseProperties = nodeOf(object.response.properties);
  const createProperties = nodeOf(object.create.properties);
  const siblings: Node = { ...createProperties, ...responseProperties };
  const typed = object.typesFrom === undefined ? {} : nodeOf(view.node(view.schemas[object.typesFrom]).properties);
  const names = [...Object.keys(responseProperties), ...Object.keys(createProperties).filter((name) => !(name in responseProperties))];
  const reader = new FieldReader(view, siblings, pluralOfSchema);
  return names.map((name) => {
    const field: DocumentField = { name, ...reader.read(name, siblings[name]) };
    if (Object.hasOwn(typed, name)) {
      const jsonType = jsonTypeOf(view.node(typed[name]));
      if (jsonType !== undefined) field.jsonType = jsonType;
    }
    return field;
  });
}
