import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseBulkSelection, describeBulkVerdict, judgeBulkWrite } from './bulk-selection.ts';
import { COMPANY_PATHS, COMPANY_RECORDS, resolveCompany } from '../../testing/filter/company-sample.ts';
import { selectIds } from '../filter/selection.ts';

test('the chosen filter selects a proper, non-empty subset, scoped to the records ids first', () => {
  const selection = chooseBulkSelection(COMPANY_PATHS, COMPANY_RECORDS, resolveCompany);
  assert.ok(selection);
  assert.ok(selection.selected.length > 0 && selection.selected.length < COMPANY_RECORDS.length);
  assert.equal(selection.filter.type, 'and');
  const [scope] = (selection.filter as { children: { path?: string[]; comparator?: string; value?: unknown }[] }).children;
  assert.deepEqual(scope?.path, ['id']);
  assert.equal(scope?.comparator, 'in');
  assert.deepEqual(selectIds(selection.filter, COMPANY_RECORDS, resolveCompany), selection.selected);
});

test('no selection when every record looks the same', () => {
  const same = [1, 2, 3].map((n) => ({ id: `20202020-0002-4000-8000-00000000000${n}`, name: 'Same', employees: 1 }));
  assert.equal(chooseBulkSelection(COMPANY_PATHS.filter((p) => p.path[0] !== 'id'), same, resolveCompany), undefined);
});

test('WRITE-012..015 valid: exactly the selected ids, in any order', () => {
  assert.deepEqual(judgeBulkWrite(['a', 'b'], ['b', 'a']), { ok: true, missing: [], extra: [] });
  assert.equal(describeBulkVerdict(judgeBulkWrite(['a'], ['a'])), 'exactly the selected records');
});

test('WRITE-012..015 invalid: a write beyond the filter, or one that misses a selected record', () => {
  const beyond = judgeBulkWrite(['a'], ['a', 'b']);
  assert.equal(beyond.ok, false);
  assert.deepEqual(beyond.extra, ['b']);
  assert.match(describeBulkVerdict(beyond), /1 record\(s\) the filter does not select/);
  const short = judgeBulkWrite(['a', 'b'], ['a']);
  assert.deepEqual(short.missing, ['b']);
  assert.equal(judgeBulkWrite(['a'], ['a', 'a']).ok, false, 'a record answered twice');
});
