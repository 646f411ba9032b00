import { test } from 'node:test';
import assert from 'node:assert/strict';
import { metadataItemPath, metadataListPath } from './paths.ts';

test('a metadata list and one item, the id URL-encoded', () => {
  assert.equal(metadataListPath('objects'), '/metadata/objects');
  assert.equal(metadataItemPath('viewFields', '0f4c1e2a-1111-4222-8333-944445555666'), '/metadata/viewFields/0f4c1e2a-1111-4222-8333-944445555666');
  assert.equal(metadataItemPath('objects', '../x?y'), '/metadata/objects/..%2Fx%3Fy');
});
