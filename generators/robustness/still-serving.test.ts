import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeStillServing } from './still-serving.ts';

const answer = (status: number, json: unknown) => ({ status, json, body: JSON.stringify(json) });

test('ROB-009 judgeStillServing: the list envelope passes', () => {
  assert.equal(judgeStillServing(answer(200, { data: { people: [] }, totalCount: 0, pageInfo: { hasNextPage: false } }), 'people'), null);
});

test('ROB-009 judgeStillServing: a 500, another envelope or a missing member fails', () => {
  const poisoned = answer(500, { statusCode: 500, error: 'InternalServerErrorException', messages: ['sort plan'] });
  assert.deepEqual(judgeStillServing(poisoned, 'people'), {
    received: `HTTP 500 ${poisoned.body}`,
    expected: '200 with data.people[], totalCount and pageInfo',
  });
  assert.notEqual(judgeStillServing(answer(200, { data: { companies: [] }, totalCount: 0, pageInfo: {} }), 'people'), null);
  assert.notEqual(judgeStillServing(answer(200, { data: { people: [] }, pageInfo: {} }), 'people'), null);
  assert.notEqual(judgeStillServing(answer(200, { data: { people: [] }, totalCount: 0 }), 'people'), null);
  assert.match(judgeStillServing({ status: 200, body: 'x'.repeat(400) }, 'people')?.received ?? '', /^HTTP 200 x{160}$/);
});
