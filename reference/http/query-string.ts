// Parses a query string the way Express's default parser (qs) presents it to
// Twenty's handlers, because Twenty's behaviour depends on that shape (contract
// §12.11): a repeated key becomes an array, `key[]=v` an array, `key[sub]=v` an
// object. Undecodable percent escapes are kept as written, as qs does.

export type QueryValue = string | QueryValue[] | { [key: string]: QueryValue };
export type ParsedQuery = Record<string, QueryValue>;

function decode(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

function merge(existing: QueryValue | undefined, value: QueryValue): QueryValue {
  if (existing === undefined) return value;
  const left = Array.isArray(existing) ? existing : [existing];
  return [...left, ...(Array.isArray(value) ? value : [value])];
}

export function parseQueryString(search: string): ParsedQuery {
  // A null-prototype object, so `__proto__=x` is a plain key, never a prototype write.
  const query: ParsedQuery = Object.create(null) as ParsedQuery;
  const text = search.startsWith('?') ? search.slice(1) : search;
  if (text === '') return query;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const rawKey = equals === -1 ? pair : pair.slice(0, equals);
    const value = equals === -1 ? '' : decode(pair.slice(equals + 1));
    const key = decode(rawKey);
    const bracket = /^([^[\]]+)\[([^[\]]*)\]$/.exec(key);
    if (bracket && bracket[1] !== undefined && bracket[2] !== undefined) {
      const [, base, sub] = bracket;
      if (sub === '') {
        query[base] = merge(query[base], [value]);
      } else {
        const current = query[base];
        const target: Record<string, QueryValue> =
          current !== undefined && typeof current === 'object' && !Array.isArray(current)
            ? current
            : (Object.create(null) as Record<string, QueryValue>);
        target[sub] = merge(target[sub], value);
        // A plain value already under the base key wins over the object form.
        if (current === undefined || target === current) query[base] = target;
      }
      continue;
    }
    query[key] = merge(query[key], value);
  }
  return query;
}

/** Twenty takes most parameters only when they are a single string (§12.11). */
export function stringParam(query: ParsedQuery, name: string): string | undefined {
  const value = query[name];
  return typeof value === 'string' ? value : undefined;
}
