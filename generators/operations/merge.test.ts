import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeDryRun, judgeMergeAnswer } from './merge.ts';

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
