import { test } from 'node:test';
import assert from 'node:assert/strict';
import { referenceObject } from '../../testing/robustness/testing-catalogue.ts';
import { invalidCases, judgeInvalidBodyRefused, MISSING_RELATION_ID } from './invalid-bodies.ts';

test('opportunities get every kind of invalid body, each a valid body with one defect', () => {
  let n = 0;
  const cases = invalidCases(referenceObject('opportunities'), () => ({ name: `valid ${n++}`, stage: 'NEW' }));
  assert.deepEqual(cases.map((c) => c.name), ['unknown field', 'wrong kind (NUMBER)', 'invalid SELECT option', 'relation id that does not exist', 'batch with one bad item']);
  assert.deepEqual(cases[1]!.body, { name: 'valid 1', stage: 'NEW', probability: 'not-a-number' });
  assert.deepEqual(cases[2]!.body, { name: 'valid 2', stage: 'NOT_AN_OPTION' });
  assert.equal((cases[3]!.body as Record<string, unknown>)['pointOfContactId'], MISSING_RELATION_ID);
  assert.ok(Array.isArray(cases[4]!.body) && cases[4]!.batch);
});

test('an object without NUMBER, date, SELECT or relation fields still gets the unknown field and the batch', () => {
  const members = referenceObject('workspaceMembers');
  const names = invalidCases(members, () => ({})).map((c) => c.name);
  assert.deepEqual(names, ['unknown field', 'wrong kind (TEXT)', 'batch with one bad item']);
  assert.equal(invalidCases(referenceObject('companies'), () => ({}))[1]!.name, 'wrong kind (NUMBER)');
});

const answer = (status: number, json: unknown) => ({ status, json, responseBody: JSON.stringify(json) });

test('WRITE-010: a 400 with Twenty\'s error body passes', () => {
  const refusal = { statusCode: 400, error: 'BadRequestException', messages: ['Object companies doesn\'t have any "conformanceUnknownField" field.'] };
  assert.equal(judgeInvalidBodyRefused(answer(400, refusal), 'POST /rest/companies with unknown field', 'no such field'), null);
});

test('WRITE-010: an accepted body, a 500, or a 400 without the error body fails, with why the body is invalid', () => {
  const accepted = judgeInvalidBodyRefused(answer(201, { data: { createCompany: { id: 'c1' } } }), 'POST /rest/companies with unknown field', 'companies has no field "x"')!;
  assert.equal(accepted.expected, '400 {"statusCode":400,"error":"…","messages":["…"]} for POST /rest/companies with unknown field');
  assert.equal(accepted.hint, 'companies has no field "x"');
  assert.ok(judgeInvalidBodyRefused(answer(500, { statusCode: 500, error: 'InternalServerErrorException', messages: ['boom'] }), 'x', 'y'));
  assert.ok(judgeInvalidBodyRefused(answer(400, { statusCode: 400, message: 'Bad Request' }), 'x', 'y'));
  assert.ok(judgeInvalidBodyRefused(answer(400, { statusCode: '400', error: 'BadRequestException', messages: ['x'] }), 'x', 'y'));
  assert.ok(judgeInvalidBodyRefused({ status: 400, json: undefined, responseBody: 'Bad Request' }, 'x', 'y'));
});
