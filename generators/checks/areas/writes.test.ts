import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WRITE_CHECKS } from './writes.ts';

test('WRITE id/title pairs are stable (a changed title is a deliberate edit here)', () => {
  assert.deepEqual(Object.fromEntries(WRITE_CHECKS.map((check) => [check.id, check.title])), {
    'WRITE-001': 'MUST create a record with 201 and the create envelope, holding every value sent',
    'WRITE-002': 'MUST create a batch with 201 and the records in input order',
    'WRITE-003': 'MUST return a created record from get-one as it was created',
    'WRITE-004': 'MUST change only the fields a PATCH sends',
    'WRITE-005': 'MUST destroy a record on DELETE without soft_delete',
    'WRITE-006': 'MUST hide a soft-deleted record from lists unless the filter names deletedAt',
    'WRITE-007': 'MUST bring a soft-deleted record back on restore',
    'WRITE-008': 'MUST refuse a bulk DELETE without a filter',
    'WRITE-009': 'MUST embed the related record with depth=1, on reads and on writes',
    'WRITE-010': 'MUST refuse an invalid body with 400 and the error body, and write nothing',
    'WRITE-011': 'MUST normalise links and emails on write',
    'WRITE-040': 'MUST refuse a duplicate unique value, and write nothing of the batch',
    'WRITE-041': 'MUST answer a refused write with a 4xx and the error body, never a 5xx',
    'WRITE-042': 'MUST write nothing when a write is refused',
  });
});

test('no write check ever runs in smoke; the destructive bulk probe runs in gate only', () => {
  for (const check of WRITE_CHECKS) {
    assert.equal(check.area, 'writes');
    assert.ok(!check.profiles.includes('smoke'), check.id);
    assert.match(check.sentence, /§\d/, check.id);
  }
  assert.deepEqual(WRITE_CHECKS.find((check) => check.id === 'WRITE-008')!.profiles, ['gate']);
});

test('every write check names its rule: a pure judge in generators/writes/', () => {
  for (const check of WRITE_CHECKS) assert.match(check.rule?.module ?? '', /^generators\/writes\/[a-z-]+\.ts$/, check.id);
});
