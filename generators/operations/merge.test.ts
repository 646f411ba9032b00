import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeDryRun, judgeMerge, judgeMergeAnswer, type MergeObservation } from './merge.ts';

const tagOf = (record: Record<string, unknown>) => record['jobTitle'];
const plan = { ids: ['a', 'b'], conflictPriorityIndex: 1 };

test('WRITE-017 valid: the priority record survives with its own values', () => {
  assert.deepEqual(judgeMergeAnswer({ id: 'b', jobTitle: 'tag-b' }, plan, 'tag-b', tagOf), []);
});

test('WRITE-017 invalid: another id survives, or the other record wins the conflict', () => {
  assert.match(judgeMergeAnswer({ id: 'a', jobTitle: 'tag-b' }, plan, 'tag-b', tagOf)[0]!, /not the priority record's b/);
  assert.match(judgeMergeAnswer({ id: 'b', jobTitle: 'tag-a' }, plan, 'tag-b', tagOf)[0]!, /not the priority record's own/);
  assert.deepEqual(judgeMergeAnswer(undefined, plan, 'tag-b', tagOf), ['no merged record in the answer']);
});

test('WRITE-018: a dry run answers the priority values (its id may be new)', () => {
  assert.deepEqual(judgeDryRun({ id: 'fresh', jobTitle: 'tag-b' }, 'tag-b', tagOf), []);
  assert.equal(judgeDryRun({ id: 'b', jobTitle: 'tag-a' }, 'tag-b', tagOf).length, 1);
  assert.equal(judgeDryRun(undefined, 'tag-b', tagOf).length, 1);
});

const twoRecords = [{ id: 'a', jobTitle: 'tag-a' }, { id: 'b', jobTitle: 'tag-b' }];
const merge = (overrides: Partial<MergeObservation>): MergeObservation => ({
  dryRun: false,
  path: '/people/merge',
  answer: { status: 200, json: { data: { mergePerson: { id: 'b', jobTitle: 'tag-b' } } }, responseBody: '' },
  key: 'mergePerson',
  plan,
  records: twoRecords,
  priorityTag: 'tag-b',
  tagOf,
  live: [twoRecords[1]!],
  deleted: [],
  ...overrides,
});

test('judgeMerge valid: a merge leaves the priority record only; a dry run leaves both unchanged', () => {
  assert.equal(judgeMerge(merge({})), null);
  assert.equal(judgeMerge(merge({ dryRun: true, answer: { status: 200, json: { data: { mergePerson: { id: 'x', jobTitle: 'tag-b' } } }, responseBody: '' }, live: twoRecords })), null);
});

test('judgeMerge invalid: a refused merge, the duplicates kept, a dry run that wrote', () => {
  assert.equal(judgeMerge(merge({ answer: { status: 400, json: {}, responseBody: '{}' } }))?.expected, '200 for PATCH /people/merge');
  assert.deepEqual(judgeMerge(merge({ deleted: [twoRecords[0]!] })), { at: 'after', received: 'after the merge these records remain: b, a', expected: 'only the priority record b' });
  const wrote = judgeMerge(merge({ dryRun: true, live: [twoRecords[1]!] }));
  assert.equal(wrote?.received, 'after the dry run 1 of the 2 records are listed, some with other values');
  assert.equal(judgeMerge(merge({ dryRun: true, live: [twoRecords[0]!, { id: 'b', jobTitle: 'tag-a' }] }))?.received, 'after the dry run 2 of the 2 records are listed, some with other values');
});
