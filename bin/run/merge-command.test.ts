// Sharding end to end: two shards of one run, then merge-reports, which must give
// the summary of the whole run (every check, every test once).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../twenty-conformance.js', import.meta.url));
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' }, timeout: 120_000 });

interface Summary {
  checks: { id: string; tests: { passed: number; failed: number; skipped: number } }[];
  exitCode: number;
}
const testsIn = (summary: Summary) => summary.checks.reduce((sum, check) => sum + check.tests.passed + check.tests.failed + check.tests.skipped, 0);

test('shards merge into the summary of the whole run', { timeout: 300_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'tc-shards-'));
  const checks = ['--check', 'OAS-001,RESP-001,RESP-004'];
  const whole = run([...checks, '--seed', '9', '--report-dir', join(dir, 'whole')]);
  assert.equal(whole.status, 0, whole.stderr);
  for (const shard of ['1/2', '2/2']) {
    const result = run([...checks, '--seed', '9', '--shard', shard, '--report-dir', join(dir, `shard-${shard[0]}`)]);
    assert.equal(result.status, 0, result.stderr + result.stdout);
  }
  const merged = run(['merge-reports', join(dir, 'shard-1'), join(dir, 'shard-2'), '--report-dir', join(dir, 'merged')]);
  assert.equal(merged.status, 0, merged.stderr + merged.stdout);
  assert.match(merged.stdout, /Result: CONFORMANT/);
  const wholeSummary = JSON.parse(readFileSync(join(dir, 'whole', 'summary.json'), 'utf8')) as Summary;
  const mergedSummary = JSON.parse(readFileSync(join(dir, 'merged', 'summary.json'), 'utf8')) as Summary;
  assert.deepEqual(mergedSummary.checks.map((check) => check.id), wholeSummary.checks.map((check) => check.id));
  assert.equal(testsIn(mergedSummary), testsIn(wholeSummary));
  assert.match(readFileSync(join(dir, 'merged', 'junit.xml'), 'utf8'), /<testsuites/);
  // The pages people read are rendered from the merged summary.
  assert.match(readFileSync(join(dir, 'merged', 'report.html'), 'utf8'), /<h1>Conformant \(exit 0\)<\/h1>/);
  assert.match(readFileSync(join(dir, 'merged', 'summary.md'), 'utf8'), /^## ✅ twenty-conformance: Conformant \(exit 0\)/);
  assert.match(readFileSync(join(dir, 'merged', 'badge.svg'), 'utf8'), /aria-label="conformance: 3\/3 MUST"/);
});

test('merge-reports refuses folders that are not shard reports', () => {
  const result = run(['merge-reports', tmpdir()]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /not the report folder of a sharded run/);
});
