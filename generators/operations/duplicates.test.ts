import { test } from 'node:test';
import assert from 'node:assert/strict';
import { duplicateLists, judgeDuplicates, judgeFindDuplicates, textCriterion, withCriterion } from './duplicates.ts';

test('the first criterion made of writable TEXT paths', () => {
  assert.deepEqual(textCriterion('people', () => true), [['name', 'firstName'], ['name', 'lastName']]);
  assert.deepEqual(textCriterion('companies', (path) => path.length === 1), [['name']]);
  assert.equal(textCriterion('opportunities', () => true), undefined);
});

test('the criterion values are written into the body, composites merged', () => {
  const body = withCriterion({ name: { firstName: 'x', extra: 1 }, city: 'Paris' }, [['name', 'firstName'], ['name', 'lastName']], 'tcfix-a');
  assert.deepEqual(body, { name: { firstName: 'tcfix-a-0', lastName: 'tcfix-a-1', extra: 1 }, city: 'Paris' });
});

test('WRITE-019 valid: the twin listed, the record itself not', () => {
  assert.deepEqual(judgeDuplicates(['b', 'z'], { twin: 'b', self: 'a' }), { ok: true, problems: [] });
});

test('WRITE-019 invalid: the twin missing, or the record listed as its own duplicate', () => {
  assert.equal(judgeDuplicates(['z'], { twin: 'b', self: 'a' }).ok, false);
  assert.match(judgeDuplicates(['a', 'b'], { twin: 'b', self: 'a' }).problems[0]!, /its own duplicate/);
});

test('the duplicates envelope is read per entry; other shapes are malformed', () => {
  assert.deepEqual(duplicateLists({ data: [{ personDuplicates: [{ id: 'b' }], totalCount: 1 }] }, 'person').lists, [['b']]);
  assert.equal(duplicateLists({ personDuplicates: [] }, 'person').malformed, 'no data array');
  assert.match(duplicateLists({ data: [{ people: [] }] }, 'person').malformed!, /personDuplicates/);
});

const found = (status: number, json: unknown) => ({
  path: '/people/duplicates',
  answer: { status, json, responseBody: JSON.stringify(json) },
  singular: 'person',
  self: 'a',
  twin: 'b',
  criterion: [['name', 'firstName'], ['name', 'lastName']],
});

test('judgeFindDuplicates valid: one entry holding the twin, not the record itself', () => {
  assert.equal(judgeFindDuplicates(found(200, { data: [{ personDuplicates: [{ id: 'b' }], totalCount: 1, pageInfo: {} }] })), null);
});

test('judgeFindDuplicates invalid: refused, malformed, or the record is its own duplicate', () => {
  assert.equal(judgeFindDuplicates(found(400, {}))?.expected, '200 for POST /people/duplicates with {ids}');
  assert.equal(judgeFindDuplicates(found(200, { data: [] }))?.received, '0 entries');
  assert.equal(judgeFindDuplicates(found(200, { data: {} }))?.received, 'no data array');
  const self = judgeFindDuplicates(found(200, { data: [{ personDuplicates: [{ id: 'b' }, { id: 'a' }] }] }));
  assert.equal(self?.received, 'the record a is listed as its own duplicate');
  assert.equal(self?.expected, 'the duplicates of a by name.firstName + name.lastName');
});
