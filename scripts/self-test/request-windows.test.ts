import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeLearnedRun, judgePace, maxInWindow } from './request-windows.ts';

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

test('a rate-limited run must learn the limit and leave nothing inconclusive', () => {
  const line = 'pacing: the deployment answered 429; the whole run slowed to one request every 1.10 s (about 54 per minute), retrying what was refused';
  const ok = judgeLearnedRun('smoke under a rate limit', 0, `x\n${line}\ny`, { pass: 42, fail: 0, inconclusive: 0 });
  assert.equal(ok.ok, true);
  assert.match(ok.line, /slowed to one request every 1\.10 s/);
  const none = judgeLearnedRun('smoke under a rate limit', 0, 'no 429 here', { pass: 42, fail: 0, inconclusive: 0 });
  assert.match(none.line, /no 429 was learned/);
  const gaveUp = judgeLearnedRun('smoke under a rate limit', 0, line, { pass: 40, fail: 0, inconclusive: 2 });
  assert.match(gaveUp.line, /2 check\(s\) inconclusive/);
  assert.match(judgeLearnedRun('x', 2, line, undefined).line, /exit 2, expected 0; no summary.json/);
});
