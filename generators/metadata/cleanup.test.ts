// selectTagged: which metadata items a cleanup removes (pure cases; the sweep
// itself runs against the reference in bin/run/metadata-cleanup.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { selectTagged } from './cleanup.ts';

const items = [
  { id: 'a', name: 'tcfix-20261206t080000-old1 view' },
  { id: 'b', name: 'tcfix-20261206t095500-new1 view' },
  { id: 'c', name: 'All companies' },
  { id: 'd', name: null },
];

test('one run: the items whose tagged property starts with its tag', () => {
  assert.deepEqual(selectTagged(items, 'name', { runId: '20261206t095500-new1' }), { ids: ['b'], runs: ['20261206t095500-new1'] });
  assert.deepEqual(selectTagged(items, 'name', { runId: '20261206t070000-none' }), { ids: [], runs: [] });
});

test('stale runs: tagged items of runs started before the age, never untagged ones', () => {
  assert.deepEqual(selectTagged(items, 'name', { olderThanMs: 30 * 60_000, now: new Date('2026-12-06T10:00:00Z') }), { ids: ['a'], runs: ['20261206t080000-old1'] });
});
