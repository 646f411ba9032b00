import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTRACT_DEFAULT_LIMIT, pageLimits, readingPageSize } from './limits.ts';

const limit = (value: { default: number | null; maximum: number | null }) => ({ limit: { ...value, minimum: 0 } });

test('the document states both: they are used as stated', () => {
  assert.deepEqual(pageLimits(limit({ default: 60, maximum: 200 })), { default: 60, maximum: 200 });
  assert.deepEqual(pageLimits(limit({ default: 25, maximum: 500 })), { default: 25, maximum: 500 });
  assert.equal(readingPageSize(limit({ default: 60, maximum: 200 })), 60);
  assert.equal(readingPageSize(limit({ default: 100, maximum: 40 })), 40);
});

test('what the document leaves out comes from the contract default', () => {
  assert.deepEqual(pageLimits(limit({ default: null, maximum: null })), { default: CONTRACT_DEFAULT_LIMIT, maximum: CONTRACT_DEFAULT_LIMIT });
  assert.deepEqual(pageLimits(limit({ default: 30, maximum: null })), { default: 30, maximum: 30 });
  assert.deepEqual(pageLimits(limit({ default: null, maximum: 20 })), { default: 20, maximum: 20 });
  assert.deepEqual(pageLimits(limit({ default: null, maximum: 0 })), { default: 1, maximum: 1 });
});
