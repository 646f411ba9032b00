import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgePatchAnswer, judgePatchReadBack } from './update-judges.ts';

const answer = (status: number, json: unknown) => ({ status, json, responseBody: JSON.stringify(json) });
const patch = { field: { name: 'employees', kind: 'NUMBER' as const }, value: 900 };
const before = { id: 'c1', name: 'tcfix-run-381', employees: 381, city: 'Paris', updatedAt: 't1' };
const after = { ...before, employees: 900, updatedAt: 't2' };

test('WRITE-004 on the PATCH answer: 200 with the updated record passes', () => {
  assert.equal(judgePatchAnswer(patch, answer(200, { data: { updateCompany: after } }), 'updateCompany', 'PATCH /rest/companies/c1'), null);
});

test('WRITE-004 on the PATCH answer: another status, another envelope, or the record as it was before fails', () => {
  assert.equal(judgePatchAnswer(patch, answer(201, { data: { updateCompany: after } }), 'updateCompany', 'PATCH /rest/companies/c1')!.expected, '200 for PATCH /rest/companies/c1');
  assert.ok(judgePatchAnswer(patch, answer(200, { data: { company: after } }), 'updateCompany', 'PATCH /rest/companies/c1'));
  const stale = judgePatchAnswer(patch, answer(200, { data: { updateCompany: before } }), 'updateCompany', 'PATCH /rest/companies/c1')!;
  assert.equal(stale.received, 'the PATCH answer holds employees = 381');
  assert.equal(stale.expected, 'the updated record: 900 as sent');
});

test('WRITE-004 on the read afterwards: the new value and nothing else changed (updatedAt aside) passes', () => {
  assert.equal(judgePatchReadBack(patch, before, answer(200, { data: { company: after } }), 'company'), null);
});

test('WRITE-004 on the read afterwards: the old value, or another field changed, fails', () => {
  assert.equal(judgePatchReadBack(patch, before, answer(200, { data: { company: before } }), 'company')!.received, 'employees is 381');
  const nulled = judgePatchReadBack(patch, before, answer(200, { data: { company: { ...after, city: null } } }), 'company')!;
  assert.equal(nulled.received, 'PATCH {employees} also changed city ("Paris" → null)');
  assert.ok(judgePatchReadBack(patch, before, answer(404, { statusCode: 404 }), 'company'));
});
