import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupableField, groupCounts, groupDifferences, groupKey, judgeGroupBy, readGroups } from './group-by.ts';
import { referenceObject } from '../../testing/robustness/testing-catalogue.ts';

const opportunities = referenceObject('opportunities');
const records = [
  { id: '1', stage: 'NEW', amount: { amountMicros: 1 } },
  { id: '2', stage: 'NEW', amount: { amountMicros: 1 } },
  { id: '3', stage: 'MEETING', amount: null },
  { id: '4', stage: null, amount: null },
];

test('the oracle counts each value, NULL as its own group', () => {
  assert.deepEqual([...groupCounts(records, ['stage'])], [['"NEW"', 2], ['"MEETING"', 1], ['null', 1]]);
});

test('numbers answered as text group with the same numbers', () => {
  assert.equal(groupKey('1000000'), groupKey(1000000));
  assert.notEqual(groupKey('false'), groupKey(false));
  assert.notEqual(groupKey(null), groupKey('null'));
});

test('a groupable field repeats among the records (SELECT here), never the id', () => {
  assert.equal(groupableField(opportunities, records), 'stage');
  assert.equal(groupableField(opportunities, [records[0]!]), undefined);
});

test('GRP-001 valid: the answered groups match the oracle, in any order', () => {
  const answer = [
    { groupByDimensionValues: [null], totalCount: 1 },
    { groupByDimensionValues: ['MEETING'], totalCount: 1 },
    { groupByDimensionValues: ['NEW'], totalCount: 2 },
  ];
  const reading = readGroups(answer);
  assert.equal(reading.malformed, undefined);
  assert.deepEqual(groupDifferences(groupCounts(records, ['stage']), reading.counts), []);
});

test('GRP-001/002 invalid: a wrong count, a missing group, an extra group, a malformed answer', () => {
  const expected = groupCounts(records, ['stage']);
  const wrong = readGroups([
    { groupByDimensionValues: ['NEW'], totalCount: 3 },
    { groupByDimensionValues: ['MEETING'], totalCount: 1 },
    { groupByDimensionValues: ['PROPOSAL'], totalCount: 4 },
  ]).counts;
  const differences = groupDifferences(expected, wrong);
  assert.deepEqual(differences, ['"NEW": totalCount 3, expected 2', 'null: no group, expected 1', '"PROPOSAL": a group of 4 that the records do not hold']);
  assert.match(readGroups({ data: [] }).malformed!, /not a JSON array/);
  assert.match(readGroups([{ groupByDimensionValues: ['NEW'] }]).malformed!, /integer totalCount/);
  assert.match(readGroups([{ groupByDimensionValues: ['NEW'], totalCount: 1 }, { groupByDimensionValues: ['NEW'], totalCount: 1 }]).malformed!, /two groups/);
});

const groups = (status: number, json: unknown) => ({ status, json, responseBody: JSON.stringify(json) });
const stages = [{ id: 'a', stage: 'LEAD' }, { id: 'b', stage: 'LEAD' }, { id: 'c', stage: 'WON' }];

test('judgeGroupBy valid: the counts of the records the filter selects', () => {
  const answer = groups(200, [{ groupByDimensionValues: ['LEAD'], totalCount: 2 }, { groupByDimensionValues: ['WON'], totalCount: 1 }]);
  assert.equal(judgeGroupBy({ plural: 'opportunities', field: 'stage', answer, records: stages }), null);
  const live = groups(200, [{ groupByDimensionValues: ['c'], totalCount: 1 }]);
  assert.equal(judgeGroupBy({ plural: 'opportunities', field: 'id', answer: live, records: [stages[2]!], softDeleted: 2 }), null);
});

test('judgeGroupBy invalid: the filter ignored, soft-deleted rows counted, a refused or malformed answer', () => {
  const everything = groups(200, [{ groupByDimensionValues: ['LEAD'], totalCount: 7 }, { groupByDimensionValues: ['WON'], totalCount: 1 }]);
  assert.deepEqual(judgeGroupBy({ plural: 'opportunities', field: 'stage', answer: everything, records: stages }), {
    received: 'groups of opportunities by stage: "LEAD": totalCount 7, expected 2',
    expected: 'the counts of the 3 records the filter selects',
  });
  const deleted = groups(200, ['a', 'b', 'c'].map((id) => ({ groupByDimensionValues: [id], totalCount: 1 })));
  assert.equal(judgeGroupBy({ plural: 'opportunities', field: 'id', answer: deleted, records: [stages[2]!], softDeleted: 2 })?.expected, 'one group per live record; the 2 soft-deleted ones left out');
  assert.equal(judgeGroupBy({ plural: 'opportunities', field: 'stage', answer: groups(400, {}), records: stages })?.expected, '200 with the groups of opportunities by stage');
  assert.equal(judgeGroupBy({ plural: 'opportunities', field: 'id', answer: groups(200, {}), records: [], softDeleted: 2 })?.expected, '[{"groupByDimensionValues":[id],"totalCount":1}, …]');
});
