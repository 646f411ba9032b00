import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ORDERING_CHECKS } from './ordering.ts';

test('ORD id/title pairs are stable (a changed title is a deliberate edit here)', () => {
  assert.deepEqual(Object.fromEntries(ORDERING_CHECKS.map((check) => [check.id, check.title])), {
    'ORD-001': 'MUST order records as each direction names: AscNullsFirst, AscNullsLast, DescNullsFirst, DescNullsLast',
    'ORD-002': 'MUST sort an order_by item without a direction as AscNullsFirst, and by id when order_by is absent',
    'ORD-003': 'MUST order by several fields from left to right and break the remaining ties by id ascending',
    'ORD-004': 'MUST sort SELECT and RATING fields by their declared option order, not alphabetically',
  });
});

test('every ORD check is in its area, has its level in the title and cites a section', () => {
  for (const check of ORDERING_CHECKS) {
    assert.equal(check.area, 'ordering');
    assert.ok(check.title.startsWith(`${check.level} `), check.id);
    assert.match(check.sentence, /§\d/, check.id);
  }
});

test('the smoke profile runs only the three cheap ordering checks (budget: ≤ 12 requests with PAG)', () => {
  assert.deepEqual(ORDERING_CHECKS.filter((check) => check.profiles.includes('smoke')).map((check) => check.id), ['ORD-001', 'ORD-002', 'ORD-003']);
});
