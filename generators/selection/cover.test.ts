import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverInOrder } from './cover.ts';

const kinds = (item: { k: string[] }) => item.k;

test('greedy cover: the item adding the most new kinds first, result in the original order', () => {
  const items = [{ n: 'a', k: ['x'] }, { n: 'b', k: ['y', 'z'] }, { n: 'c', k: ['x', 'y', 'z'] }, { n: 'd', k: ['w'] }];
  assert.deepEqual(coverInOrder(items, kinds).map((item) => item.n), ['c', 'd']);
});

test('ties: the heavier item, then the earlier one; items adding nothing are left out', () => {
  const items = [{ n: 'a', k: ['x'], w: 1 }, { n: 'b', k: ['x'], w: 2 }, { n: 'c', k: ['x'], w: 2 }, { n: 'd', k: [], w: 9 }];
  assert.deepEqual(coverInOrder(items, kinds, (item) => item.w).map((item) => item.n), ['b']);
  assert.deepEqual(coverInOrder(items, kinds).map((item) => item.n), ['a']);
  assert.deepEqual(coverInOrder([], kinds), []);
});
