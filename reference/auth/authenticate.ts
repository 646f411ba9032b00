// The auth step that runs before routing (contract §2.2): find the token the
// era-D way (or, under the `token-in-query-accepted` fault, the older way) and
// verify it. Throws RestApiError carrying Twenty's auth body fields.
import type { ActiveFault } from '../faults/catalogue.ts';
import { bearerTokenFromHeader, tokenFromHeaderOrQuery } from './bearer.ts';
import { missingToken, verifyApiKey, type VerifiedKey, type VerifyContext } from './verify-token.ts';

export interface TokenSources {
  authorization: string | string[] | undefined;
  /** The `token` query value as the query parser produced it. */
  queryToken: unknown;
}

export function findToken(sources: TokenSources, fault: ActiveFault): string | null {
  return fault.is('token-in-query-accepted')
    ? tokenFromHeaderOrQuery(sources.authorization, sources.queryToken)
    : bearerTokenFromHeader(sources.authorization);
}

export async function authenticate(sources: TokenSources, context: VerifyContext): Promise<VerifiedKey> {
  const token = findToken(sources, context.fault);
  if (token === null) throw missingToken();
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
