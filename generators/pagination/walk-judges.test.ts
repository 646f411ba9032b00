import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeCursor } from './cursor.ts';
import type { Page, Walk } from './walk.ts';
import { judgeBackwardWalk, judgeForwardWalk, judgeStepBack } from './walk-judges.ts';

const cursor = (id: string) => encodeCursor({ id });

function page(ids: string[], totalCount: number, flags: { hasNextPage: boolean; hasPreviousPage: boolean }): Page {
  return {
    records: ids.map((id) => ({ id })),
    totalCount,
    pageInfo: { startCursor: ids.length ? cursor(ids[0]!) : null, endCursor: ids.length ? cursor(ids[ids.length - 1]!) : null, ...flags },
  };
}

const TRUTH = ['a', 'b', 'c', 'd', 'e'];

describe('judgeForwardWalk (PAG-001)', () => {
  test('valid: every record once, in order, full pages, era-D flags', () => {
    const walk: Walk = {
      direction: 'forward',
      truncated: false,
      pages: [
        page(['a', 'b'], 5, { hasNextPage: true, hasPreviousPage: false }),
        page(['c', 'd'], 5, { hasNextPage: true, hasPreviousPage: true }),
        page(['e'], 5, { hasNextPage: false, hasPreviousPage: true }),
      ],
    };
    assert.deepEqual(judgeForwardWalk(walk, TRUTH, 2), []);
  });
  test('invalid: starting_after repeats the cursor record', () => {
    const walk: Walk = {
      direction: 'forward',
      truncated: false,
      pages: [
        page(['a', 'b'], 5, { hasNextPage: true, hasPreviousPage: false }),
        page(['b', 'c'], 5, { hasNextPage: true, hasPreviousPage: true }),
        page(['c', 'd'], 5, { hasNextPage: true, hasPreviousPage: true }),
        page(['d', 'e'], 5, { hasNextPage: false, hasPreviousPage: true }),
      ],
    };
    const problems = judgeForwardWalk(walk, TRUTH, 2);
    assert.ok(problems.includes('record b appears twice (pages 1 and 2)'), problems.join('\n'));
  });
});

describe('judgeBackwardWalk (PAG-002)', () => {
  // Walked back from the endCursor of the single-page answer: the records before e.
  const backward = (first: string[], second: string[]): Walk => ({
    direction: 'backward',
    truncated: false,
    before: cursor('e'),
    pages: [page(first, 5, { hasNextPage: true, hasPreviousPage: true }), page(second, 5, { hasNextPage: true, hasPreviousPage: false })],
  });
  test('valid: the records before the last one, pages in the requested order', () => {
    assert.deepEqual(judgeBackwardWalk(backward(['c', 'd'], ['a', 'b']), TRUTH, 2), []);
  });
  test('invalid: a page in scan (reversed) order', () => {
    const problems = judgeBackwardWalk(backward(['d', 'c'], ['a', 'b']), TRUTH, 2);
    assert.ok(problems.some((problem) => problem.startsWith('order: position 3 holds d, expected c')), problems.join('\n'));
  });
});

describe('judgeStepBack (PAG-003)', () => {
  test('valid: the page before page 3 is page 2, with more before it', () => {
    assert.deepEqual(judgeStepBack(page(['c', 'd'], 5, { hasNextPage: true, hasPreviousPage: true }), TRUTH, 2, 2), []);
    assert.deepEqual(judgeStepBack(page(['a', 'b'], 5, { hasNextPage: true, hasPreviousPage: false }), TRUTH, 1, 2), []);
  });
  test('invalid: ending_before includes the cursor record, and the flags are wrong', () => {
    assert.deepEqual(judgeStepBack(page(['d', 'e'], 5, { hasNextPage: false, hasPreviousPage: true }), TRUTH, 2, 2), [
      'ending_before=<startCursor of page 3>: position 1 holds d, expected c (2 records, expected 2)',
      'ending_before=<startCursor of page 3>: hasNextPage is false, expected true (a cursor was sent)',
    ]);
  });
});
