// The action's step as GitHub runs it: INPUT_* variables, $GITHUB_OUTPUT and
// $GITHUB_STEP_SUMMARY pointed at temporary files, the script started as a
// process in a workspace folder. A real run (the embedded reference, one check),
// a deployment that cannot be reached (exit 2, the key nowhere), and bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./run-action.ts', import.meta.url));
// The workspace is a temporary folder: tsx is found from here, not from there.
const tsx = import.meta.resolve('tsx');

interface Step {
  code: number;
  stderr: string;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

function parseOutputs(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

function runStep(inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<Step> {
  const workspace = mkdtempSync(join(tmpdir(), 'tc-action-'));
  const outputFile = join(workspace, '.github-output');
  const summaryFile = join(workspace, '.github-step-summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, INPUT_REPORT_DIR: 'twenty-conformance-reports', ...inputs, ...extraEnv };
  for (const name of ['TWENTY_BASE_URL', 'TWENTY_API_KEY']) if (!(name in extraEnv)) delete env[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsx, script], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code: code ?? -1, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), workspace }),
    );
  });
}

test('a conformant run: exit 0, outputs from summary.json, the summary on the job page', { timeout: 240_000 }, async () => {
  const step = await runStep({ INPUT_SEED: '7', INPUT_ARGS: '--check AUTH-001 --workers 1' });
  try {
    assert.equal(step.code, 0, step.stderr || step.stdout.slice(-2000));
    const reportDir = join(step.workspace, 'twenty-conformance-reports');
    assert.deepEqual(
      { ...step.outputs },
      {
        'exit-code': '0',
        verdict: 'conformant',
        'report-dir': reportDir,
        checks: '1',
        pass: '1',
        fail: '0',
        warn: '0',
        inconclusive: '0',
        'not-run': '0',
        waived: '0',
        'unexpected-pass': '0',
        'internal-error': '0',
        requests: step.outputs.requests ?? 'missing',
        profile: 'gate',
      },
    );
    assert.ok(Number(step.outputs.requests) > 0);
    const markdown = join(reportDir, 'summary.md');
    const expected = existsSync(markdown) ? readFileSync(markdown, 'utf8').trimEnd() : readFileSync(join(reportDir, 'summary.txt'), 'utf8').trimEnd();
    assert.ok(step.summary.includes(expected), 'the job summary holds the run summary');
    assert.match(step.summary, /AUTH-001/);
    assert.match(step.summary, /conformant \(exit 0\)/i);
    assert.match(step.stdout, /seed 7/);
  } finally {
    rmSync(step.workspace, { recursive: true, force: true });
  }
});

test('an unreachable deployment: exit 2 as the run, verdict error, the key in no output, summary or message', { timeout: 120_000 }, async () => {
  const key = 'tc-action-test-secret-0f6c1e';
  const step = await runStep({ INPUT_BASE_URL: 'http://127.0.0.1:9', INPUT_PROFILE: 'smoke' }, { TWENTY_API_KEY: key });
  try {
    assert.equal(step.code, 2);
    assert.equal(step.outputs['exit-code'], '2');
    assert.equal(step.outputs.verdict, 'error');
    assert.match(step.summary, /error|exit 2/i);
    for (const text of [step.stdout, step.stderr, step.summary, JSON.stringify(step.outputs)]) assert.ok(!text.includes(key));
  } finally {
    rmSync(step.workspace, { recursive: true, force: true });
  }
});

for (const [name, inputs, fragment] of [
  ['an unknown profile', { INPUT_PROFILE: 'nightly' }, /profile/],
  ['a token flag in args', { INPUT_ARGS: '--token abc' }, /TWENTY_API_KEY/],
] as const) {
  test(`bad input (${name}): one line on stderr, exit 2, outputs and summary say error`, { timeout: 60_000 }, async () => {
    const step = await runStep(inputs);
    try {
      assert.equal(step.code, 2);
      const lines = step.stderr.trim().split('\n');
      assert.equal(lines.length, 1, step.stderr);
      assert.match(lines[0] ?? '', fragment);
      assert.deepEqual(step.outputs, { 'exit-code': '2', verdict: 'error', 'report-dir': join(step.workspace, 'twenty-conformance-reports') });
      assert.match(step.summary, /^### twenty-conformance: error \(exit 2\)/);
    } finally {
      rmSync(step.workspace, { recursive: true, force: true });
    }
  });
}
