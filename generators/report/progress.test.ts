import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clock, formatAreaLine, formatLiveLine, remainingMs, type Progress } from './progress.ts';

const progress: Progress = { checksDone: 12, checksTotal: 67, testsDone: 100, testsTotal: 300, requests: 1234, budget: 3000, elapsedMs: 42_000, failed: 0 };

test('the live line: checks and tests done of total, requests of the budget, elapsed and projected time', () => {
  assert.equal(formatLiveLine(progress), 'checks 12/67 · tests 100/300 · requests 1,234/3,000 · 0:42 elapsed · ~1:24 left');
  assert.equal(formatLiveLine({ ...progress, budget: null, failed: 2 }), 'checks 12/67 · tests 100/300 · 1,234 requests · 0:42 elapsed · ~1:24 left · 2 failed');
  assert.equal(formatLiveLine({ ...progress, testsDone: 0, checksDone: 0, requests: 0, elapsedMs: 900 }), 'checks 0/67 · tests 0/300 · requests 0/3,000 · 0:01 elapsed · projecting…');
});

test('the live line never outgrows the terminal', () => {
  const line = formatLiveLine(progress, 40);
  assert.equal(line.length, 40);
  assert.ok(line.endsWith('…'));
});

test('the projection follows the pace of the finished tests', () => {
  assert.equal(remainingMs({ testsDone: 0, testsTotal: 10, elapsedMs: 5000 }), null);
  assert.equal(remainingMs({ testsDone: 5, testsTotal: 10, elapsedMs: 5000 }), 5000);
  assert.equal(remainingMs({ testsDone: 10, testsTotal: 10, elapsedMs: 5000 }), 0);
});

test('clock: m:ss, h:mm:ss from an hour on', () => {
  assert.equal(clock(0), '0:00');
  assert.equal(clock(61_400), '1:01');
  assert.equal(clock(3_725_000), '1:02:05');
});

test('one line per finished area names what did not pass', () => {
  const line = formatAreaLine({
    area: 'filters',
    checks: [
      { id: 'FLT-001', verdict: 'pass' },
      { id: 'FLT-002', verdict: 'fail' },
      { id: 'FLT-003', verdict: 'inconclusive' },
      { id: 'FLT-004', verdict: 'warn' },
    ],
    requests: 2345,
    elapsedMs: 42_000,
    index: 3,
    areas: 8,
  });
  assert.equal(line, '[3/8] filters: 4 checks · 1 FAIL (FLT-002), 1 inconclusive (FLT-003), 1 warn, 1 pass · 2,345 requests · 0:42');
  assert.equal(formatAreaLine({ area: 'metadata', checks: [{ id: 'META-001', verdict: 'pass' }], requests: 3, elapsedMs: 1000, index: 1, areas: 1 }), '[1/1] metadata: 1 check · 1 pass · 3 requests · 0:01');
});
