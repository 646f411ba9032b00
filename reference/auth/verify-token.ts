// Token verification with Twenty's outcomes (contract §2.2). Signature first,
// then expiry, then the claims, so a tampered expired key reads "Token invalid.".
// Two faults switch off one step each, here where the step lives.
import { compactVerify, decodeJwt } from 'jose';
import { RestApiError } from '../errors.ts';
import type { ActiveFault } from '../faults/catalogue.ts';

export interface VerifiedKey {
  workspaceId: string;
  /** The API key id (jti), used as the rate-limit spender id. */
  keyId: string;
}

export interface VerifyContext {
  secret: Uint8Array;
  workspaceId: string;
  fault: ActiveFault;
}

export const authError = (status: number, code: string, message: string) => new RestApiError(status, code, message);

export const missingToken = () => authError(403, 'FORBIDDEN_EXCEPTION', 'Missing authentication token');

function tokenInvalid(token: string, fault: ActiveFault): RestApiError {
  // The faulty variant quotes the rejected credential back, as a careless log-style message would.
  const message = fault.is('token-echoed-in-error') ? `Token invalid. Received: ${token}` : 'Token invalid.';
  return authError(401, 'UNAUTHENTICATED', message);
}

async function readPayload(token: string, context: VerifyContext): Promise<Record<string, unknown>> {
  try {
    if (context.fault.is('signature-not-verified')) return decodeJwt(token);
    const { payload } = await compactVerify(token, context.secret, { algorithms: ['HS256'] });
    const claims: unknown = JSON.parse(new TextDecoder().decode(payload));
    if (claims === null || typeof claims !== 'object' || Array.isArray(claims)) throw new Error('payload is not an object');
    return claims as Record<string, unknown>;
  } catch {
    throw tokenInvalid(token, context.fault);
  }
}

export async function verifyApiKey(token: string, context: VerifyContext): Promise<VerifiedKey> {
  const claims = await readPayload(token, context);
  const expiresAt = claims['exp'];
  if (!context.fault.is('expired-token-accepted')) {
    if (expiresAt !== undefined && typeof expiresAt !== 'number') throw tokenInvalid(token, context.fault);
    if (typeof expiresAt === 'number' && expiresAt <= Date.now() / 1000) {
      throw authError(401, 'UNAUTHENTICATED', 'Token has expired.');
    }
  }
  const workspaceId = claims['workspaceId'];
  if (typeof workspaceId !== 'string' || workspaceId === '') {
    throw authError(403, 'INVALID_JWT_TOKEN_TYPE', 'Invalid token type');
  }
  if (workspaceId !== context.workspaceId) throw authError(401, 'WORKSPACE_NOT_FOUND', 'Workspace not found');
  const keyId = typeof claims['jti'] === 'string' ? claims['jti'] : workspaceId;
  return { workspaceId, keyId };
}
