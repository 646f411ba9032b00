import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillIdTemplate, recordPath } from './record-path.ts';

test('the template gets the id, URL-encoded', () => {
  assert.equal(fillIdTemplate('/companies/{id}', '8b1d4a0e-1f2b-4c3d-9e8f-0a1b2c3d4e5f'), '/companies/8b1d4a0e-1f2b-4c3d-9e8f-0a1b2c3d4e5f');
  assert.equal(fillIdTemplate('/rest/people/{personId}', 'a/b?c'), '/rest/people/a%2Fb%3Fc');
});

test('without a template the id follows the list path, encoded too', () => {
  assert.equal(recordPath({ onePath: null, listPath: '/notes' }, 'x y'), '/notes/x%20y');
  assert.equal(recordPath({ onePath: '/notes/{id}', listPath: '/notes' }, 'abc'), '/notes/abc');
});
