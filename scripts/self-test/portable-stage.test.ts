import assert from 'node:assert/strict';
import { test } from 'node:test';
import { portableProblems } from './portable-stage.ts';

const summary = (verdicts: Record<string, string>, embeddedReference = false) => ({
  target: { embeddedReference },
  checks: Object.entries(verdicts).map(([id, verdict]) => ({ id, verdict, reasons: [`${id} reason`] })),
});

test('the portable gate passes with everything passing and AUTH-009 not run', () => {
  assert.deepEqual(portableProblems(0, summary({ 'RESP-001': 'pass', 'OAS-003': 'warn', 'AUTH-009': 'not-run' })), []);
});

test('an exit 1, an inconclusive AUTH-009, a failure or the embedded reference are each a problem', () => {
  assert.deepEqual(portableProblems(1, summary({ 'AUTH-009': 'inconclusive' })), [
    'exit 1, expected 0',
    'AUTH-009 inconclusive: AUTH-009 reason',
    'AUTH-009 is inconclusive, expected not-run without TWENTY_EXPIRED_API_KEY',
  ]);
  assert.match(portableProblems(0, summary({ 'FLT-001': 'fail' })).join(), /FLT-001 fail/);
  assert.match(portableProblems(0, summary({}, true)).join(), /embedded reference/);
  assert.match(portableProblems(2, undefined).join(), /no summary\.json/);
});
