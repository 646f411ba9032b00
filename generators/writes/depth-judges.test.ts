import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeEmbeddedOnRead, judgeEmbeddedOnWrite } from './depth-judges.ts';

const answer = (status: number, json: unknown) => ({ status, json, responseBody: JSON.stringify(json) });
const embedding = { relation: 'company', targetId: 'c1' };

test('WRITE-009: with depth=1 the related record is embedded on get-one and in the create answer', () => {
  assert.equal(judgeEmbeddedOnRead(embedding, answer(200, { data: { person: { id: 'p1', companyId: 'c1', company: { id: 'c1' } } } }), 'person', 'GET /rest/people/p1?depth=1'), null);
  const created = { id: 'p2', companyId: 'c1', company: { id: 'c1', name: 'x' } };
  assert.equal(judgeEmbeddedOnWrite(embedding, created, answer(201, { data: { createPerson: created } })), null);
});

test('WRITE-009: no embedded record (depth ignored), another one, or another status fails', () => {
  const read = judgeEmbeddedOnRead(embedding, answer(200, { data: { person: { id: 'p1', companyId: 'c1' } } }), 'person', 'GET /rest/people/p1?depth=1')!;
  assert.equal(read.received, 'company is undefined');
  assert.equal(read.expected, 'the related record c1 embedded as company with depth=1');
  assert.equal(judgeEmbeddedOnRead(embedding, answer(400, { statusCode: 400 }), 'person', 'GET /rest/people/p1?depth=1')!.expected, '200 for GET /rest/people/p1?depth=1');
  const written = judgeEmbeddedOnWrite(embedding, { id: 'p2', company: { id: 'c9' } }, answer(201, {}))!;
  assert.equal(written.received, 'company is {"id":"c9"} in the create answer');
});
