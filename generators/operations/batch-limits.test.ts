import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeBatchLimits, type BatchLimitsObservation } from './batch-limits.ts';

const refused = (message: string) => {
  const json = { statusCode: 400, error: 'BadRequestException', messages: [message] };
  return { status: 400, json, responseBody: JSON.stringify(json) };
};
const base: BatchLimitsObservation = {
  key: 'createPeople',
  empty: refused('Input must not be empty'),
  over: refused('Maximum number of records to upsert is 200.'),
  update: { answer: refused('Cannot update more than 200 records at once'), changed: 0, matched: 201 },
};

test('WRITE-020 valid: every limit refused with 400, nothing changed', () => {
  assert.equal(judgeBatchLimits(base), null);
  assert.equal(judgeBatchLimits({ ...base, update: undefined }), null);
});

test('WRITE-020 invalid: an empty batch accepted, 201 records written, an oversized update applied', () => {
  assert.equal(judgeBatchLimits({ ...base, empty: { status: 201, json: { data: { createPeople: [] } }, responseBody: '{"data":{"createPeople":[]}}' } })?.at, 'empty');
  const json = { data: { createPeople: Array.from({ length: 201 }, (_, i) => ({ id: String(i) })) } };
  const over = judgeBatchLimits({ ...base, over: { status: 201, json, responseBody: JSON.stringify(json) } });
  assert.equal(over?.received, 'HTTP 201, expected 400 (HTTP 201, 201 records written)');
  const update = judgeBatchLimits({ ...base, update: { answer: { status: 200, json: {}, responseBody: '{}' }, changed: 201, matched: 201 } });
  assert.equal(update?.received, 'HTTP 200, expected 400; 201 of the 201 records changed (HTTP 200 {})');
  assert.equal(judgeBatchLimits({ ...base, update: { answer: refused('Cannot update more than 200 records at once'), changed: 3, matched: 201 } })?.at, 'update');
});
