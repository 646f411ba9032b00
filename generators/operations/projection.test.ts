import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extraKeys, judgeProjection, type ProjectedAnswer } from './projection.ts';

const ok = (json: unknown) => ({ status: 201, json, responseBody: JSON.stringify(json) });
const answers: ProjectedAnswer[] = [
  { what: 'POST /people?fields=id', answer: ok({}), records: [{ id: 'a' }], asked: [] },
  { what: 'POST /batch/people?fields=id', answer: ok({}), records: [{ id: 'b' }, { id: 'c' }], asked: [] },
  { what: 'GET /people/a?fields=jobTitle', answer: ok({}), records: [{ id: 'a', jobTitle: 't' }], asked: ['jobTitle'] },
];

test('WRITE-022 valid: only id and the asked fields', () => {
  assert.equal(judgeProjection(answers, true), null);
  assert.deepEqual(extraKeys({ id: 'a', jobTitle: 't' }, ['jobTitle']), []);
});

test('WRITE-022 invalid: whole records answered, no record created, a refused read', () => {
  const whole = judgeProjection([answers[0]!, { ...answers[1]!, records: [{ id: 'b', city: 'x' }] }], true);
  assert.deepEqual(whole, { at: 1, received: 'POST /batch/people?fields=id: also answered city', expected: 'only id and the asked fields in every answer' });
  assert.deepEqual(judgeProjection([{ ...answers[0]!, records: [undefined] }], false), { at: 0, received: 'POST /people?fields=id: also answered <not a record>', expected: 'the created record' });
  const refused = judgeProjection([answers[0]!, { ...answers[2]!, answer: { status: 400, json: {}, responseBody: '{}' } }], true);
  assert.equal(refused?.received, 'GET /people/a?fields=jobTitle: HTTP 400 {}');
});
