import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMPARATORS_BY_KIND } from '../../generators/kinds/comparators.ts';
import { SCALAR_KINDS } from '../../generators/kinds/field-kinds.ts';
import { OPERATORS_BY_COLUMN_KIND, operatorsFor } from './operators.ts';

test('the reference has its own operator table, not the suite\'s object', () => {
  assert.notEqual(OPERATORS_BY_COLUMN_KIND as object, COMPARATORS_BY_KIND as object);
  for (const kind of [...SCALAR_KINDS, 'RELATION'] as const) {
    assert.notEqual(OPERATORS_BY_COLUMN_KIND[kind], COMPARATORS_BY_KIND[kind], kind);
  }
});

test('it agrees with the contract table on every column kind (written twice, compared here)', () => {
  for (const kind of [...SCALAR_KINDS, 'RELATION'] as const) {
    assert.deepEqual([...OPERATORS_BY_COLUMN_KIND[kind]].sort(), [...COMPARATORS_BY_KIND[kind]].sort(), kind);
  }
});

test('unknown kinds accept nothing', () => {
  assert.deepEqual(operatorsFor('FULL_NAME'), []);
  assert.deepEqual(operatorsFor('constructor'), []);
});
