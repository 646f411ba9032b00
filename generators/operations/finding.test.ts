import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, idsAt, refusalProblem } from './finding.ts';

const refusal = (status: number, json: unknown) => ({ status, json, responseBody: JSON.stringify(json) });
const BODY = { statusCode: 400, error: 'BadRequestException', messages: ['Record already exists'] };

test('refusalProblem accepts the pinned refusal', () => {
  assert.equal(refusalProblem(refusal(400, BODY), 400), null);
  assert.equal(refusalProblem(refusal(400, BODY), 400, 'already exists'), null);
});

test('refusalProblem names a wrong status, a body that is not §6.1, a missing message', () => {
  assert.equal(refusalProblem(refusal(500, BODY), 400), 'HTTP 500, expected 400');
  assert.match(refusalProblem(refusal(400, { message: 'x' }), 400)!, /^not the error body/);
  assert.match(refusalProblem(refusal(400, BODY), 400, 'Record not found')!, /without "Record not found"/);
});

test('brief and idsAt read an answer', () => {
  assert.equal(brief({ status: 201, json: undefined, responseBody: 'x'.repeat(300) }), `HTTP 201 ${'x'.repeat(200)}`);
  assert.deepEqual(idsAt({ data: { createPeople: [{ id: 'a' }, { id: 'b' }] } }, 'createPeople'), ['a', 'b']);
  assert.deepEqual(idsAt({ data: {} }, 'createPeople'), []);
});
