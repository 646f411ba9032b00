import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOrderBy } from './grammar.ts';
import { directionCases, optionOrderedPaths, rankPaths, requestedOrderBy, type SortablePath } from './order-cases.ts';

const PATHS: SortablePath[] = [
  { path: ['id'], resolved: { kind: 'UUID' } },
  { path: ['name'], resolved: { kind: 'TEXT' } },
  { path: ['employees'], resolved: { kind: 'NUMBER' } },
  { path: ['stage'], resolved: { kind: 'SELECT', options: ['NEW', 'MEETING'] } },
  { path: ['constant'], resolved: { kind: 'NUMBER' } },
  { path: ['extraData'], resolved: { kind: 'RAW_JSON' } },
];
const RECORDS = [
  { id: 'a', name: 'Acme', employees: 10, stage: 'MEETING', constant: 1, extraData: { x: 1 } },
  { id: 'b', name: 'acme', employees: null, stage: 'NEW', constant: 1, extraData: null },
  { id: 'c', name: 'Globex', employees: 3, stage: 'NEW', constant: 1, extraData: { y: 2 } },
];

describe('rankPaths', () => {
  test('NULLs with a decided pair first, RAW_JSON never, constant columns last', () => {
    const ranked = rankPaths(PATHS, RECORDS, 'c-collation');
    assert.deepEqual(ranked.map((entry) => entry.path.join('.')), ['employees', 'id', 'name', 'stage', 'constant']);
    assert.deepEqual(
      ranked.map((entry) => [entry.nulls, entry.distinct, entry.decidedPair]),
      [[1, 2, true], [0, 3, true], [0, 3, true], [0, 2, true], [0, 1, false]],
    );
  });
  test('under the portable policy, mixed-case text alone decides nothing', () => {
    const ranked = rankPaths([PATHS[1]!], [RECORDS[0]!, RECORDS[1]!], 'portable');
    assert.equal(ranked[0]!.decidedPair, false);
  });
});

describe('directionCases', () => {
  const ranked = rankPaths(PATHS, RECORDS, 'c-collation');
  test('all four directions per path, path by path, within the budget', () => {
    assert.deepEqual(directionCases(ranked, 5).map((c) => `${c.path.join('.')}[${c.direction}]`), [
      'employees[AscNullsFirst]',
      'employees[AscNullsLast]',
      'employees[DescNullsFirst]',
      'employees[DescNullsLast]',
      'id[AscNullsFirst]',
    ]);
  });
  test('paths without a decided pair are skipped, and a chosen direction list is honoured', () => {
    const cases = directionCases(ranked, 100, ['DescNullsFirst']);
    assert.deepEqual(cases.map((c) => c.path.join('.')), ['employees', 'id', 'name', 'stage']);
  });
});

test('optionOrderedPaths keeps SELECT/RATING paths that can show their order', () => {
  assert.deepEqual(optionOrderedPaths(rankPaths(PATHS, RECORDS, 'portable')).map((entry) => entry.path), [['stage']]);
  assert.deepEqual(optionOrderedPaths(rankPaths(PATHS, [RECORDS[1]!, RECORDS[2]!], 'portable')), []);
});

describe('requestedOrderBy', () => {
  test('drops the id tie-breaker parseOrderBy appended, keeps an id item that means something else', () => {
    assert.equal(requestedOrderBy(parseOrderBy('stage[AscNullsLast],name')), 'stage[AscNullsLast],name[AscNullsFirst]');
    assert.equal(requestedOrderBy(parseOrderBy('id[DescNullsLast],stage')), 'id[DescNullsLast],stage[AscNullsFirst]');
    assert.equal(requestedOrderBy(parseOrderBy('stage,id')), 'stage[AscNullsFirst]');
    assert.equal(requestedOrderBy(parseOrderBy('id')), 'id[AscNullsFirst]');
  });
});
