import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeUpsert, type UpsertObservation } from './upsert.ts';

const answer = (status: number) => ({ status, json: {}, responseBody: '{}' });
const base: UpsertObservation = { path: '/people', id: 'i1', inserted: answer(201), updated: answer(201), listedTags: ['t-2'], secondTag: 't-2' };

test('WRITE-016 valid: created, then updated in place', () => {
  assert.equal(judgeUpsert(base), null);
});

test('WRITE-016 invalid: the second upsert refused, a duplicate, or the old values kept', () => {
  assert.equal(judgeUpsert({ ...base, updated: answer(400) })?.at, 'updated');
  assert.equal(judgeUpsert({ ...base, inserted: answer(200) })?.expected, '201 for POST /people?upsert=true with an id that does not exist');
  assert.equal(judgeUpsert({ ...base, listedTags: ['t-2', 't-1'] })?.received, '2 record(s) with id i1, tagged "t-2"');
  assert.equal(judgeUpsert({ ...base, listedTags: ['t-1'] })?.expected, 'one record, updated to "t-2" by the second upsert');
  assert.equal(judgeUpsert({ ...base, listedTags: [] })?.received, '0 record(s) with id i1');
});
