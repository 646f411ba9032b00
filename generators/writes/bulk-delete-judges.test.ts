import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bulkRefusalMessage, judgeBulkDeleteRefused, judgeFixturesKept } from './bulk-delete-judges.ts';

const answer = (status: number, json: unknown) => ({ status, json, responseBody: JSON.stringify(json) });
const refusal = (soft: boolean) => ({ statusCode: 400, error: 'BadRequestException', messages: [bulkRefusalMessage(soft)] });

test('WRITE-008: a 400 with the message of its kind passes, for the soft delete and the destroy', () => {
  assert.equal(judgeBulkDeleteRefused(answer(400, refusal(true)), true, '/rest/companies'), null);
  assert.equal(judgeBulkDeleteRefused(answer(400, refusal(false)), false, '/rest/companies'), null);
});

test('WRITE-008: an accepted bulk delete, or the other kind\'s message, fails', () => {
  const accepted = judgeBulkDeleteRefused(answer(200, { data: { deleteCompanies: [] } }), true, '/rest/companies')!;
  assert.equal(accepted.expected, '400 with "Filters are mandatory for bulk delete operations" for DELETE /rest/companies?soft_delete=true without a filter');
  assert.ok(judgeBulkDeleteRefused(answer(400, refusal(true)), false, '/rest/companies'));
});

test('WRITE-008 afterwards: every fixture still listed', () => {
  assert.equal(judgeFixturesKept(40, { count: 40, exchange: answer(200, {}) }), null);
  assert.equal(judgeFixturesKept(40, { count: 0, exchange: answer(200, {}) })!.received, '0 of the 40 fixtures left');
});
