import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgePinnedErrors } from './pinned-errors.ts';

const refusal = (status: number, message: string) => {
  const json = { statusCode: status, error: status === 400 ? 'BadRequestException' : 'NotFoundException', messages: [message] };
  return { status, json, responseBody: JSON.stringify(json) };
};
const faithful = { duplicate: refusal(400, 'Record already exists'), patchUnknown: refusal(404, 'Record not found'), deleteUnknown: refusal(404, 'Record not found') };

test('WRITE-021 valid: the three pinned refusals', () => {
  assert.equal(judgePinnedErrors(faithful), null);
});

test('WRITE-021 invalid: a duplicate id answered 500, an unknown id answered 200', () => {
  const crashed = judgePinnedErrors({ ...faithful, duplicate: { status: 500, json: { statusCode: 500 }, responseBody: '{"statusCode":500}' } });
  assert.equal(crashed?.at, 'duplicate');
  assert.equal(crashed?.received, 'POST with an existing id: HTTP 500, expected 400');
  const both = judgePinnedErrors({ ...faithful, patchUnknown: { status: 200, json: {}, responseBody: '{}' }, deleteUnknown: refusal(404, 'Gone') });
  assert.equal(both?.at, 'patchUnknown');
  assert.match(both!.received, /^PATCH of an unknown id: HTTP 200, expected 404; DELETE of an unknown id: messages \["Gone"\] without "Record not found"$/);
});
