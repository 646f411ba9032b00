// Every MUST check of the metadata area is declared as the catcher of at least
// one metadata fault, so the self-test proves each one can fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { METADATA_CHECKS } from '../../generators/checks/areas/metadata.ts';
import { METADATA_FAULTS } from '../../reference/faults/metadata.ts';
import { faultRunChecks } from './mutation-table.ts';
import { CHECKS } from '../../generators/checks/catalogue.ts';

test('every MUST META check is declared as the catcher of at least one metadata fault', () => {
  const caught = new Set<string>(METADATA_FAULTS.flatMap((fault) => fault.caughtBy));
  for (const check of METADATA_CHECKS.filter((c) => c.level === 'MUST')) assert.ok(caught.has(check.id), check.id);
});

test('a metadata fault run selects the checks it declares', () => {
  const selected = faultRunChecks(METADATA_FAULTS[0], CHECKS);
  assert.deepEqual(selected, [...METADATA_FAULTS[0].caughtBy]);
});
