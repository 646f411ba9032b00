import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldListedProblem, judgeCrudStep } from './crud-judges.ts';

const answer = (status: number, json: unknown) => ({ status, json, responseBody: JSON.stringify(json) });
const sent = { label: 'tc note (renamed)' };

test('META-011/012 valid: written, read back, deleted, gone', () => {
  assert.equal(judgeCrudStep({ step: 'write', what: 'update field', sent, answer: answer(200, { id: 'f', ...sent }) }), null);
  assert.equal(judgeCrudStep({ step: 'read', what: 'the field', sent, answer: answer(200, { data: { id: 'f', ...sent } }) }), null);
  assert.equal(judgeCrudStep({ step: 'delete', what: 'the field', answer: answer(200, { id: 'f' }) }), null);
  assert.equal(judgeCrudStep({ step: 'gone', what: 'the field', answer: answer(404, {}) }), null);
  assert.equal(fieldListedProblem({ id: 'o', fields: [{ id: 'f' }] }, { id: 'f', name: 'tcfixNote' }), null);
  assert.equal(fieldListedProblem({ id: 'o' }, { id: 'f', name: 'tcfixNote' }), null);
});

test('META-011/012 invalid: an update not kept, a refused write, a view whose children survive', () => {
  assert.deepEqual(judgeCrudStep({ step: 'read', what: 'the updated field', sent, answer: answer(200, { id: 'f', label: 'tc note' }) }), {
    received: 'the updated field: label reads "tc note", sent "tc note (renamed)"',
    expected: 'the updated field read back with the values written',
  });
  assert.equal(judgeCrudStep({ step: 'write', what: 'create view', sent, answer: answer(400, {}) })?.received, 'create view: HTTP 400 {}');
  assert.equal(judgeCrudStep({ step: 'write', what: 'create view', sent, answer: answer(201, {}) })?.received, 'create view: no item with an id in the answer');
  assert.equal(judgeCrudStep({ step: 'gone', what: 'viewFields of the deleted view', answer: answer(200, { id: 'c' }) })?.received, 'viewFields of the deleted view: HTTP 200 after the delete');
  assert.equal(judgeCrudStep({ step: 'delete', what: 'the view', answer: answer(500, {}) })?.expected, 'the view deleted with 2xx');
  assert.equal(fieldListedProblem({ fields: [{ id: 'x' }] }, { id: 'f', name: 'tcfixNote' })?.received, 'the object lists 1 fields without tcfixNote');
});
