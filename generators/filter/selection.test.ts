import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFilter, printFilter } from './grammar.ts';
import { diffSelections, explainRecord, idsLeaf, isEmptyDiff, restrictToIds, selectIds, spreadSubset } from './selection.ts';
import { COMPANY_RECORDS, companyId, resolveCompany } from '../../testing/filter/company-sample.ts';

test('selectIds applies the oracle: ilike folds case, NULL names are never selected', () => {
  assert.deepEqual(selectIds(parseFilter('name[ilike]:aCME'), COMPANY_RECORDS, resolveCompany), [companyId(1), companyId(2), companyId(3)]);
  assert.deepEqual(selectIds(parseFilter('name[neq]:Acme'), COMPANY_RECORDS, resolveCompany), [companyId(2), companyId(3), companyId(4), companyId(5)]);
});

test('diffSelections names missing, unexpected and duplicated ids', () => {
  const diff = diffSelections(['a', 'b', 'c'], ['b', 'd', 'b']);
  assert.deepEqual(diff, { missing: ['a', 'c'], unexpected: ['d'], duplicates: ['b'] });
  assert.ok(!isEmptyDiff(diff));
  assert.ok(isEmptyDiff(diffSelections(['a', 'b'], ['b', 'a'])));
});

test('restrictToIds wraps F after the id list, and the print parses back to it', () => {
  const filter = parseFilter('or(name[eq]:Acme,employees[gt]:10)');
  const restricted = restrictToIds(filter, [companyId(1), companyId(2)]);
  const printed = printFilter(restricted);
  assert.equal(printed, `and(id[in]:["${companyId(1)}","${companyId(2)}"],or(name[eq]:Acme,employees[gt]:10))`);
  assert.deepEqual(parseFilter(printed), restricted);
  assert.throws(() => idsLeaf([]), /empty id list/);
});

test('restricting to the records themselves changes no answer', () => {
  const filter = parseFilter('not(employees[lt]:200)');
  const restricted = restrictToIds(filter, COMPANY_RECORDS.slice(0, 4).map((r) => String(r['id'])));
  assert.deepEqual(selectIds(restricted, COMPANY_RECORDS, resolveCompany), selectIds(filter, COMPANY_RECORDS.slice(0, 4), resolveCompany));
});

test('spreadSubset keeps everything under the bound, else spreads evenly from the first', () => {
  const items = Array.from({ length: 10 }, (_, i) => i);
  assert.deepEqual(spreadSubset(items, 20), items);
  assert.deepEqual(spreadSubset(items, 5), [0, 2, 4, 6, 8]);
  assert.deepEqual(spreadSubset(items, 3), [0, 3, 6]);
});

test('explainRecord shows the values at the paths the filter reads and each leaf truth, unknown included', () => {
  const text = explainRecord(parseFilter('and(employees[gt]:50,name[eq]:Globex)'), COMPANY_RECORDS[3]!, resolveCompany);
  assert.equal(text, `record ${companyId(4)} {employees=null, name="Globex"}; employees[gt]:50 is unknown; name[eq]:Globex is true`);
});
