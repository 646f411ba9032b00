import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFilter } from './grammar.ts';
import { idsToReread, judgeSelection, shorten, type SelectionObservation } from './selection-judge.ts';
import { selectIds } from './selection.ts';
import { COMPANY_RECORDS, companyId, resolveCompany } from '../../testing/filter/company-sample.ts';

/** The observation of `filter` answered with these record numbers (companyId(n)). */
function observed(filter: string, numbers: readonly number[], extra: Partial<SelectionObservation> = {}): SelectionObservation {
  const ids = numbers.map(companyId);
  return {
    plural: 'companies',
    sent: filter,
    meaning: parseFilter(filter),
    universe: COMPANY_RECORDS,
    resolve: resolveCompany,
    answer: { ids, totalCount: ids.length, truncated: false },
    ...extra,
  };
}

/** What the oracle selects, as record numbers. */
function oracle(filter: string): number[] {
  return selectIds(parseFilter(filter), COMPANY_RECORDS, resolveCompany).map((id) => Number(id.slice(-12)));
}

describe('judgeSelection', () => {
  test('the oracle\'s selection in any order, counted by totalCount, is valid', () => {
    assert.equal(judgeSelection(observed('employees[gte]:100', [6, 3, 1, 2])), null);
    assert.equal(judgeSelection(observed('name[eq]:Nobody', [])), null);
  });

  test('missing, unexpected and duplicated records are named, with the first differing record explained', () => {
    const finding = judgeSelection(observed('employees[gte]:100', [1, 1, 3, 4], { why: 'gte is inclusive' }));
    assert.deepEqual(finding, {
      received: `companies filter=employees[gte]:100 returned 4 records: missing 2 [${companyId(2)}, ${companyId(6)}]; unexpected 1 [${companyId(4)}]; duplicated [${companyId(1)}]`,
      expected: 'the 4 record(s) the oracle selects among 6 known companies',
      hint: `gte is inclusive; record ${companyId(2)} {employees=100}; employees[gte]:100 is true`,
    });
  });

  test('a totalCount that does not count the answer is a finding, unless the walk stopped early', () => {
    const wrongCount = observed('employees[gte]:100', [1, 2, 3, 6]);
    const finding = judgeSelection({ ...wrongCount, answer: { ...wrongCount.answer, totalCount: 6 } });
    assert.deepEqual(finding, {
      received: 'companies filter=employees[gte]:100: totalCount 6 with 4 records returned',
      expected: 'totalCount equal to the number of records the filter selects (contract §5.4)',
    });
    assert.equal(judgeSelection({ ...wrongCount, answer: { ...wrongCount.answer, totalCount: 6, truncated: true } }), null);
  });

  test('a difference the re-read records explain (another client wrote meanwhile) is no finding', () => {
    // Record 4 got 500 employees after the sample was read: the server was right to return it.
    const changed = { ...COMPANY_RECORDS[3]!, employees: 500 };
    const base = observed('employees[gte]:100', [1, 2, 3, 4, 6]);
    assert.deepEqual(idsToReread(base, 60), [companyId(4)]);
    assert.equal(judgeSelection({ ...base, reread: [changed] }), null);
    // Re-read unchanged, the record is still the server's mistake.
    assert.notEqual(judgeSelection({ ...base, reread: [COMPANY_RECORDS[3]!] }), null);
    // Not re-read for lack of budget: the finding says so.
    assert.match(judgeSelection({ ...base, reread: 'budget-spent' })?.received ?? '', /\(not re-read: request budget spent\)$/);
  });

  test('idsToReread is empty when the answer matches, and bounded', () => {
    assert.deepEqual(idsToReread(observed('employees[gte]:100', [1, 2, 3, 6]), 60), []);
    assert.equal(idsToReread(observed('employees[gte]:100', [4, 5]), 2).length, 2);
  });
});

// One valid and one invalid answer per check that shares the judge: the invalid
// answer is what the reference fault declared for that check returns.
const CASES: { check: string; filter: string; wrong: number[]; fault: string }[] = [
  { check: 'FLT-001', filter: 'or(employees[gt]:1000,name[ilike]:glob%)', wrong: [6], fault: 'or keeps one branch' },
  { check: 'FLT-002', filter: 'name[ilike]:acme', wrong: [2], fault: 'ilike-case-sensitive' },
  { check: 'FLT-003', filter: 'name[neq]:Acme', wrong: [2, 3, 4, 5, 6], fault: 'neq-keeps-nulls' },
  { check: 'FLT-004', filter: 'name[is]:NULL', wrong: [6], fault: 'is-null-ignores-empty-text' },
  { check: 'FLT-005', filter: 'not(employees[gt]:50)', wrong: [1, 2, 3, 6], fault: 'not-ignored' },
  { check: 'FLT-006', filter: 'or(name[eq]:Acme,name[eq]:Globex)', wrong: [], fault: 'or-evaluated-as-and' },
  { check: 'FLT-007', filter: 'employees[gt]:100', wrong: [1, 2, 3, 6], fault: 'gt-inclusive' },
  { check: 'FLT-008', filter: 'createdAt[eq]:2023-06-01T12:00:00.000Z', wrong: [1, 2], fault: 'date-time-compared-by-second' },
  { check: 'FLT-009', filter: 'address.addressCity[eq]:Paris', wrong: [], fault: 'composite-sub-field-reads-sibling' },
  { check: 'FLT-011', filter: "name[eq]:'Acme'", wrong: [], fault: 'single-quotes-kept' },
];

describe('judgeSelection per check', () => {
  for (const { check, filter, wrong, fault } of CASES) {
    test(`${check}: ${filter} — the oracle's answer is valid, the ${fault} answer is not`, () => {
      assert.equal(judgeSelection(observed(filter, oracle(filter))), null);
      assert.notDeepEqual(oracle(filter), wrong);
      assert.notEqual(judgeSelection(observed(filter, wrong)), null);
    });
  }
});

test('shorten elides a long id list and keeps a short one', () => {
  const ids = Array.from({ length: 6 }, (_, i) => `"${companyId(i + 1)}"`).join(',');
  assert.equal(shorten(`and(id[in]:[${ids}],name[eq]:Acme)`), 'and(id[in]:[…universe ids…],name[eq]:Acme)');
  assert.equal(shorten('and(id[in]:["a"],name[eq]:Acme)'), 'and(id[in]:["a"],name[eq]:Acme)');
});
