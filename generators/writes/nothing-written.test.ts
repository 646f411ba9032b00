import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeNothingWritten } from './nothing-written.ts';

const listed = (tag: string, count: number) => ({ tag, count, exchange: { status: 200, json: {}, responseBody: '{}' } });

test('a refused request after which no record carries any sent tag passes', () => {
  assert.equal(judgeNothingWritten([listed('tcfix-r-471', 0), listed('tcfix-r-472', 0)], 'batch', 'nothing of a refused batch written'), null);
  assert.equal(judgeNothingWritten([], 'batch', 'nothing of a refused batch written'), null);
});

test('the first sent body found written is named, with the rule\'s wording and hint', () => {
  const finding = judgeNothingWritten([listed('tcfix-r-471', 1), listed('tcfix-r-472', 1)], 'batch with one bad item', 'nothing written by a refused request (a batch is all or nothing)', 'the second item is refused')!;
  assert.equal(finding.received, '1 record(s) tagged tcfix-r-471 exist after the refused batch with one bad item');
  assert.equal(finding.expected, 'nothing written by a refused request (a batch is all or nothing)');
  assert.equal(finding.hint, 'the second item is refused');
  assert.equal(judgeNothingWritten([listed('a', 0), listed('b', 2)], 'batch', 'x')!.received, '2 record(s) tagged b exist after the refused batch');
});
