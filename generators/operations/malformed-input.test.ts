import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeMalformedInput } from './malformed-input.ts';

const answer = (status: number, json: unknown) => ({ status, json, responseBody: JSON.stringify(json) });

test('ROB-011 valid: a 400 in the error body', () => {
  assert.equal(judgeMalformedInput('merge of one id', answer(400, { statusCode: 400, error: 'BadRequestException', messages: ['at least 2 ids'] })), null);
});

test('ROB-011 invalid: a 500, a success, a 400 without the error body', () => {
  assert.equal(judgeMalformedInput('merge', answer(500, { statusCode: 500, error: 'Internal', messages: ['x'] }))?.received, 'merge: HTTP 500 {"statusCode":500,"error":"Internal","messages":["x"]}');
  assert.ok(judgeMalformedInput('no group_by', answer(200, [])));
  assert.ok(judgeMalformedInput('no group_by', answer(400, { statusCode: 400, message: 'x' })));
});
