import { test } from 'node:test';
import assert from 'node:assert/strict';
import { faultRunChecks, faultVerdict, isSelfTestFailure, renderMutationTable, type FaultRun } from './mutation-table.ts';

const built = new Set(['responses', 'openapi'] as const);
const run = (over: Partial<FaultRun>): FaultRun => ({ name: 'f', area: 'responses', exitCode: 1, caughtBy: ['RESP-003'], ...over });

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
  assert.match(text, /number-as-string\s+responses\s+yes\s+caught\s+-\s+RESP-003/);
  assert.match(text, /neq-keeps-nulls\s+filters\s+no\s+not covered yet\s+-\s+-/);
  assert.match(text, /Mutation score: 1\/1 faults caught where a check family exists; 1\/2 faults caught overall\./);
});

test('a fault is caught only when every declared check failed', () => {
  const weakened = run({ declared: ['RESP-003', 'RESP-001'], caughtBy: ['RESP-003', 'PAG-001'] });
  assert.equal(faultVerdict(weakened, built), 'DECLARED CHECK PASSED');
  assert.ok(isSelfTestFailure(faultVerdict(weakened, built)));
  assert.equal(faultVerdict(run({ declared: ['RESP-003'], caughtBy: ['RESP-003', 'PAG-001'] }), built), 'caught');
  assert.match(renderMutationTable([weakened], built), /DECLARED CHECK PASSED\s+RESP-003, RESP-001\s+RESP-003, PAG-001/);
});

test('declaredNotFailed lists the declared IDs that did not fail; the line names them', async () => {
  const { declaredNotFailed, declaredLine } = await import('./declared-checks.ts');
  assert.deepEqual(declaredNotFailed(['A-001', 'B-002', 'C-003'], ['B-002']), ['A-001', 'C-003']);
  assert.deepEqual(declaredNotFailed([], ['B-002']), []);
  assert.match(declaredLine('gt-inclusive', ['FLT-007'], ['FLT-001']), /^gt-inclusive: declared check\(s\) FLT-007 did not fail \(failed: FLT-001\)/);
});

test('every fault of the catalogue declares known check IDs', async () => {
  const { FAULTS } = await import('../../reference/faults/catalogue.ts');
  const { CHECKS } = await import('../../generators/checks/catalogue.ts');
  const known = new Set(CHECKS.map((check) => check.id));
  for (const fault of FAULTS) {
    assert.ok(fault.caughtBy.length > 0, `${fault.name} declares no check`);
    for (const id of fault.caughtBy) assert.ok(known.has(id), `${fault.name}: unknown check ${id}`);
  }
});

test('a fault run selects its declared catchers, nothing else', () => {
  const checks = [
    { id: 'FLT-001', area: 'filters' as const },
    { id: 'FLT-002', area: 'filters' as const },
    { id: 'ORD-001', area: 'ordering' as const },
    { id: 'RESP-005', area: 'responses' as const },
  ];
  assert.deepEqual(faultRunChecks({ area: 'filters', caughtBy: ['FLT-002'] }, checks), ['FLT-002']);
  assert.deepEqual(faultRunChecks({ area: 'ordering', caughtBy: ['ORD-001', 'FLT-001'] }, checks), ['ORD-001', 'FLT-001']);
  assert.deepEqual(faultRunChecks({ area: 'responses', caughtBy: ['RESP-005'] }, checks), ['RESP-005']);
});

test('a fault caught only by a SHOULD check (exit 0, every declared check warned) is caught', () => {
  assert.equal(faultVerdict(run({ exitCode: 0, declared: ['RESP-003'], caughtBy: ['RESP-003'] }), built), 'caught');
  assert.equal(faultVerdict(run({ exitCode: 0, declared: ['RESP-003'], caughtBy: [] }), built), 'MISSED');
  assert.equal(faultVerdict(run({ exitCode: 0, declared: [], caughtBy: ['RESP-003'] }), built), 'MISSED');
});

test('the inverse view lists, per check, the faults that declare it and the runs it failed in', async () => {
  const { renderCheckTable } = await import('./mutation-table.ts');
  const text = renderCheckTable(
    [{ id: 'RESP-003' }, { id: 'RESP-004' }],
    [{ name: 'number-as-string', caughtBy: ['RESP-003'] }],
    [run({ name: 'number-as-string', caughtBy: ['RESP-003', 'RESP-001'] })],
  );
  assert.match(text, /RESP-003\s+number-as-string\s+number-as-string/);
  assert.match(text, /RESP-004\s+NO FAULT\s+-/);
  assert.match(text, /Proof per check: 1\/2 checks declared by at least one fault\./);
});

test('every check of the catalogue is declared by at least one fault (proof per check)', async () => {
  const { checksWithoutFault, noFaultLine, failingVerdict } = await import('./declared-checks.ts');
  const { FAULTS } = await import('../../reference/faults/catalogue.ts');
  const { CHECKS } = await import('../../generators/checks/catalogue.ts');
  assert.deepEqual(checksWithoutFault([{ id: 'A-001' }, { id: 'B-002' }], [{ caughtBy: ['B-002'] }]), ['A-001']);
  assert.match(noFaultLine('A-001'), /^A-001: no reference fault declares it/);
  assert.deepEqual(checksWithoutFault(CHECKS, FAULTS).map(noFaultLine), []);
  assert.equal(failingVerdict('SHOULD', 'warn'), true);
  assert.equal(failingVerdict('MUST', 'warn'), false);
  assert.equal(failingVerdict('MUST', 'fail'), true);
});
