import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spacingMs } from './pacer.ts';
import { DEFAULT_GUESS, learnFrom429, resetWaitMs, statedLimit } from './rate-limit-lesson.ts';

test('classic throttler: the limit comes from the message, no Retry-After', () => {
  const body = { statusCode: 429, error: 'HttpException', messages: ['Limit reached (100 tokens per 60000 ms)'] };
  assert.deepEqual(statedLimit({}, body), { count: 100, perMs: 60_000 });
  const lesson = learnFrom429({ headers: {}, body, now: 0, currentSpacingMs: null, attempt: 1 });
  assert.equal(lesson.spacingMs, spacingMs({ count: 100, perMs: 60_000 }));
  assert.equal(lesson.waitMs, Math.ceil(lesson.spacingMs), 'waits one slot of the learned pace');
  assert.match(lesson.learned, /100 requests per 60 s/);
});

test('2026 usage-limit answer: body fields, headers and Retry-After', () => {
  const body = { statusCode: 429, error: 'RATE_LIMITED', messages: ['Rate limit exceeded for apiKey: 3 requests per 60s.'], limit: 3, remaining: 0, periodCount: 60, periodUnit: 'second', retryAfterSeconds: 12 };
  const headers = { 'retry-after': '12', 'x-ratelimit-limit': '3', 'x-ratelimit-remaining': '0' };
  assert.deepEqual(statedLimit(headers, body), { count: 3, perMs: 60_000 });
  const lesson = learnFrom429({ headers, body, now: 0, currentSpacingMs: null, attempt: 1 });
  assert.equal(lesson.waitMs, 12_000);
  assert.equal(lesson.spacingMs, spacingMs({ count: 3, perMs: 60_000 }));
});

test('the message alone, in its 2026 wording', () => {
  assert.deepEqual(statedLimit({}, { messages: ['Rate limit exceeded for apiKey: 3 requests per 60s.'] }), { count: 3, perMs: 60_000 });
  assert.deepEqual(statedLimit({}, { message: '50 calls per minute' }), { count: 50, perMs: 60_000 });
});

test('an X-RateLimit-Limit header alone is read as per minute', () => {
  assert.deepEqual(statedLimit({ 'x-ratelimit-limit': '40' }, undefined), { count: 40, perMs: 60_000 });
});

test('a bare 429: Twenty default guessed when unpaced, else the pace halves, and the wait doubles per attempt', () => {
  assert.equal(statedLimit({}, 'Too Many Requests'), undefined);
  const first = learnFrom429({ headers: {}, body: undefined, now: 0, currentSpacingMs: null, attempt: 1 });
  assert.equal(first.spacingMs, spacingMs(DEFAULT_GUESS));
  const later = learnFrom429({ headers: {}, body: undefined, now: 0, currentSpacingMs: 400, attempt: 3 });
  assert.equal(later.spacingMs, 800);
  assert.equal(later.waitMs, 3200);
});

test('X-RateLimit-Reset as a delay or an epoch', () => {
  assert.equal(resetWaitMs('5', 0), 5000);
  assert.equal(resetWaitMs('2000000000', 1_999_999_990_000), 10_000);
  assert.equal(resetWaitMs('soon', 0), undefined);
  const lesson = learnFrom429({ headers: { 'x-ratelimit-reset': '7', 'x-ratelimit-limit': '10' }, body: undefined, now: 0, currentSpacingMs: null, attempt: 1 });
  assert.equal(lesson.waitMs, 7000);
});
