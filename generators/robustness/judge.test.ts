import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeErrorBody, judgeRejectionStatus, unansweredFinding, unjudgeable } from './judge.ts';

const answer = (status: number, json: unknown) => ({ status, json, body: JSON.stringify(json) });
const good = answer(400, { statusCode: 400, error: 'BadRequestException', messages: ["'limit' x"] });

test('ROB-001…006 judgeRejectionStatus: a pinned rejection must be exactly 400; a loose one any 4xx', () => {
  assert.equal(judgeRejectionStatus(good, 'bad-request'), null);
  assert.match(judgeRejectionStatus(answer(500, {}), 'bad-request')!.received, /HTTP 500 \(a server error\)/);
  assert.match(judgeRejectionStatus(answer(200, {}), 'bad-request')!.received, /acceptance/);
  assert.match(judgeRejectionStatus(answer(404, {}), 'bad-request')!.received, /another client error/);
  assert.equal(judgeRejectionStatus(answer(404, {}), 'client-error'), null);
  assert.notEqual(judgeRejectionStatus(answer(502, {}), 'client-error'), null);
});

test('ROB-007 judgeErrorBody: the error body needs statusCode, error and messages, with statusCode equal to the status', () => {
  assert.equal(judgeErrorBody(good), null);
  assert.equal(judgeErrorBody(answer(200, { data: {} })), null);
  assert.match(judgeErrorBody(answer(400, { statusCode: 400, message: 'x', error: 'Bad Request' }))!.received, /messages/);
  assert.match(judgeErrorBody(answer(400, { statusCode: 500, error: 'X', messages: ['y'] }))!.received, /statusCode 500 in an HTTP 400/);
  assert.match(judgeErrorBody({ status: 400, body: '<html>Bad Request</html>' })!.received, /non-JSON/);
});

test('throttled and unauthenticated answers are not judged', () => {
  assert.match(unjudgeable(answer(429, {}))!, /rate limited/);
  assert.match(unjudgeable(answer(401, {}))!, /credentials/);
  assert.equal(unjudgeable(good), null);
});

test('no answer within the timeout is a finding of its own', () => {
  assert.deepEqual(unansweredFinding(15000, 'or() of 150 leaves'), { received: 'no complete answer within 15000 ms', expected: 'a prompt answer to or() of 150 leaves' });
});
