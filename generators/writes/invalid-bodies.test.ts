import { test } from 'node:test';
import assert from 'node:assert/strict';
import { referenceObject } from '../robustness/testing-catalogue.ts';
import { invalidCases, MISSING_RELATION_ID } from './invalid-bodies.ts';

test('opportunities get every kind of invalid body, each a valid body with one defect', () => {
  let n = 0;
  const cases = invalidCases(referenceObject('opportunities'), () => ({ name: `valid ${n++}`, stage: 'NEW' }));
  assert.deepEqual(cases.map((c) => c.name), ['unknown field', 'wrong kind (NUMBER)', 'invalid SELECT option', 'relation id that does not exist', 'batch with one bad item']);
  assert.deepEqual(cases[1]!.body, { name: 'valid 1', stage: 'NEW', probability: 'not-a-number' });
  assert.deepEqual(cases[2]!.body, { name: 'valid 2', stage: 'NOT_AN_OPTION' });
  assert.equal((cases[3]!.body as Record<string, unknown>)['pointOfContactId'], MISSING_RELATION_ID);
  assert.ok(Array.isArray(cases[4]!.body) && cases[4]!.batch);
});

test('an object without NUMBER, date, SELECT or relation fields still gets the unknown field and the batch', () => {
  const members = referenceObject('workspaceMembers');
  const names = invalidCases(members, () => ({})).map((c) => c.name);
  assert.deepEqual(names, ['unknown field', 'wrong kind (TEXT)', 'batch with one bad item']);
  assert.equal(invalidCases(referenceObject('companies'), () => ({}))[1]!.name, 'wrong kind (NUMBER)');
});
