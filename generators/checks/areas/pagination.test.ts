import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGINATION_CHECKS } from './pagination.ts';

test('PAG id/title pairs are stable (a changed title is a deliberate edit here)', () => {
  assert.deepEqual(Object.fromEntries(PAGINATION_CHECKS.map((check) => [check.id, check.title])), {
    'PAG-001': 'MUST return every record exactly once and in order when walking forward with starting_after',
    'PAG-002': 'MUST return the records before the cursor, in the requested order, when walking backward with ending_before',
    'PAG-003': "MUST step back to the previous page when ending_before is a page's startCursor",
    'PAG-004': 'MUST set hasNextPage, hasPreviousPage and the cursors of a forward page as era D defines them',
    'PAG-005': 'MUST count in totalCount every record the filter matches, whatever the cursor and the limit',
    'PAG-006': "MUST clamp a limit above the document's maximum instead of refusing or honouring it",
    'PAG-007': "MUST return a page of the document's default limit when limit is absent",
    'PAG-008': 'MUST reject a cursor that does not decode with 400 "Invalid cursor"',
    'PAG-009': 'MUST reject starting_after together with ending_before with 400',
    'PAG-010': 'SHOULD answer an empty ending_before with the last page',
  });
});

test('every PAG check is in its area, has its level in the title and cites a section', () => {
  for (const check of PAGINATION_CHECKS) {
    assert.equal(check.area, 'pagination');
    assert.ok(check.title.startsWith(`${check.level} `), check.id);
    assert.match(check.sentence, /§\d/, check.id);
  }
});

test('the smoke profile runs only the walks and the clamp (budget: ≤ 12 requests with ORD)', () => {
  assert.deepEqual(PAGINATION_CHECKS.filter((check) => check.profiles.includes('smoke')).map((check) => check.id), ['PAG-001', 'PAG-002', 'PAG-006']);
});
