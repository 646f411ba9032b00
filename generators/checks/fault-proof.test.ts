import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleFaults, uncaughtBy } from './fault-proof.ts';

test('one fault per area, in catalogue order', () => {
  const faults = [
    { name: 'a1', area: 'auth', caughtBy: ['AUTH-004'] },
    { name: 'f1', area: 'filters', caughtBy: ['FLT-002'] },
    { name: 'a2', area: 'auth', caughtBy: ['AUTH-009'] },
  ];
  assert.deepEqual(sampleFaults(faults).map((fault) => fault.name), ['a1', 'f1']);
});

test('a declared check is caught by a fail, or by a warning when it is a SHOULD', () => {
  const checks = [
    { id: 'AUTH-004', level: 'MUST' as const, verdict: 'fail' },
    { id: 'AUTH-002', level: 'SHOULD' as const, verdict: 'warn' },
    { id: 'AUTH-010', level: 'MUST' as const, verdict: 'warn' },
    { id: 'AUTH-011', level: 'MUST' as const, verdict: 'pass' },
  ];
  assert.deepEqual(uncaughtBy(['AUTH-004', 'AUTH-002'], checks), []);
  assert.deepEqual(uncaughtBy(['AUTH-004', 'AUTH-010', 'AUTH-011', 'AUTH-099'], checks), ['AUTH-010', 'AUTH-011', 'AUTH-099']);
});
