import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeBulkByFilter, type BulkByFilterObservation } from './bulk-by-filter.ts';

const answer = (status: number, json: unknown) => ({ status, json, responseBody: JSON.stringify(json) });
const base: BulkByFilterObservation = {
  selected: ['a', 'b'],
  why: 'city = Paris',
  scopeSize: 4,
  request: 'PATCH /people?filter=…',
  answer: answer(200, { data: { updatePeople: [{ id: 'a' }, { id: 'b' }] } }),
  key: 'updatePeople',
  answerLists: 'the update answer lists',
  requireList: true,
  readBack: [{ what: 'read back, the updated records are', ids: ['b', 'a'] }],
};

test('WRITE-012…015 valid: the answer and the read-back name exactly the selected records', () => {
  assert.equal(judgeBulkByFilter(base), null);
  assert.equal(judgeBulkByFilter({ ...base, softDeletedAfterHardDelete: 0 }), null);
});

test('WRITE-012…015 invalid: wrong status, no list, extra or missing records', () => {
  assert.deepEqual(judgeBulkByFilter({ ...base, answer: answer(400, {}) }), { at: 'answer', received: 'HTTP 400 {}', expected: '200 for PATCH /people?filter=…' });
  assert.equal(judgeBulkByFilter({ ...base, answer: answer(200, { data: {} }) })?.expected, '{"data":{"updatePeople":[…]}}');
  const extra = judgeBulkByFilter({ ...base, answer: answer(200, { data: { updatePeople: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] } }) });
  assert.equal(extra?.at, 'answer');
  assert.match(extra!.received, /^the update answer lists: 1 record\(s\) the filter does not select were changed \(c\)/);
  assert.equal(extra!.hint, 'city = Paris');
  const missing = judgeBulkByFilter({ ...base, readBack: [{ what: 'read back', ids: ['a'] }] });
  assert.equal(missing?.at, 'readBack');
  assert.match(missing!.received, /1 selected record\(s\) were left alone \(b\)/);
  assert.equal(missing!.expected, "exactly the 2 record(s) the filter selects among the check's 4");
});

test('WRITE-013 invalid: a hard delete that only soft-deleted', () => {
  const finding = judgeBulkByFilter({ ...base, requireList: false, softDeletedAfterHardDelete: 2 });
  assert.equal(finding?.received, '2 record(s) listed as soft-deleted after a hard bulk DELETE');
});
