import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RestInputError } from '../errors/rest-input-error.ts';
import { orderByArb } from './arbitraries.ts';
import { OrderByRunnerError, parseOrderBy, printOrderBy } from './grammar.ts';
import type { OrderByItem } from './grammar.ts';

const ID: OrderByItem = { path: ['id'], direction: 'AscNullsFirst' };
const item = (path: string, direction: OrderByItem['direction']): OrderByItem => ({ path: path.split('.'), direction });
const INVALID = (d: string) =>
  `'order_by' direction '${d}' invalid. Allowed values are 'AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast'. eg: ?order_by=field_1[AscNullsFirst],field_2[DescNullsLast],field_3`;

describe('parseOrderBy: accepted', () => {
  const cases: [string, OrderByItem[]][] = [
    ['position[DescNullsLast]', [item('position', 'DescNullsLast'), ID]],
    ['name.firstName[AscNullsLast],city', [item('name.firstName', 'AscNullsLast'), item('city', 'AscNullsFirst'), ID]],
    ['id[DescNullsLast],name', [item('id', 'DescNullsLast'), item('name', 'AscNullsFirst')]],
    ['a,id[DescNullsFirst],id', [item('a', 'AscNullsFirst'), item('id', 'DescNullsFirst')]],
    ['a, b', [item('a', 'AscNullsFirst'), item(' b', 'AscNullsFirst'), ID]],
    ['', [item('', 'AscNullsFirst'), ID]],
    ['a,,b', [item('a', 'AscNullsFirst'), item('', 'AscNullsFirst'), item('b', 'AscNullsFirst'), ID]],
    // a direction needs both brackets; the first ] is dropped from what follows the first [
    ['a[AscNullsLast', [item('a[AscNullsLast', 'AscNullsFirst'), ID]],
    ['a]b[DescNullsLast', [item('a]b', 'DescNullsLast'), ID]],
    ['a[Desc]NullsLast', [item('a', 'DescNullsLast'), ID]],
  ];
  for (const [query, expected] of cases) {
    test(JSON.stringify(query), () => assert.deepStrictEqual(parseOrderBy(query), expected));
  }
  test('non-string values order by id only', () => {
    for (const raw of [undefined, null, ['a', 'b'], { a: 'b' }, 5]) assert.deepStrictEqual(parseOrderBy(raw), [ID]);
  });
  test('the default direction is injectable (for the reference fault)', () => {
    assert.deepStrictEqual(parseOrderBy('a,b[AscNullsLast]', { defaultDirection: 'DescNullsFirst' }), [
      item('a', 'DescNullsFirst'),
      item('b', 'AscNullsLast'),
      ID,
    ]);
  });
});

describe('parseOrderBy: rejected', () => {
  const cases: [string, string][] = [
    ['a[asc]', INVALID('asc')],
    ['a[DescNullsLast]x', INVALID('DescNullsLastx')],
    ['a[ascnullsfirst]', INVALID('ascnullsfirst')],
    ['a[]', INVALID('')],
    ['a[b[AscNullsFirst]', INVALID('b')],
    ['a[AscNullsFirst],b[DESC]', INVALID('DESC')],
    // a real invalid direction later in the list wins over a prototype name (parser before runner)
    ['a[toString],b[up]', INVALID('up')],
  ];
  for (const [query, message] of cases) {
    test(query, () =>
      assert.throws(() => parseOrderBy(query), (error: unknown) => {
        assert.ok(error instanceof RestInputError);
        assert.equal(error.message, message);
        return true;
      }),
    );
  }
  for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', '__lookupSetter__']) {
    test(`a[${name}] → the runner's scalar-field text, not a crash`, () =>
      assert.throws(() => parseOrderBy(`name.firstName[${name}]`), (error: unknown) => {
        assert.ok(error instanceof OrderByRunnerError);
        assert.equal(error.field, 'name');
        assert.equal(
          error.message,
          'Scalar field "name" requires a direction value (AscNullsFirst, AscNullsLast, DescNullsFirst, DescNullsLast)',
        );
        return true;
      }),
    );
  }
});

describe('printOrderBy', () => {
  for (const query of ['position[DescNullsLast],id[AscNullsFirst]', 'name.firstName[AscNullsLast],id[DescNullsFirst]']) {
    test(query, () => assert.equal(printOrderBy(parseOrderBy(query)), query));
  }
  test('parse(print(items)) keeps the items', () => {
    const items = [item('a.b', 'DescNullsFirst'), item('c', 'AscNullsLast'), ID];
    assert.deepStrictEqual(parseOrderBy(printOrderBy(items)), items);
  });
});

describe('properties', () => {
  test('parseOrderBy returns items or throws RestInputError on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab.,[] AscNullsFirstDe_protoString'), maxLength: 30 }), (raw) => {
        try {
          const items = parseOrderBy(raw);
          assert.ok(items.some((i) => i.path[0] === 'id'));
        } catch (error) {
          assert.ok(error instanceof RestInputError, String(error));
        }
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
  test('orderByArb output survives print and parse', () => {
    const paths = [['name', 'firstName'], ['position'], ['id'], ['createdAt']];
    fc.assert(
      fc.property(orderByArb(paths, { maxItems: 3 }), (items) => {
        assert.deepStrictEqual(parseOrderBy(printOrderBy(items)), items);
        assert.equal(items.filter((i) => i.path[0] === 'id').length, 1);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
