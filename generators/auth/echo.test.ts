import { test } from 'node:test';
import assert from 'node:assert/strict';
import { echoProblem } from './echo.ts';

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
