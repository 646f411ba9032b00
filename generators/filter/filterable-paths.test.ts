import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FieldPath } from '../fixtures/catalogue-resolver.ts';
import { arbFields, filterableWeight, precisePaths } from './filterable-paths.ts';
import { COMPANY_PATHS, COMPANY_RECORDS } from '../../testing/filter/company-sample.ts';

const byPath = (paths: FieldPath[]) => Object.fromEntries(paths.map((e) => [e.path.join('.'), e.comparators.join(',')]));

test('deletedAt is never filtered: it would make soft-deleted rows visible', () => {
  for (const embeddedReference of [true, false]) {
    assert.ok(!precisePaths(COMPANY_PATHS, { embeddedReference }).some((e) => e.path[0] === 'deletedAt'));
  }
});

test('on the reference every comparator stays, text ordering included', () => {
  const paths = byPath(precisePaths(COMPANY_PATHS, { embeddedReference: true }));
  assert.equal(paths['name'], 'eq,neq,gt,gte,lt,lte,in,is,like,ilike,startsWith,endsWith');
  assert.equal(paths['domainName.secondaryLinks'], 'is,like');
});

test('off the reference, collation-dependent text ordering and jsonb sub-field is:NULL are dropped', () => {
  const paths = byPath(precisePaths(COMPANY_PATHS, { embeddedReference: false }));
  assert.equal(paths['name'], 'eq,neq,in,is,like,ilike,startsWith,endsWith');
  assert.equal(paths['address.addressCity'], 'eq,neq,in,is,like,ilike,startsWith,endsWith');
  assert.equal(paths['employees'], 'eq,neq,gt,gte,lt,lte,in,is');
  assert.equal(paths['domainName.secondaryLinks'], 'like');
});

test('arbFields carries the values each record holds at the path, NULL for a missing composite', () => {
  const fields = arbFields(precisePaths(COMPANY_PATHS, { embeddedReference: true }), COMPANY_RECORDS);
  const city = fields.find((f) => f.path.join('.') === 'address.addressCity');
  assert.deepEqual(city?.samples, ['Paris', 'paris', '', null, 'Berlin', null]);
});

test('filterableWeight counts the (path, comparator) pairs the generators can use', () => {
  assert.ok(filterableWeight(COMPANY_PATHS) > filterableWeight(COMPANY_PATHS.slice(0, 2)));
  assert.equal(filterableWeight([]), 0);
});
