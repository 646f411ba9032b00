import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RankedPath } from '../order/order-cases.ts';
import { describeScenario, filterOf, knownScenarios, orderOf, smokeScenario } from './scenario.ts';

const records = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

test('a scenario pins its records with id[in] and counts them in its description', () => {
  const scenario = { ids: ['a', 'b'], limit: 2 };
  assert.equal(filterOf(scenario), 'id[in]:["a","b"]');
  assert.equal(orderOf(scenario), undefined);
  assert.equal(describeScenario(scenario), 'filter=id[in]:[2 sampled ids] limit=2');
});

test('smoke walks four records by two; gate first tries the id order and a NULL-holding path both ways', () => {
  assert.deepEqual(smokeScenario(records), { ids: ['a', 'b', 'c', 'd'], limit: 2 });
  assert.deepEqual(knownScenarios(records, [], 3), [{ ids: ['a', 'b', 'c'], limit: 2 }]);
  const ranked = [{ path: ['city'], nulls: 2, distinct: 2, decidedPair: true }] as unknown as RankedPath[];
  const scenarios = knownScenarios(records, ranked, 12);
  assert.equal(scenarios.length, 3);
  assert.match(describeScenario(scenarios[1]!), /order_by=city\[AscNullsFirst\]/);
  assert.match(describeScenario(scenarios[2]!), /order_by=city\[DescNullsLast\].* limit=3$/);
});
