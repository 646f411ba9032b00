// Small helpers for walking a raw or dereferenced OpenAPI document as plain JSON.
// The catalogue and the lint rules read documents of several eras, some of them
// invalid, so every accessor tolerates missing or oddly typed parts instead of throwing.

export type JsonObject = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): JsonObject {
  return isRecord(value) ? value : {};
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Escapes one key for use inside a JSON pointer (RFC 6901). */
export function pointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(...keys: string[]): string {
  return keys.map((key) => '/' + pointerSegment(key)).join('');
}

function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Follows a local `#/...` reference; anything else (remote refs) resolves to undefined. */
export function followLocalRef(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    if (!isRecord(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[decodeURIComponent(unescapeSegment(raw))];
  }
  return node;
}

/** The last segment of a `#/components/schemas/X` reference, i.e. the schema's name. */
export function refName(ref: string): string {
  const last = ref.split('/').pop() ?? ref;
  return decodeURIComponent(unescapeSegment(last));
}

export interface Resolved {
  node: JsonObject;
  /** Name of the component the node came from, when it was reached through a `$ref`. */
  name?: string;
}

/**
 * Resolves a node that may be a `$ref` (raw documents) or an already inlined object
 * (dereferenced documents). `names` maps inlined component objects back to their names,
 * so both forms give the same answer.
 */
export function resolveNode(document: unknown, node: unknown, names?: Map<object, string>): Resolved {
  let current: unknown = node;
  let name: string | undefined;
  // A chain of refs is legal; bound it so a self-referencing ref cannot loop forever.
  for (let hops = 0; hops < 16 && isRecord(current) && typeof current.$ref === 'string'; hops++) {
    name = refName(current.$ref);
    current = followLocalRef(document, current.$ref);
  }
  if (!isRecord(current)) return { node: {} };
  const known = names?.get(current);
  return { node: current, ...(name !== undefined || known !== undefined ? { name: name ?? known } : {}) };
}

/** Maps each `components.schemas` object to its name, for documents whose refs were inlined. */
export function componentSchemaNames(document: unknown): Map<object, string> {
  const names = new Map<object, string>();
  const schemas = asRecord(asRecord(asRecord(document).components).schemas);
  for (const [name, schema] of Object.entries(schemas)) {
    if (isRecord(schema) && !names.has(schema)) names.set(schema, name);
  }
  return names;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
