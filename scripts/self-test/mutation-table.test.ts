import { test } from 'node:test';
import assert from 'node:assert/strict';
import { faultVerdict, isSelfTestFailure, renderMutationTable, type FaultRun } from './mutation-table.ts';

const built = new Set(['responses', 'openapi'] as const);
const run = (over: Partial<FaultRun>): FaultRun => ({ name: 'f', area: 'envelopes', exitCode: 1, caughtBy: ['RESP-003'], ...over });

test('a fault in a built family must be caught', () => {
  assert.equal(faultVerdict(run({}), built), 'caught');
  assert.equal(faultVerdict(run({ exitCode: 0, caughtBy: [] }), built), 'MISSED');
  assert.ok(isSelfTestFailure(faultVerdict(run({ exitCode: 0, caughtBy: [] }), built)));
  assert.equal(faultVerdict(run({ exitCode: 2 }), built), 'RUN ERROR');
});

test('a fault whose family is not built is reported, not failed', () => {
  assert.equal(faultVerdict(run({ area: 'filters', exitCode: 0, caughtBy: [] }), built), 'not covered yet');
  assert.equal(faultVerdict(run({ area: 'filters' }), built), 'caught (family not built yet)');
  assert.ok(!isSelfTestFailure(faultVerdict(run({ area: 'filters', exitCode: 0, caughtBy: [] }), built)));
});

test('the table lists every fault and the score counts expected catches', () => {
  const text = renderMutationTable(
    [run({ name: 'number-as-string' }), run({ name: 'neq-keeps-nulls', area: 'filters', exitCode: 0, caughtBy: [] })],
    built,
  );
  assert.match(text, /number-as-string\s+envelopes\s+yes\s+caught\s+RESP-003/);
  assert.match(text, /neq-keeps-nulls\s+filters\s+no\s+not covered yet\s+-/);
  assert.match(text, /Mutation score: 1\/1 faults caught where a check family exists; 1\/2 faults caught overall\./);
});
