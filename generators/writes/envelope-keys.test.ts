import { test } from 'node:test';
import assert from 'node:assert/strict';
import { referenceObject } from '../../testing/robustness/testing-catalogue.ts';
import { batchCreateKey, createKey, deleteKey, oneKey, restoreKey, updateKey } from './envelope-keys.ts';

test('the envelope keys of every write answer, from the document where it names them', () => {
  const people = referenceObject('people');
  assert.deepEqual([createKey(people), batchCreateKey(people), oneKey(people), updateKey(people), deleteKey(people), restoreKey(people)], [
    'createPerson',
    'createPeople',
    'person',
    'updatePerson',
    'deletePerson',
    'restorePerson',
  ]);
  const named = { ...people, envelopeKeys: { ...people.envelopeKeys, create: 'createOnePerson', one: 'onePerson' } };
  assert.equal(createKey(named), 'createOnePerson');
  assert.equal(oneKey(named), 'onePerson');
});
