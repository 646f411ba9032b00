// Forged variants of a valid JWT, each differing from it in exactly one way, so a
// rejection can only be explained by the server checking that one thing
// (DESIGN §6: negative tests change exactly one thing from a request known to
// succeed). Pure: strings in, strings out.

const BASE64URL = /^[A-Za-z0-9_-]*$/;

export interface JwtParts {
  header: string;
  payload: string;
  signature: string;
}

/** The three dot-separated base64url segments of a compact JWS, or null for anything else. */
export function jwtParts(token: string): JwtParts | null {
  const segments = token.split('.');
  if (segments.length !== 3) return null;
  const [header, payload, signature] = segments as [string, string, string];
  if (header === '' || payload === '' || signature === '') return null;
  if (![header, payload, signature].every((segment) => BASE64URL.test(segment))) return null;
  return { header, payload, signature };
}

/**
 * Changes the FIRST character of the signature segment. Not the last: the last
 * base64url character of a 32-byte HMAC carries padding bits, and decoders that
 * ignore them would still see the original signature.
 */
export function tamperSignature(token: string): string | null {
  const parts = jwtParts(token);
  if (!parts) return null;
  const first = parts.signature[0];
  // 'A' is 000000 and 'f' is 011111: they differ in five data bits, and each maps to the other.
  const replacement = first === 'A' ? 'f' : 'A';
  return `${parts.header}.${parts.payload}.${replacement}${parts.signature.slice(1)}`;
}

/** The claim added by tamperPayload; harmless to a server that (wrongly) ignores the signature. */
export const TAMPER_CLAIM = 'conformanceTampered';

/**
 * Adds one claim to the payload and keeps header and signature, so only a server
 * that verifies the signature over the payload can tell. Every original claim
 * (workspace, expiry) stays, so a server that skips the check accepts the token.
 * Null when the payload is not a JSON object.
 */
export function tamperPayload(token: string): string | null {
  const parts = jwtParts(token);
  if (!parts) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(parts.payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (claims === null || typeof claims !== 'object' || Array.isArray(claims)) return null;
  const altered = { ...(claims as Record<string, unknown>), [TAMPER_CLAIM]: true };
  const payload = Buffer.from(JSON.stringify(altered), 'utf8').toString('base64url');
  return `${parts.header}.${payload}.${parts.signature}`;
}
