import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparatorClaim, defaultDirectionClaim, limitClaim } from './prose-claims.ts';

test('limit claims: both numbers, one of them, or none', () => {
  assert.deepEqual(limitClaim('- Use **limit** to cap page size (default: 60, max: 200).'), { default: 60, maximum: 200 });
  assert.deepEqual(limitClaim('The limit maximum is 1000'), { maximum: 1000 });
  assert.equal(limitClaim('Use limit to cap page size.'), undefined);
  assert.equal(limitClaim('default: 60'), undefined);
});

test('default direction in the help text and in the order_by description', () => {
  assert.equal(defaultDirectionClaim('- Default per-field direction: AscNullsFirst'), 'AscNullsFirst');
  assert.equal(defaultDirectionClaim('Default direction is **DescNullsLast**'), 'DescNullsLast');
  assert.equal(defaultDirectionClaim('Directions: AscNullsFirst, AscNullsLast'), undefined);
});

test('comparator lists in backticks or bold, not the COMPARATOR placeholder', () => {
  assert.deepEqual(comparatorClaim('- Common comparators: `eq`, `neq`, `in`'), ['eq', 'neq', 'in']);
  assert.deepEqual(comparatorClaim('x\n    Available comparators are **eq**, **is**.  \n    conjunctions **or**'), ['eq', 'is']);
  assert.equal(comparatorClaim('Format: `field[COMPARATOR]:value`'), undefined);
});
