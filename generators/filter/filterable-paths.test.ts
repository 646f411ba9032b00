import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FieldPath } from '../fixtures/catalogue-resolver.ts';
import { arbFields, busiestObject, busiestObjects, filterableWeight, precisePaths } from './filterable-paths.ts';
import { COMPANY_PATHS, COMPANY_RECORDS } from './testing/company-sample.ts';

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

test('busiestObject picks the object with the most filterable (path, comparator) pairs, first on ties', () => {
  const small = COMPANY_PATHS.slice(0, 2);
  const objects = [{ name: 'a', paths: small }, { name: 'b', paths: COMPANY_PATHS }, { name: 'c', paths: COMPANY_PATHS }];
  assert.equal(busiestObject(objects, (o) => o.paths)?.name, 'b');
  assert.ok(filterableWeight(COMPANY_PATHS) > filterableWeight(small));
  assert.equal(busiestObject([], () => []), undefined);
});

test('busiestObjects keeps the count busiest, in catalogue order', () => {
  const small = COMPANY_PATHS.slice(0, 2);
  const objects = [{ name: 'a', paths: small }, { name: 'b', paths: COMPANY_PATHS }, { name: 'c', paths: [] }, { name: 'd', paths: COMPANY_PATHS.slice(0, 4) }];
  assert.deepEqual(busiestObjects(objects, (o) => o.paths, 2).map((o) => o.name), ['b', 'd']);
  assert.equal(busiestObjects(objects, (o) => o.paths, 10).length, 4);
});
