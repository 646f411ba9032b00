import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeHeaderOnlyRoute } from './header-token.ts';

const answer = (status: number, json: unknown) => ({ status, json, responseBody: JSON.stringify(json) });

test('AUTH-013 valid: 401 or 403 without record data', () => {
  assert.equal(judgeHeaderOnlyRoute({ route: 'GET /people/groupBy', auth: 'none', answer: answer(401, { statusCode: 401, error: 'UNAUTHENTICATED', messages: ['x'] }) }), null);
  assert.equal(judgeHeaderOnlyRoute({ route: 'GET /people/groupBy', auth: 'query', answer: answer(403, { statusCode: 403 }) }), null);
});

test('AUTH-013 invalid: the query token accepted', () => {
  assert.deepEqual(judgeHeaderOnlyRoute({ route: 'POST /people/duplicates', auth: 'query', answer: answer(200, { data: [{ personDuplicates: [] }] }) }), {
    received: 'POST /people/duplicates with the token in the query string: HTTP 200 with record data: the credential was not rejected',
    expected: '401 or 403 with no record data',
  });
});
