import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeDeleteAnswer, judgeDestroyed, judgeRestoreAnswer, judgeRestoredListed, judgeSoftDeletedListed, judgeSoftDeleteHidden } from './delete-judges.ts';

const answer = (status: number, json: unknown) => ({ status, json, responseBody: JSON.stringify(json) });
const listed = (records: Record<string, unknown>[]) => ({ records, exchange: answer(200, { data: { companies: records } }) });

test('a delete answers 200 with {data:{delete<Singular>:{id}}}; another status or id fails', () => {
  assert.equal(judgeDeleteAnswer(answer(200, { data: { deleteCompany: { id: 'c1' } } }), 'c1', 'deleteCompany', 'DELETE /rest/companies/c1'), null);
  assert.equal(judgeDeleteAnswer(answer(204, {}), 'c1', 'deleteCompany', 'DELETE /rest/companies/c1')!.expected, '200 for DELETE /rest/companies/c1');
  assert.equal(judgeDeleteAnswer(answer(200, { data: { deleteCompany: { id: 'c2' } } }), 'c1', 'deleteCompany', 'x')!.expected, '{"data":{"deleteCompany":{"id":"c1"}}}');
});

test('WRITE-005: get-one 404 and nothing listed passes', () => {
  assert.equal(judgeDestroyed(answer(404, { statusCode: 404 }), 'GET /rest/companies/c1 after DELETE'), null);
  assert.equal(judgeDestroyed(answer(404, { statusCode: 404 }), 'x', { count: 0, exchange: answer(200, {}) }), null);
});

test('WRITE-005: a record still found (get-one 200, or listed with deletedAt named) fails', () => {
  assert.equal(judgeDestroyed(answer(200, { data: { company: { id: 'c1' } } }), 'GET /rest/companies/c1 after DELETE')!.expected, '404 for GET /rest/companies/c1 after DELETE');
  const soft = judgeDestroyed(answer(404, { statusCode: 404 }), 'x', { count: 1, exchange: answer(200, {}) })!;
  assert.equal(soft.received, '1 record(s) still listed with deletedAt named in the filter');
});

test('WRITE-006: hidden from a filter without deletedAt, listed with deletedAt set when the filter names it', () => {
  assert.equal(judgeSoftDeleteHidden('c1', listed([])), null);
  assert.equal(judgeSoftDeleteHidden('c1', listed([{ id: 'c1' }]))!.received, 'id[in]:[c1] lists 1 record(s)');
  assert.equal(judgeSoftDeletedListed(listed([{ id: 'c1', deletedAt: '2026-12-06T00:00:00Z' }])), null);
  assert.equal(judgeSoftDeletedListed(listed([]))!.received, '0 record(s)');
  assert.equal(judgeSoftDeletedListed(listed([{ id: 'c1', deletedAt: null }]))!.received, '1 record(s), deletedAt null');
});

test('WRITE-007: the restore answers the record with deletedAt null, and lists it again', () => {
  assert.equal(judgeRestoreAnswer(answer(200, { data: { restoreCompany: { id: 'c1', deletedAt: null } } }), 'restoreCompany', 'PATCH /rest/companies/c1/restore'), null);
  assert.equal(judgeRestoreAnswer(answer(200, { data: { restoreCompany: { id: 'c1', deletedAt: 't' } } }), 'restoreCompany', 'x')!.received, 'deletedAt "t" in the restore answer');
  assert.equal(judgeRestoreAnswer(answer(404, { statusCode: 404 }), 'restoreCompany', 'PATCH /x/restore')!.expected, '200 for PATCH /x/restore');
  assert.equal(judgeRestoredListed('c1', listed([{ id: 'c1' }])), null);
  assert.equal(judgeRestoredListed('c1', listed([]))!.received, 'id[in]:[c1] lists 0 record(s) after the restore');
});
