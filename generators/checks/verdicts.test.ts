import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ANNOTATION, CheckFailure, Inconclusive, NotRun, VERDICT_LABEL, VERDICT_ORDER, terminalLabel, zeroCounts } from './verdicts.ts';

test('verdicts: worst first, each with a report word and a terminal word', () => {
  assert.deepEqual([...VERDICT_ORDER], ['internal-error', 'fail', 'unexpected-pass', 'inconclusive', 'not-run', 'warn', 'waived', 'pass']);
  assert.deepEqual(Object.keys(VERDICT_LABEL).sort(), [...VERDICT_ORDER].sort());
  assert.deepEqual(VERDICT_ORDER.map(terminalLabel), ['INTERNAL ERROR', 'FAIL', 'UNEXPECTED PASS', 'INCONCLUSIVE', 'not run', 'warn', 'waived', 'pass']);
  assert.deepEqual(Object.values(zeroCounts()), VERDICT_ORDER.map(() => 0));
});

test('annotation names are distinct (a reader never mistakes one for another)', () => {
  const names = Object.values(ANNOTATION);
  assert.equal(new Set(names).size, names.length);
});

test('NotRun is an Inconclusive; a CheckFailure is neither', () => {
  assert.ok(new NotRun('X', 'set X') instanceof Inconclusive);
  assert.ok(!(new CheckFailure({ received: 'a', expected: 'b' }) instanceof Inconclusive));
  assert.equal(new CheckFailure({ received: 'a', expected: 'b' }).message, 'Received: a / Expected: b');
});

test('summary.json\'s schema names the same verdicts (the published format cannot drift from the list)', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schemas/summary.schema.json', import.meta.url), 'utf8')) as {
    properties: { checks: { items: { properties: { verdict: { enum: string[] } } } }; totals: { required: string[] } };
  };
  assert.deepEqual([...schema.properties.checks.items.properties.verdict.enum].sort(), [...VERDICT_ORDER].sort());
  assert.deepEqual([...schema.properties.totals.required].sort(), [...VERDICT_ORDER].sort());
});
