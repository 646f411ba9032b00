import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelayMs, parseRetryAfter } from './retry-after.ts';

test('Retry-After in seconds', () => {
  assert.equal(parseRetryAfter('12', 0), 12_000);
  assert.equal(parseRetryAfter(' 0 ', 0), 0);
});

test('Retry-After as an HTTP-date is relative to now', () => {
  const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
  assert.equal(parseRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', now), 5000);
  assert.equal(parseRetryAfter('Wed, 21 Oct 2026 07:27:00 GMT', now), 0);
});

test('missing or unreadable Retry-After is undefined', () => {
  assert.equal(parseRetryAfter(undefined, 0), undefined);
  assert.equal(parseRetryAfter('soon', 0), undefined);
  assert.equal(parseRetryAfter('-3', 0), undefined);
  assert.equal(parseRetryAfter('1.5', 0), undefined);
});

test('backoff doubles and is capped', () => {
  assert.deepEqual([1, 2, 3, 4, 5].map((attempt) => backoffDelayMs(attempt, 100, 1000)), [100, 200, 400, 800, 1000]);
});
