import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OPERATION_CHECKS } from './operations.ts';

test('operation id/title pairs are stable (a changed title is a deliberate edit here)', () => {
  assert.deepEqual(
    OPERATION_CHECKS.map((check) => check.id),
    ['WRITE-012', 'WRITE-013', 'WRITE-014', 'WRITE-015', 'WRITE-016', 'WRITE-017', 'WRITE-018', 'WRITE-019', 'WRITE-020', 'WRITE-021', 'WRITE-022', 'WRITE-023', 'GRP-001', 'GRP-002', 'PAG-011', 'AUTH-013', 'ROB-011'],
  );
});

test('only the groupBy read runs in smoke; each id prefix matches its area; every sentence cites the contract', () => {
  const prefix: Record<string, string> = { WRITE: 'writes', GRP: 'groups', PAG: 'pagination', AUTH: 'auth', ROB: 'robustness' };
  for (const check of OPERATION_CHECKS) {
    assert.equal(check.area, prefix[check.id.split('-')[0]!], check.id);
    assert.equal(check.profiles.includes('smoke'), check.id === 'GRP-001', check.id);
    assert.match(check.sentence, /§\d/, check.id);
  }
});

test('install judges the bulk writes by filter, upsert, the limits and the pinned errors, and the groupBy read', () => {
  const install = OPERATION_CHECKS.filter((check) => check.profiles.includes('install')).map((check) => check.id);
  assert.deepEqual(install, ['WRITE-012', 'WRITE-014', 'WRITE-015', 'GRP-001']);
});

test('every operation check names its judge in generators/operations/', () => {
  for (const check of OPERATION_CHECKS) assert.match(check.rule?.module ?? '', /^generators\/operations\/[a-z-]+\.ts$/, check.id);
});
