import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INSTALL_RESPONSE_OBJECTS, responseObjects, SMOKE_RESPONSE_OBJECTS } from './response-objects.ts';
import type { CatalogueObject } from '../openapi/catalogue-types.ts';

function objects(count: number): CatalogueObject[] {
  return Array.from({ length: count }, (_, index) => ({
    plural: `things${index}`,
    singular: `thing${index}`,
    listPath: `/things${index}`,
    onePath: null,
    batchPath: null,
    listParameters: [],
    schemaNames: {},
    envelopeKeys: { list: `things${index}` },
    fields: Array.from({ length: (index * 7) % 11 }, (_, f) => ({ name: `f${f}`, kind: 'TEXT' as const, nullable: null, comparators: [], sortable: true, writable: true })),
  }));
}

test('smoke reads a fixed number of objects whatever the workspace size; the other profiles read all', () => {
  for (const count of [1, 4, 36, 300]) {
    assert.equal(responseObjects(objects(count), 'smoke').length, Math.min(count, SMOKE_RESPONSE_OBJECTS));
    assert.equal(responseObjects(objects(count), 'install').length, Math.min(count, INSTALL_RESPONSE_OBJECTS));
    assert.equal(responseObjects(objects(count), 'gate').length, count);
  }
});

test('smoke picks the objects with the most fields, kept in catalogue order', () => {
  const picked = responseObjects(objects(12), 'smoke').map((object) => object.plural);
  // Field counts (index*7)%11: 0,7,3,10,6,2,9,5,1,8,4,0 → the four largest are 3 (10), 6 (9), 9 (8), 1 (7).
  assert.deepEqual(picked, ['things1', 'things3', 'things6', 'things9']);
});
