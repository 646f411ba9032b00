import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anyCaseArb, caseFamilies, interleavedExamples } from './all-cases.ts';
import { referenceObject } from '../../testing/robustness/testing-catalogue.ts';

const people = referenceObject('people');

test('interleaved examples start with the first case of each family', () => {
  const examples = interleavedExamples(caseFamilies(people, { otherPlurals: ['companies'], cursors: true }));
  assert.deepEqual(examples.slice(0, 6).map((value) => value.family), ['filter', 'record-id', 'filter-schema', 'order_by', 'limit', 'cursor']);
  assert.equal(examples[6]!.family, 'filter');
});

test('a document without cursors gets no cursor case', () => {
  const families = caseFamilies(people, { otherPlurals: [], cursors: false });
  assert.ok(interleavedExamples(families).every((value) => value.family !== 'cursor'));
  fc.assert(fc.property(anyCaseArb(families), (value) => value.family !== 'cursor'), { numRuns: 200, seed: 51 });
});

test('the mixed arbitrary reaches every family', () => {
  const seen = new Set(fc.sample(anyCaseArb(caseFamilies(people, { otherPlurals: [], cursors: true })), { numRuns: 400, seed: 52 }).map((value) => value.family));
  assert.deepEqual([...seen].sort(), ['cursor', 'depth', 'filter', 'filter-schema', 'limit', 'object', 'order_by', 'record-id']);
});
