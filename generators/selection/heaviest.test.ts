import { test } from 'node:test';
import assert from 'node:assert/strict';
import { heaviestInOrder } from './heaviest.ts';

test('keeps the heaviest items in their original order, the earlier one on a tie', () => {
  const items = [{ n: 'a', w: 1 }, { n: 'b', w: 5 }, { n: 'c', w: 3 }, { n: 'd', w: 5 }, { n: 'e', w: 3 }];
  const names = (count: number) => heaviestInOrder(items, (item) => item.w, count).map((item) => item.n);
  assert.deepEqual(names(1), ['b']);
  assert.deepEqual(names(3), ['b', 'c', 'd']);
  assert.deepEqual(names(10), ['a', 'b', 'c', 'd', 'e']);
  assert.deepEqual(names(0), []);
});
