import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeObjects } from './probe-objects.ts';

const objects = [
  { plural: 'companies', paths: 12 },
  { plural: 'people', paths: 15 },
  { plural: 'notes', paths: 15 },
];
const weight = (object: { paths: number }) => object.paths;

test('smoke and install probe only the richest object, the first one on a tie', () => {
  for (const profile of ['smoke', 'install'] as const) {
    assert.deepEqual(probeObjects(objects, profile, weight).map((object) => object.plural), ['people']);
    assert.deepEqual(probeObjects([], profile, weight), []);
  }
});

test('gate probes every object in catalogue order', () => {
  assert.deepEqual(probeObjects(objects, 'gate', weight).map((object) => object.plural), ['companies', 'people', 'notes']);
});
