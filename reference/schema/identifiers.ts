// Identifier quoting. Every identifier that reaches SQL comes from the datamodel
// (never from a request), and is still double-quoted so camelCase survives.

export function quoteIdent(name: string): string {
  if (name.length === 0 || name.includes('\u0000')) throw new Error(`Refusing identifier ${JSON.stringify(name)}`);
  return '"' + name.replace(/"/g, '""') + '"';
}

/** "schema"."name" */
export function qualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}
