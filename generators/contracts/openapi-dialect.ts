// One schema node of an OpenAPI document, rewritten into JSON Schema 2020-12.
// OpenAPI 3.1 is 2020-12 plus a few annotation keywords; 3.0 is a draft-04
// dialect with `nullable` and boolean exclusive bounds. Only the node's own
// keywords are handled here; subschemas are visited by the caller.
import { allowNull, type JsonSchema } from './allow-null.ts';

/** OpenAPI-only keywords that JSON Schema validators do not know. */
const OPENAPI_ONLY = new Set(['example', 'xml', 'externalDocs', 'discriminator']);

export function stripOpenApiKeywords(node: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (OPENAPI_ONLY.has(key) || key.startsWith('x-')) continue;
    out[key] = value;
  }
  return out;
}

/** Draft-04 / OpenAPI 3.0 keywords → 2020-12 (nullable, boolean exclusive bounds, tuple items). */
export function fromOpenApi30(node: Record<string, unknown>): JsonSchema {
  const out: Record<string, unknown> = { ...node };
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (out[flag] === true && typeof out[bound] === 'number') {
      out[flag] = out[bound];
      delete out[bound];
    } else if (typeof out[flag] === 'boolean') {
      delete out[flag];
    }
  }
  if (Array.isArray(out.items)) {
    out.prefixItems = out.items;
    delete out.items;
  }
  const nullable = out.nullable === true;
  delete out.nullable;
  return nullable ? allowNull(out) : out;
}
