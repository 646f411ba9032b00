// fast-check arbitrary for order_by: one to maxItems distinct sortable paths, each
// with a direction, in the canonical form parseOrderBy returns (the `id`
// tie-breaker appended unless a path already starts with id).
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { DIRECTIONS, parseOrderBy, printOrderBy } from './grammar.ts';
import type { OrderByItem } from './grammar.ts';

export function orderByArb(paths: readonly (readonly string[])[], options: { maxItems: number }): Arbitrary<OrderByItem[]> {
  if (paths.length === 0) throw new Error('orderByArb: no sortable path');
  const item = fc.record({
    path: fc.constantFrom(...paths).map((path) => [...path]),
    direction: fc.constantFrom(...DIRECTIONS),
  });
  return fc
    .uniqueArray(item, { minLength: 1, maxLength: options.maxItems, selector: (candidate) => candidate.path.join('.') })
    .map((items) => parseOrderBy(printOrderBy(items)));
}
