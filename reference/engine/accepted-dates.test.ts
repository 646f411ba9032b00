import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseAcceptedDate, normaliseAcceptedDateTime } from './accepted-dates.ts';

test('dates in every accepted spelling normalise to yyyy-mm-dd', () => {
  for (const spelling of ['2024-02-29', '20240229', '2024.02.29', '2024/02/29', '02-29-2024', '02/29/2024', '02.29.2024', 'February 29, 2024', 'Feb 29, 2024', '29 February 2024', '29 Feb 2024', '29-Feb-2024', '2024-Feb-29', '2024-02-29T10:00:00Z']) {
    assert.equal(normaliseAcceptedDate(spelling), '2024-02-29', spelling);
  }
});

test('impossible or foreign dates are refused', () => {
  for (const spelling of ['2023-02-29', '2024-13-01', '29/02/2024', 'yesterday', '', '2024-2-29x']) {
    assert.equal(normaliseAcceptedDate(spelling), null, spelling);
  }
});

test('date-times: ISO passes unchanged, plain dates become midnight, junk is refused', () => {
  assert.equal(normaliseAcceptedDateTime('2024-01-02T03:04:05.678Z'), '2024-01-02T03:04:05.678Z');
  assert.equal(normaliseAcceptedDateTime('2024-01-02T03:04:05+02:00'), '2024-01-02T03:04:05+02:00');
  assert.equal(normaliseAcceptedDateTime('2024-01-02 03:04'), '2024-01-02 03:04');
  assert.equal(normaliseAcceptedDateTime('01/02/2024'), '2024-01-02');
  assert.equal(normaliseAcceptedDateTime('2024-01-02T25:00:00Z'), null);
  assert.equal(normaliseAcceptedDateTime('soon'), null);
});
