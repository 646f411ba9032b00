import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deploymentLabel, formatDuration, mustCounts, outcomeReason, requestsLabel, runOutcome, sentenceParts } from './run-verdict.ts';
import { sampleSummary } from '../../testing/report/sample-summary.ts';

test('a contract sentence splits into text and code spans; an unpaired backtick stays text', () => {
  assert.deepEqual(sentenceParts('like: `col LIKE v`, case-sensitive (§3.4).'), [
    { code: false, text: 'like: ' },
    { code: true, text: 'col LIKE v' },
    { code: false, text: ', case-sensitive (§3.4).' },
  ]);
  assert.deepEqual(sentenceParts('`a``b` and ` alone'), [
    { code: true, text: 'a' },
    { code: true, text: 'b' },
    { code: false, text: ' and ` alone' },
  ]);
});

test('the outcome and its reason follow the exit code and the checks', () => {
  assert.deepEqual([0, 1, 2].map(runOutcome), ['conformant', 'not-conformant', 'error']);
  assert.equal(outcomeReason(sampleSummary()), '1 MUST check failed: FLT-002; 1 check was inconclusive, which gate counts as failing: PAG-004.');
  assert.equal(outcomeReason(sampleSummary({ profile: 'smoke', checks: sampleSummary().checks.filter((check) => check.verdict !== 'fail') })), 'No MUST check failed; 2 of 3 passed, the others inconclusive: PAG-004.');
  assert.equal(outcomeReason(sampleSummary({ exitCode: 0, checks: sampleSummary().checks.filter((check) => check.verdict === 'pass') })), 'All 2 MUST checks that ran passed.');
  assert.equal(outcomeReason(sampleSummary({ exitCode: 2, error: 'deployment down' })), 'deployment down');
  assert.deepEqual(mustCounts(sampleSummary().checks), { passed: 2, run: 4 });
});

test('run facts as the reports word them', () => {
  assert.equal(formatDuration(83_400), '1 min 23 s');
  assert.equal(formatDuration(10_240), '10.2 s');
  assert.equal(requestsLabel({ requests: 6233, maxRequests: null }), '6,233 (no budget)');
  assert.equal(requestsLabel({ requests: 68, maxRequests: 89 }), '68 of a budget of 89');
  assert.equal(deploymentLabel({ baseUrl: 'https://crm.example.com', embeddedReference: false, referenceFault: null }), 'https://crm.example.com');
});
