// JSON Pointers (RFC 6901), used to name places in the OpenAPI document
// (`#/paths/~1companies/get/…`) and in response bodies (`/data/companies/0`).

export function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** `#` + tokens, the form used in `$ref`. */
export function fragmentPointer(tokens: readonly (string | number)[]): string {
  return `#${tokens.map((token) => `/${escapeToken(String(token))}`).join('')}`;
}

export function appendPointer(pointer: string, ...tokens: (string | number)[]): string {
  return pointer + tokens.map((token) => `/${escapeToken(String(token))}`).join('');
}

/** Value at a pointer (with or without the leading `#`), or undefined. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  const path = pointer.replace(/^#/, '');
  if (path === '') return root;
  if (!path.startsWith('/')) return undefined;
  let current: unknown = root;
  for (const raw of path.slice(1).split('/')) {
    const token = decodeURIComponent(unescapeToken(raw));
    if (Array.isArray(current)) current = current[Number(token)];
    else if (current !== null && typeof current === 'object') current = (current as Record<string, unknown>)[token];
    else return undefined;
  }
  return current;
}
