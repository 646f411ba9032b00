import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Exchange } from '../../generators/client/exchange.ts';
import type { Located } from '../../generators/operations/finding.ts';
import { CheckFailure } from './verdicts.ts';
import { failAt, failOn } from './fail-on.ts';

const exchange = (id: number) => ({ id }) as unknown as Exchange;

test('nothing found: the check goes on', () => {
  assert.doesNotThrow(() => failOn(null, exchange(1)));
  assert.doesNotThrow(() => failAt(null, { answer: exchange(1) }));
});

test('a finding fails the check with the exchange it names', () => {
  const atReadBack: Located<'answer' | 'readBack'> = { at: 'readBack', received: 'r', expected: 'e', hint: 'h' };
  assert.throws(() => failOn({ received: 'r', expected: 'e' }), (error: unknown) => error instanceof CheckFailure && error.detail.exchange === undefined);
  assert.throws(
    () => failAt(atReadBack, { answer: exchange(1), readBack: exchange(2) }),
    (error: unknown) => error instanceof CheckFailure && error.detail.exchange?.id === 2 && error.detail.hint === 'h' && !('at' in error.detail),
  );
});
