// Widens a schema so that `null` is also valid, keeping every other
// constraint. Used for OpenAPI 3.0 `nullable: true` and for record fields of
// documents that never express nullability (a known Twenty defect).

export type JsonSchema = Record<string, unknown> | boolean;

const COMBINATORS = ['$ref', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'const'];

export function acceptsNullAlready(schema: JsonSchema): boolean {
  if (typeof schema === 'boolean') return schema;
  const type = schema.type;
  if (type === 'null' || (Array.isArray(type) && type.includes('null'))) return !Array.isArray(schema.enum) || schema.enum.includes(null);
  return false;
}

export function allowNull(schema: JsonSchema): JsonSchema {
  if (typeof schema === 'boolean' || acceptsNullAlready(schema)) return schema;
  const plain = !COMBINATORS.some((keyword) => keyword in schema);
  const type = schema.type;
  if (plain && (typeof type === 'string' || Array.isArray(type))) {
    const types = typeof type === 'string' ? [type] : (type as unknown[]);
    const widened: Record<string, unknown> = { ...schema, type: types.includes('null') ? types : [...types, 'null'] };
    if (Array.isArray(schema.enum)) widened.enum = schema.enum.includes(null) ? schema.enum : [...schema.enum, null];
    return widened;
  }
  if (plain && type === undefined && !Array.isArray(schema.enum)) return schema; // no type: null is already valid
  // Anything else: null passes the `if`, every other value must satisfy the
  // original schema. Errors of the `if` keyword itself are dropped when
  // violations are reported, so only the original schema's errors show.
  return { if: { type: 'null' }, else: schema };
}
