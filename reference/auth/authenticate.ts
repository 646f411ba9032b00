// The auth step that runs before routing (contract §2.2): find the token the
// era-D way (or, under the `token-in-query-accepted` fault, the older way) and
// verify it. Throws RestApiError carrying Twenty's auth body fields.
import type { ActiveFault } from '../faults/catalogue.ts';
import { bearerTokenFromHeader, tokenFromHeaderOrQuery } from './bearer.ts';
import { authError, missingToken, verifyApiKey, type VerifiedKey, type VerifyContext } from './verify-token.ts';

export interface TokenSources {
  authorization: string | string[] | undefined;
  /** The `token` query value as the query parser produced it. */
  queryToken: unknown;
}

export function findToken(sources: TokenSources, fault: ActiveFault): string | null {
  return fault.is('token-in-query-accepted')
    ? tokenFromHeaderOrQuery(sources.authorization, sources.queryToken)
    : bearerTokenFromHeader(sources.authorization, { caseSensitive: fault.is('bearer-scheme-case-sensitive') });
}

export async function authenticate(sources: TokenSources, context: VerifyContext): Promise<VerifiedKey> {
  const token = findToken(sources, context.fault);
  if (token === null) {
    // `missing-token-answers-401`: an absent token takes the invalid-token path.
    if (context.fault.is('missing-token-answers-401')) throw authError(401, 'UNAUTHENTICATED', 'Token invalid.');
    throw missingToken();
  }
  return verifyApiKey(token, context);
}

/** For the public OpenAPI routes: a valid token upgrades the document, anything else is ignored. */
export async function tryAuthenticate(sources: TokenSources, context: VerifyContext): Promise<VerifiedKey | null> {
  try {
    return await authenticate(sources, context);
  } catch {
    return null;
  }
}

/** The era-A OpenAPI route: the `token` query parameter only (the `openapi-reads-query-token-only` fault). */
export async function tryQueryToken(queryToken: unknown, context: VerifyContext): Promise<VerifiedKey | null> {
  const token = tokenFromHeaderOrQuery(undefined, queryToken);
  if (token === null) return null;
  return verifyApiKey(token, context).catch(() => null);
}
