import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, dataOf, idsIn, judgeRecordAnswer, judgeStatus, recordIn } from './write-answer.ts';

const answer = (status: number, json: unknown) => ({ status, json, responseBody: JSON.stringify(json) });

test('the envelope readers: data[key], a record only when it has a string id, the ids of one record or a list', () => {
  const one = answer(201, { data: { createCompany: { id: 'c1', name: 'x' } } });
  assert.deepEqual(dataOf(one.json, 'createCompany'), { id: 'c1', name: 'x' });
  assert.deepEqual(recordIn(one.json, 'createCompany'), { id: 'c1', name: 'x' });
  assert.equal(recordIn({ data: { createCompany: { name: 'x' } } }, 'createCompany'), undefined);
  assert.equal(recordIn({ data: { createCompany: [{ id: 'c1' }] } }, 'createCompany'), undefined);
  assert.deepEqual(idsIn(one.json, 'createCompany'), ['c1']);
  assert.deepEqual(idsIn({ data: { createCompanies: [{ id: 'a' }, { name: 'no id' }, null, { id: 'b' }] } }, 'createCompanies'), ['a', 'b']);
  assert.deepEqual(idsIn(undefined, 'createCompanies'), []);
  assert.equal(brief(answer(400, { statusCode: 400 })), 'HTTP 400 {"statusCode":400}');
});

test('judgeStatus: the named status passes; any other is named with the answer', () => {
  assert.equal(judgeStatus(answer(201, {}), 201, 'POST /rest/companies'), null);
  const finding = judgeStatus(answer(200, { data: {} }), 201, 'POST /rest/companies');
  assert.deepEqual(finding, { received: 'HTTP 200 {"data":{}}', expected: '201 for POST /rest/companies', exchange: answer(200, { data: {} }) });
});

test('judgeRecordAnswer: a record with an id at data[key] passes; anything else fails', () => {
  assert.equal(judgeRecordAnswer(answer(201, { data: { createCompany: { id: 'c1' } } }), 'createCompany', 'POST /rest/companies'), null);
  assert.match(judgeRecordAnswer(answer(201, { data: { company: { id: 'c1' } } }), 'createCompany', 'POST /rest/companies')!.expected, /^\{"data":\{"createCompany":\{…record with an id…\}\}\} for POST \/rest\/companies$/);
  assert.ok(judgeRecordAnswer(answer(201, { data: { createCompany: null } }), 'createCompany', 'x'));
});
