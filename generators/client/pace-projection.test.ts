import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeLearnedPace, describePace, formatDuration, testTimeoutMs } from './pace-projection.ts';
import { spacingMs } from './pacer.ts';

test('smoke: 40/min with a 90-request budget projects at most 2 min 29 s', () => {
  assert.equal(
    describePace({ count: 40, perMs: 60_000 }, 90),
    'pacing: at most 40 requests per 1 min across the whole run (one every 1.65 s); projected: at most 2 min 29 s for the budget of 90 requests',
  );
});

test('install at 10/s without a budget projects per 1,000 requests; an unpaced run prints nothing', () => {
  assert.equal(describePace({ count: 10, perMs: 1000 }, null), 'pacing: at most 10 requests per 1 s across the whole run (one every 110 ms); projected: 1 min 50 s per 1,000 requests');
  assert.equal(describePace(null, 90), null);
  assert.match(describePace({ count: 1000, perMs: 1000 }, 90) ?? '', /projected: under 1 s for the budget of 90 requests$/);
});

test('durations and the learned-pace line', () => {
  assert.equal(formatDuration(59_400), '59 s');
  assert.equal(formatDuration(99), 'under 1 s');
  assert.equal(formatDuration(125_000), '2 min 05 s');
  assert.equal(describeLearnedPace(630), 'pacing: the deployment answered 429; the whole run slowed to one request every 630 ms (about 95 per minute), retrying what was refused');
});

test('the test timeout grows with a slow pace, never below 2 minutes', () => {
  assert.equal(testTimeoutMs(null), 120_000);
  assert.equal(testTimeoutMs({ count: 1000, perMs: 1000 }), 120_000);
  assert.equal(testTimeoutMs({ count: 40, perMs: 60_000 }), Math.ceil(60_000 + 120 * spacingMs({ count: 40, perMs: 60_000 })));
});
