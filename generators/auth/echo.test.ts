import { test } from 'node:test';
import assert from 'node:assert/strict';
import { echoProblem, judgeNoEcho, judgeNoEchoInDocument } from './echo.ts';

const clean = { responseEchoedSecret: false, responseBody: '{"statusCode":401,"messages":["Token invalid."]}', responseHeaders: { 'content-type': 'application/json' } };

test('a clean answer repeats nothing', () => {
  assert.equal(echoProblem(clean, ['conformance-not-a-jwt']), null);
  assert.equal(echoProblem(clean, []), null);
});

test('a registered secret seen by the client is an echo', () => {
  assert.match(echoProblem({ ...clean, responseEchoedSecret: true }, []) ?? '', /contains the credential/);
});

test('a plain literal in the body or a header is an echo', () => {
  const body = { ...clean, responseBody: '{"messages":["Token invalid. Received: conformance-not-a-jwt"]}' };
  assert.equal(echoProblem(body, ['conformance-not-a-jwt']), 'the body repeats the credential "conformance-not-a-jwt"');
  const header = { ...clean, responseHeaders: { 'www-authenticate': 'Bearer error="conformance-not-a-jwt"' } };
  assert.equal(echoProblem(header, ['conformance-not-a-jwt']), 'the www-authenticate header repeats the credential "conformance-not-a-jwt"');
  assert.equal(echoProblem(body, ['']), null);
});

test('AUTH-011 judgeNoEcho: clean answers pass; every echo is named with its probe, the first shows it', () => {
  const answer = (extra: object) => ({ ...clean, status: 401, ...extra });
  assert.equal(judgeNoEcho([{ probe: 'valid', answer: answer({ status: 200 }), literals: [] }, { probe: 'malformed', answer: answer({}), literals: ['conformance-not-a-jwt'] }]), null);
  const echoed = answer({ responseEchoedSecret: true });
  const quoted = answer({ responseBody: 'Received conformance-not-a-jwt' });
  const finding = judgeNoEcho([
    { probe: 'no-credential', answer: answer({ status: 403 }), literals: [] },
    { probe: 'tampered-signature', answer: echoed, literals: [] },
    { probe: 'malformed', answer: quoted, literals: ['conformance-not-a-jwt'] },
  ]);
  assert.equal(
    finding?.received,
    'tampered-signature (HTTP 401): the answer contains the credential that was sent (shown as [REDACTED]); malformed (HTTP 401): the body repeats the credential "conformance-not-a-jwt"',
  );
  assert.equal(finding?.expected, 'no answer repeats the credential it was sent');
  assert.equal(finding?.shownBy, echoed);
});

test('AUTH-011 judgeNoEchoInDocument: the OpenAPI answer to a query token carries no credential', () => {
  assert.equal(judgeNoEchoInDocument(clean), null);
  assert.deepEqual(judgeNoEchoInDocument({ ...clean, responseEchoedSecret: true }), {
    received: 'the answer contains the credential that was sent (shown as [REDACTED])',
    expected: 'no credential in the answer to GET /rest/open-api/core with ?token=<key> and no Authorization header',
  });
});
