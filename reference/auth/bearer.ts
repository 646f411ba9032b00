// Where the reference reads a token from. Era D reads the Authorization header
// only, with passport-jwt's rules (contract §2.1): the value is matched against
// an unanchored `(\S+)\s+(\S+)` and the first word must be `bearer` in any case.
// So `Bearer: x` and a raw token are "no token", and extra words are ignored.

const AUTH_SCHEME_PATTERN = /(\S+)\s+(\S+)/;

/** `caseSensitive`: the `bearer-scheme-case-sensitive` fault (a hand-rolled extractor matching "Bearer" exactly). */
export function bearerTokenFromHeader(header: string | string[] | undefined, options: { caseSensitive?: boolean } = {}): string | null {
  if (typeof header !== 'string') return null;
  const match = AUTH_SCHEME_PATTERN.exec(header);
  if (!match) return null;
  const [, scheme, token] = match;
  if (scheme === undefined || token === undefined) return null;
  if (options.caseSensitive) return scheme === 'Bearer' ? token : null;
  return scheme.toLowerCase() === 'bearer' ? token : null;
}

/**
 * The pre-2026 extractor: header first, then the `token` query parameter.
 * Only reachable through the `token-in-query-accepted` fault.
 */
export function tokenFromHeaderOrQuery(
  header: string | string[] | undefined,
  queryToken: unknown,
): string | null {
  const fromHeader = bearerTokenFromHeader(header);
  if (fromHeader !== null) return fromHeader;
  return typeof queryToken === 'string' && queryToken !== '' ? queryToken : null;
}
