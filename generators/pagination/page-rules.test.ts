import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeCursor } from './cursor.ts';
import {
  cursorIdViolations,
  forwardPageViolations,
  idsOf,
  judgeClampedLimit,
  judgeDefaultLimit,
  judgeForwardPage,
  judgeLastPage,
  judgeStepBack,
  judgeTotalCount,
  limitViolations,
  pageBefore,
  sequenceDifference,
  walkPageBound,
} from './page-rules.ts';
import type { Page } from './walk.ts';

const page = (ids: string[], totalCount: number, info: Partial<Page['pageInfo']> = {}): Page => ({
  records: ids.map((id) => ({ id })),
  totalCount,
  pageInfo: { startCursor: ids.length ? 'c1' : null, endCursor: ids.length ? 'c2' : null, hasNextPage: false, hasPreviousPage: false, ...info },
});

test('walkPageBound allows the full pages plus two', () => {
  assert.equal(walkPageBound(10, 3), 6);
  assert.equal(walkPageBound(0, 5), 2);
  assert.equal(walkPageBound(7, 0), 9);
});

describe('sequenceDifference', () => {
  test('undefined for equal sequences', () => assert.equal(sequenceDifference(['a', 'b'], ['a', 'b']), undefined));
  test('names the first differing position, a missing tail and an extra one', () => {
    assert.equal(sequenceDifference(['a', 'c'], ['a', 'b']), 'position 2 holds c, expected b (2 records, expected 2)');
    assert.equal(sequenceDifference(['a'], ['a', 'b']), 'position 2 holds nothing, expected b (1 records, expected 2)');
    assert.equal(sequenceDifference(['a', 'a'], ['a']), 'position 2 holds a, expected nothing (2 records, expected 1)');
  });
  test('idsOf reads ids as strings', () => assert.deepEqual(idsOf([{ id: 'x' }, { id: 1 }]), ['x', '1']));
});

describe('forwardPageViolations', () => {
  test('a sound first page and a sound last page', () => {
    assert.deepEqual(forwardPageViolations(page(['a'], 2, { hasNextPage: true }), { startingAfter: false, remaining: 1 }), []);
    assert.deepEqual(forwardPageViolations(page(['b'], 2, { hasPreviousPage: true }), { startingAfter: true, remaining: 0 }), []);
  });
  test('hasNextPage on the last page', () => {
    assert.deepEqual(forwardPageViolations(page(['b'], 2, { hasPreviousPage: true, hasNextPage: true }), { startingAfter: true, remaining: 0 }), [
      'hasNextPage is true, expected false (0 records follow the page)',
    ]);
  });
  test('hasPreviousPage must follow the cursor, and an empty page has null cursors', () => {
    const empty = page([], 2, { startCursor: 'x', hasPreviousPage: false });
    assert.deepEqual(forwardPageViolations(empty, { startingAfter: true }), [
      'hasPreviousPage is false, expected true (a starting_after cursor was sent)',
      'an empty page has startCursor "x" and endCursor null, expected null',
    ]);
  });
});

describe('limitViolations', () => {
  test('a limit above the maximum is clamped', () => {
    assert.deepEqual(limitViolations(page(Array.from({ length: 60 }, (_, i) => `r${i}`), 80), { requested: 61, maximum: 60 }), []);
    assert.deepEqual(limitViolations(page(Array.from({ length: 61 }, (_, i) => `r${i}`), 80), { requested: 61, maximum: 60 }), [
      '61 records for limit 61 clamped to the maximum 60 with totalCount 80, expected 60',
    ]);
  });
  test('fewer records than the limit only when the list is shorter', () => {
    assert.deepEqual(limitViolations(page(['a', 'b'], 2), { requested: 61, maximum: 60 }), []);
    assert.deepEqual(limitViolations(page(['a'], 5), { requested: 3, maximum: null }), ['1 records for limit 3 with totalCount 5, expected 3']);
  });
});

test('pageBefore is the limit records before the page, fewer at the start', () => {
  const list = ['a', 'b', 'c', 'd', 'e'];
  assert.deepEqual(pageBefore(list, 4, 2), ['c', 'd']);
  assert.deepEqual(pageBefore(list, 1, 3), ['a']);
  assert.deepEqual(pageBefore(list, 0, 3), []);
});

describe('cursorIdViolations', () => {
  const encode = (id: string) => Buffer.from(JSON.stringify({ name: 'x', id })).toString('base64');
  const decode = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64').toString());
  test('cursors of the first and last records pass', () => {
    assert.deepEqual(cursorIdViolations(page(['a', 'b'], 2, { startCursor: encode('a'), endCursor: encode('b') }), decode), []);
  });
  test('swapped, undecodable and null cursors are named', () => {
    const swapped = page(['a', 'b'], 2, { startCursor: encode('b'), endCursor: 'not-json' });
    assert.deepEqual(cursorIdViolations(swapped, decode), [
      `startCursor "${encode('b')}" is not the cursor of the first record a`,
      'endCursor "not-json" is not the cursor of the last record b',
    ]);
    assert.equal(cursorIdViolations(page(['a'], 1, { startCursor: null, endCursor: null }), decode).length, 2);
    assert.deepEqual(cursorIdViolations(page([], 0), decode), []);
  });
});

// ---------------------------------------------------------------- the checks' judges

