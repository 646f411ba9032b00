import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckDef } from '../checks/types.ts';
import { exitCodeOf, summariseChecks, totalsOf } from './aggregate.ts';
import { renderCapabilities, renderSummary } from './render-summary.ts';
import type { TestOutcome } from './test-outcome.ts';

const must: CheckDef = { id: 'RESP-001', level: 'MUST', title: 'MUST a', sentence: 's'.repeat(30), area: 'responses', profiles: ['gate'] };
const should: CheckDef = { id: 'OAS-003', level: 'SHOULD', title: 'SHOULD b', sentence: 's'.repeat(30), area: 'openapi', profiles: ['gate'] };
const other: CheckDef = { ...must, id: 'RESP-002' };

const outcome = (checkId: string, over: Partial<TestOutcome> = {}): TestOutcome => ({
  checkId,
  title: `${checkId} test`,
  status: 'passed',
  expectedStatus: 'passed',
  annotations: [],
  requests: 1,
  ...over,
});

test('the worst test decides a check; unselected checks are left out', () => {
  const summaries = summariseChecks([must, should, other], [
    outcome('RESP-001'),
    outcome('RESP-001', { status: 'failed', error: 'Received 200' }),
    outcome('OAS-003', { annotations: [{ type: 'warn', description: 'prose says max 60' }] }),
  ]);
  assert.deepEqual(
    summaries.map((summary) => [summary.id, summary.verdict]),
    [
      ['RESP-001', 'fail'],
      ['OAS-003', 'warn'],
    ],
  );
  assert.deepEqual(summaries[0]?.tests, { passed: 1, failed: 1, skipped: 0 });
  assert.deepEqual(summaries[0]?.reasons, ['RESP-001 test: Received 200']);
  assert.equal(exitCodeOf(summaries, 'gate'), 1);
});

test('waivers: an expected failure is waived, an expected failure that passes is reported', () => {
  const waived = summariseChecks([must], [outcome('RESP-001', { status: 'failed', expectedStatus: 'failed' })], new Map([['RESP-001', 'known bug #1']]));
  assert.equal(waived[0]?.verdict, 'waived');
  assert.equal(waived[0]?.waiver, 'known bug #1');
  assert.equal(exitCodeOf(waived, 'gate'), 0);
  const stale = summariseChecks([must], [outcome('RESP-001', { expectedStatus: 'failed' })]);
  assert.equal(stale[0]?.verdict, 'unexpected-pass');
  assert.equal(exitCodeOf(stale, 'gate'), 0);
});

test('inconclusive fails gate only; a SHOULD failure never fails a run', () => {
  const inconclusive = summariseChecks([must], [outcome('RESP-001', { status: 'skipped', annotations: [{ type: 'inconclusive', description: 'no data' }] })]);
  assert.equal(inconclusive[0]?.verdict, 'inconclusive');
  assert.equal(exitCodeOf(inconclusive, 'gate'), 1);
  assert.equal(exitCodeOf(inconclusive, 'smoke'), 0);
  const shouldFailed = summariseChecks([should], [outcome('OAS-003', { status: 'failed' })]);
  assert.equal(exitCodeOf(shouldFailed, 'gate'), 0);
});

test('the rendered summary names every check, the findings and the verdict', () => {
  const checks = summariseChecks([must, should], [outcome('RESP-001', { status: 'failed', error: 'boom' }), outcome('OAS-003')]);
  const text = renderSummary({
    target: 'http://x',
    profile: 'gate',
    seed: 3,
    checks,
    totals: totalsOf(checks),
    findings: [{ id: 'LINT-001', level: 'warning', message: 'limit max 60 vs 200' }],
    requests: 12,
    durationMs: 1500,
    exitCode: 1,
  });
  assert.match(text, /RESP-001\s+MUST\s+FAIL\s+0\/1\s+MUST a/);
  assert.match(text, /OAS-003\s+SHOULD\s+pass/);
  assert.match(text, /warning LINT-001 {2}limit max 60 vs 200/);
  assert.match(text, /\[RESP-001 MUST\] FAIL\n {4}- RESP-001 test: boom/);
  assert.match(text, /2 checks: 1 pass, 1 fail, 0 warn/);
  assert.match(text, /Result: NOT CONFORMANT \(exit 1\)$/);
});

test('install prints one plain verdict per capability', () => {
  const checks = summariseChecks([must, should, { ...other, area: 'auth', id: 'AUTH-001' }, { ...other, area: 'filters', id: 'FLT-001' }, { ...other, area: 'filters', id: 'FLT-002' }], [
    outcome('RESP-001', { status: 'failed' }),
    outcome('OAS-003', { annotations: [{ type: 'warn', description: 'x' }] }),
    outcome('AUTH-001', { status: 'skipped', annotations: [{ type: 'inconclusive', description: 'no expired key' }] }),
    outcome('FLT-001', { status: 'skipped', annotations: [{ type: 'inconclusive', description: 'no data' }] }),
    outcome('FLT-002'),
  ]);
  assert.equal(
    renderCapabilities(checks),
    [
      '  Response envelopes and schemas   BROKEN (RESP-001)',
      '  OpenAPI document                 works, with warnings (OAS-003)',
      '  Authentication                   NOT VERIFIED (AUTH-001 could not run)',
      '  Filtering                        works, partly verified (FLT-001 could not run)',
    ].join('\n'),
  );
});
