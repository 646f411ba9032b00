import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckDef } from '../checks/types.ts';
import { ANNOTATION } from '../checks/verdicts.ts';
import { NO_SUBJECTS } from '../selection/subjects.ts';
import { checkVerdict, exitCodeOf, summariseChecks, totalsOf } from './aggregate.ts';
import { renderCapabilities, renderSummary } from './render-summary.ts';
import type { TestOutcome } from './test-outcome.ts';

const must: CheckDef = { id: 'RESP-001', level: 'MUST', title: 'MUST a', sentence: 's'.repeat(30), area: 'responses', profiles: ['gate'], subjects: NO_SUBJECTS, rule: { module: 'generators/contracts/read-judges.ts', judge: 'judgeListEnvelope' } };
const should: CheckDef = { id: 'OAS-003', level: 'SHOULD', title: 'SHOULD b', sentence: 's'.repeat(30), area: 'openapi', profiles: ['gate'], subjects: NO_SUBJECTS, rule: { module: 'generators/openapi/document-checks.ts', judge: 'judgeDocumentValidity' } };
const other: CheckDef = { ...must, id: 'RESP-002' };

const CHECK_FAILURE = [{ type: 'check-failure' }];

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
    outcome('RESP-001', { status: 'failed', error: 'Received 200', annotations: CHECK_FAILURE }),
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
  const waived = summariseChecks([must], [outcome('RESP-001', { status: 'failed', expectedStatus: 'failed', annotations: CHECK_FAILURE })], new Map([['RESP-001', 'known bug #1']]));
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
  const shouldFailed = summariseChecks([should], [outcome('OAS-003', { status: 'failed', annotations: CHECK_FAILURE })]);
  assert.equal(exitCodeOf(shouldFailed, 'gate'), 0);
});

test('the rendered summary names every check, the findings and the verdict', () => {
  const checks = summariseChecks([must, should], [outcome('RESP-001', { status: 'failed', error: 'boom', annotations: CHECK_FAILURE }), outcome('OAS-003')]);
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
  assert.match(text, /2 checks: 1 pass, 1 fail, 0 warn, 0 inconclusive, 0 not run, 0 waived, 0 unexpected pass, 0 internal error/);
  assert.match(text, /Result: NOT CONFORMANT \(exit 1\)$/);
});