/** A page whose cursors are the first and last records' (as Twenty encodes them). */
const cursored = (ids: string[], totalCount: number, flags: { hasNextPage: boolean; hasPreviousPage: boolean }): Page =>
  page(ids, totalCount, { startCursor: ids.length ? encodeCursor({ id: ids[0] }) : null, endCursor: ids.length ? encodeCursor({ id: ids[ids.length - 1] }) : null, ...flags });

describe('judgeForwardPage (PAG-004)', () => {
  test('valid: a first page of a longer list, the last page after a cursor, an empty page', () => {
    assert.deepEqual(judgeForwardPage(cursored(['a'], 3, { hasNextPage: true, hasPreviousPage: false }), { startingAfter: false, remaining: 2, ids: ['a'] }), []);
    assert.deepEqual(judgeForwardPage(cursored(['c'], 3, { hasNextPage: false, hasPreviousPage: true }), { startingAfter: true, remaining: 0, ids: ['c'] }), []);
    assert.deepEqual(judgeForwardPage(cursored([], 0, { hasNextPage: false, hasPreviousPage: false }), { startingAfter: false, remaining: 0, ids: [] }), []);
  });
  test('invalid: hasNextPage on the last page, the wrong records first', () => {
    assert.deepEqual(judgeForwardPage(cursored(['b'], 3, { hasNextPage: true, hasPreviousPage: true }), { startingAfter: true, remaining: 0, ids: ['c'] }), [
      'records: position 1 holds b, expected c (1 records, expected 1)',
      'hasNextPage is true, expected false (0 records follow the page)',
    ]);
  });
  test('invalid: cursors that are not the records\' own', () => {
    const wrong = page(['a', 'b'], 2, { startCursor: encodeCursor({ id: 'b' }), endCursor: encodeCursor({ id: 'b' }) });
    assert.equal(judgeForwardPage(wrong, { startingAfter: false, remaining: 0 }).length, 1);
  });
});

describe('judgeTotalCount (PAG-005)', () => {
  test('valid: the filtered count whatever the page', () => assert.deepEqual(judgeTotalCount(page(['a'], 4), 4, 'limit=1'), []));
  test('invalid: the count of every record', () => assert.deepEqual(judgeTotalCount(page(['a'], 90), 4, 'limit=1'), ['totalCount 90 for limit=1']));
});

describe('judgeClampedLimit (PAG-006)', () => {
  const many = (n: number) => page(Array.from({ length: n }, (_, i) => `r${i}`), 80);
  test('valid: limit=61 answered with the 60 of the maximum', () => assert.deepEqual(judgeClampedLimit({ status: 200, body: '' }, many(60), 60), []));
  test('invalid: honoured, or refused', () => {
    assert.deepEqual(judgeClampedLimit({ status: 200, body: '' }, many(61), 60), ['61 records for limit 61 clamped to the maximum 60 with totalCount 80, expected 60']);
    assert.deepEqual(judgeClampedLimit({ status: 400, body: '{"statusCode":400}' }, undefined, 60), ['HTTP 400 {"statusCode":400}']);
  });
});

describe('judgeDefaultLimit (PAG-007)', () => {
  const many = (n: number) => page(Array.from({ length: n }, (_, i) => `r${i}`), 80);
  test('valid: the default page', () => assert.deepEqual(judgeDefaultLimit(many(60), 60, 200), []));
  test('invalid: a page of the maximum', () => assert.deepEqual(judgeDefaultLimit(many(80), 60, 200), ['80 records for limit 60 with totalCount 80, expected 60']));
});

describe('judgeLastPage (PAG-010)', () => {
  const list = ['a', 'b', 'c', 'd'];
  test('valid: the last two records, more before them', () => {
    assert.deepEqual(judgeLastPage(page(['c', 'd'], 4, { hasNextPage: false, hasPreviousPage: true }), list, 2), []);
  });
  test('invalid: the first page instead of the last', () => {
    assert.deepEqual(judgeLastPage(page(['a', 'b'], 4, { hasNextPage: true, hasPreviousPage: false }), list, 2), [
      'records: position 1 holds a, expected c (2 records, expected 2)',
      'hasNextPage is true, expected false',
      'hasPreviousPage is false, expected true',
    ]);
  });
});

describe('judgeStepBack (PAG-003)', () => {
  const list = ['a', 'b', 'c', 'd', 'e'];
  const back = (ids: string[], flags: { hasNextPage: boolean; hasPreviousPage: boolean }) => page(ids, 5, flags);
  test('valid: the page before page 3 is page 2, with more before it; before page 2, the first', () => {
    assert.deepEqual(judgeStepBack(back(['c', 'd'], { hasNextPage: true, hasPreviousPage: true }), list, 2, 2), []);
    assert.deepEqual(judgeStepBack(back(['a', 'b'], { hasNextPage: true, hasPreviousPage: false }), list, 1, 2), []);
  });
  test('invalid: ending_before includes the cursor record, and the flags are wrong', () => {
    assert.deepEqual(judgeStepBack(back(['d', 'e'], { hasNextPage: false, hasPreviousPage: true }), list, 2, 2), [
      'ending_before=<startCursor of page 3>: position 1 holds d, expected c (2 records, expected 2)',
      'ending_before=<startCursor of page 3>: hasNextPage is false, expected true (a cursor was sent)',
    ]);
  });
});
