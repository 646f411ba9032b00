// Reading a Twenty OpenAPI document, raw (`$ref`s) or dereferenced (inlined
// components, known again by identity): the reference's own small walker. Pure.
export type Node = Record<string, unknown>;

export const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
export const nodeOf = (value: unknown): Node => (isNode(value) ? value : {});
export const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The document with its component schemas known by object identity (for documents whose refs were inlined). */
export class DocumentView {
  readonly root: Node;
  readonly schemas: Node;
  private readonly inlinedNames = new Map<object, string>();

  constructor(document: unknown) {
    this.root = nodeOf(document);
    this.schemas = nodeOf(nodeOf(this.root.components).schemas);
    for (const [name, schema] of Object.entries(this.schemas)) {
      if (isNode(schema) && !this.inlinedNames.has(schema)) this.inlinedNames.set(schema, name);
    }
  }

  /** Follows `$ref`s (at most 16, so a loop ends) to the schema, and the component name it has. */
  deref(value: unknown): { node: Node; name?: string } {
    let current = value;
    let name: string | undefined;
    for (let hop = 0; hop < 16 && isNode(current) && typeof current.$ref === 'string'; hop++) {
      const ref = current.$ref;
      const segments = ref.split('/');
      name = unescapePointer(segments[segments.length - 1] ?? ref);
      current = ref.startsWith('#/') ? walkPointer(this.root, ref.slice(2).split('/')) : undefined;
    }
    if (!isNode(current)) return { node: {} };
    const named = name ?? this.inlinedNames.get(current);
    return named === undefined ? { node: current } : { node: current, name: named };
  }

  node(value: unknown): Node {
    return this.deref(value).node;
  }
}

function unescapePointer(segment: string): string {
  return decodeURIComponent(segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function walkPointer(root: unknown, segments: string[]): unknown {
  let current: unknown = root;
  for (const segment of segments) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Node)[unescapePointer(segment)];
  }
  return current;
}

/** The JSON type, "null" aside. */
export function jsonTypeOf(schema: Node): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type)) return schema.type.find((entry): entry is string => typeof entry === 'string' && entry !== 'null');
  return undefined;
}

export function nullableOf(schema: Node): boolean | null {
  if (schema.nullable === true || schema.nullable === false) return schema.nullable;
  return Array.isArray(schema.type) ? schema.type.includes('null') : null;
}

/** A schema that says nothing about its values (2024's `properties`, 2024's untyped relations). */
export function saysNothing(schema: Node): boolean {
  return ['type', 'properties', 'items', 'enum', 'format'].every((key) => schema[key] === undefined);
}

export const stringsOf = (value: unknown): string[] | undefined => (Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : undefined);

