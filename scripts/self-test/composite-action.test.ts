import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { condition, interpolate, parseOutputFile, runCompositeAction, type Context } from './composite-action.ts';

const context: Context = { inputs: { profile: 'smoke', 'base-url': '' }, steps: { run: { outputs: { 'exit-code': '1' } } }, failed: true, actionPath: '/a', runnerTemp: '/t' };

test('expressions: inputs, github.action_path, runner.temp, step outputs; others are refused', () => {
  assert.equal(interpolate('${{ inputs.profile }}:${{github.action_path}}:${{ runner.temp }}/x:${{ steps.run.outputs.exit-code }}', context), 'smoke:/a:/t/x:1');
  assert.throws(() => interpolate('${{ secrets.KEY }}', context), /unsupported expression secrets\.KEY/);
  assert.throws(() => interpolate('${{ inputs.nope }}', context), /undeclared input/);
});

test('conditions: success by default, always(), comparisons joined by &&', () => {
  assert.equal(condition(undefined, context), false);
  assert.equal(condition('always()', context), true);
  assert.equal(condition("always() && steps.run.outputs.exit-code != ''", context), true);
  assert.equal(condition("always() && inputs.base-url != ''", context), false);
  assert.equal(condition("${{ inputs.profile == 'smoke' }}", context), true);
  assert.throws(() => condition('cancelled()', context), /unsupported condition/);
});

test('output files: name=value lines and delimited blocks', () => {
  assert.deepEqual(parseOutputFile('a=1\nb=x=y\nc<<EOF\nline 1\nline 2\nEOF\n'), { a: '1', b: 'x=y', c: 'line 1\nline 2' });
});

test('a composite action runs its steps in order, stops at a failure but for always(), and maps its outputs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tc-composite-'));
  try {
    writeFileSync(
      join(dir, 'action.yml'),
      `inputs:
  word: { default: hello }
outputs:
  said: { value: '\${{ steps.say.outputs.said }}' }
runs:
  using: composite
  steps:
    - uses: actions/setup-node@v4
      with: { node-version: '20' }
    - id: say
      shell: bash
      env: { WORD: '\${{ inputs.word }}' }
      run: |
        echo "said=$WORD" >> "$GITHUB_OUTPUT"
        echo "# $WORD" >> "$GITHUB_STEP_SUMMARY"
        exit 3
    - id: skipped
      shell: bash
      run: echo never
    - if: always() && steps.say.outputs.said != ''
      uses: actions/upload-artifact@v4
      with: { path: '\${{ runner.temp }}/r' }
`,
    );
    const run = await runCompositeAction(join(dir, 'action.yml'), { inputs: { word: 'bonjour' }, env: process.env, workspace: dir, runnerTemp: join(dir, 'tmp'), actionPath: dir });
    assert.equal(run.exitCode, 3);
    assert.deepEqual(run.outputs, { said: 'bonjour' });
    assert.equal(run.summary, '# bonjour\n');
    assert.deepEqual(
      run.steps.map((step) => [step.id ?? step.uses, step.ran, step.exitCode ?? step.with]),
      [
        ['actions/setup-node@v4', true, { 'node-version': '20' }],
        ['say', true, 3],
        ['skipped', false, undefined],
        ['actions/upload-artifact@v4', true, { path: join(dir, 'tmp', 'r') }],
      ],
    );
    await assert.rejects(runCompositeAction(join(dir, 'action.yml'), { inputs: { nope: 'x' }, env: process.env, workspace: dir, runnerTemp: join(dir, 'tmp'), actionPath: dir }), /unknown input nope/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
