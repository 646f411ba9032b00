// HS256 JWT API keys, shaped like Twenty's (type API_KEY, sub = workspace).
// The secret is random per process, so keys never outlive the server.
import { SignJWT } from 'jose';
import { randomBytes, randomUUID } from 'node:crypto';

export interface ApiKeyOptions {
  workspaceId: string;
  /** Seconds from now; a negative value mints an already-expired key (tests need one). */
  expiresIn: number;
  /** The key's id (jti); a fresh UUID when absent. The server maps it to the key's role. */
  keyId?: string;
}

export function newSigningSecret(): Uint8Array {
  return new Uint8Array(randomBytes(32));
}

export async function issueApiKey(secret: Uint8Array, options: ApiKeyOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const expiresAt = now + options.expiresIn;
  // An expired key must also have been issued in the past, or it looks forged.
  const issuedAt = Math.min(now, expiresAt - 60);
  return new SignJWT({ workspaceId: options.workspaceId, type: 'API_KEY' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.workspaceId)
    .setJti(options.keyId ?? randomUUID())
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(secret);
}
