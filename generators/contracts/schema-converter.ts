// Turns schemas of an OpenAPI document (dereferenced, partly dereferenced or
// raw with `$ref`s) into self-contained JSON Schema 2020-12 for ajv.
//
// Dereferenced Twenty documents are cyclic object graphs (CompanyForResponse
// → people → PersonForResponse → company → CompanyForResponse …), which a
// validator cannot compile inline. Every object that occurs more than once in
// the document, and every `$ref` target, therefore becomes one named schema
// registered with ajv once and referenced by id: linear in the document size,
// cycles included, and each shared schema compiled a single time.
import type { JsonSchema } from './allow-null.ts';
import { allowNullProperties, fixPageInfo, type DefectSink } from './document-defects.ts';
import { appendPointer, resolvePointer } from './json-pointer.ts';
import { fromOpenApi30, stripOpenApiKeywords } from './openapi-dialect.ts';

type SchemaObject = Record<string, unknown>;

const isObject = (value: unknown): value is SchemaObject => value !== null && typeof value === 'object' && !Array.isArray(value);

const SINGLE_SUBSCHEMA = ['additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems', 'additionalItems'];
const ARRAY_SUBSCHEMAS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const MAP_SUBSCHEMAS = ['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions'];

export interface ConverterOptions {
  document: unknown;
  /** OpenAPI 3.0 (draft-04 dialect) instead of 3.1 (2020-12). */
  openapi30: boolean;
  /** The document never says a value may be null: widen record properties. */
  widenRecordNullability: boolean;
  /** Receives each shared schema once, under the id it is referenced by. */
  register: (id: string, schema: SchemaObject) => void;
  report: DefectSink;
  idBase?: string;
}

interface Origin {
  count: number;
  pointer: string;
}

/** Counts how often each object occurs and where it first occurs (components first, so names are canonical). */
export function indexDocument(document: unknown): Map<object, Origin> {
  const index = new Map<object, Origin>();
  const visit = (node: unknown, pointer: string) => {
    if (node === null || typeof node !== 'object') return;
    const known = index.get(node);
    if (known) {
      known.count++;
      return;
    }
    index.set(node, { count: 1, pointer });
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, appendPointer(pointer, i)));
    else for (const [key, value] of Object.entries(node)) visit(value, appendPointer(pointer, key));
  };
  if (isObject(document)) {
    const keys = Object.keys(document).sort((a, b) => rank(a) - rank(b));
    index.set(document, { count: 1, pointer: '#' });
    for (const key of keys) visit(document[key], appendPointer('#', key));
  }
  return index;
}

const rank = (key: string) => (key === 'components' ? 0 : key === 'paths' ? 1 : 2);

export class SchemaConverter {
  private readonly index: Map<object, Origin>;
  private readonly ids = new Map<object, string>();
  private readonly idBase: string;

  constructor(private readonly options: ConverterOptions) {
    this.index = indexDocument(options.document);
    this.idBase = options.idBase ?? 'https://twenty-conformance.dev/document/schema-';
  }

  /** Where an object first occurs in the document, or the given fallback. */
  pointerOf(node: unknown, fallback: string): string {
    return (node !== null && typeof node === 'object' && this.index.get(node)?.pointer) || fallback;
  }

  /** Follows `$ref`-only wrappers (e.g. a Response Object `$ref`) to the object they name. */
  follow(node: unknown, pointer: string): { node: unknown; pointer: string } {
    let current = { node, pointer: this.pointerOf(node, pointer) };
    for (let hops = 0; hops < 20 && isObject(current.node) && typeof current.node.$ref === 'string'; hops++) {
      const ref = current.node.$ref;
      if (!ref.startsWith('#')) break;
      const target = resolvePointer(this.options.document, ref);
      if (target === undefined) break;
      current = { node: target, pointer: this.pointerOf(target, ref) };
    }
    return current;
  }

  /** A response body schema as a standalone schema (the top level is always inlined). */
  convertTop(node: unknown, pointer: string): JsonSchema {
    const target = this.follow(node, pointer);
    return this.convertInline(target.node, target.pointer);
  }

  private convert(node: unknown, pointer: string): unknown {
    if (typeof node === 'boolean' || !isObject(node)) return node;
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#')) {
      const target = resolvePointer(this.options.document, node.$ref);
      if (target === undefined) return true; // dangling ref: the validation stage reports it, do not guess here
      const { $ref: _ref, ...siblings } = node;
      const reference = { $ref: this.idFor(target, this.pointerOf(target, node.$ref)) };
      return Object.keys(siblings).length === 0 ? reference : { ...(this.convertInline(siblings, pointer) as SchemaObject), ...reference };
    }
    if ((this.index.get(node)?.count ?? 1) > 1) return { $ref: this.idFor(node, this.pointerOf(node, pointer)) };
    return this.convertInline(node, pointer);
  }

  private idFor(node: unknown, pointer: string): string {
    if (!isObject(node)) return `${this.idBase}any`;
    const existing = this.ids.get(node);
    if (existing) return existing;
    const id = `${this.idBase}${this.ids.size + 1}`;
    this.ids.set(node, id); // before converting, so cycles end here
    const converted = this.convertInline(node, pointer);
    this.options.register(id, typeof converted === 'boolean' ? { $id: id, allOf: [converted] } : { ...converted, $id: id });
    return id;
  }

  private convertInline(node: unknown, pointer: string): JsonSchema {
    if (typeof node === 'boolean') return node;
    if (!isObject(node)) return true;
    // pageInfo is corrected on the document's own node, before its cursors
    // are converted (they may be shared objects or $refs).
    const source = fixPageInfo(node, pointer, this.options.report, (cursor) => this.follow(cursor, pointer).node);
    let out: SchemaObject = stripOpenApiKeywords(source);
    for (const key of SINGLE_SUBSCHEMA) if (key in out) out[key] = this.convert(out[key], appendPointer(pointer, key));
    for (const key of ARRAY_SUBSCHEMAS) {
      const list = out[key];
      if (Array.isArray(list)) out[key] = list.map((item, i) => this.convert(item, appendPointer(pointer, key, i)));
    }
    if ('items' in out) {
      const items = out.items;
      out.items = Array.isArray(items) ? items.map((item, i) => this.convert(item, appendPointer(pointer, 'items', i))) : this.convert(items, appendPointer(pointer, 'items'));
    }
    for (const key of MAP_SUBSCHEMAS) {
      const map = out[key];
      if (!isObject(map)) continue;
      const converted: SchemaObject = {};
      for (const [name, value] of Object.entries(map)) converted[name] = this.convert(value, appendPointer(pointer, key, name));
      out[key] = converted;
    }
    if (this.options.widenRecordNullability && pointer.startsWith('#/components/schemas/')) out = allowNullProperties(out);
    return this.options.openapi30 ? fromOpenApi30(out) : out;
  }
}
