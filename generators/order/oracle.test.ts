import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FieldResolver, ResolvedField } from '../filter/field-resolver.ts';
import { parseOrderBy } from './grammar.ts';
import { compareRecords, sortRecords } from './oracle.ts';

const FIELDS: Record<string, ResolvedField> = {
  id: { kind: 'UUID' },
  city: { kind: 'TEXT' },
  'name.firstName': { kind: 'TEXT' },
  position: { kind: 'NUMBER' },
  active: { kind: 'BOOLEAN' },
  createdAt: { kind: 'DATE_TIME' },
  birthday: { kind: 'DATE' },
  stage: { kind: 'SELECT', options: ['NEW', 'WON', 'LOST'] },
  rating: { kind: 'RATING', options: ['RATING_1', 'RATING_2', 'RATING_10'] },
  tags: { kind: 'MULTI_SELECT', options: ['Z', 'A'] },
};
const resolve: FieldResolver = (path) => FIELDS[path.join('.')];

const r = (id: string, fields: Record<string, unknown>) => ({ id, ...fields });
const RECORDS = [
  r('00000000-0000-4000-8000-000000000001', { city: 'b', name: { firstName: 'Zed' }, position: 10, active: true, createdAt: '2024-01-02T00:00:00.000Z', birthday: '1990-01-02', stage: 'LOST', rating: 'RATING_10', tags: ['A'] }),
  r('00000000-0000-4000-8000-000000000002', { city: '', name: { firstName: 'amy' }, position: 9, active: false, createdAt: '2023-12-31T23:59:59.999Z', birthday: '2000-01-01', stage: 'NEW', rating: 'RATING_2', tags: ['Z', 'A'] }),
  r('00000000-0000-4000-8000-000000000003', { city: null, name: { firstName: null }, position: null, active: null, createdAt: null, birthday: null, stage: null, rating: null, tags: null }),
  r('00000000-0000-4000-8000-000000000004', { city: 'B', name: { firstName: 'Bob' }, position: -1.5, active: true, createdAt: '2024-01-01T00:00:00.000Z', birthday: '1985-06-30', stage: 'WON', rating: 'RATING_1', tags: ['Z'] }),
];
const order = (query: string) => sortRecords(RECORDS, parseOrderBy(query), resolve).map((record) => record.id.slice(-1)).join('');

describe('sortRecords', () => {
  const cases: [string, string][] = [
    ['id', '1234'],
    ['id[DescNullsLast]', '4321'],
    // "" is a value, NULL is placed as named, text in code-point order ('' < 'B' < 'b')
    ['city[AscNullsFirst]', '3241'],
    ['city[AscNullsLast]', '2413'],
    ['city[DescNullsFirst]', '3142'],
    ['city[DescNullsLast]', '1423'],
    ['name.firstName[AscNullsLast]', '4123'],
    ['position', '3421'],
    ['position[DescNullsLast]', '1243'],
    ['active[AscNullsLast],id[DescNullsFirst]', '2413'],
    ['createdAt[AscNullsLast]', '2413'],
    ['birthday[DescNullsFirst]', '3214'],
    // option order, not alphabetical
    ['stage[AscNullsLast]', '2413'],
    ['rating[DescNullsLast]', '1243'],
    ['tags[AscNullsLast]', '4213'],
    // the id tie-breaker decides among equal values
    ['active[DescNullsLast]', '1423'],
  ];
  for (const [query, expected] of cases) {
    test(`${query} → ${expected}`, () => assert.equal(order(query), expected));
  }
  test('the sort is stable and does not touch its input', () => {
    const before = RECORDS.map((record) => record.id);
    sortRecords(RECORDS, parseOrderBy('position[DescNullsFirst]'), resolve);
    assert.deepStrictEqual(RECORDS.map((record) => record.id), before);
    const ties = [r('b', { active: true }), r('a', { active: true })];
    assert.deepStrictEqual(sortRecords(ties, [{ path: ['active'], direction: 'AscNullsFirst' }], resolve).map((x) => x.id), ['b', 'a']);
  });
});

describe('compareRecords', () => {
  test('is antisymmetric and 0 only for equal keys', () => {
    const items = parseOrderBy('city[AscNullsLast]');
    for (const a of RECORDS) {
      for (const b of RECORDS) {
        assert.equal(Math.sign(compareRecords(a, b, items, resolve)) + Math.sign(compareRecords(b, a, items, resolve)), 0);
        assert.equal(compareRecords(a, b, items, resolve) === 0, a === b);
      }
    }
  });
  test('an unresolvable path is an error', () =>
    assert.throws(() => compareRecords(RECORDS[0]!, RECORDS[1]!, parseOrderBy('nope'), resolve), /no field resolves/));
});