test('install prints one plain verdict per capability', () => {
  const checks = summariseChecks([must, should, { ...other, area: 'auth', id: 'AUTH-001' }, { ...other, area: 'filters', id: 'FLT-001' }, { ...other, area: 'filters', id: 'FLT-002' }], [
    outcome('RESP-001', { status: 'failed', annotations: CHECK_FAILURE }),
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

test('an error other than a check failure is an internal error of the suite, exit 2, never a MUST failure', () => {
  const summaries = summariseChecks([must, other], [
    outcome('RESP-001', { status: 'failed', error: "TypeError: Cannot read properties of undefined (reading 'id')" }),
    outcome('RESP-002', { status: 'timedOut' }),
  ]);
  assert.deepEqual(summaries.map((summary) => summary.verdict), ['internal-error', 'internal-error']);
  assert.match(summaries[0]?.reasons[0] ?? '', /internal error of the suite: TypeError/);
  assert.equal(totalsOf(summaries)['internal-error'], 2);
  assert.equal(totalsOf(summaries).fail, 0);
  assert.equal(exitCodeOf(summaries, 'smoke'), 2);
  const text = renderSummary({ target: 'x', profile: 'smoke', seed: 1, checks: summaries, totals: totalsOf(summaries), findings: [], requests: 0, durationMs: 0, exitCode: 2 });
  assert.match(text, /RESP-001\s+MUST\s+INTERNAL ERROR/);
  assert.match(text, /exit 2/);
  // A waived check that errors is not a waived failure either.
  const waived = summariseChecks([must], [outcome('RESP-001', { status: 'failed', expectedStatus: 'failed' })], new Map([['RESP-001', 'bug']]));
  assert.equal(waived[0]?.verdict, 'internal-error');
});

test('a skipped test without a verdict annotation is not a pass', () => {
  const summaries = summariseChecks([must], [outcome('RESP-001', { status: 'skipped' })]);
  assert.equal(summaries[0]?.verdict, 'internal-error');
  assert.match(summaries[0]?.reasons[0] ?? '', /skipped without a verdict/);
  assert.equal(exitCodeOf(summaries, 'smoke'), 2);
});

test('not run for a missing optional input is counted apart and fails no profile; inconclusive still fails gate', () => {
  const notRun = summariseChecks([must, other], [
    outcome('RESP-001', { status: 'skipped', annotations: [{ type: 'not-run', description: 'set TWENTY_EXPIRED_API_KEY' }] }),
    outcome('RESP-002'),
  ]);
  assert.equal(notRun[0]?.verdict, 'not-run');
  assert.equal(totalsOf(notRun)['not-run'], 1);
  assert.equal(totalsOf(notRun).inconclusive, 0);
  assert.equal(exitCodeOf(notRun, 'gate'), 0);
  const text = renderSummary({ target: 'x', profile: 'gate', seed: 1, checks: notRun, totals: totalsOf(notRun), findings: [], requests: 0, durationMs: 0, exitCode: 0 });
  assert.match(text, /Not run \(an optional input is missing; this fails nothing\): RESP-001/);
  assert.match(text, /not run: set TWENTY_EXPIRED_API_KEY/);
  const both = summariseChecks([must, other], [
    outcome('RESP-001', { status: 'skipped', annotations: [{ type: 'not-run', description: 'set X' }] }),
    outcome('RESP-002', { status: 'skipped', annotations: [{ type: 'inconclusive', description: 'no data' }] }),
  ]);
  assert.equal(exitCodeOf(both, 'gate'), 1);
});

test('a check carries its sentence, § sources, the evidence of its failures and where its tests are defined', () => {
  const cited: CheckDef = { ...must, sentence: 'limit default (contract §5.1, DESIGN §6).' };
  const evidence = { test: 'MUST a [companies]', received: '3 records', expected: '2 records', reproducer: "curl -sS -H \"Authorization: Bearer $TWENTY_API_KEY\" 'http://x/rest/companies'" };
  const [summary] = summariseChecks([cited], [
    outcome('RESP-001', { location: 'tests/responses.spec.ts:57' }),
    outcome('RESP-001', { status: 'failed', annotations: CHECK_FAILURE, failure: evidence, location: 'tests/responses.spec.ts:57' }),
  ]);
  assert.equal(summary?.sentence, cited.sentence);
  assert.deepEqual(summary?.sources, ['contract §5.1', 'DESIGN §6']);
  assert.deepEqual(summary?.failures, [evidence]);
  assert.deepEqual(summary?.locations, ['tests/responses.spec.ts:57']);
});

test('evidence of a passing test is not a failure; at most FAILURES_KEPT failures are kept', () => {
  const evidence = (n: number) => ({ test: `t${n}`, received: `r${n}`, expected: 'e' });
  const [passing] = summariseChecks([must], [outcome('RESP-001', { failure: evidence(0) })]);
  assert.equal(passing?.failures, undefined);
  const many = Array.from({ length: 8 }, (_, n) => outcome('RESP-001', { status: 'failed', annotations: CHECK_FAILURE, failure: evidence(n) }));
  const [failing] = summariseChecks([must], many);
  assert.equal(failing?.failures?.length, 5);
  assert.equal(failing?.failures?.[0]?.received, 'r0');
});

test('a check verdict: fail dominates; a subject not run says nothing about the others; only all not run is not run', () => {
  assert.equal(checkVerdict(['pass', 'pass', 'not-run']), 'pass');
  assert.equal(checkVerdict(['warn', 'not-run']), 'warn');
  assert.equal(checkVerdict(['pass', 'not-run', 'fail']), 'fail');
  assert.equal(checkVerdict(['pass', 'not-run', 'inconclusive']), 'inconclusive');
  assert.equal(checkVerdict(['inconclusive', 'fail']), 'fail');
  assert.equal(checkVerdict(['not-run', 'not-run']), 'not-run');
  assert.equal(checkVerdict(['not-run', 'internal-error']), 'internal-error');
  assert.equal(checkVerdict(['pass']), 'pass');
});

test('ORD-001 passed on most objects and not run on one: pass, with the not-run reason still listed', () => {
  const [summary] = summariseChecks([must], [
    outcome('RESP-001', { title: 'MUST a [companies]' }),
    outcome('RESP-001', { title: 'MUST a [people]' }),
    outcome('RESP-001', { title: 'MUST a [notes]', status: 'skipped', annotations: [{ type: ANNOTATION.notRun, description: 'notes has fewer than 2 records' }] }),
  ]);
  assert.equal(summary?.verdict, 'pass');
  assert.deepEqual(summary?.reasons, ['MUST a [notes]: not run: notes has fewer than 2 records']);
  assert.deepEqual(summary?.tests, { passed: 2, failed: 0, skipped: 1 });
  assert.equal(exitCodeOf(summary ? [summary] : [], 'gate'), 0);
});
