import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED_DATASET } from './dataset.ts';
import { seedSubset } from './seed-subset.ts';

test('N records per object, relations to records left out cleared', () => {
  const small = seedSubset(SEED_DATASET, 3);
  for (const name of ['workspaceMember', 'company', 'person', 'opportunity'] as const) assert.equal(small[name].length, 3, name);
  const companies = new Set(small.company.map((record) => record['id']));
  const people = new Set(small.person.map((record) => record['id']));
  for (const person of small.person) assert.ok(person['companyId'] === null || person['companyId'] === undefined || companies.has(person['companyId']));
  for (const opportunity of small.opportunity) {
    assert.ok(opportunity['companyId'] === null || companies.has(opportunity['companyId']));
    assert.ok(opportunity['pointOfContactId'] === null || people.has(opportunity['pointOfContactId']));
  }
  assert.deepEqual(seedSubset(SEED_DATASET, 0), { workspaceMember: [], company: [], person: [], opportunity: [] });
  // The full dataset is not changed.
  assert.equal(SEED_DATASET.person.length, 80);
});
