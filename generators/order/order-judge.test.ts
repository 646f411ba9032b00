import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FieldResolver, ResolvedField } from '../filter/field-resolver.ts';
import { parseOrderBy } from './grammar.ts';
import { explicitDefaultOrder, judgeDefaultDirection, judgeOrderedPage, pageDifference, type OrderedPageObservation } from './order-judge.ts';
import { sortRecords } from './oracle.ts';

const FIELDS: Record<string, ResolvedField> = {
  id: { kind: 'UUID' },
  name: { kind: 'TEXT' },
  employees: { kind: 'NUMBER' },
  stage: { kind: 'SELECT', options: ['NEW', 'MEETING', 'CUSTOMER'] },
};
const resolve: FieldResolver = (path) => FIELDS[path.join('.')];
const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const RECORDS = [
  { id: id(1), name: 'acme', employees: 10, stage: 'CUSTOMER' },
  { id: id(2), name: 'globex', employees: null, stage: 'NEW' },
  { id: id(3), name: 'initech', employees: 3, stage: 'MEETING' },
  { id: id(4), name: 'acme', employees: 20, stage: null },
];
const ids = (records: readonly Record<string, unknown>[]) => records.map((record) => String(record['id']));

/** The page of `orderBy` as the server listed it, over the four records. */
function observed(orderBy: string, records: readonly Record<string, unknown>[], policy: OrderedPageObservation['policy'] = 'c-collation'): OrderedPageObservation {
  return { universe: ids(RECORDS), limit: 5, records, items: parseOrderBy(orderBy), resolve, policy, what: `order_by=${orderBy}` };
}
const sorted = (orderBy: string) => sortRecords(RECORDS, parseOrderBy(orderBy), resolve);

describe('judgeOrderedPage', () => {
  test('the universe in the order asked is valid, under either text policy', () => {
    for (const orderBy of ['employees[AscNullsFirst]', 'employees[DescNullsLast]', 'stage[AscNullsLast]', 'name[DescNullsFirst],employees[AscNullsLast]']) {
      assert.equal(judgeOrderedPage(observed(orderBy, sorted(orderBy))), null, orderBy);
      assert.equal(judgeOrderedPage(observed(orderBy, sorted(orderBy), 'portable')), null, orderBy);
    }
  });

  test('ORD-001: NULLs placed last under DescNullsFirst (desc-nulls-first-placed-last) is a finding naming both records', () => {
    const wrong = sorted('employees[DescNullsLast]');
    assert.deepEqual(judgeOrderedPage(observed('employees[DescNullsFirst]', wrong)), {
      received: `#1 ${id(4)} (employees=20, id="${id(4)}") is listed before #4 ${id(2)} (employees=null, id="${id(2)}")`,
      expected: 'records in order_by=employees[DescNullsFirst] order, ties broken by id ascending',
    });
  });

  test('ORD-001: a page without the NULL rows (order-drops-null-rows) is incomplete', () => {
    const dropped = sorted('employees[AscNullsFirst]').filter((record) => record.employees !== null);
    assert.deepEqual(judgeOrderedPage(observed('employees[AscNullsFirst]', dropped)), {
      received: `order_by=employees[AscNullsFirst]: 3 record(s) returned; missing 1 [${id(2)}]`,
      expected: 'all 4 records of id[in]:[…] in one page (limit 5), in order',
    });
  });

  test('ORD-003: only the first item used (order-by-first-item-only) breaks the tie on the second', () => {
    const firstOnly = sorted('name[AscNullsFirst]');
    assert.notEqual(judgeOrderedPage(observed('name[AscNullsFirst],employees[DescNullsFirst]', firstOnly)), null);
    assert.equal(judgeOrderedPage(observed('name[AscNullsFirst],employees[DescNullsFirst]', sorted('name[AscNullsFirst],employees[DescNullsFirst]'))), null);
  });

  test('ORD-004: SELECT values sorted alphabetically (select-sorted-alphabetically) are out of option order', () => {
    const alphabetical = [RECORDS[0]!, RECORDS[2]!, RECORDS[1]!, RECORDS[3]!];
    assert.notEqual(judgeOrderedPage(observed('stage[AscNullsLast]', alphabetical)), null);
  });

  test('a pair only a locale collation could order differently is no finding on a portable target, with the hint when one is', () => {
    const mixed = [{ id: id(1), name: 'acme' }, { id: id(2), name: 'Acme' }];
    const page = { ...observed('name[AscNullsFirst]', mixed, 'portable'), universe: ids(mixed), limit: 3 };
    assert.equal(judgeOrderedPage(page), null);
    assert.equal(judgeOrderedPage({ ...page, policy: 'c-collation' })?.hint, undefined);
    const wrong = judgeOrderedPage({ ...page, records: [{ id: id(1), name: 'b' }, { id: id(2), name: 'a' }] });
    assert.match(wrong?.hint ?? '', /only where the C collation and a locale collation agree/);
  });
});

describe('pageDifference', () => {
  test('the same records in any order are no difference; missing, unexpected and duplicated are named', () => {
    assert.equal(pageDifference(['a', 'b'], ['b', 'a']), undefined);
    assert.equal(pageDifference(['a', 'b', 'c', 'd', 'e'], ['x']), '1 record(s) returned; missing 5 [a, b, c, …]; unexpected 1 [x]');
    assert.equal(pageDifference(['a', 'b'], ['a', 'b', 'b']), '3 record(s) returned; duplicates');
  });
});

describe('judgeDefaultDirection (ORD-002)', () => {
  test('the same ids in the same order as path[AscNullsFirst] is valid', () => {
    assert.equal(explicitDefaultOrder('employees'), 'employees[AscNullsFirst]');
    const asc = ids(sorted('employees[AscNullsFirst]'));
    assert.equal(judgeDefaultDirection('employees', asc, asc), null);
  });

  test('a default that sorts descending (default-direction-desc) is a finding', () => {
    const asc = ids(sorted('employees[AscNullsFirst]'));
    const desc = ids(sorted('employees[DescNullsLast]'));
    assert.deepEqual(judgeDefaultDirection('employees', desc, asc), {
      received: `order_by=employees lists the records differently from order_by=employees[AscNullsFirst]: position 1 holds ${desc[0]}, expected ${asc[0]} (4 records, expected 4)`,
      expected: 'the same order as order_by=employees[AscNullsFirst]',
    });
  });
});
