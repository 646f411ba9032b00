import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AUTH_CHECKS } from './auth.ts';

test('AUTH id/title pairs are stable (a changed title is a deliberate edit here)', () => {
  assert.deepEqual(Object.fromEntries(AUTH_CHECKS.map((check) => [check.id, check.title])), {
    'AUTH-001': 'MUST accept the API key in the Authorization: Bearer header',
    'AUTH-002': 'SHOULD accept the scheme word bearer in any letter case',
    'AUTH-003': 'MUST reject a request without credentials',
    'AUTH-004': 'MUST reject a token in the query string exactly as if it were absent',
    'AUTH-005': 'MUST reject an Authorization header that is not Bearer <token>',
    'AUTH-006': 'MUST reject a bearer token that is not a JWT',
    'AUTH-007': 'MUST reject an API key whose signature was altered',
    'AUTH-008': 'MUST reject an API key whose payload was altered under its signature',
    'AUTH-009': 'MUST reject an expired API key',
    'AUTH-010': 'MUST NOT describe the workspace objects in the OpenAPI document for a query-string token',
    'AUTH-011': 'MUST NOT echo a credential in any answer',
    'AUTH-012': "SHOULD answer each credential failure with Twenty's status and error body",
  });
});

test('every AUTH check is read-only (runs in smoke), in its area, with its level in the title and a cited section', () => {
  for (const check of AUTH_CHECKS) {
    assert.equal(check.area, 'auth');
    assert.ok(check.title.startsWith(`${check.level} `), check.id);
    assert.ok(check.profiles.includes('smoke'), check.id);
    assert.match(check.sentence, /§\d/, check.id);
  }
});

test('every AUTH check names its pure judge in generators/auth/', () => {
  for (const check of AUTH_CHECKS) {
    assert.match(check.rule?.module ?? '', /^generators\/auth\/[a-z-]+\.ts$/, check.id);
  }
});
