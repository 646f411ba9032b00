import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkTags, specConcern } from './check-tags.ts';

test('a check in its own area\'s spec is tagged with its ID only (the project names the area)', () => {
  assert.deepEqual(checkTags({ id: 'FLT-002', area: 'filters' }, '/x/tests/filters.spec.ts'), ['@FLT-002']);
  assert.deepEqual(checkTags({ id: 'FLT-002', area: 'filters' }, 'file:///x/tests/filters.spec.ts'), ['@FLT-002']);
});

test('a check defined in another concern\'s spec names its area once, and no profile', () => {
  assert.deepEqual(checkTags({ id: 'META-001', area: 'metadata' }, '/x/tests/responses.spec.ts'), ['@metadata', '@META-001']);
  assert.deepEqual(checkTags({ id: 'RESP-001', area: 'responses' }, undefined), ['@responses', '@RESP-001']);
});

test('the concern of a spec file is its name before .spec', () => {
  assert.equal(specConcern('C:\\suite\\tests\\writes.spec.ts'), 'writes');
  assert.equal(specConcern('/suite/tests/support/define-check.ts'), undefined);
});
