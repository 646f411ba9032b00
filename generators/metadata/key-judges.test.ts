import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeQueryToken, type KeyAnswer } from './key-judges.ts';

const keyAnswer = (status: number, json: unknown, echoed = false): KeyAnswer => ({ status, json, responseBody: JSON.stringify(json), responseHeaders: {}, responseEchoedSecret: echoed });
const refused = keyAnswer(401, { statusCode: 401, error: 'UNAUTHENTICATED', messages: ['Missing authentication token'] });

test('META-009 valid: ?token= refused exactly as no token; the document stays the base one', () => {
  assert.equal(judgeQueryToken({ kind: 'route', what: 'list', query: refused, absent: refused }), null);
  assert.equal(judgeQueryToken({ kind: 'document', answer: keyAnswer(200, { openapi: '3.0.0', paths: {} }) }), null);
});

test('META-009 invalid: ?token= accepted, refused differently, echoed; the document for the workspace', () => {
  assert.match(judgeQueryToken({ kind: 'route', what: 'list', query: keyAnswer(200, { data: [{ id: 'x' }] }), absent: refused })!.received, /^list: HTTP 200 with record data/);
  const other = keyAnswer(403, { statusCode: 403, error: 'FORBIDDEN_EXCEPTION', messages: ['Forbidden'] });
  assert.match(judgeQueryToken({ kind: 'route', what: 'get one', query: other, absent: refused })!.received, /HTTP 403 instead of 401/);
  assert.match(judgeQueryToken({ kind: 'route', what: 'create', query: keyAnswer(401, refused.json, true), absent: refused })!.received, /contains the credential/);
  const workspace = { openapi: '3.0.0', paths: { '/objects': { get: {} } } };
  assert.equal(judgeQueryToken({ kind: 'document', answer: keyAnswer(200, workspace) })?.expected, 'the base document only (the query token is ignored)');
});
