import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FieldResolver, ResolvedField } from '../filter/field-resolver.ts';
import { decideRecords, decideValues, describeViolation, firstOrderViolation, textOrderIsPortable } from './decidable-order.ts';
import { parseOrderBy } from './grammar.ts';
import { sortRecords } from './oracle.ts';

const FIELDS: Record<string, ResolvedField> = {
  id: { kind: 'UUID' },
  name: { kind: 'TEXT' },
  employees: { kind: 'NUMBER' },
  createdAt: { kind: 'DATE_TIME' },
  stage: { kind: 'SELECT', options: ['NEW', 'MEETING', 'CUSTOMER'] },
  tags: { kind: 'ARRAY' },
  extra: { kind: 'RAW_JSON' },
};
const resolve: FieldResolver = (path) => FIELDS[path.join('.')];
const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('textOrderIsPortable', () => {
  test('one case class of letters and digits is portable', () => {
    assert.equal(textOrderIsPortable('acme', 'globex'), true);
    assert.equal(textOrderIsPortable('ACME', 'A1'), true);
    assert.equal(textOrderIsPortable('', 'x9'), true);
  });
  test('mixed case, spaces and punctuation are not', () => {
    assert.equal(textOrderIsPortable('Acme', 'acme'), false);
    assert.equal(textOrderIsPortable('acme', 'ACME'), false);
    assert.equal(textOrderIsPortable('new york', 'newark'), false);
    assert.equal(textOrderIsPortable('a_b', 'ab'), false);
  });
});

describe('decideValues', () => {
  test('text: C collation always decides, portable only within a case class', () => {
    assert.equal(decideValues('B', 'a', { kind: 'TEXT' }, 'c-collation'), -1);
    assert.equal(decideValues('B', 'a', { kind: 'TEXT' }, 'portable'), undefined);
    assert.equal(decideValues('b', 'a', { kind: 'TEXT' }, 'portable'), 1);
    assert.equal(decideValues('Same Text', 'Same Text', { kind: 'TEXT' }, 'portable'), 0);
  });
  test('a DATE_TIME tie at the millisecond is undecided, a difference is not', () => {
    const field: ResolvedField = { kind: 'DATE_TIME' };
    assert.equal(decideValues('2024-01-01T00:00:00.001Z', '2024-01-01T00:00:00.001Z', field, 'c-collation'), undefined);
    assert.equal(decideValues('2024-01-01T00:00:00.001Z', '2024-01-01T00:00:00.002Z', field, 'portable'), -1);
  });
  test('RAW_JSON is never decided; SELECT follows option order; arrays compare element-wise', () => {
    assert.equal(decideValues({ a: 1 }, { b: 2 }, { kind: 'RAW_JSON' }, 'c-collation'), undefined);
    assert.equal(decideValues('NEW', 'CUSTOMER', FIELDS['stage']!, 'portable'), -1);
    assert.equal(decideValues(['b2b'], ['b2b', 'x'], { kind: 'ARRAY' }, 'portable'), -1);
    assert.equal(decideValues(['b2b', 'Priority'], ['b2b', 'priority'], { kind: 'ARRAY' }, 'portable'), undefined);
    assert.equal(decideValues(['b2b', 'Priority'], ['b2b', 'priority'], { kind: 'ARRAY' }, 'c-collation'), -1);
  });
});

describe('decideRecords', () => {
  const a = { id: id(1), name: 'Acme', employees: null, createdAt: '2024-01-01T00:00:00.000Z' };
  const b = { id: id(2), name: 'acme', employees: 5, createdAt: '2024-01-01T00:00:00.000Z' };
  test('NULL placement is decided as named in every direction, whatever the policy', () => {
    assert.equal(decideRecords(a, b, parseOrderBy('employees[AscNullsFirst]'), resolve, 'portable'), -1);
    assert.equal(decideRecords(a, b, parseOrderBy('employees[AscNullsLast]'), resolve, 'portable'), 1);
    assert.equal(decideRecords(a, b, parseOrderBy('employees[DescNullsFirst]'), resolve, 'portable'), -1);
    assert.equal(decideRecords(a, b, parseOrderBy('employees[DescNullsLast]'), resolve, 'portable'), 1);
  });
  test('an undecided item stops the comparison; a decided tie falls through to id', () => {
    assert.equal(decideRecords(a, b, parseOrderBy('name[AscNullsFirst]'), resolve, 'portable'), undefined);
    assert.equal(decideRecords(a, b, parseOrderBy('name[DescNullsFirst]'), resolve, 'c-collation'), 1);
    assert.equal(decideRecords(a, b, parseOrderBy('createdAt'), resolve, 'c-collation'), undefined);
    assert.equal(decideRecords(a, { ...a, id: id(3) }, parseOrderBy('name'), resolve, 'portable'), -1);
  });
  test('an unknown path is undecided', () => assert.equal(decideRecords(a, b, parseOrderBy('nope'), resolve, 'c-collation'), undefined));
});

describe('firstOrderViolation', () => {
  const records = [
    { id: id(1), employees: 10, stage: 'CUSTOMER' },
    { id: id(2), employees: null, stage: 'NEW' },
    { id: id(3), employees: 3, stage: 'MEETING' },
    { id: id(4), employees: 10, stage: null },
  ];
  test('agrees with sortRecords when everything is decided', () => {
    for (const query of ['employees[AscNullsFirst]', 'employees[DescNullsLast]', 'stage[AscNullsLast]', 'stage[DescNullsFirst],id[DescNullsLast]']) {
      const items = parseOrderBy(query);
      assert.equal(firstOrderViolation(sortRecords(records, items, resolve), items, resolve, 'c-collation'), undefined, query);
    }
  });
  test('finds nulls placed last under DescNullsFirst and names both records', () => {
    const items = parseOrderBy('employees[DescNullsFirst]');
    const wrong = [records[0]!, records[3]!, records[2]!, records[1]!];
    const violation = firstOrderViolation(wrong, items, resolve, 'portable');
    assert.deepEqual(violation, { earlier: 0, later: 3, earlierId: id(1), laterId: id(2) });
    assert.match(describeViolation(wrong, violation!, items), /#1 .*employees=10.* is listed before #4 .*employees=null/);
  });
  test('finds SELECT values sorted alphabetically instead of by option order', () => {
    const items = parseOrderBy('stage[AscNullsLast]');
    const alphabetical = [records[0]!, records[2]!, records[1]!, records[3]!];
    assert.equal(firstOrderViolation(alphabetical, items, resolve, 'portable')?.laterId, id(3));
  });
  test('compares every pair, so an undecided neighbour hides nothing', () => {
    const items = parseOrderBy('name[AscNullsFirst]');
    const list = [{ id: id(1), name: 'b' }, { id: id(2), name: 'B!' }, { id: id(3), name: 'a' }];
    assert.deepEqual(firstOrderViolation(list, items, resolve, 'portable'), { earlier: 0, later: 2, earlierId: id(1), laterId: id(3) });
  });
});
