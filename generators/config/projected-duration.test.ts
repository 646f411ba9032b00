import { test } from 'node:test';
import assert from 'node:assert/strict';
import { budgetLine, formatDuration, projectedMs } from './projected-duration.ts';
import { PROFILE_DEFAULTS } from './run-config.ts';

test("install's defaults fit a default Twenty (100 requests per 60 s) in under 5 minutes", () => {
  const install = PROFILE_DEFAULTS.install;
  const ms = projectedMs(install.maxRequests, install.rate)!;
  assert.ok(ms <= 5 * 60_000, `${ms} ms`);
  assert.equal(budgetLine(install), 'budget: at most 450 requests, paced at 100 per 60 s: projected at most 4 min 30 s of requests');
});

test('smoke stays within 90 requests; gate is unbounded and prints no projection', () => {
  assert.equal(PROFILE_DEFAULTS.smoke.maxRequests, 90);
  assert.equal(budgetLine(PROFILE_DEFAULTS.gate), undefined);
  assert.equal(budgetLine({ maxRequests: 100, rate: { count: 100, perMs: 6000 } }), 'budget: at most 100 requests, paced at 100 per 6 s: projected at most 6 s of requests');
  assert.equal(budgetLine({ maxRequests: 80, rate: { count: 40, perMs: 120_000 } }), 'budget: at most 80 requests, paced at 40 per 120 s: projected at most 4 min of requests');
});

test('durations read as minutes and seconds', () => {
  assert.equal(formatDuration(59_400), '59 s');
  assert.equal(formatDuration(270_000), '4 min 30 s');
  assert.equal(formatDuration(120_000), '2 min');
});
