// Request URLs: every path is relative to `<baseUrl>/rest`. A query may be a
// map (values encoded, arrays repeated) or a raw string sent exactly as given,
// which malformed-input checks need.

export type QueryInput = Record<string, string | readonly string[]> | string;

export function restRoot(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/rest`;
}

export function encodeQuery(query: QueryInput | undefined): string {
  if (query === undefined) return '';
  if (typeof query === 'string') return query.replace(/^\?/, '');
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (typeof value === 'string') params.append(name, value);
    else for (const item of value) params.append(name, item);
  }
  // URLSearchParams writes spaces as '+'; %20 reads the same in every server.
  return params.toString().replace(/\+/g, '%20');
}

export function buildUrl(baseUrl: string, path: string, query?: QueryInput, extra: Array<[string, string]> = []): string {
  const parts = [encodeQuery(query), ...extra.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)];
  const search = parts.filter((part) => part !== '').join('&');
  const slashPath = path.startsWith('/') ? path : `/${path}`;
  return `${restRoot(baseUrl)}${slashPath}${search === '' ? '' : `?${search}`}`;
}
