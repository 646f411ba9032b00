// Known defects of Twenty's generated OpenAPI document (contract §6.2, §7.4,
// §7.5, §11.1). They are findings about the document, not about the server:
// each is reported once, and responses are checked against the corrected
// schema so that a faithful server is not failed for the document's mistakes.
import { allowNull, acceptsNullAlready, type JsonSchema } from './allow-null.ts';
import { appendPointer } from './json-pointer.ts';

export interface DocumentDefect {
  /** Stable id of the kind of defect. */
  id: DocumentDefectId;
  message: string;
  /** Where in the document (JSON Pointer fragment). */
  pointer: string;
}

export type DocumentDefectId =
  | 'cursor-typed-uuid'
  | 'cursor-not-nullable'
  | 'page-info-missing-has-previous-page'
  | 'error-body-message-singular'
  | 'record-nullability-not-expressed'
  | 'schema-not-compilable';

export const DEFECT_MESSAGES: Record<DocumentDefectId, string> = {
  'cursor-typed-uuid':
    'pageInfo cursors are documented as `format: uuid`, but Twenty cursors are base64-encoded JSON, and null on an empty page (contract §5.2, §7.5); cursors are checked as string or null',
  'cursor-not-nullable': 'pageInfo cursors are documented as non-null strings, but they are null on an empty page (contract §1.2); null is accepted',
  'page-info-missing-has-previous-page':
    'pageInfo is documented without `hasPreviousPage`, which era D always sends (contract §1.2, §7.5); it is checked as a boolean',
  'error-body-message-singular':
    'the error body is documented with `message` (a string), but Twenty answers `messages` (an array of strings) (contract §2.2, §6.2); `messages` is checked instead',
  'record-nullability-not-expressed':
    'record schemas never allow null, but Twenty returns null for unset fields (contract §7.4); null is accepted for record properties',
  'schema-not-compilable': 'this response schema could not be compiled, so bodies of this response are not checked against the document',
};

export type DefectSink = (id: DocumentDefectId, pointer: string) => void;

type SchemaObject = Record<string, unknown>;

const isObject = (value: unknown): value is SchemaObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A schema that looks like pageInfo: it has hasNextPage and a cursor property. */
export function looksLikePageInfo(schema: SchemaObject): boolean {
  const properties = schema.properties;
  return isObject(properties) && 'hasNextPage' in properties && ('startCursor' in properties || 'endCursor' in properties);
}

function cursorDefect(cursor: unknown): DocumentDefectId | undefined {
  if (!isObject(cursor)) return undefined;
  if (cursor.format === 'uuid') return 'cursor-typed-uuid';
  if (!acceptsNullAlready(cursor)) return 'cursor-not-nullable';
  return undefined;
}

/**
 * Corrects the cursor types and the missing hasPreviousPage of a pageInfo
 * schema. Works on the document's own node (before conversion); `follow`
 * resolves a cursor given as `$ref` so its type can be read.
 */
export function fixPageInfo(schema: SchemaObject, pointer: string, report: DefectSink, follow: (node: unknown) => unknown = (node) => node): SchemaObject {
  if (!looksLikePageInfo(schema)) return schema;
  const properties = { ...(schema.properties as SchemaObject) };
  for (const name of ['startCursor', 'endCursor']) {
    if (!(name in properties)) continue;
    const cursor = follow(properties[name]);
    const defect = cursorDefect(cursor);
    if (defect === undefined) continue;
    report(defect, appendPointer(pointer, 'properties', name));
    const { format: _format, nullable: _nullable, ...rest } = cursor as SchemaObject;
    properties[name] = allowNull({ ...rest, type: 'string' });
  }
  if (!('hasPreviousPage' in properties)) {
    report('page-info-missing-has-previous-page', pointer);
    properties.hasPreviousPage = { type: 'boolean' };
  }
  return { ...schema, properties };
}

/** Replaces a documented `message` string by the real `messages` array in an error body schema. */
export function fixErrorBody(schema: JsonSchema, pointer: string, report: DefectSink): JsonSchema {
  if (!isObject(schema) || !isObject(schema.properties)) return schema;
  const { message, ...others } = schema.properties;
  if (message === undefined || 'messages' in others) return schema;
  report('error-body-message-singular', appendPointer(pointer, 'properties', 'message'));
  const required = Array.isArray(schema.required) ? schema.required.map((name) => (name === 'message' ? 'messages' : name)) : undefined;
  return {
    ...schema,
    properties: { ...others, messages: { type: 'array', items: { type: 'string' } } },
    ...(required ? { required } : {}),
  };
}

/** Lets every property of a record schema be null (for documents that never say so). */
export function allowNullProperties(schema: SchemaObject): SchemaObject {
  if (!isObject(schema.properties)) return schema;
  const properties: SchemaObject = {};
  for (const [name, property] of Object.entries(schema.properties)) properties[name] = allowNull(property as JsonSchema);
  return { ...schema, properties };
}

/** True when some schema of the document says that a value may be null. */
export function documentExpressesNullability(document: unknown): boolean {
  const components = isObject(document) && isObject(document.components) ? document.components.schemas : undefined;
  if (!isObject(components)) return true; // no record schemas: nothing to correct
  const seen = new Set<object>();
  const visit = (node: unknown): boolean => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return false;
    seen.add(node);
    if (!Array.isArray(node)) {
      const schema = node as SchemaObject;
      if (schema.nullable === true || schema.type === 'null') return true;
      if (Array.isArray(schema.type) && schema.type.includes('null')) return true;
    }
    return Object.values(node).some(visit);
  };
  return visit(components);
}

export interface DefectSummary {
  id: DocumentDefectId;
  message: string;
  count: number;
  pointers: string[];
}

/**
 * One line per kind of defect. Twenty inlines pageInfo in every list
 * operation, so a real document has the cursor defects once per object;
 * reports want them grouped.
 */
export function summariseDefects(defects: readonly DocumentDefect[]): DefectSummary[] {
  const groups = new Map<DocumentDefectId, DefectSummary>();
  for (const defect of defects) {
    const group = groups.get(defect.id) ?? { id: defect.id, message: DEFECT_MESSAGES[defect.id], count: 0, pointers: [] };
    group.count++;
    group.pointers.push(defect.pointer);
    groups.set(defect.id, group);
  }
  return [...groups.values()];
}
