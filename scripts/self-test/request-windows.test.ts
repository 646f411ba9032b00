import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgePace, maxInWindow } from './request-windows.ts';

test('the busiest half-open window', () => {
  assert.equal(maxInWindow([], 1000), 0);
  assert.equal(maxInWindow([0, 999, 1000, 1999], 1000), 2);
  assert.equal(maxInWindow([5, 1, 3, 2, 4], 1000), 5);
  assert.equal(maxInWindow([0, 500, 1000, 1500, 2000], 1000), 2);
  // 70 requests in 8 s (what issue 15 measured) against 40 per minute.
  assert.equal(maxInWindow(Array.from({ length: 70 }, (_, i) => i * 114), 60_000), 70);
});

test('a run within its pace passes; a burst or a failed run does not', () => {
  const paced = Array.from({ length: 70 }, (_, i) => i * 1575);
  assert.deepEqual(judgePace('smoke', 0, paced, { count: 40, perMs: 60_000 }, 110_000), {
    ok: true,
    line: 'smoke: 70 requests in 110 s, at most 39 in any 60 s window (limit 40)',
  });
  const burst = judgePace('smoke', 0, Array.from({ length: 70 }, (_, i) => i * 114), { count: 40, perMs: 60_000 }, 8_000);
  assert.equal(burst.ok, false);
  assert.match(burst.line, /70 requests in one 60 s window, promised at most 40/);
  assert.match(judgePace('install', 1, paced, { count: 10, perMs: 1000 }, 1).line, /exit 1, expected 0/);
});
