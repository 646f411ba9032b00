import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeObjects } from './probe-objects.ts';

const objects = [
  { plural: 'companies', paths: 12 },
  { plural: 'people', paths: 15 },
  { plural: 'notes', paths: 15 },
];
const weight = (object: { paths: number }) => object.paths;

test('smoke probes only the richest object, the first one on a tie', () => {
  assert.deepEqual(probeObjects(objects, 'smoke', weight).map((object) => object.plural), ['people']);
  assert.deepEqual(probeObjects([], 'smoke', weight), []);
});

test('gate and install probe every object in catalogue order', () => {
  for (const profile of ['gate', 'install'] as const) {
    assert.deepEqual(probeObjects(objects, profile, weight).map((object) => object.plural), ['companies', 'people', 'notes']);
  }
});
