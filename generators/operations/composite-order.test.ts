import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FieldResolver } from '../filter/field-resolver.ts';
import { judgeCompositeOrder, type CompositeOrderObservation } from './composite-order.ts';

const resolve: FieldResolver = (path) => (path[0] === 'name' ? { kind: 'TEXT' } : undefined);
const person = (id: string, firstName: string, lastName: string) => ({ id, name: { firstName, lastName } });
const sorted = [person('1', 'ann', 'zed'), person('2', 'ann', 'abe'), person('3', 'bob', 'kay')];
const base: CompositeOrderObservation = {
  orderBy: 'name.firstName[AscNullsFirst],name.lastName[DescNullsLast]',
  page: sorted,
  resolve,
  policy: 'c-collation',
  limit: 2,
  forward: ['1', '2', '3'],
  backward: ['1', '2', '3'],
};

test('PAG-011 valid: sorted by each sub-field, walks in the order of the page', () => {
  assert.equal(judgeCompositeOrder(base), null);
});

test('PAG-011 invalid: the second key ignored, a walk in another order', () => {
  const secondIgnored = judgeCompositeOrder({ ...base, page: [sorted[1]!, sorted[0]!, sorted[2]!] });
  assert.match(secondIgnored!.received, /^order_by=name\.firstName.*: #1 2 .* is listed before #2 1/);
  assert.deepEqual(judgeCompositeOrder({ ...base, backward: ['2', '1', '3'] }), {
    received: 'the backward walk (limit 2) gives 3 records in another order',
    expected: `the 3 records in the order of one page, for order_by=${base.orderBy}`,
  });
});
