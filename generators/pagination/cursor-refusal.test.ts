import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cursorRefusal, judgeCursorRefusal } from './cursor-refusal.ts';

const answer = (status: number, json: unknown) => ({ status, json, body: JSON.stringify(json) });
const refusal = (message: string) => ({ statusCode: 400, error: 'BadRequestException', messages: [message] });

test('valid: 400 with the error body and the message (PAG-008, PAG-009)', () => {
  assert.deepEqual(judgeCursorRefusal(answer(400, refusal('Invalid cursor: x')), 'Invalid cursor: x'), []);
  assert.deepEqual(judgeCursorRefusal(answer(400, refusal('Cannot provide both before and after')), 'Cannot provide both before and after'), []);
});

test('invalid: an ignored cursor (200), another message, a body that is not the error body', () => {
  const page = { data: { companies: [] }, totalCount: 0, pageInfo: {} };
  assert.deepEqual(judgeCursorRefusal(answer(200, page), 'Invalid cursor: x'), [`HTTP 200 ${JSON.stringify(page)}`]);
  assert.equal(judgeCursorRefusal(answer(400, refusal('Invalid cursor: y')), 'Invalid cursor: x').length, 1);
  assert.equal(judgeCursorRefusal(answer(400, { statusCode: 500, error: 'E', messages: ['Invalid cursor: x'] }), 'Invalid cursor: x').length, 1);
  assert.equal(judgeCursorRefusal({ status: 400, json: undefined, body: '<html>' }, 'Invalid cursor: x').length, 1);
});

test('the expected refusal names the message', () => {
  assert.equal(cursorRefusal('Invalid cursor: x'), '400 {"statusCode":400,"error":"BadRequestException","messages":["Invalid cursor: x"]}');
});
