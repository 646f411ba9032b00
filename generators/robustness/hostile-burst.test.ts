import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostileBurst } from './hostile-burst.ts';

test('the burst: nesting, an or-list, brackets in a value and a long order_by, all on the list path', () => {
  const burst = hostileBurst('/people', 'city[is]:NULL');
  assert.deepEqual(burst.map((value) => value.why), ['and() nested 60 deep', 'or() of 150 leaves', '900 open brackets in a value', 'order_by with 200 items']);
  for (const value of burst) {
    assert.equal(value.path, '/people');
    assert.equal(value.expect, 'client-error');
  }
  const [nested, orList, brackets, orderBy] = burst.map((value) => value.query as Record<string, string>);
  assert.equal(nested?.filter, `${'and('.repeat(60)}city[is]:NULL${')'.repeat(60)}`);
  assert.equal(orList?.filter?.split(',').length, 150);
  assert.equal(brackets?.filter, `city[eq]:"${'('.repeat(900)}"`);
  assert.equal(orderBy?.order_by?.split(',').length, 200);
});
