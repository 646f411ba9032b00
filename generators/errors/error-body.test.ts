import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorBodyMembers, errorBodyProblems, errorMessageOf, isTwentyRefusal, spokenByTwenty } from './error-body.ts';

const BODY = { statusCode: 400, error: 'BadRequestException', messages: ['Invalid cursor: x'] };

test('errorBodyProblems accepts the §6.1 body whose statusCode is the status', () => {
  assert.deepEqual(errorBodyProblems(BODY, 400), []);
  assert.deepEqual(errorBodyProblems({ ...BODY, code: 'INVALID_CURSOR' }, 400), []);
});

test('errorBodyProblems names what is missing, mistyped or mismatched', () => {
  assert.deepEqual(errorBodyProblems(undefined, 400), ['a body that is not JSON']);
  assert.ok(errorBodyProblems({ statusCode: 400, error: 'X' }, 400).some((line) => line.includes('messages')));
  assert.ok(errorBodyProblems({ ...BODY, statusCode: '400' }, 400).some((line) => line.includes('statusCode')));
  assert.ok(errorBodyProblems({ ...BODY, messages: [] }, 400).length > 0);
  assert.deepEqual(errorBodyProblems(BODY, 404), ['statusCode 400 in an HTTP 404 answer']);
});

test('spokenByTwenty tells Twenty from the gateway in front of it', () => {
  assert.equal(spokenByTwenty(BODY), true);
  assert.equal(spokenByTwenty({ statusCode: 500, message: 'Internal server error' }), true);
  assert.equal(spokenByTwenty(undefined), false);
  assert.equal(spokenByTwenty({ message: 'Bad Gateway' }), false);
  assert.equal(spokenByTwenty([{ statusCode: 502 }]), false);
});

test('isTwentyRefusal takes messages[0] or the older message', () => {
  assert.equal(isTwentyRefusal(BODY), true);
  assert.equal(isTwentyRefusal({ statusCode: 400, message: 'Method not allowed.' }), true);
  assert.equal(isTwentyRefusal({ statusCode: 400 }), false);
  assert.equal(errorMessageOf({ statusCode: 400, messages: ['a'], message: 'b' }), 'a');
});

test('errorBodyMembers reads statusCode, error and messages as they are, never the older message', () => {
  assert.deepEqual(errorBodyMembers(BODY), { statusCode: 400, error: 'BadRequestException', messages: ['Invalid cursor: x'] });
  assert.deepEqual(errorBodyMembers({ statusCode: '401', message: 'Token invalid.' }), { statusCode: '401', error: undefined, messages: undefined });
  assert.equal(errorBodyMembers(undefined), undefined);
  assert.equal(errorBodyMembers(['x']), undefined);
  assert.equal(errorBodyMembers(null), undefined);
});
