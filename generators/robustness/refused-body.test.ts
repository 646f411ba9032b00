import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeNothingWritten, judgeRefusedBody } from './refused-body.ts';

const sent = { body: '{"name":', why: 'JSON cut short' };
const answer = (status: number, json: unknown) => ({ status, json, body: JSON.stringify(json) });

test('ROB-010 judgeRefusedBody: any clean 4xx passes', () => {
  assert.equal(judgeRefusedBody(answer(400, { statusCode: 400, error: 'BadRequestException', messages: ['Unexpected end of JSON input'] }), sent), null);
  assert.equal(judgeRefusedBody(answer(404, { statusCode: 404, error: 'NotFoundException', messages: ['Record not found'] }), sent), null);
  // The body quoted back is an echo, not a leak.
  const quoted = { body: 'syntax error at end of input', why: 'not JSON' };
  assert.equal(judgeRefusedBody(answer(400, { statusCode: 400, error: 'BadRequestException', messages: ['syntax error at end of input'] }), quoted), null);
});

test('ROB-010 judgeRefusedBody: an acceptance or a 5xx fails with the body named; a leak in the refusal fails', () => {
  assert.deepEqual(judgeRefusedBody(answer(201, { data: { createPerson: { id: 'p1' } } }), sent), {
    received: 'HTTP 201 (acceptance) {"data":{"createPerson":{"id":"p1"}}}',
    expected: 'a 4xx client error',
    hint: 'the body: JSON cut short',
  });
  assert.match(judgeRefusedBody(answer(500, {}), sent)?.received ?? '', /a server error/);
  const leaked = answer(400, { statusCode: 400, error: 'QueryFailedError', messages: ['null value in column "id" violates not-null constraint'] });
  assert.match(judgeRefusedBody(leaked, sent)?.received ?? '', /^\d leak\(s\) in an HTTP 400 answer/);
});

test('ROB-010 judgeNothingWritten: totalCount unchanged passes, any change fails', () => {
  assert.equal(judgeNothingWritten(40, 40), null);
  assert.deepEqual(judgeNothingWritten(40, 41), {
    received: 'totalCount 40 before the refused bodies, 41 after',
    expected: 'no record created or deleted by a request that was refused',
    hint: 'another client writing to this workspace at the same time would also explain it; rerun on a quiet workspace',
  });
  assert.notEqual(judgeNothingWritten(40, 39), null);
});
