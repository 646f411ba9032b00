import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UsageError } from '../../generators/config/usage-error.ts';
import { actionOutputs, formatOutputs, jobSummary, readInputs, runArgv, verdictOf } from './action-steps.ts';

const none = { baseUrl: '', profile: '', seed: '', waivers: '', reportDir: 'twenty-conformance-reports', args: '' };

test('inputs come from the INPUT_* variables, trimmed', () => {
  assert.deepEqual(readInputs({ INPUT_BASE_URL: ' https://crm.example.com ', INPUT_PROFILE: 'smoke', INPUT_REPORT_DIR: 'r' }), {
    ...none,
    baseUrl: 'https://crm.example.com',
    profile: 'smoke',
    reportDir: 'r',
  });
});

test('empty inputs are left out so the CLI defaults apply; the others map to their flags', () => {
  assert.deepEqual(runArgv(none), ['--report-dir', 'twenty-conformance-reports']);
  assert.deepEqual(
    runArgv({ baseUrl: 'https://crm.example.com', profile: 'install', seed: '42', waivers: '.github/waivers.yaml', reportDir: 'out', args: '--check AUTH-001,AUTH-002   --runs 20' }),
    ['--base-url', 'https://crm.example.com', '--profile', 'install', '--seed', '42', '--expected-failures', '.github/waivers.yaml', '--report-dir', 'out', '--check', 'AUTH-001,AUTH-002', '--runs', '20'],
  );
});

test('no report dir, or a token flag in args, is a usage error', () => {
  assert.throws(() => runArgv({ ...none, reportDir: '' }), (error: unknown) => error instanceof UsageError && /report-dir/.test(error.message));
  for (const args of ['--token abc', '--api-key=abc']) {
    assert.throws(
      () => runArgv({ ...none, args }),
      (error: unknown) => error instanceof UsageError && /TWENTY_API_KEY/.test(error.message) && !error.message.includes('abc'),
    );
  }
});

test('the verdict follows the exit code', () => {
  assert.deepEqual([0, 1, 2, 130, 7].map(verdictOf), ['conformant', 'not-conformant', 'error', 'interrupted', 'error']);
});

test('outputs: exit code, verdict and report dir always; counts only from a summary', () => {
  assert.deepEqual(actionOutputs(2, '/w/r', undefined), { 'exit-code': '2', verdict: 'error', 'report-dir': '/w/r' });
  const summary = { totals: { pass: 40, fail: 2, warn: 1, inconclusive: 0, 'not-run': 1, waived: 0, 'unexpected-pass': 0, 'internal-error': 0 }, checks: new Array(44).fill({}), requests: 812, profile: 'gate' };
  assert.deepEqual(actionOutputs(1, '/w/r', summary), {
    'exit-code': '1',
    verdict: 'not-conformant',
    'report-dir': '/w/r',
    checks: '44',
    pass: '40',
    fail: '2',
    warn: '1',
    inconclusive: '0',
    'not-run': '1',
    waived: '0',
    'unexpected-pass': '0',
    'internal-error': '0',
    requests: '812',
    profile: 'gate',
  });
});

test('outputs are one name=value line each', () => {
  assert.equal(formatOutputs({ 'exit-code': '0', 'report-dir': '/a\nb' }), 'exit-code=0\nreport-dir=/a b\n');
});

test('the job summary is summary.md, else summary.txt in a block, else one line why', () => {
  assert.equal(jobSummary({ markdown: '## Conformant\n\n', text: 'ignored' }, 0), '## Conformant\n');
  assert.equal(jobSummary({ text: 'Result: NOT CONFORMANT (exit 1)\n' }, 1), '### twenty-conformance: not-conformant (exit 1)\n\n```text\nResult: NOT CONFORMANT (exit 1)\n```\n');
  assert.match(jobSummary({}, 2), /^### twenty-conformance: error \(exit 2\)\n\nThe run wrote no summary; its one-line reason is in the step log\.\n$/);
});
