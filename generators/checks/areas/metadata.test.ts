import { test } from 'node:test';
import assert from 'node:assert/strict';
import { METADATA_CHECKS } from './metadata.ts';

test('META id/title pairs are stable (a changed title is a deliberate edit here)', () => {
  assert.deepEqual(Object.fromEntries(METADATA_CHECKS.map((check) => [check.id, check.title])), {
    'META-001': 'MUST publish a valid metadata OpenAPI document at /rest/open-api/metadata',
    'META-002': 'MUST serve the same metadata document on the /open-api/metadata alias',
    'META-003': "SHOULD name the base URL in use in the metadata document's servers",
    'META-004': 'MUST answer every metadata list with the flat era-D envelope and raw-id cursors',
    'META-005': 'MUST return every metadata item exactly once and in order when walking forward with starting_after',
    'META-006': 'MUST return the metadata items before the cursor, in list order, when walking backward with ending_before',
    'META-007': "MUST apply the metadata document's limit default and maximum, and refuse a non-integer limit",
    'META-008': 'MUST refuse both cursors together and a cursor that is not a UUID with 400',
    'META-009': 'MUST accept the metadata API key only from the Authorization header, and never echo it',
    'META-010': 'MUST answer a listed metadata item by id, and 404 for an unknown id',
    'META-011': 'MUST create, read, update and delete a custom object with a custom field',
    'META-012': 'MUST create, read, update and delete a view with its fields, filters and sorts',
    'META-013': 'MUST keep /rest/webhooks and /rest/apiKeys as raw arrays marked deprecated with their successor',
  });
});

test('writing META checks run in gate only; smoke gets the document and one list', () => {
  for (const check of METADATA_CHECKS) assert.equal(check.area, 'metadata');
  const byId = Object.fromEntries(METADATA_CHECKS.map((check) => [check.id, check.profiles]));
  assert.deepEqual(byId['META-011'], ['gate']);
  assert.deepEqual(byId['META-012'], ['gate']);
  const smoke = METADATA_CHECKS.filter((check) => check.profiles.includes('smoke')).map((check) => check.id);
  assert.deepEqual(smoke, ['META-001', 'META-003', 'META-004']);
});

test('every META check names its judge in generators/metadata/', () => {
  for (const check of METADATA_CHECKS) assert.match(check.rule?.module ?? '', /^generators\/metadata\/[a-z-]+\.ts$/, check.id);
});
