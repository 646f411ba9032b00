// The credential variants the auth checks send, as data: how each one is put on
// the request, and what Twenty (era D, contract §2.1–§2.2, §6.2) answers to it.
// Every variant differs from the valid `Authorization: Bearer <key>` request in
// one respect only.
import type { AuthMode } from '../client/exchange.ts';
import { NO_EXPIRED_TOKEN_REASON, USER_EXPIRED_TOKEN_ENV, type ExpiredToken } from './expired-token.ts';
import { jwtParts, tamperPayload, tamperSignature } from './jwt-forgery.ts';

export type ProbeName =
  | 'valid'
  | 'scheme-lower-case'
  | 'scheme-upper-case'
  | 'no-credential'
  | 'query-token'
  | 'scheme-with-colon'
  | 'no-scheme'
  | 'malformed'
  | 'tampered-signature'
  | 'tampered-payload'
  | 'expired';

/** Twenty's auth-middleware answers (contract §2.2 table, §6.2). */
export type TwentyAuthFailure = 'missing-token' | 'token-invalid' | 'token-expired';

export interface TwentyAuthError {
  status: number;
  error: string;
  message: string;
}

export const TWENTY_AUTH_ERRORS: Readonly<Record<TwentyAuthFailure, TwentyAuthError>> = {
  'missing-token': { status: 403, error: 'FORBIDDEN_EXCEPTION', message: 'Missing authentication token' },
  'token-invalid': { status: 401, error: 'UNAUTHENTICATED', message: 'Token invalid.' },
  'token-expired': { status: 401, error: 'UNAUTHENTICATED', message: 'Token has expired.' },
};

export interface ProbeDef {
  name: ProbeName;
  /** What is sent, for titles and messages (never a token value). */
  description: string;
  /** Twenty's answer: accepted, or the auth failure it reports. */
  twenty: 'accepted' | TwentyAuthFailure;
}

export const PROBES: Readonly<Record<ProbeName, ProbeDef>> = {
  'valid': { name: 'valid', description: 'Authorization: Bearer <key>', twenty: 'accepted' },
  'scheme-lower-case': { name: 'scheme-lower-case', description: 'Authorization: bearer <key>', twenty: 'accepted' },
  'scheme-upper-case': { name: 'scheme-upper-case', description: 'Authorization: BEARER <key>', twenty: 'accepted' },
  'no-credential': { name: 'no-credential', description: 'no Authorization header', twenty: 'missing-token' },
  'query-token': { name: 'query-token', description: '?token=<key> and no Authorization header', twenty: 'missing-token' },
  'scheme-with-colon': { name: 'scheme-with-colon', description: 'Authorization: Bearer: <key>', twenty: 'missing-token' },
  'no-scheme': { name: 'no-scheme', description: 'Authorization: <key> (no scheme word)', twenty: 'missing-token' },
  'malformed': { name: 'malformed', description: 'Authorization: Bearer <a string that is not a JWT>', twenty: 'token-invalid' },
  'tampered-signature': { name: 'tampered-signature', description: 'Authorization: Bearer <key with one signature character changed>', twenty: 'token-invalid' },
  'tampered-payload': { name: 'tampered-payload', description: 'Authorization: Bearer <key with one claim added to the payload, signature kept>', twenty: 'token-invalid' },
  'expired': { name: 'expired', description: 'Authorization: Bearer <expired key of the workspace>', twenty: 'token-expired' },
};

/**
 * Not a token: sent as is and looked for in answers, so it is recognisable but
 * is not registered as a secret (the reproducer can show it).
 */
export const MALFORMED_TOKEN = 'conformance-not-a-jwt';

export interface ProbeCredential {
  auth: AuthMode;
  /** Values derived from real keys: register them with the client before sending. */
  secrets: { value: string; label: string }[];
  /** Plain values whose appearance in an answer is an echo too. */
  literals: string[];
}

/** A probe that cannot be sent; `missingInput` names an optional input that would make it run. */
export type ProbeCredentialResult = ProbeCredential | { unavailable: string; missingInput?: string };

export interface ProbeKeys {
  valid: string;
  expired: ExpiredToken | null;
}

const notJwt = (what: string) =>
  ({ unavailable: `the API key is not a compact JWT (header.payload.signature), so ${what} cannot be forged from it` }) as const;

/** How one probe puts its credential on the request. Pure. */
export function probeCredential(probe: ProbeName, keys: ProbeKeys): ProbeCredentialResult {
  const plain = (auth: AuthMode): ProbeCredential => ({ auth, secrets: [], literals: [] });
  switch (probe) {
    case 'valid':
      return plain('header');
    case 'scheme-lower-case':
      return plain({ header: `bearer ${keys.valid}` });
    case 'scheme-upper-case':
      return plain({ header: `BEARER ${keys.valid}` });
    case 'no-credential':
      return plain('none');
    case 'query-token':
      return plain({ queryToken: true });
    case 'scheme-with-colon':
      return plain({ header: `Bearer: ${keys.valid}` });
    case 'no-scheme':
      return plain({ header: keys.valid });
    case 'malformed':
      return { auth: { header: `Bearer ${MALFORMED_TOKEN}` }, secrets: [], literals: [MALFORMED_TOKEN] };
    case 'tampered-signature': {
      const forged = tamperSignature(keys.valid);
      if (forged === null) return notJwt('a token with a changed signature');
      return { auth: { header: `Bearer ${forged}` }, secrets: [{ value: forged, label: 'tampered token' }], literals: [] };
    }
    case 'tampered-payload': {
      const forged = jwtParts(keys.valid) ? tamperPayload(keys.valid) : null;
      if (forged === null) return notJwt('a token with a changed payload');
      return { auth: { header: `Bearer ${forged}` }, secrets: [{ value: forged, label: 'tampered token' }], literals: [] };
    }
    case 'expired':
      if (keys.expired === null) return { unavailable: NO_EXPIRED_TOKEN_REASON, missingInput: USER_EXPIRED_TOKEN_ENV };
      return { auth: { header: `Bearer ${keys.expired.token}` }, secrets: [{ value: keys.expired.token, label: 'expired token' }], literals: [] };
  }
}
