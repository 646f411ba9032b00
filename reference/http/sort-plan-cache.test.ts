import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ObjectDef } from '../datamodel/types.ts';
import { ActiveFault } from '../faults/catalogue.ts';
import { useSortPlan } from './sort-plan-cache.ts';

const object = { nameSingular: 'person' } as ObjectDef;
const long = Array(101).fill('id').join(',');

test('faithfully, no order_by poisons anything', () => {
  const faithful = new ActiveFault(null);
  useSortPlan(object, long, faithful, 0);
  assert.doesNotThrow(() => useSortPlan(object, undefined, faithful, 1));
});

test('under the fault, an order_by of more than 100 items makes the object\'s lists fail for 10 s', () => {
  const fault = new ActiveFault('sort-plan-overflow-poisons-object');
  const other = { nameSingular: 'company' } as ObjectDef;
  useSortPlan(other, Array(100).fill('id').join(','), fault, 0);
  assert.doesNotThrow(() => useSortPlan(other, undefined, fault, 1), '100 items fit');
  useSortPlan(object, long, fault, 0);
  assert.throws(() => useSortPlan(object, undefined, fault, 9_999), /sort plan cache entry of person is corrupt/);
  assert.doesNotThrow(() => useSortPlan(object, undefined, fault, 10_001), 'the entry expired');
});
