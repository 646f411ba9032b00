import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RateLimitedError, ResponseTooLargeError } from '../../generators/client/errors.ts';
import { tooLargeFailure } from './too-large.ts';
import { cannotRun } from './cannot-run.ts';
import { CheckFailure, Inconclusive } from './verdicts.ts';

test('an answer over the cap is a check failure naming the request', () => {
  const failure = tooLargeFailure(new ResponseTooLargeError('GET', 'http://127.0.0.1:1/rest/companies?limit=200', 200, 10_485_760, 52_428_800));
  assert.ok(failure instanceof CheckFailure);
  assert.match(failure.detail.received, /^GET http:\/\/127\.0\.0\.1:1\/rest\/companies\?limit=200 answered HTTP 200 with a body of 52428800 bytes/);
  assert.match(failure.detail.expected, /at most 10485760 bytes/);
  assert.equal(tooLargeFailure(new Error('other')), undefined);
});

test('a request still rate limited after the waits is inconclusive, never a failure', () => {
  const verdict = cannotRun(new RateLimitedError('GET', 'http://127.0.0.1:1/rest/people', 21, 95_000));
  assert.ok(verdict instanceof Inconclusive);
  assert.match(verdict.reason, /still rate limited \(HTTP 429\) after 21 attempts and 95 s/);
});
