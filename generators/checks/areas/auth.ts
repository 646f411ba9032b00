// AUTH-*: credentials only from the Authorization header (contract §2).
// Each rejection check is "401 or 403 with no record data" (DESIGN §6); which of
// the two, and the exact body, is the SHOULD of AUTH-012. Every probe changes one
// thing from the valid request of AUTH-001 and is judged only when that request
// was accepted.
import { checkEntries, ALL_PROFILES } from '../types.ts';
import { NO_SUBJECTS } from '../../selection/subjects.ts';

export const AUTH_CHECKS = checkEntries([
  {
    id: 'AUTH-001',
    rule: { module: 'generators/auth/answer-rules.ts', judge: 'judgeValidKeyAccepted' },
    level: 'MUST',
    title: 'MUST accept the API key in the Authorization: Bearer header',
    sentence: 'Era D reads the token from the Authorization header only, as `Bearer <jwt>` (contract §2.1); a valid key answers the normal envelope (§1.2).',
    area: 'auth',
    profiles: ALL_PROFILES,
    subjects: { pool: 'described objects', weight: 'field paths', gate: 'all', install: 1, smoke: 1 },
  },
  {
    id: 'AUTH-002',
    rule: { module: 'generators/auth/answer-rules.ts', judge: 'judgeSchemeCaseAccepted' },
    level: 'SHOULD',
    title: 'SHOULD accept the scheme word bearer in any letter case',
    sentence: 'The first word must equal `bearer` case-insensitively: `Bearer <tok>`, `bearer <tok>`, `BEARER <tok>` work (contract §2.1).',
    area: 'auth',
    profiles: ALL_PROFILES,
    subjects: { pool: 'described objects', weight: 'field paths', gate: 'all', install: 1, smoke: 1 },
  },
  {
    id: 'AUTH-003',
    rule: { module: 'generators/auth/answer-rules.ts', judge: 'judgeRejected' },
    level: 'MUST',
    title: 'MUST reject a request without credentials',
    sentence: 'No Authorization header → 403 `Missing authentication token` (contract §2.2, §6.2); rejection means 401 or 403 with no record data in the body (DESIGN §6).',
    area: 'auth',
    profiles: ALL_PROFILES,
    subjects: { pool: 'described objects', weight: 'field paths', gate: 'all', install: 1, smoke: 1 },
  },
  {
    id: 'AUTH-004',
    rule: { module: 'generators/auth/answer-rules.ts', judge: 'judgeRejectedAsIfAbsent' },
    level: 'MUST',
    title: 'MUST reject a token in the query string exactly as if it were absent',
    sentence:
      'Era D: `?token=` is not honoured; POST /rest/people?token=<valid key> without header → 403 FORBIDDEN_EXCEPTION `Missing authentication token` (contract §2.1, §9 url-token-auth-rejection). "A token in a query string must be rejected exactly as if absent" (DESIGN §6). In smoke it runs only with --allow-token-in-url.',
    area: 'auth',
    profiles: ALL_PROFILES,
    subjects: { pool: 'described objects', weight: 'field paths', gate: 'all', install: 1, smoke: 1 },
  },
  {
    id: 'AUTH-005',
    rule: { module: 'generators/auth/answer-rules.ts', judge: 'judgeRejected' },
    level: 'MUST',
    title: 'MUST reject an Authorization header that is not Bearer <token>',
    sentence: '`Bearer: <tok>` (with colon) and a raw token without scheme are "no token" → 403 (contract §2.1, §2.2).',
    area: 'auth',
    profiles: ALL_PROFILES,
    subjects: { pool: 'described objects', weight: 'field paths', gate: 'all', install: 1, smoke: 1 },
  },
  {
    id: 'AUTH-006',
    rule: { module: 'generators/auth/answer-rules.ts', judge: 'judgeRejected' },
    level: 'MUST',
    title: 'MUST reject a bearer token that is not a JWT',
    sentence: 'A malformed string such as `invalid-token` → 401 UNAUTHENTICATED `Token invalid.` (contract §2.2, §9 rest-api-core-authentication).',
    area: 'auth',
    profiles: ALL_PROFILES,
    subjects: { pool: 'described objects', weight: 'field paths', gate: 'all', install: 1, smoke: 1 },
  },
  {
    id: 'AUTH-007',
    rule: { module: 'generators/auth/answer-rules.ts', judge: 'judgeRejected' },
    level: 'MUST',
    title: 'MUST reject an API key whose signature was altered',
    sentence: 'A well-formed JWT with a wrong signature → 401 UNAUTHENTICATED `Token invalid.` (contract §2.2, §6.2).',
    area: 'auth',
    profiles: ALL_PROFILES,
    subjects: { pool: 'described objects', weight: 'field paths', gate: 'all', install: 1, smoke: 1 },
  },
  {
    id: 'AUTH-008',
    rule: { module: 'generators/auth/answer-rules.ts', judge: 'judgeRejected' },
    level: 'MUST',
    title: 'MUST reject an API key whose payload was altered under its signature',
    sentence: 'A JWT whose signature does not match its payload is a wrong signature → 401 UNAUTHENTICATED `Token invalid.` (contract §2.2).',
    area: 'auth',
    profiles: ALL_PROFILES,
    subjects: { pool: 'described objects', weight: 'field paths', gate: 'all', install: 1, smoke: 1 },
  },
  {
    id: 'AUTH-009',
    rule: { module: 'generators/auth/answer-rules.ts', judge: 'judgeRejected' },
    level: 'MUST',
    title: 'MUST reject an expired API key',
    sentence:
      'Expired token → 401 UNAUTHENTICATED `Token has expired.` (contract §2.2, §6.2). The key comes from the embedded reference, or from TWENTY_EXPIRED_API_KEY for a real deployment; without one the check is inconclusive, which profile gate counts as a failure.',
    area: 'auth',
    profiles: ALL_PROFILES,
    subjects: { pool: 'described objects', weight: 'field paths', gate: 'all', install: 1, smoke: 1 },
  },
  {
    id: 'AUTH-010',
    rule: { module: 'generators/auth/openapi-exposure.ts', judge: 'judgeQueryTokenDocument' },
    level: 'MUST',
    title: 'MUST NOT describe the workspace objects in the OpenAPI document for a query-string token',
    sentence:
      'GET /rest/open-api/core?token=<valid key> → 200 with no object paths (the base document), while the header token gets the full document (contract §1.6, §9 url-token-auth-rejection). In smoke it runs only with --allow-token-in-url.',
    area: 'auth',
    profiles: ALL_PROFILES,
    subjects: NO_SUBJECTS,
  },
  {
    id: 'AUTH-011',
    rule: { module: 'generators/auth/echo.ts', judge: 'judgeNoEcho' },
    level: 'MUST',
    title: 'MUST NOT echo a credential in any answer',
    sentence:
      'Auth failures answer fixed texts (`Missing authentication token`, `Token invalid.`, `Token has expired.`, contract §2.2): no answer, accepted or rejected, repeats the valid, forged, malformed or expired token in its body or headers.',
    area: 'auth',
    profiles: ALL_PROFILES,
    subjects: { pool: 'described objects', weight: 'field paths', gate: 'all', install: 1, smoke: 1 },
  },
  {
    id: 'AUTH-012',
    rule: { module: 'generators/auth/answer-rules.ts', judge: 'judgeTwentyAuthErrors' },
    level: 'SHOULD',
    title: 'SHOULD answer each credential failure with Twenty\'s status and error body',
    sentence:
      'Missing token (also `Bearer:`, raw token, `?token=`) → 403 {"statusCode":403,"error":"FORBIDDEN_EXCEPTION","messages":["Missing authentication token"]}; invalid → 401 UNAUTHENTICATED `Token invalid.`; expired → 401 UNAUTHENTICATED `Token has expired.` (contract §2.2, §6.2).',
    area: 'auth',
    profiles: ALL_PROFILES,
    subjects: { pool: 'described objects', weight: 'field paths', gate: 'all', install: 1, smoke: 1 },
  },
]);
